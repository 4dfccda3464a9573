import type { Policy } from './config.ts';
import { repoName, type RepoRef } from './context.ts';
import type { GitHub, PullRequest } from './github/index.ts';
import type { SuiteIdentity } from './identity.ts';
import { findMarker, PULL_REQUEST_MARKER_KINDS, type Marker, type PullRequestMarkerKind } from './markers.ts';
import { inline } from './text.ts';

/** The suite's fixed head branches: a re-run finds (and moves) the same branch. */
export function rcHeadBranch(policy: Policy): string {
  return `portal-release/rc-${policy.branches.staging}`;
}
export function releaseHeadBranch(policy: Policy): string {
  return `portal-release/release-${policy.branches.production}`;
}
export function backportBranch(pr: number, target: string): string {
  return `backport/${pr}-to-${target}`;
}

/** Where a suite pull request of a kind must come from and go to. */
export interface PullRequestRole {
  headBranch: string;
  base: string;
}

/** The role of a promote-rc pull request: rc (dev → stg) or release (stg → main). */
export function promotionRole(kind: 'promotion' | 'release-pr', policy: Policy): PullRequestRole {
  return kind === 'promotion'
    ? { headBranch: rcHeadBranch(policy), base: policy.branches.staging }
    : { headBranch: releaseHeadBranch(policy), base: policy.branches.production };
}

/** The role of a backport or merge-back pull request of #pr into `target`. */
export function backportRole(pr: number, target: string): PullRequestRole {
  return { headBranch: backportBranch(pr, target), base: target };
}

export type PullOwnership<K extends PullRequestMarkerKind> =
  /** The suite's, and where its marker pins a commit, the pull request is at that commit. */
  | { verdict: 'suite'; marker: Marker<K> | undefined }
  /** The suite's (author and branch), but its head is no longer the commit its marker pins: someone pushed onto it. */
  | { verdict: 'suite-moved'; marker: Marker<K>; reason: string }
  /** Not the suite's: treated as any person's pull request. `marked` says whether it carries the marker. */
  | { verdict: 'foreign'; marked: boolean; reason: string };

/**
 * The one test of "a pull request the suite opened for this role": opened by a suite identity AND
 * its head is the suite's branch for the role in the same repository (never a fork) AND it goes into
 * the role's base AND, where its marker pins a commit, that commit is the pull request's head (the
 * merged head for a merged one). The marker alone proves nothing: anyone can type it. The identity is
 * looked up last, only for pull requests that pass the cheap tests.
 */
export async function judgePullRequest<K extends PullRequestMarkerKind>(
  pr: PullRequest,
  kind: K,
  role: PullRequestRole,
  ctx: { repo: RepoRef; identity: SuiteIdentity },
): Promise<PullOwnership<K>> {
  const marker = findMarker(pr.body, kind);
  const marked = marker !== undefined;
  const foreign = (reason: string): PullOwnership<K> => ({ verdict: 'foreign', marked, reason });
  const here = repoName(ctx.repo).toLowerCase();
  if (pr.headRepo === null || pr.headRepo.toLowerCase() !== here) {
    return foreign(`its head is in ${pr.headRepo ? `the fork ${inline(pr.headRepo)}` : 'a deleted fork'}, not in ${repoName(ctx.repo)}`);
  }
  if (pr.headRef !== role.headBranch) return foreign(`its head branch is ${inline(pr.headRef)}, not the suite's ${role.headBranch}`);
  if (pr.baseRef !== role.base) return foreign(`it goes into ${inline(pr.baseRef)}, not ${role.base}`);
  const base = (marker?.attrs as { base?: string } | undefined)?.base;
  if (base !== undefined && base !== pr.baseRef) return foreign(`its marker names the base ${inline(base)}, but it goes into ${inline(pr.baseRef)}`);
  if (!(await ctx.identity.isSuite(pr.author))) return foreign(`it was opened by ${inline(pr.author || 'a deleted account')}, not by the suite`);
  const pinned = (marker?.attrs as { sha?: string } | undefined)?.sha;
  if (marker && pinned !== undefined && pinned !== pr.headSha) {
    const where = pr.merged ? 'was merged at' : 'is at';
    return {
      verdict: 'suite-moved',
      marker,
      reason: `its marker pins ${pinned.slice(0, 12)}, but it ${where} ${pr.headSha.slice(0, 12)} (someone pushed onto it)`,
    };
  }
  return { verdict: 'suite', marker };
}

/**
 * For a pull request that carries a marker of a suite pull request kind (any of them), the kind and
 * whether it is the suite's; null when it carries none. The role comes from the kind (and, for a
 * backport, from the marker's `pr` and `target`, which the head branch must then match).
 */
export async function judgeMarkedPullRequest(
  pr: PullRequest,
  policy: Policy,
  ctx: { repo: RepoRef; identity: SuiteIdentity },
): Promise<{ kind: PullRequestMarkerKind; ownership: PullOwnership<PullRequestMarkerKind> } | null> {
  const kind = PULL_REQUEST_MARKER_KINDS.find((k) => findMarker(pr.body, k) !== undefined);
  if (!kind) return null;
  let role: PullRequestRole;
  if (kind === 'promotion' || kind === 'release-pr') role = promotionRole(kind, policy);
  else {
    const attrs = findMarker(pr.body, kind)!.attrs;
    const number = Number(attrs.pr);
    if (!Number.isInteger(number) || number <= 0 || !attrs.target) {
      return { kind, ownership: { verdict: 'foreign', marked: true, reason: 'its marker names no pull request and target' } };
    }
    role = backportRole(number, attrs.target);
  }
  return { kind, ownership: await judgePullRequest(pr, kind, role, ctx) };
}

/**
 * The suite's merged release pull request whose merge is `sha`: promote-rc opened it (identity, head
 * branch in this repository, into production), it was merged at the commit its marker pins, and
 * `sha` is its merge commit (a merge commit or a squash commit alike). Its `release-pr` marker then
 * says what was released (version, the release candidate). A marker typed into any other pull request
 * is ignored and said in `ignored`.
 */
export async function suiteReleasePrMergedAt(
  github: GitHub,
  repo: RepoRef,
  sha: string,
  policy: Policy,
  ctx: { identity: SuiteIdentity; ignored: IgnoredMarkers },
): Promise<{ pr: PullRequest; marker: Marker<'release-pr'> } | null> {
  const prs = await github.listPullRequestsForCommit(repo, sha);
  const merged = prs.filter((p) => p.merged && p.mergeCommitSha === sha && p.baseRef === policy.branches.production).sort((a, b) => b.number - a.number);
  for (const pr of merged) {
    const ownership = await judgePullRequest(pr, 'release-pr', promotionRole('release-pr', policy), { repo, identity: ctx.identity });
    if (ownership.verdict === 'suite' && ownership.marker?.attrs.version) return { pr, marker: ownership.marker };
    if (ownership.verdict === 'suite-moved')
      ctx.ignored.note(`#${pr.number}`, `is the suite's release pull request, but ${ownership.reason}: its version is not released`);
    else ctx.ignored.notePull(pr, 'release-pr', ownership);
  }
  return null;
}

/**
 * Markers that were ignored in a run (a pull request, comment or issue that carries one but is not
 * the suite's), each said once in the job summary with why.
 */
export class IgnoredMarkers {
  private readonly notes = new Map<string, string>();

  note(what: string, reason: string): void {
    if (!this.notes.has(what)) this.notes.set(what, reason);
  }

  /** Notes a foreign pull request that carries the marker; returns whether one was noted. */
  notePull(pr: PullRequest, kind: PullRequestMarkerKind, ownership: { verdict: string; reason?: string; marked?: boolean }): boolean {
    if (ownership.verdict !== 'foreign' || !ownership.marked) return false;
    this.note(`#${pr.number}`, `carries a \`${kind}\` marker, but ${ownership.reason ?? 'it is not the suite’s'}: treated as any pull request`);
    return true;
  }

  get size(): number {
    return this.notes.size;
  }

  /** Markdown lines for the job summary (empty when nothing was ignored). */
  summary(): string[] {
    if (this.notes.size === 0) return [];
    return [
      '**Markers ignored** (a marker alone proves nothing; only what the suite itself opened or wrote counts):',
      '',
      ...[...this.notes].map(([what, why]) => `- ${what} ${why}.`),
      '',
    ];
  }

  /** Plain sentences for the log. */
  sentences(): string[] {
    return [...this.notes].map(([what, why]) => `Marker ignored: ${what} ${why}.`);
  }
}
