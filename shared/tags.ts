import type { RepoRef } from './context.ts';
import { GitHubError, type GitHub } from './github/index.ts';

/** How creating a release tag ended: made now, already there on the same commit, or there on another one. */
export type TagCreation = { outcome: 'created' } | { outcome: 'exists' } | { outcome: 'elsewhere'; commit: string };

/**
 * Creates the annotated tag `tag` on `sha` (a tag object, then its ref), the one way every action
 * tags. A ref created meanwhile (a concurrent run, a draft release being published, a lost answer
 * retried) answers 422: the tag is read again and accepted when it names the same commit; on another
 * commit the caller refuses, since release tags are never moved. Any other 422 is rethrown.
 */
export async function createAnnotatedTag(github: GitHub, repo: RepoRef, tag: string, sha: string, message: string): Promise<TagCreation> {
  const object = await github.createTagObject(repo, tag, sha, message);
  try {
    await github.createRef(repo, `refs/tags/${tag}`, object);
    return { outcome: 'created' };
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 422)) throw error;
    const now = await github.resolveTag(repo, tag);
    if (!now) throw error;
    return now.commitSha === sha ? { outcome: 'exists' } : { outcome: 'elsewhere', commit: now.commitSha };
  }
}
