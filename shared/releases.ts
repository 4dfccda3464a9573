import type { Policy } from './config.ts';
import type { Release } from './github/index.ts';
import { parseReleaseTag } from './versions.ts';

/**
 * The latest stable, published major release (X.0.0) among `releases`, by publication date:
 * the release that starts the code freeze and the backport window.
 */
export function latestMajorRelease(releases: Release[], policy: Policy): Release | null {
  const majors = releases.filter((r) => {
    if (r.draft || r.prerelease || !r.publishedAt) return false;
    const tag = parseReleaseTag(r.tagName, policy.tagPrefix, policy.promotion.rcIdentifier);
    return tag !== null && tag.rc === null && tag.version.endsWith('.0.0');
  });
  majors.sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!));
  return majors[0] ?? null;
}
