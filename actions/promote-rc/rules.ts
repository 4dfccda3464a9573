import { bumpFor, type Bump } from '../../shared/conventional.ts';
import { UserError } from '../../shared/errors.ts';
import type { ChangedFile, CommitInfo, Permission, PullRequest, Review } from '../../shared/github/index.ts';
import { bumpVersion, compareTags, formatTag, nextRcNumber, type ReleaseTag } from '../../shared/versions.ts';
import gt from 'semver/functions/gt.js';

// ---------------------------------------------------------------------------------------------
// "Is head's content already on base?" — squash-safe, from two comparisons' file lists.
// ---------------------------------------------------------------------------------------------

/** GitHub lists at most 300 files per comparison; beyond that the content cannot be judged. */
export const COMPARE_FILE_LIMIT = 300;

/** Path → blob SHA after the change, or `deleted`. A rename deletes the old path. */
export function fileStates(files: ChangedFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    if (f.previousFilename && f.previousFilename !== f.filename) out.set(f.previousFilename, 'deleted');
    out.set(f.filename, f.status === 'removed' ? 'deleted' : (f.sha ?? ''));
  }
  return out;
}

export type ContentVerdict = { present: true; reason: string } | { present: false; reason: string; paths: string[] };

/**
 * Whether every change `head` made since the merge base is already on `base`: for each path head
 * changed, base must hold the very same blob (or have deleted it too). Ancestry alone would miss a
 * squash merge (new commits, same content); comparing the changed paths' blobs does not.
 * `baseSide` is the comparison `head...base` (what base changed since the merge base).
 */
export function contentVerdict(
  headSide: { aheadBy: number; files: ChangedFile[] },
  baseSide: { files: ChangedFile[] } | null,
  names: { base: string; head: string },
): ContentVerdict {
  if (headSide.aheadBy === 0) return { present: true, reason: `${names.base} already contains every commit of ${names.head}.` };
  const changed = fileStates(headSide.files);
  if (changed.size === 0) return { present: true, reason: `The ${headSide.aheadBy} commit(s) of ${names.head} not on ${names.base} change no file.` };
  if (headSide.files.length >= COMPARE_FILE_LIMIT) {
    return { present: false, reason: `${names.head} changes ${COMPARE_FILE_LIMIT}+ files since it diverged from ${names.base}.`, paths: [] };
  }
  if (!baseSide) return { present: false, reason: `${names.head} changes files that ${names.base} does not have yet.`, paths: [...changed.keys()] };
  const onBase = fileStates(baseSide.files);
  const missing = [...changed.entries()].filter(([path, blob]) => onBase.get(path) !== blob).map(([path]) => path);
  if (missing.length === 0) {
    return { present: true, reason: `${names.base} already has the same content for all ${changed.size} file(s) ${names.head} changed (squash-merged).` };
  }
  return { present: false, reason: `${missing.length} file(s) changed on ${names.head} differ on ${names.base}.`, paths: missing };
}

// ---------------------------------------------------------------------------------------------
// Versions.
// ---------------------------------------------------------------------------------------------

export interface VersionChoice {
  version: string;
  bump: Bump | 'explicit';
  /** Why this version (for the log and the summary). */
  reason: string;
}

/** The version of the next RC: input `version`, else the latest stable bumped (auto: from conventional messages). */
export function chooseVersion(options: {
  latest: ReleaseTag | null;
  explicit: string | undefined;
  bump: Bump | 'auto';
  messages: string[];
  prefix: string;
}): VersionChoice {
  const { latest, explicit, prefix } = options;
  if (explicit) {
    if (latest && !gt(explicit, latest.version)) {
      throw new UserError(
        'conflict',
        `Input "version": ${formatTag(prefix, explicit)} would collide with or go below the latest release ${latest.tag}; choose a version above ${latest.version}.`,
      );
    }
    return { version: explicit, bump: 'explicit', reason: `input "version" = ${explicit}` };
  }
  const from = latest?.version ?? '0.0.0';
  if (options.bump !== 'auto') {
    return { version: bumpVersion(from, options.bump), bump: options.bump, reason: `${options.bump} bump of ${latest?.tag ?? from}` };
  }
  const detected = bumpFor(options.messages);
  const bump = detected ?? 'patch';
  const why = detected
    ? `${bump} bump of ${latest?.tag ?? from} from the conventional commits of ${options.messages.length} message(s)`
    : `patch bump of ${latest?.tag ?? from} (no conventional commit type found)`;
  return { version: bumpVersion(from, bump), bump, reason: why };
}

export interface RcChoice {
  tag: string;
  rc: number;
  /** True when an existing RC tag already names the commit being promoted (a re-run). */
  reused: boolean;
}

/**
 * The RC tag for `version` at `sha`: the highest existing `<version>-rc.N` when it already names
 * that commit (re-run, or a run interrupted after tagging), else rc.(N+1).
 */
export function chooseRc(tags: ReleaseTag[], version: string, prefix: string, rcIdentifier: string, highestTarget: string | null, sha: string): RcChoice {
  const highest = tags.filter((t) => t.base === version && t.rc !== null).sort((a, b) => compareTags(b, a))[0];
  if (highest && highestTarget === sha) return { tag: highest.tag, rc: highest.rc!, reused: true };
  const rc = nextRcNumber(tags, version);
  return { tag: formatTag(prefix, version, rc, rcIdentifier), rc, reused: false };
}

// ---------------------------------------------------------------------------------------------
// Changes in a range: pull requests (by merge commit) and the issues they close.
// ---------------------------------------------------------------------------------------------

export interface RangeChanges {
  pulls: PullRequest[];
  /** Commits of the range that no listed pull request brought (direct pushes, rebase merges of unknown PRs). */
  orphanCommits: CommitInfo[];
  issues: { number: number; via: number }[];
}

const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d+)\b/gi;

export function closingIssues(text: string): number[] {
  return [...new Set([...text.matchAll(CLOSING)].map((m) => Number(m[1])))];
}

/** Pull requests whose merge commit is one of the range's commits, oldest merge first. */
export function changesInRange(commits: CommitInfo[], closedPulls: PullRequest[]): RangeChanges {
  const shas = new Set(commits.map((c) => c.sha));
  const pulls = closedPulls
    .filter((p) => p.merged && p.mergeCommitSha && shas.has(p.mergeCommitSha))
    .sort((a, b) => (a.mergedAt ?? '').localeCompare(b.mergedAt ?? '') || a.number - b.number);
  const byPull = new Set(pulls.map((p) => p.mergeCommitSha));
  const referenced = new Set(pulls.map((p) => p.number));
  const orphanCommits = commits.filter((c) => {
    if (byPull.has(c.sha)) return false;
    const m = /\(#(\d+)\)\s*$|^Merge pull request #(\d+) /.exec(c.message.split('\n')[0] ?? '');
    return !(m && referenced.has(Number(m[1] ?? m[2])));
  });
  const issues: RangeChanges['issues'] = [];
  const seen = new Set<number>();
  for (const p of pulls) {
    for (const n of closingIssues(`${p.title}\n${p.body}`)) {
      if (seen.has(n) || referenced.has(n)) continue;
      seen.add(n);
      issues.push({ number: n, via: p.number });
    }
  }
  return { pulls, orphanCommits, issues };
}

/**
 * Every message that decides an automatic bump: the merged PRs' titles and the commits' messages.
 * PR descriptions are left out on purpose: templates often carry a "BREAKING CHANGE:" heading.
 */
export function bumpMessages(changes: RangeChanges, commits: CommitInfo[]): string[] {
  return [...changes.pulls.map((p) => p.title), ...commits.map((c) => c.message)];
}

// ---------------------------------------------------------------------------------------------
// The release gate.
// ---------------------------------------------------------------------------------------------

export interface ChecklistItem {
  text: string;
  done: boolean;
}

/** Task-list items of a Markdown body (outside fenced code blocks). */
export function checklistItems(body: string): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  let fence: string | null = null;
  for (const line of body.replace(/\r\n/g, '\n').split('\n')) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const m = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+(.*)$/.exec(line);
    if (m) items.push({ text: m[2]!.trim(), done: m[1] !== ' ' });
  }
  return items;
}

export interface ApprovalFacts {
  /** Approvals that count: on the current head, by users with write access, not the author. */
  counted: string[];
  /** Approvals given on an older head (a push came after them). */
  stale: string[];
  /** Approvals by users without write access. */
  unauthorised: string[];
  /** Reviewers whose latest review requests changes. */
  changesRequested: string[];
}

const WRITE: Permission[] = ['admin', 'maintain', 'write'];

/** Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED, DISMISSED) decides; comments do not. */
export function approvals(reviews: Review[], headSha: string, author: string, permissions: Map<string, Permission>): ApprovalFacts {
  const latest = new Map<string, Review>();
  const ordered = [...reviews].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id);
  for (const r of ordered) {
    if (!['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state)) continue;
    latest.set(r.author.toLowerCase(), r);
  }
  const facts: ApprovalFacts = { counted: [], stale: [], unauthorised: [], changesRequested: [] };
  for (const r of latest.values()) {
    if (r.author.toLowerCase() === author.toLowerCase()) continue;
    if (r.state === 'CHANGES_REQUESTED') facts.changesRequested.push(r.author);
    if (r.state !== 'APPROVED') continue;
    if (r.commitId !== headSha) facts.stale.push(r.author);
    else if (!WRITE.includes(permissions.get(r.author.toLowerCase()) ?? 'none')) facts.unauthorised.push(r.author);
    else facts.counted.push(r.author);
  }
  for (const list of Object.values(facts)) list.sort();
  return facts;
}

/** Reviewers whose permission the gate must look up (latest review is an approval on the head). */
export function approversToCheck(reviews: Review[], headSha: string, author: string): string[] {
  const facts = approvals(reviews, headSha, author, new Map());
  return facts.unauthorised;
}

export interface GateVerdict {
  state: 'success' | 'failure';
  missing: string[];
  description: string;
}

const itemKey = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Items of the template (the policy's checklist file or the built-in one) that are not ticked in the description, matched by text. */
export function unticked(template: ChecklistItem[], items: ChecklistItem[]): string[] {
  const ticked = new Set(items.filter((i) => i.done).map((i) => itemKey(i.text)));
  return template.filter((t) => !ticked.has(itemKey(t.text))).map((t) => t.text);
}

export function judgeGate(options: {
  items: ChecklistItem[];
  /** The checklist the release must complete: deleting one of its items from the description does not pass. */
  template?: ChecklistItem[];

  approvals: ApprovalFacts;
  required: number;
  headSha: string;
  pinnedSha: string | undefined;
  /** Whether the pinned commit is on the staging branch (undefined: not checked). */
  pinnedOnStaging?: boolean;
  staging?: string;
}): GateVerdict {
  const missing: string[] = [];
  const { items, required, headSha, pinnedSha } = options;
  const offStaging = options.pinnedOnStaging === false;
  const a = options.approvals;
  if (!pinnedSha) missing.push('The release marker has no pinned commit: re-run promote-rc with stage: release.');
  else if (pinnedSha !== headSha) {
    missing.push(
      `The head ${headSha.slice(0, 7)} is not the pinned staging commit ${pinnedSha.slice(0, 7)}: re-run promote-rc with stage: release to pin the new staging state.`,
    );
  }
  if (offStaging)
    missing.push(`The pinned commit ${short7(pinnedSha)} is not on ${options.staging ?? 'staging'}: only a commit tested on staging may be released.`);
  const open = items.filter((i) => !i.done);
  const absent = options.template ? unticked(options.template, items).filter((t) => !open.some((i) => itemKey(i.text) === itemKey(t))) : [];
  if (items.length === 0) missing.push('The validation checklist is missing from the description.');
  else if (open.length) missing.push(`${open.length} of ${items.length} checklist item(s) not ticked: ${open.map((i) => `"${i.text}"`).join(', ')}.`);
  if (items.length > 0 && absent.length)
    missing.push(
      `${absent.length} item(s) of the validation checklist are missing from the description (deleting an item does not complete it): ${absent.map((t) => `"${t}"`).join(', ')}.`,
    );
  if (a.counted.length < required) {
    const notes = [
      a.stale.length ? `not counted, given before the latest push: ${a.stale.join(', ')}` : '',
      a.unauthorised.length ? `not counted, no write access: ${a.unauthorised.join(', ')}` : '',
    ].filter(Boolean);
    missing.push(
      `${a.counted.length} of ${required} approval(s) on the current head ${headSha.slice(0, 7)} by people with write access${notes.length ? ` (${notes.join('; ')})` : ''}.`,
    );
  }
  if (a.changesRequested.length) missing.push(`Changes requested by ${a.changesRequested.join(', ')}.`);
  const state = missing.length === 0 ? 'success' : 'failure';
  const description =
    state === 'success'
      ? `Ready: checklist complete, ${a.counted.length}/${required} approval(s) on ${headSha.slice(0, 7)}.`
      : shortDescription(
          open.length + absent.length,
          Math.max(items.length, options.template?.length ?? 0),
          a.counted.length,
          required,
          pinnedSha !== undefined && pinnedSha !== headSha,
          offStaging,
          a.changesRequested.length > 0,
        );
  return { state, missing, description };
}

function short7(sha: string | undefined): string {
  return (sha ?? '').slice(0, 7);
}

function shortDescription(open: number, total: number, counted: number, required: number, moved: boolean, offStaging: boolean, changes: boolean): string {
  const parts: string[] = [];
  if (moved) parts.push('head is not the pinned commit');
  if (offStaging) parts.push('pinned commit not on staging');
  if (total === 0) parts.push('checklist missing');
  else if (open) parts.push(`${open}/${total} checklist item(s) open`);
  if (counted < required) parts.push(`${counted}/${required} approval(s) on head`);
  if (changes) parts.push('changes requested');
  const text = `Missing: ${parts.join('; ')}.`;
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
