import { UserError } from '../../../shared/errors.ts';
import { BoundedHistory, Git, isSha } from '../../../shared/git.ts';
import type { Logger } from '../../../shared/logger.ts';
import type { ActionEnvironment } from '../../../shared/entry.ts';
import { placeCommits, type CommitPlacement } from '../../../shared/presence.ts';

/** How a PR was merged decides what to pick: the squash commit, the rebased range, or the PR's own commits. */
export type MergeMethod = 'squash' | 'rebase' | 'merge';

export interface PickPlan {
  method: MergeMethod;
  /** Commits to cherry-pick, oldest first (never merge commits). */
  commits: string[];
}

export interface PickResult {
  outcome: 'picked' | 'empty' | 'conflict';
  /** Tip of the backport branch after picking (picked, or conflict committed as a draft). */
  head: string | null;
  conflicts: { at: string; files: string[] }[];
}

const REMOTE = 'origin';

/** Picks changing more paths than this are checked out whole (see Workspace.pick). */
export const MAX_SPARSE_PATHS = 300;

export function remoteRef(branch: string): string {
  return `refs/remotes/${REMOTE}/${branch}`;
}

/**
 * A scratch repository that fetches only what a backport needs from the server: the target
 * branches and the merged commit, blob-less (`--filter=blob:none`: commits and trees now, file
 * contents only when a pick or a patch-id needs them). Every name reaching git was validated by
 * the caller; SHAs are checked here.
 */
export class Workspace {
  readonly git: Git & { dispose(): Promise<void> };
  private readonly logger: Logger;
  /** The last `fetch`, deepened when a proof needs more of the history. */
  private history: BoundedHistory | undefined;

  private constructor(git: Git & { dispose(): Promise<void> }, logger: Logger) {
    this.git = git;
    this.logger = logger;
  }

  /** The run's repository, over the runner's server and token, in the action's scratch directory. */
  static forRun(env: ActionEnvironment, identity: { name: string; email: string }): Promise<Workspace> {
    return Workspace.open({ parent: env.tempDir, logger: env.logger, serverUrl: env.context.serverUrl, token: env.token, repo: env.context.repo, identity });
  }

  static async open(options: {
    parent: string;
    logger: Logger;
    serverUrl: string;
    token: string;
    repo: { owner: string; repo: string };
    identity: { name: string; email: string };
    /** For tests: the remote URL instead of `${serverUrl}/<owner>/<repo>.git`. */
    url?: string;
  }): Promise<Workspace> {
    const git = await Git.scratch({
      parent: options.parent,
      logger: options.logger,
      serverUrl: options.serverUrl,
      token: options.token,
      identity: options.identity,
    });
    await git.addRemote(REMOTE, options.url ?? git.remoteUrl(options.serverUrl, options.repo));
    return new Workspace(git, options.logger);
  }

  dispose(): Promise<void> {
    return this.git.dispose();
  }

  /** Which of `branches` exist on the server (one `ls-remote` round trip). */
  async existingBranches(branches: string[]): Promise<Set<string>> {
    if (branches.length === 0) return new Set();
    const out = await this.git.run(['ls-remote', '--heads', '--end-of-options', REMOTE, ...branches.map((b) => `refs/heads/${b}`)]);
    const found = new Set<string>();
    for (const line of out.split('\n')) {
      const ref = line.split('\t')[1];
      if (ref?.startsWith('refs/heads/')) found.add(ref.slice('refs/heads/'.length));
    }
    return new Set(branches.filter((b) => found.has(b)));
  }

  /**
   * Fetches the branches (as `refs/remotes/origin/<b>`) and the commits, without file contents: `depth` deep
   * (`depthToMergeBase`; deepened later when a proof needs more), or their whole history.
   */
  async fetch(branches: string[], shas: string[], options: { depth?: number } = {}): Promise<void> {
    for (const sha of shas) if (!isSha(sha)) throw new UserError('state', `"${sha}" is not a commit SHA.`);
    const refspecs = [...branches.map((b) => `+refs/heads/${b}:${remoteRef(b)}`), ...shas.map((sha, i) => `+${sha}:refs/portal-release/source/${i}`)];
    if (refspecs.length === 0) return;
    const history = new BoundedHistory(this.git, REMOTE, refspecs, options.depth);
    await history.fetch();
    this.history = options.depth ? history : undefined;
  }

  /** Fetches made to deepen a bounded history (0 when the first fetch was enough). */
  get deepenings(): number {
    return this.history?.extraFetches ?? 0;
  }

  private async parents(sha: string): Promise<string[]> {
    const out = await this.git.run(['rev-list', '--parents', '--max-count=1', '--end-of-options', sha]);
    return out.trim().split(/\s+/).slice(1);
  }

  /**
   * What to pick for a merged PR: a merge commit → the PR's own commits (`M^1..M^2`, merges
   * left out); a rebase merge → the last N first-parent commits up to M (their subjects match the
   * PR's commits); a squash merge (or a single commit) → M itself.
   */
  async planPicks(mergeCommit: string, headSha: string, prCommits: { sha: string; message: string }[]): Promise<PickPlan> {
    if (!isSha(mergeCommit)) throw new UserError('state', `The merge commit "${mergeCommit}" is not a commit SHA.`);
    const parents = await this.parents(mergeCommit);
    if (parents.length > 1) {
      // What the merge brought, walked whole (a bounded history is deepened until it is).
      if (this.history) while (!(await this.history.covers([[parents[1]!, `^${parents[0]}`]]))) continue;
      const commits = await this.git.revList([`${mergeCommit}^1..${mergeCommit}^2`], { noMerges: true });
      return { method: 'merge', commits };
    }
    const n = prCommits.length;
    if (n <= 1) return { method: mergeCommit === headSha ? 'rebase' : 'squash', commits: [mergeCommit] };
    const chain = async (): Promise<string[]> =>
      (await this.git.run(['rev-list', '--first-parent', `--max-count=${n}`, '--end-of-options', mergeCommit])).split('\n').filter(Boolean).reverse();
    let lastN = await chain();
    // A chain cut by a shallow boundary (or ending on one, whose diff would be wrong) is read from the whole history.
    const boundary = this.history ? await this.git.shallowCommits() : new Set<string>();
    if (this.history && boundary.size && (lastN.length < n || lastN.some((c) => boundary.has(c)))) {
      await this.history.unshallow();
      lastN = await chain();
    }
    if (mergeCommit === headSha) return { method: 'rebase', commits: lastN };
    if (lastN.length === n) {
      const described = await this.describe(lastN);
      const subject = (m: string | undefined): string => (m ?? '').trim().split('\n')[0]!.trim();
      const same = lastN.every((sha, i) => subject(described.get(sha)?.subject) === subject(prCommits[i]!.message));
      if (same) return { method: 'rebase', commits: lastN };
    }
    return { method: 'squash', commits: [mergeCommit] };
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const result = await this.git.exec(['merge-base', '--end-of-options', a, b]);
    return result.code === 0 ? result.stdout.trim() || null : null;
  }

  /** Which of `picks` the target already has, and the proof (the shared presence engine). */
  findPresent(targetRef: string, picks: string[], related: string[] = [], options: { outsideTarget?: boolean } = {}): Promise<Map<string, CommitPlacement>> {
    return placeCommits(this.git, targetRef, picks, related, { ...options, remote: REMOTE, history: this.history });
  }

  /**
   * Creates `branch` at the target and cherry-picks (`-x`) the commits. On a conflict: `abort`
   * leaves nothing behind; `commit` commits the conflicted files, markers included (a draft for a
   * person to resolve), and goes on with the remaining commits.
   */
  async pick(branch: string, targetRef: string, commits: string[], onConflict: 'abort' | 'commit'): Promise<PickResult> {
    // A pick diffs a commit against its parent: one kept without parents at a shallow boundary (a commit the
    // target already has, outside the walks the proofs made) is picked from the whole history.
    if (this.history) {
      const boundary = await this.git.shallowCommits();
      if (commits.some((c) => boundary.has(c))) await this.history.unshallow();
    }
    // Only the files the picks change are written to the working tree (a sparse checkout): the rest of the
    // target's tree is never read, which in a blob-less clone of a large repository is most of a fetch and
    // of the checkout's time. Too many paths make git's pattern matching the slower part: then all of it.
    const paths = await this.git.changedPaths(commits);
    await this.git.limitWorktree(paths.size <= MAX_SPARSE_PATHS ? paths : null);
    await this.git.checkoutNew(branch, targetRef);
    const conflicts: PickResult['conflicts'] = [];
    let changed = false;
    let remaining = commits;
    while (remaining.length > 0) {
      const result = await this.git.cherryPick(remaining);
      if (result.picked.length > 0) changed = true;
      if (result.outcome !== 'conflict') break;
      const at = result.conflictAt!;
      if (result.conflictedFiles.length === 0) {
        await this.git.abortCherryPick();
        throw new UserError(
          'state',
          `git cherry-pick of ${at.slice(0, 12)} failed without a conflict: ${result.stderr.trim().split('\n').slice(-2).join(' / ')}`,
        );
      }
      conflicts.push({ at, files: result.conflictedFiles });
      if (onConflict === 'abort') {
        await this.git.abortCherryPick();
        return { outcome: 'conflict', head: null, conflicts };
      }
      this.logger.info(`Conflict picking ${at.slice(0, 12)} (${result.conflictedFiles.join(', ')}): committed with its markers for manual resolution.`);
      await this.git.run(['add', '--all']);
      await this.git.run(['commit', '--quiet', '--no-verify', '--no-edit', '--allow-empty']);
      changed = true;
      remaining = remaining.slice(remaining.indexOf(at) + 1);
    }
    if (!changed) return { outcome: 'empty', head: null, conflicts };
    const head = await this.git.revParse('HEAD');
    return { outcome: conflicts.length ? 'conflict' : 'picked', head, conflicts };
  }

  /** Pushes the local branch to the same name on the server (the backport branch is owned by this action). */
  async push(branch: string): Promise<void> {
    await this.git.push(REMOTE, [`refs/heads/${branch}:refs/heads/${branch}`], { force: true });
  }

  /** Non-merge commits of `ref` that `other` does not reach, oldest first. */
  async commitsMissingFrom(ref: string, other: string): Promise<string[]> {
    return this.git.revList([ref, `^${other}`], { noMerges: true });
  }

  /** Subject and committer date of commits. */
  async describe(shas: string[]): Promise<Map<string, { subject: string; date: string }>> {
    const map = new Map<string, { subject: string; date: string }>();
    if (shas.length === 0) return map;
    const out = await this.git.run(['log', '--no-walk=unsorted', '--format=%H%x00%cI%x00%s', '--end-of-options', ...shas, '--']);
    for (const line of out.split('\n')) {
      const [sha, date, subject] = line.split('\0');
      if (sha && date !== undefined) map.set(sha, { subject: subject ?? '', date });
    }
    return map;
  }
}
