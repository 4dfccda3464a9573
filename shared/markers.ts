import type { RepoRef } from './context.ts';
import type { Comment, GitHub } from './github.ts';

/**
 * Managed objects (comments, PR bodies, issues) carry a hidden marker
 * `<!-- portal-release:<kind> key=value … -->`; re-runs find them by it, never by title.
 */
export interface Marker {
  kind: string;
  attrs: Record<string, string>;
}

const KIND = /^[a-z][a-z0-9-]*$/;
const ATTR_VALUE = /^[A-Za-z0-9._/@:+-]+$/;

export function renderMarker(kind: string, attrs: Record<string, string | number> = {}): string {
  if (!KIND.test(kind)) throw new Error(`invalid marker kind "${kind}"`);
  const parts = Object.entries(attrs).map(([k, v]) => {
    const value = String(v);
    if (!KIND.test(k) || !ATTR_VALUE.test(value)) throw new Error(`invalid marker attribute ${k}=${value}`);
    return `${k}=${value}`;
  });
  return `<!-- portal-release:${[kind, ...parts].join(' ')} -->`;
}

const MARKER = /<!-- portal-release:([a-z][a-z0-9-]*)((?: [a-z][a-z0-9-]*=[A-Za-z0-9._/@:+-]+)*) -->/g;

export function parseMarkers(text: string | null | undefined): Marker[] {
  const out: Marker[] = [];
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
export function findMarker(text: string | null | undefined, kind: string, match: Record<string, string | number> = {}): Marker | undefined {
  return parseMarkers(text).find((m) => m.kind === kind && Object.entries(match).every(([k, v]) => m.attrs[k] === String(v)));
}

export function hasMarker(text: string | null | undefined, kind: string, match: Record<string, string | number> = {}): boolean {
  return findMarker(text, kind, match) !== undefined;
}

/** Puts the marker first so the body is recognisable even when people edit the rest. */
export function withMarker(body: string, kind: string, attrs: Record<string, string | number> = {}): string {
  return `${renderMarker(kind, attrs)}\n${body}`;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Creates or updates the one comment of `kind` on an issue or pull request. A re-run with the
 * same content writes nothing; duplicates left by an interrupted earlier run are removed.
 */
export async function upsertComment(
  github: GitHub,
  repo: RepoRef,
  number: number,
  kind: string,
  body: string,
  options: { attrs?: Record<string, string | number>; existing?: Comment[] } = {},
): Promise<{ outcome: UpsertOutcome; comment?: Comment }> {
  const full = withMarker(body, kind, options.attrs);
  const comments = options.existing ?? (await github.listComments(repo, number));
  const mine = comments.filter((c) => hasMarker(c.body, kind, options.attrs));
  const [first, ...extra] = mine;
  for (const duplicate of extra) await github.deleteComment(repo, duplicate.id);
  if (!first) return { outcome: 'created', comment: await github.createComment(repo, number, full) };
  if (first.body.trim() === full.trim()) return { outcome: 'unchanged', comment: first };
  await github.updateComment(repo, first.id, full);
  return { outcome: 'updated', comment: { ...first, body: full } };
}

/** Removes the managed comment of `kind`, if any. Returns whether something was deleted. */
export async function removeComment(
  github: GitHub,
  repo: RepoRef,
  number: number,
  kind: string,
  options: { attrs?: Record<string, string | number>; existing?: Comment[] } = {},
): Promise<boolean> {
  const comments = options.existing ?? (await github.listComments(repo, number));
  const mine = comments.filter((c) => hasMarker(c.body, kind, options.attrs));
  for (const c of mine) await github.deleteComment(repo, c.id);
  return mine.length > 0;
}
