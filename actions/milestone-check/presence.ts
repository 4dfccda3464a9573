import { isSha, type Git } from '../../shared/git.ts';
import type { Logger } from '../../shared/logger.ts';

/**
 * Is the change of a merged pull request on the release branch? Decided with real git in a
 * scratch repository, in this order: ancestry of its merge commit; a `(cherry picked from commit
 * <sha>)` trailer naming it; patch-id equivalence; a merged backport pull request referencing it.
 * Git answers the first three locally for every pull request at once; only the last may need the
 * API, and only for pull requests the first three could not place.
 */

export interface MergedChange {
  number: number;
  title: string;
  url: string;
  mergeCommit: string;
  mergedAt?: string | null;
  /** Commits of the pull request and the headline of its last one (a rebase merge keeps it). */
  commitCount: number;
  lastCommitHeadline: string;
}

export type PresenceMethod = 'ancestry' | 'cherry-pick-trailer' | 'patch-id' | 'backport-pr';

export interface PresenceVerdict {
  number: number;
  present: boolean;
  method?: PresenceMethod;
  /** A short sentence: which commit or pull request proves it, or why it is missing. */
  evidence: string;
  /** The commits to pick, oldest first (empty when the merge commit could not be read). */
  commits: string[];
}

export interface BackportPull {
  number: number;
  url: string;
  title: string;
  body: string;
  mergeCommit: string | null;
}

const TARGET_REF = 'refs/portal-release/target';

export interface FetchPlan {
  targetBranch: string;
  mergeCommits: string[];
  /** Base branches of the pull requests, tried when the server refuses a fetch by commit id. */
  baseBranches: string[];
}

/**
 * One fetch: the target branch plus every merge commit by id, without blobs (`--filter=blob:none`;
 * patch-ids fetch the few blobs they need later). Servers that refuse fetching by id get a
 * second try with the pull requests' base branches. Branch names must already be validated.
 */
export async function fetchForPresence(git: Git, plan: FetchPlan, logger: Logger): Promise<void> {
  const target = `+refs/heads/${plan.targetBranch}:${TARGET_REF}`;
  const shas = [...new Set(plan.mergeCommits.filter(isSha))];
  const branchMissing = (text: string): boolean => /couldn't find remote ref/i.test(text);
  try {
    await git.fetch('origin', [target, ...shas], { filter: 'blob:none' });
    return;
  } catch (error) {
    const text = (error as Error).message;
    if (branchMissing(text) && !shas.length) throw error;
    logger.debug(`fetch by commit id failed (${text}); fetching base branches instead`);
  }
  const bases = [...new Set(plan.baseBranches)].filter((b) => b !== plan.targetBranch);
  await git.fetch('origin', [target, ...bases.map((b) => `+refs/heads/${b}:refs/portal-release/base/${b}`)], { filter: 'blob:none' });
}

interface CommitMeta {
  sha: string;
  parents: string[];
  subject: string;
}

async function commitMeta(git: Git, shas: string[]): Promise<Map<string, CommitMeta>> {
  const map = new Map<string, CommitMeta>();
  if (!shas.length) return map;
  const out = await git.run(['log', '--no-walk=unsorted', '--format=%H%x00%P%x00%s', '--stdin'], { input: `${shas.join('\n')}\n` });
  for (const line of out.split('\n')) {
    const [sha, parents, subject] = line.split('\x00');
    if (sha && isSha(sha)) map.set(sha, { sha, parents: (parents ?? '').split(' ').filter(Boolean), subject: subject ?? '' });
  }
  return map;
}

async function present(git: Git, shas: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  if (!shas.length) return found;
  const out = await git.exec(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: `${shas.join('\n')}\n` });
  for (const line of out.stdout.split('\n')) {
    const [sha, type] = line.split(' ');
    if (sha && type === 'commit') found.add(sha);
  }
  return found;
}

const TRAILER = /\(cherry picked from commit ([0-9a-f]{7,64})\)/g;

/** Commit messages of `target` not reachable from `exclude`, reduced to the commits their `-x` trailers name. */
async function pickedTrailers(git: Git, exclude: string[]): Promise<Map<string, string>> {
  const out = await git.run(['log', '--format=%H%x00%B%x1e', '--stdin'], { input: [TARGET_REF, ...exclude.map((e) => `^${e}`), ''].join('\n') });
  const named = new Map<string, string>();
  for (const record of out.split('\x1e')) {
    const text = record.replace(/^\n/, '');
    const i = text.indexOf('\x00');
    if (i < 40) continue;
    const commit = text.slice(0, i);
    for (const m of text.slice(i + 1).matchAll(TRAILER)) named.set(m[1]!, commit);
  }
  return named;
}

function trailerFor(named: Map<string, string>, sha: string): string | undefined {
  const exact = named.get(sha);
  if (exact) return exact;
  for (const [short, commit] of named) if (short.length < sha.length && sha.startsWith(short)) return commit;
  return undefined;
}

async function patchIdsOfDiff(git: Git, diff: string): Promise<string | null> {
  if (!diff.trim()) return null;
  const out = await git.run(['patch-id', '--stable'], { input: diff });
  return out.trim().split(/\s+/)[0] || null;
}

/** Does a backport pull request say it carries #number? A marker attribute, "Backport of #N", or a link to the pull request. */
export function referencesPull(pull: { title: string; body: string }, number: number, pullUrl: string): boolean {
  const text = `${pull.title}\n${pull.body}`;
  const n = String(number);
  if (new RegExp(`\\bbackport(?:ed)?\\s+(?:of|from)\\s+(?:[\\w.-]+/[\\w.-]+)?#${n}\\b`, 'i').test(text)) return true;
  if (pullUrl && new RegExp(`\\bbackport(?:ed)?\\s+(?:of|from)\\s+${pullUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`, 'i').test(text)) return true;
  for (const m of text.matchAll(/<!-- portal-release:([a-z0-9-]*backport[a-z0-9-]*)((?: [a-z][a-z0-9-]*=[A-Za-z0-9._/@:+-]+)*) -->/g)) {
    for (const pair of (m[2] ?? '').trim().split(' ')) {
      const [key, value] = pair.split('=');
      if (key && ['source', 'pr', 'pull', 'of', 'original', 'number'].includes(key) && value === n) return true;
    }
  }
  return false;
}

export interface PresenceOptions {
  git: Git;
  changes: MergedChange[];
  logger: Logger;
  /** Merged pull requests into the target branch that may be backports (asked only when needed). */
  backports: (pending: MergedChange[]) => Promise<BackportPull[]>;
}

/** Decides, for every merged pull request, whether its change is on the fetched target branch. */
export async function decidePresence(o: PresenceOptions): Promise<PresenceVerdict[]> {
  const { git } = o;
  const onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
  const verdicts = new Map<number, PresenceVerdict>();
  const pending: { change: MergedChange; commits: string[]; combinedBase: string | null }[] = [];
  const fetched = await present(git, [...new Set(o.changes.map((c) => c.mergeCommit).filter(isSha))]);

  // 1. Ancestry of the merge commit.
  for (const change of o.changes) {
    if (!fetched.has(change.mergeCommit)) {
      verdicts.set(change.number, {
        number: change.number,
        present: false,
        evidence: `merge commit ${change.mergeCommit.slice(0, 12)} could not be fetched from the repository`,
        commits: [],
      });
    } else if (onTarget.has(change.mergeCommit)) {
      verdicts.set(change.number, {
        number: change.number,
        present: true,
        method: 'ancestry',
        evidence: `merge commit ${change.mergeCommit.slice(0, 12)} is on the branch`,
        commits: [change.mergeCommit],
      });
    }
  }
  const rest = o.changes.filter((c) => !verdicts.has(c.number));
  if (!rest.length) return o.changes.map((c) => verdicts.get(c.number)!);

  // The commits that carry each remaining change: a merge commit brings its second parent's
  // commits; a rebase merge the last N first-parent commits; a squash merge is one commit.
  const meta = await commitMeta(
    git,
    rest.map((c) => c.mergeCommit),
  );
  for (const change of rest) {
    const m = meta.get(change.mergeCommit);
    let commits = [change.mergeCommit];
    let combinedBase: string | null = m?.parents[0] ?? null;
    if (m && m.parents.length >= 2) {
      commits = (await git.run(['rev-list', '--reverse', '--no-merges', '--stdin'], { input: `${m.parents[1]}\n^${m.parents[0]}\n` }))
        .split('\n')
        .filter(Boolean);
    } else if (m && change.commitCount > 1 && m.subject === change.lastCommitHeadline) {
      const chain = (await git.run(['rev-list', '--first-parent', `--max-count=${change.commitCount}`, '--parents', '--stdin'], { input: `${m.sha}\n` }))
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' '));
      if (chain.length === change.commitCount && chain.every((p) => p.length === 2)) {
        commits = chain.map((p) => p[0]!).reverse();
        combinedBase = chain[chain.length - 1]![1]!;
      }
    }
    pending.push({ change, commits, combinedBase });
  }

  // 2. `git cherry-pick -x` trailers on the target side.
  const exclude = pending.map((p) => p.change.mergeCommit);
  const named = await pickedTrailers(git, exclude);
  let open = pending.filter((p) => {
    const byMerge = trailerFor(named, p.change.mergeCommit);
    const each = p.commits.map((c) => trailerFor(named, c));
    const proof = byMerge ?? (each.every(Boolean) ? each[each.length - 1] : undefined);
    if (!proof) return true;
    verdicts.set(p.change.number, {
      number: p.change.number,
      present: true,
      method: 'cherry-pick-trailer',
      evidence: `cherry-picked with -x as ${proof.slice(0, 12)}`,
      commits: p.commits,
    });
    return false;
  });

  // 3. Patch-id equivalence: each commit, or the whole change, has an equal patch on the target side.
  if (open.length) {
    const targetSide = (await git.run(['rev-list', '--no-merges', '--stdin'], { input: [TARGET_REF, ...exclude.map((e) => `^${e}`), ''].join('\n') }))
      .split('\n')
      .filter(Boolean);
    if (targetSide.length) {
      await git.prefetchDiffBlobs(
        'origin',
        [...targetSide, ...open.flatMap((p) => p.commits), ...open.flatMap((p) => (p.combinedBase ? [`${p.change.mergeCommit} ${p.combinedBase}`] : []))],
        TARGET_REF,
      );
      const theirs = await git.patchIds(targetSide, { noMerges: true });
      const byPatch = new Map<string, string>();
      for (const [commit, patch] of theirs) byPatch.set(patch, commit);
      const ours = await git.patchIds([...new Set(open.flatMap((p) => p.commits))]);
      const still: typeof open = [];
      for (const p of open) {
        const each = p.commits.map((c) => byPatch.get(ours.get(c) ?? '') ?? trailerFor(named, c));
        let proof = each.length && each.every(Boolean) ? each[each.length - 1] : undefined;
        if (!proof && p.combinedBase) {
          const whole = await patchIdsOfDiff(git, await git.run(['diff', '--no-color', '--no-ext-diff', p.combinedBase, p.change.mergeCommit, '--']));
          proof = whole ? byPatch.get(whole) : undefined;
        }
        if (proof) {
          verdicts.set(p.change.number, {
            number: p.change.number,
            present: true,
            method: 'patch-id',
            evidence: `same patch as ${proof.slice(0, 12)}`,
            commits: p.commits,
          });
        } else still.push(p);
      }
      open = still;
    }
  }

  // 4. A merged backport pull request into the target branch that references it.
  if (open.length) {
    const pulls = await o.backports(open.map((p) => p.change));
    for (const p of open) {
      const backport = pulls.find((b) => b.mergeCommit && onTarget.has(b.mergeCommit) && referencesPull(b, p.change.number, p.change.url));
      verdicts.set(
        p.change.number,
        backport
          ? {
              number: p.change.number,
              present: true,
              method: 'backport-pr',
              evidence: `backported by #${backport.number}`,
              commits: p.commits,
            }
          : {
              number: p.change.number,
              present: false,
              evidence: 'not an ancestor, no cherry-pick trailer, no equal patch, no merged backport',
              commits: p.commits,
            },
      );
    }
  }
  return o.changes.map((c) => verdicts.get(c.number)!);
}

/** The exact command that brings a missing change onto the target branch. */
export function pickCommand(commits: string[]): string {
  return `git cherry-pick -x ${commits.join(' ')}`;
}
