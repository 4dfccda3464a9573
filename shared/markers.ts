import type { RepoRef } from './context.ts';
import type { Comment, GitHub } from './github/index.ts';
import type { SuiteIdentity } from './identity.ts';
import type { Plan } from './plan.ts';

/**
 * The suite's marker vocabulary: every kind of hidden `<!-- portal-release:<kind> key=value … -->`
 * marker and the attributes it carries. A marker only says WHICH managed object something is; whether
 * the object is the suite's is decided by its author (see ownership.ts): anyone can type a marker.
 * Renaming a kind or an attribute here fails to compile at every use.
 */
export interface MarkerAttributes {
  /** promote-rc: the release candidate pull request dev → stg. */
  promotion: { stage: 'rc'; base: string; tag: string; version: string; sha: string };
  /** promote-rc: the release pull request stg → main, pinned to `sha`. */
  'release-pr': { stage: 'release'; base: string; tag: string; version: string; rc: string; sha: string };
  /** backport-cherry-pick: a backport pull request of #pr into `target`. */
  backport: { pr: number; target: string };
  /** backport-cherry-pick: a hotfix merge-back pull request of #pr into `target`. */
  'merge-back': { pr: number; target: string };
  /** backport-cherry-pick: the comment saying a backport is deferred. */
  'backport-deferred': { target: string };
  /** backport-cherry-pick: the comment explaining a conflict. */
  'backport-conflict': { target: string };
  /** backport-cherry-pick: the one answer to a refused or impossible `/backport` comment (its id). */
  'backport-answer': { comment: number };
  /** backport-cherry-pick: the drift ledger issue. */
  'drift-ledger': Record<never, never>;
  /** freeze-guard: the guidance comment on a blocked pull request. */
  'freeze-guidance': Record<never, never>;
  /** milestone-check: the report comment. */
  'milestone-check': Record<never, never>;
  /** tag-and-release: the release notes of a release it created. */
  release: { tag: string; sha: string };
  /** tag-and-release: the documentation follow-up issue. */
  'docs-follow-up': { tag: string };
  /** tag-and-release: the "released in" comment on a pull request or issue that shipped in `tag`. */
  'released-in': { tag: string };
  /** The tracking issue of one failure kind (backport, release, promotion): see alerts.ts. */
  'failure-alert': { kind: string };
  /** One open failure listed in a tracking issue: what failed (`key`) and the workflow run that last saw it fail. */
  'failure-entry': { key: string; run: string };
}

export type MarkerKind = keyof MarkerAttributes;

/** Kinds of the pull requests the suite opens itself. */
export type PullRequestMarkerKind = 'promotion' | 'release-pr' | 'backport' | 'merge-back';
export const PULL_REQUEST_MARKER_KINDS: readonly PullRequestMarkerKind[] = ['promotion', 'release-pr', 'backport', 'merge-back'];

type AttrValue = string | number;
/** Attributes as written: the typed values of a kind. */
export type MarkerInput<K extends MarkerKind> = { [A in keyof MarkerAttributes[K]]: MarkerAttributes[K][A] & AttrValue };
/** Attributes as read back from text: untrusted strings, any of them possibly missing. */
export type ParsedAttributes<K extends MarkerKind> = { [A in keyof MarkerAttributes[K]]?: string };

export interface Marker<K extends MarkerKind = MarkerKind> {
  kind: K;
  attrs: ParsedAttributes<K>;
}

const KIND = /^[a-z][a-z0-9-]*$/;
const ATTR_VALUE = /^[A-Za-z0-9._/@:+-]+$/;

function renderAny(kind: string, attrs: Record<string, AttrValue>): string {
  if (!KIND.test(kind)) throw new Error(`invalid marker kind "${kind}"`);
  const parts = Object.entries(attrs).map(([k, v]) => {
    const value = String(v);
    // Values come from a restricted set so a marker can never close its HTML comment.
    if (!KIND.test(k) || !ATTR_VALUE.test(value)) throw new Error(`invalid marker attribute ${k}=${value}`);
    return `${k}=${value}`;
  });
  return `<!-- portal-release:${[kind, ...parts].join(' ')} -->`;
}

export function renderMarker<K extends MarkerKind>(kind: K, attrs: MarkerInput<K>): string {
  return renderAny(kind, attrs as Record<string, AttrValue>);
}

const MARKER = /<!-- portal-release:([a-z][a-z0-9-]*)((?: [a-z][a-z0-9-]*=[A-Za-z0-9._/@:+-]+)*) -->/g;

/** Every marker in `text`, of any kind (kinds this version does not know are returned as they are). */
export function parseMarkers(text: string | null | undefined): { kind: string; attrs: Record<string, string> }[] {
  const out: { kind: string; attrs: Record<string, string> }[] = [];
  for (const m of (text ?? '').matchAll(MARKER)) {
    const attrs: Record<string, string> = {};
    for (const pair of (m[2] ?? '').trim().split(' ').filter(Boolean)) {
      const i = pair.indexOf('=');
      attrs[pair.slice(0, i)] = pair.slice(i + 1);
    }
    out.push({ kind: m[1]!, attrs });
  }
  return out;
}

/** The first marker of `kind` whose attributes include every pair of `match`. */
export function findMarker<K extends MarkerKind>(text: string | null | undefined, kind: K, match: Partial<MarkerInput<K>> = {}): Marker<K> | undefined {
  const found = parseMarkers(text).find(
    (m) => m.kind === kind && Object.entries(match as Record<string, AttrValue>).every(([k, v]) => m.attrs[k] === String(v)),
  );
  return found as Marker<K> | undefined;
}

export function hasMarker<K extends MarkerKind>(text: string | null | undefined, kind: K, match: Partial<MarkerInput<K>> = {}): boolean {
  return findMarker(text, kind, match) !== undefined;
}

/** Puts the marker first so the body is recognisable even when people edit the rest. */
export function withMarker<K extends MarkerKind>(body: string, kind: K, attrs: MarkerInput<K>): string {
  return `${renderMarker(kind, attrs)}\n${body}`;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/**
 * The suite's own comments of `kind` (marker AND a suite author), oldest first. A person's comment
 * that quotes the marker is never among them. The identity is looked up only when a marked comment exists.
 */
export async function ownComments<K extends MarkerKind>(
  comments: Comment[],
  identity: SuiteIdentity,
  kind: K,
  match: Partial<MarkerInput<K>> = {},
): Promise<Comment[]> {
  const marked = comments.filter((c) => hasMarker(c.body, kind, match));
  const out: Comment[] = [];
  for (const c of marked) if (await identity.isSuite(c.author)) out.push(c);
  return out;
}

/**
 * Creates or updates the suite's one comment of `kind` on an issue or pull request. A re-run with
 * the same content writes nothing; duplicates the suite itself left (an interrupted run) are removed;
 * anyone else's comment is never touched, whatever it contains. Every write goes through `plan`
 * (`what` names the comment in its steps: "the freeze comment"); in a dry run the outcome is what
 * a run would do and no comment is returned unless one is kept.
 */
export async function upsertComment<K extends MarkerKind>(
  github: GitHub,
  repo: RepoRef,
  number: number,
  identity: SuiteIdentity,
  kind: K,
  body: string,
  options: { attrs: MarkerInput<K>; existing?: Comment[]; plan: Plan; what: string },
): Promise<{ outcome: UpsertOutcome; comment?: Comment }> {
  const { plan, what } = options;
  const full = withMarker(body, kind, options.attrs);
  const comments = options.existing ?? (await github.listComments(repo, number));
  const [first, ...extra] = await ownComments(comments, identity, kind, options.attrs as Partial<MarkerInput<K>>);
  for (const duplicate of extra)
    await plan.write(`delete the duplicate of ${what} on #${number} (comment ${duplicate.id})`, () => github.deleteComment(repo, duplicate.id));
  if (!first) {
    const created = await plan.write(`post ${what} on #${number}`, () => github.createComment(repo, number, full));
    return created ? { outcome: 'created', comment: created } : { outcome: 'created' };
  }
  if (first.body.trim() === full.trim()) {
    plan.keep(`${what} on #${number} is already up to date`);
    return { outcome: 'unchanged', comment: first };
  }
  const updated = await plan.write(`update ${what} on #${number}`, async () => {
    await github.updateComment(repo, first.id, full);
    return { ...first, body: full };
  });
  return updated ? { outcome: 'updated', comment: updated } : { outcome: 'updated' };
}

/** Removes the suite's own comments of `kind`, if any. Returns whether something was deleted. */
export async function removeComment<K extends MarkerKind>(
  github: GitHub,
  repo: RepoRef,
  number: number,
  identity: SuiteIdentity,
  kind: K,
  options: { attrs?: Partial<MarkerInput<K>>; existing?: Comment[]; plan: Plan; what: string },
): Promise<boolean> {
  const comments = options.existing ?? (await github.listComments(repo, number));
  const mine = await ownComments(comments, identity, kind, options.attrs ?? {});
  for (const c of mine) await options.plan.write(`delete ${options.what} on #${number} (comment ${c.id})`, () => github.deleteComment(repo, c.id));
  return mine.length > 0;
}
