import parse from 'semver/functions/parse.js';
import compare from 'semver/functions/compare.js';
import inc from 'semver/functions/inc.js';
import { UserError, quote } from './errors.ts';
import type { Bump } from './conventional.ts';

/** A release tag of the suite's shape: `<prefix>X.Y.Z` or `<prefix>X.Y.Z-<rc>.N`. */
export interface ReleaseTag {
  tag: string;
  version: string;
  /** The stable version this tag belongs to (X.Y.Z). */
  base: string;
  rc: number | null;
  major: number;
}

export function parseReleaseTag(tag: string, prefix: string, rcIdentifier = 'rc'): ReleaseTag | null {
  if (!tag.startsWith(prefix)) return null;
  const version = tag.slice(prefix.length);
  const parsed = parse(version);
  if (!parsed || parsed.build.length > 0 || parsed.version !== version) return null;
  const pre = parsed.prerelease;
  let rc: number | null = null;
  if (pre.length > 0) {
    if (pre.length !== 2 || pre[0] !== rcIdentifier || typeof pre[1] !== 'number') return null;
    rc = pre[1];
  }
  return { tag, version, base: `${parsed.major}.${parsed.minor}.${parsed.patch}`, rc, major: parsed.major };
}

export function formatTag(prefix: string, version: string, rc: number | null = null, rcIdentifier = 'rc'): string {
  return rc === null ? `${prefix}${version}` : `${prefix}${version}-${rcIdentifier}.${rc}`;
}

/** Validates a version given by a person (input `version`): X.Y.Z, optionally with the tag prefix. */
export function parseStableVersion(value: string, prefix: string, input = 'version'): string {
  const text = value.startsWith(prefix) && prefix !== '' ? value.slice(prefix.length) : value;
  const parsed = parse(text);
  if (!parsed || parsed.prerelease.length > 0 || parsed.build.length > 0 || parsed.version !== text) {
    throw new UserError('input', `Input "${input}": ${quote(value)} is not a stable version X.Y.Z (for example 3.2.0).`);
  }
  return parsed.version;
}

export function compareTags(a: ReleaseTag, b: ReleaseTag): number {
  return compare(a.version, b.version);
}

/** Release tags among `names`, highest first. */
export function releaseTags(names: string[], prefix: string, rcIdentifier = 'rc'): ReleaseTag[] {
  return names
    .map((n) => parseReleaseTag(n, prefix, rcIdentifier))
    .filter((t): t is ReleaseTag => t !== null)
    .sort((a, b) => compareTags(b, a));
}

export function latestStable(tags: ReleaseTag[]): ReleaseTag | null {
  return tags.filter((t) => t.rc === null).sort((a, b) => compareTags(b, a))[0] ?? null;
}

export function bumpVersion(version: string, bump: Bump): string {
  const next = inc(version, bump);
  if (!next) throw new Error(`cannot bump ${version} by ${bump}`);
  return next;
}

/** The next RC number for `base`: one more than the highest existing `base-rc.N`. */
export function nextRcNumber(tags: ReleaseTag[], base: string): number {
  const rcs = tags.filter((t) => t.base === base && t.rc !== null).map((t) => t.rc as number);
  return rcs.length === 0 ? 1 : Math.max(...rcs) + 1;
}

/**
 * The tag release notes should start from: a stable release starts from the previous stable
 * (not from its own RCs); rc.1 from the previous stable; rc.N from rc.N-1.
 */
export function previousTagFor(tag: ReleaseTag, all: ReleaseTag[]): ReleaseTag | null {
  const older = all.filter((t) => compareTags(t, tag) < 0);
  if (tag.rc !== null && tag.rc > 1) {
    const prev = older.filter((t) => t.base === tag.base && t.rc !== null).sort((a, b) => compareTags(b, a))[0];
    if (prev) return prev;
  }
  return latestStable(older.filter((t) => t.base !== tag.base));
}

/** True for X.0.0: the release that starts a code freeze. */
export function isMajorRelease(version: string): boolean {
  const v = parse(version);
  return v !== null && v.prerelease.length === 0 && v.minor === 0 && v.patch === 0;
}
