import { CommitParser } from 'conventional-commits-parser';

export interface ConventionalHeader {
  type: string | null;
  scope: string | null;
  subject: string;
  breaking: boolean;
}

const parser = new CommitParser({
  headerPattern: /^(\w*)(?:\(([^)]*)\))?!?: (.*)$/,
  breakingHeaderPattern: /^(\w*)(?:\(([^)]*)\))?!: (.*)$/,
  headerCorrespondence: ['type', 'scope', 'subject'],
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
});

/** Parses a PR title or commit message with the Conventional Commits grammar. */
export function parseConventional(message: string): ConventionalHeader {
  const text = message.replace(/\r\n/g, '\n').trim();
  const commit = parser.parse(text);
  const header = text.split('\n')[0] ?? '';
  const breaking = /^\w+(?:\([^)]*\))?!:/.test(header) || commit.notes.some((n) => /^BREAKING[ -]CHANGE$/.test(n.title));
  return {
    type: commit.type ? commit.type.toLowerCase() : null,
    scope: commit.scope ?? null,
    subject: commit.subject ?? header,
    breaking,
  };
}

export type Bump = 'major' | 'minor' | 'patch';

/** feat → minor, fix (and anything else) → patch, `!` or BREAKING CHANGE → major. */
export function bumpFor(messages: string[]): Bump | null {
  let bump: Bump | null = null;
  for (const message of messages) {
    const c = parseConventional(message);
    if (c.breaking) return 'major';
    if (c.type === 'feat') bump = 'minor';
    else if (bump === null && c.type) bump = 'patch';
  }
  return bump;
}
