import type { RepoRef } from './context.ts';
import type { CommitStatus, GitHub } from './github/index.ts';
import type { Plan } from './plan.ts';

export type StatusOutcome = 'created' | 'updated' | 'unchanged' | 'planned';

/**
 * Sets commit status `context` on `sha` unless it already says exactly this (a re-run writes
 * nothing and records it as kept). In a dry run the plan only records what it would set.
 */
export async function setCommitStatus(
  github: GitHub,
  repo: RepoRef,
  sha: string,
  want: { state: CommitStatus['state']; context: string; description: string; targetUrl?: string },
  options: { plan: Plan; current?: { state: string; description: string } | null },
): Promise<{ outcome: StatusOutcome; previous: { state: string; description: string } | undefined }> {
  // `current` (null: none) when the caller already read it, e.g. in the same GraphQL query.
  const previous =
    options.current !== undefined ? (options.current ?? undefined) : (await github.getCombinedStatuses(repo, sha)).find((s) => s.context === want.context);
  const description = want.description.slice(0, 140);
  if (previous && previous.state === want.state && previous.description === description) {
    options.plan.keep(`status "${want.context}" on ${sha.slice(0, 7)} already says ${want.state}: ${description}`);
    return { outcome: 'unchanged', previous };
  }
  const set = await options.plan.write(`set status "${want.context}" = ${want.state} on ${sha.slice(0, 7)}: ${description}`, async () => {
    await github.createStatus(repo, sha, { ...want, description });
    return true;
  });
  if (!set) return { outcome: 'planned', previous };
  return { outcome: previous ? 'updated' : 'created', previous };
}
