import type { Policy } from './config.ts';
import type { RepoRef } from './context.ts';
import type { PullRequest } from './github/index.ts';
import type { SuiteIdentity } from './identity.ts';
import { findMarker } from './markers.ts';
import { judgePullRequest, promotionRole, type IgnoredMarkers, type PullOwnership } from './ownership.ts';

/** Marker kind of the release pull request staging → production that promote-rc manages. */
export const RELEASE_PR_KIND = 'release-pr';

/** The suite's release pull request: at the commit its marker pins, or moved by someone's push. */
export type ReleasePullOwnership = Exclude<PullOwnership<typeof RELEASE_PR_KIND>, { verdict: 'foreign' }>;

/**
 * The one place that decides whether a pull request is the suite's release pull request: the
 * ownership test (the suite's identity, its release head branch in this repository, into
 * production, at the pinned commit), never the marker alone. The release gate, milestone-check and
 * tag-and-release all ask here. Returns undefined for any other pull request; one that carries a
 * copied marker is noted in `ignored`.
 */
export async function suiteReleasePullRequest(
  pr: PullRequest,
  policy: Policy,
  ctx: { repo: RepoRef; identity: SuiteIdentity; ignored?: IgnoredMarkers },
): Promise<ReleasePullOwnership | undefined> {
  const role = promotionRole(RELEASE_PR_KIND, policy);
  // Neither on the suite's branch nor marked: a person's pull request, without asking who the suite is.
  if (pr.headRef !== role.headBranch && !findMarker(pr.body, RELEASE_PR_KIND)) return undefined;
  const ownership = await judgePullRequest(pr, RELEASE_PR_KIND, role, { repo: ctx.repo, identity: ctx.identity });
  if (ownership.verdict === 'foreign') {
    ctx.ignored?.notePull(pr, RELEASE_PR_KIND, ownership);
    return undefined;
  }
  return ownership;
}
