import { parseRepo, repoName, type RepoRef } from './context.ts';

/** Whether two references name the same repository (GitHub's names are case-insensitive). */
export function sameRepo(a: RepoRef, b: RepoRef): boolean {
  return repoName(a).toLowerCase() === repoName(b).toLowerCase();
}

/**
 * The repositories a run covers, the same rule in every action: this repository first, then the
 * input's repositories when given, else the policy's `repos`. This repository is always in: the
 * run's own repository is the one whose release it is, and its token reaches it. Duplicates (in
 * any letter case) are dropped, the first spelling kept.
 */
export function releaseTrain(current: RepoRef, input: readonly RepoRef[], policyRepos: readonly string[]): RepoRef[] {
  const others = input.length > 0 ? input : policyRepos.map((r) => parseRepo(r, 'Policy file: repos'));
  const out: RepoRef[] = [];
  for (const r of [current, ...others]) if (!out.some((o) => sameRepo(o, r))) out.push(r);
  return out;
}
