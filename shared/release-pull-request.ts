import type { PullRequest } from './github.ts';
import { findMarker, type Marker } from './markers.ts';

/** Marker kind of the release pull request staging → production that promote-rc manages. */
export const RELEASE_PR_KIND = 'release-pr';

/**
 * The one place that decides whether a pull request is the suite's managed release pull request,
 * and returns its release marker (tag, version, pinned sha) when it is. The release gate,
 * milestone-check and tag-and-release all ask here, so tightening the rule (for example to the
 * suite's identity and head branch) changes every one of them at once.
 */
export function releasePullRequestMarker(pr: Pick<PullRequest, 'body'>): Marker | undefined {
  return findMarker(pr.body, RELEASE_PR_KIND);
}
