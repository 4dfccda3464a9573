import type { RepoRef } from './context.ts';
import { BoundedHistory, depthToMergeBase, isSha, type Git } from './git.ts';
import type { GitHub } from './github/index.ts';
import type { Logger } from './logger.ts';
import { parseMarkers } from './markers.ts';
import { escapeRegExp } from './text.ts';

/**
 * The one answer to "is this change on that branch?" (milestone-check, backport-cherry-pick's
 * skip and its drift audit). Decided with real git in a scratch repository, each proof named:
 * - `ancestry`: the merge commit is in the branch's history;
 * - `cherry-pick-trailer`: a commit on the branch carries `(cherry picked from commit <sha>)`
 *   naming it (full or abbreviated SHA), or every one of its commits;
 * - `patch-id`: each of its commits has an equal patch (`git patch-id --stable`) on the branch;
 * - `patch-id-whole`: its whole change has an equal patch on the branch (a squashed backport);
 * - `squash-promotion`: a suite promotion pull request (judged by identity, see ownership.ts)
 *   squash-merged into the branch pins a source SHA its change is reachable from;
 * - `backport-reference`: a pull request merged into the branch says it carries it, in the
 *   default wording of a common backport tool or a policy pattern, AND touches every file of
 *   the change (a "Backport of #N" body alone proves nothing).
 * Git answers the first four locally for every change at once; the last two need the API, asked
 * once, only about changes git could not place.
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

export type PresenceMethod = 'ancestry' | 'cherry-pick-trailer' | 'patch-id' | 'patch-id-whole' | 'squash-promotion' | 'backport-reference';

/** A suite promotion pull request squash-merged into the branch, with the source SHA its marker pins (ownership already judged). */
export interface SquashPromotion {
  number: number;
  url: string;
  mergeCommit: string;
  /** The source commit the promotion was made of: everything reachable from it is on the branch once it merged. */
  source: string;
}

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
  /** How deep to fetch first (`depthToMergeBase`); the whole history when absent. */
  depth?: number;
}

/**
 * How deep to fetch so that `head` and every branch of `targets` reach their merge base: GitHub's compare counts
 * (one request per target branch). Undefined — fetch the whole history — when
 * GitHub cannot say (the compare fails): the depth is only a hint, never part of a proof.
 */
export async function depthForPresence(github: GitHub, repo: RepoRef, targets: string[], head: string, logger: Logger): Promise<number | undefined> {
  let depth = 0;
  for (const target of [...new Set(targets)]) {
    try {
      const c = await github.compare(repo, target, head);
      depth = Math.max(depth, depthToMergeBase(c.aheadBy, c.behindBy));
    } catch (error) {
      logger.debug(`no divergence counts for ${target}...${head.slice(0, 12)} (${(error as Error).message}): fetching the whole history`);
      return undefined;
    }
  }
  return depth || undefined;
}

/**
 * One fetch: the target branch plus every merge commit by id, without blobs (`--filter=blob:none`;
 * patch-ids fetch the few blobs they need later), `plan.depth` deep (`decidePresence` deepens it when a
 * proof needs more). Servers that refuse fetching by id get a second try with the pull requests' base
 * branches. Branch names must already be validated.
 */
export async function fetchForPresence(git: Git, plan: FetchPlan, logger: Logger): Promise<BoundedHistory> {
  const target = `+refs/heads/${plan.targetBranch}:${TARGET_REF}`;
  const shas = [...new Set(plan.mergeCommits.filter(isSha))];
  const branchMissing = (text: string): boolean => /couldn't find remote ref/i.test(text);
  const byId = new BoundedHistory(git, 'origin', [target, ...shas], plan.depth);
  try {
    await byId.fetch();
    return byId;
  } catch (error) {
    const text = (error as Error).message;
    if (branchMissing(text) && !shas.length) throw error;
    logger.debug(`fetch by commit id failed (${text}); fetching base branches instead`);
  }
  const bases = [...new Set(plan.baseBranches)].filter((b) => b !== plan.targetBranch);
  const byBranch = new BoundedHistory(git, 'origin', [target, ...bases.map((b) => `+refs/heads/${b}:refs/portal-release/base/${b}`)], plan.depth);
  await byBranch.fetch();
  return byBranch;
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

/** `git cherry-pick -x` trailers, full or abbreviated SHAs (people shorten them when they pick by hand). */
export const CHERRY_PICK_TRAILER = /\(cherry picked from commit ([0-9a-f]{7,64})\)/g;
const TRAILER = CHERRY_PICK_TRAILER;

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

/** The commit whose trailer names `sha` (exactly, or by an abbreviation of at least 7 digits). */
export function trailerFor(named: Map<string, string>, sha: string): string | undefined {
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

/**
 * Does a pull request say it carries #number? Returns the wording found, or null. The default
 * wordings of common backport tools:
 * - korthout/backport-action: body "Backport of #N to `branch`" (also "backported from #N");
 * - sorenlouv/backport: title "[branch] subject (#N)", body "- [subject (#N)](url)";
 * - Mergify: title "subject (backport #N)", body "This is an automatic backport of pull request #N";
 * - hand-made: "cherry-pick of #N", a link to the pull request, the suite's backport marker;
 * plus the policy's `backport.reference-patterns` (`{number}` stands for N). A revert is no carrier.
 * Text is a claim only: the caller corroborates it by content.
 */
export function referencesPull(pull: { title: string; body: string }, number: number, pullUrl: string, extra: string[] = []): string | null {
  if (/^\s*revert\b/i.test(pull.title)) return null;
  const text = `${pull.title}\n${pull.body}`;
  const n = String(number);
  const ref = `(?:[\\w.-]+/[\\w.-]+)?#${n}(?!\\d)`;
  const patterns: [string, RegExp][] = [
    ['Backport of #N', new RegExp(`\\bbackport(?:ed)?\\s+(?:of|from)\\s+${ref}`, 'i')],
    ['(backport #N)', new RegExp(`\\(backport\\s+${ref}\\)`, 'i')],
    ['automatic backport of pull request #N', new RegExp(`\\bautomat(?:ic|ed)\\s+backport\\s+of\\s+(?:pull\\s+request\\s+)?${ref}`, 'i')],
    ['cherry-pick of #N', new RegExp(`\\bcherry[- ]?pick(?:ed)?\\s+(?:of|from)\\s+${ref}`, 'i')],
    ['(#N)', new RegExp(`\\(${ref}\\)`)],
  ];
  if (pullUrl) patterns.push(['a link to the pull request', new RegExp(`${escapeRegExp(pullUrl)}(?![\\d/])`, 'i')]);
  for (const pattern of extra) patterns.push([pattern, new RegExp(pattern.replaceAll('{number}', n), 'iu')]);
  for (const [name, re] of patterns) if (re.test(text)) return name;
  for (const m of parseMarkers(text)) {
    if (!m.kind.includes('backport')) continue;
    for (const key of ['source', 'pr', 'pull', 'of', 'original', 'number']) if (m.attrs[key] === n) return `a ${m.kind} marker`;
  }
  return null;
}

/** What only the API knows: pull requests merged into the target branch (asked once, only when needed). */
export interface MergedInto {
  /** Every merged pull request into the branch that may carry a change by reference. */
  references: BackportPull[];
  /** Suite promotion pull requests squash-merged into the branch (ownership judged by the caller). */
  promotions: SquashPromotion[];
}

export interface PresenceOptions {
  git: Git;
  changes: MergedChange[];
  logger: Logger;
  mergedInto: (pending: MergedChange[]) => Promise<MergedInto>;
  /** The policy's `backport.reference-patterns`. */
  referencePatterns?: string[];
  /** A bounded fetch (`fetchForPresence`): deepened until every walk of the proofs is whole. Absent: the whole history. */
  history?: BoundedHistory;
}

/**
 * Deepens a bounded fetch until every walk the git proofs make is whole: the target's side against each merge
 * commit not on it (ancestry, `-x` trailers, patch-ids; per merge commit, as each excludes a different history),
 * the merge commits' side against the target (their commits and the parents their diffs read) and what a merge
 * commit brought (second parent against first).
 */
async function coverPresenceWalks(git: Git, history: BoundedHistory, changes: MergedChange[]): Promise<void> {
  for (;;) {
    if ((await git.shallowCommits()).size === 0) return;
    const fetched = [...(await present(git, [...new Set(changes.map((c) => c.mergeCommit).filter(isSha))]))];
    const onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
    const off = fetched.filter((m) => !onTarget.has(m));
    const walks: string[][] = [off.length ? [...off, `^${TARGET_REF}`] : []];
    for (const m of (await commitMeta(git, off)).values()) if (m.parents.length >= 2) walks.push([m.parents[1]!, `^${m.parents[0]}`]);
    for (const m of off) walks.push([TARGET_REF, `^${m}`]);
    if (await history.covers(walks)) return;
  }
}

/** Decides, for every merged pull request, whether its change is on the fetched target branch. */
export async function decidePresence(o: PresenceOptions): Promise<PresenceVerdict[]> {
  const { git, logger } = o;
  if (o.history) await coverPresenceWalks(git, o.history, o.changes);
  let onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
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

  // A rebase merge's chain may end in the commits the target has (its first-parent walk is not among the
  // covered walks): a commit whose diff is read must have its parents, else the whole history decides.
  if (o.history) {
    const boundary = await git.shallowCommits();
    if (pending.some((p) => p.commits.some((c) => boundary.has(c)))) {
      await o.history.unshallow();
      return decidePresence(o);
    }
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
        let method: PresenceMethod = 'patch-id';
        if (!proof && p.combinedBase) {
          const whole = await patchIdsOfDiff(git, await git.run(['diff', '--no-color', '--no-ext-diff', p.combinedBase, p.change.mergeCommit, '--']));
          proof = whole ? byPatch.get(whole) : undefined;
          method = 'patch-id-whole';
        }
        if (proof) {
          verdicts.set(p.change.number, {
            number: p.change.number,
            present: true,
            method,
            evidence: `same patch as ${proof.slice(0, 12)}`,
            commits: p.commits,
          });
        } else still.push(p);
      }
      open = still;
    }
  }

  // 4. What the API knows: suite promotions squash-merged into the branch, and merged pull
  // requests that say they carry the change, corroborated by what they change.
  if (open.length) {
    const merged = await o.mergedInto(open.map((p) => p.change));
    if (o.history) {
      // The API names merge commits of the target's history that a bounded fetch may have left out (or kept
      // without parents, and so without their diff): then the whole history decides.
      const boundary = await git.shallowCommits();
      const named = [...merged.promotions.map((x) => x.mergeCommit), ...merged.references.flatMap((b) => (b.mergeCommit ? [b.mergeCommit] : []))];
      if (boundary.size && named.some((sha) => isSha(sha) && (!onTarget.has(sha) || boundary.has(sha)))) {
        await o.history.unshallow();
        onTarget = new Set((await git.run(['rev-list', TARGET_REF])).split('\n').filter(Boolean));
      }
    }
    const promotions = merged.promotions.filter((x) => onTarget.has(x.mergeCommit) && isSha(x.source));
    const unseen = [...new Set(promotions.map((x) => x.source))];
    const have = await present(git, unseen);
    const toFetch = unseen.filter((sha) => !have.has(sha));
    if (toFetch.length) {
      // The pinned sources may be unreachable from the fetched refs (a squash leaves them off the branch).
      await git.fetch('origin', toFetch, { filter: 'blob:none' }).catch((error: Error) => logger.debug(`promotion sources not fetched: ${error.message}`));
    }
    const sources = await present(git, unseen);
    const refs = merged.references.filter((b) => b.mergeCommit && onTarget.has(b.mergeCommit));
    const refFiles = new Map<number, Set<string>>();
    for (const p of open) {
      let verdict: PresenceVerdict | undefined;
      for (const promo of promotions) {
        if (sources.has(promo.source) && (await isAncestorWhole(git, o.history, p.change.mergeCommit, promo.source))) {
          verdict = {
            number: p.change.number,
            present: true,
            method: 'squash-promotion',
            evidence: `promoted by #${promo.number}, squash-merged from ${promo.source.slice(0, 12)}`,
            commits: p.commits,
          };
          break;
        }
      }
      let claimed = '';
      if (!verdict) {
        const files = await git.changedPaths(p.commits);
        for (const b of refs) {
          const wording = referencesPull(b, p.change.number, p.change.url, o.referencePatterns);
          if (!wording) continue;
          if (!refFiles.has(b.number)) refFiles.set(b.number, await git.changedPaths([b.mergeCommit!]));
          const theirs = refFiles.get(b.number)!;
          const untouched = [...files].filter((f) => !theirs.has(f));
          if (files.size && !untouched.length) {
            verdict = {
              number: p.change.number,
              present: true,
              method: 'backport-reference',
              evidence: `backported by #${b.number} ("${wording}", touches its ${files.size} file(s))`,
              commits: p.commits,
            };
            break;
          }
          claimed ||= `; #${b.number} says it carries it ("${wording}") but does not touch ${untouched.slice(0, 3).join(', ')}${untouched.length > 3 ? '…' : ''}`;
        }
      }
      verdicts.set(
        p.change.number,
        verdict ?? {
          number: p.change.number,
          present: false,
          evidence: `not an ancestor, no cherry-pick trailer, no equal patch, no squash-merged promotion, no merged backport${claimed}`,
          commits: p.commits,
        },
      );
    }
  }
  return o.changes.map((c) => verdicts.get(c.number)!);
}

/** `git merge-base --is-ancestor` whose "no" holds in the whole history: a shallow walk that reaches the boundary is deepened. */
async function isAncestorWhole(git: Git, history: BoundedHistory | undefined, ancestor: string, descendant: string): Promise<boolean> {
  for (;;) {
    if (await git.isAncestor(ancestor, descendant)) return true;
    if (!history || (await history.covers([[descendant, `^${ancestor}`]]))) return false;
  }
}

/** Where a commit was found on a branch, and by which proof. */
export interface CommitPlacement {
  proof: Extract<PresenceMethod, 'ancestry' | 'cherry-pick-trailer' | 'patch-id'>;
  /** The commit on the branch that carries it (trailer, patch-id). */
  on?: string;
}

export interface PlaceOptions {
  /**
   * The picks were listed as commits the target does not reach (`rev-list <ref> ^<target>`): none can
   * be an ancestor, so that test (a git process per pick) is skipped.
   */
  outsideTarget?: boolean;
  /** The remote the partial clone fetches missing blobs from. */
  remote?: string;
  /** A bounded fetch, deepened until the walks below are whole. Absent: the whole history. */
  history?: BoundedHistory;
}

/**
 * Commit by commit (backport-cherry-pick's skip, the drift audit): which of `picks` `targetRef`
 * already has — in its history, picked with `-x` (full or abbreviated SHA), or an equal patch among
 * the branch's commits that touch the same paths. `related` are equivalent originals (the commits a
 * squash was made of): when every one of them was picked already, the picks count as present too.
 */
export async function placeCommits(
  git: Git,
  targetRef: string,
  picks: string[],
  related: string[] = [],
  options: PlaceOptions = {},
): Promise<Map<string, CommitPlacement>> {
  const found = new Map<string, CommitPlacement>();
  let base: string | null;
  let rest: string[];
  for (;;) {
    found.clear();
    if (!options.outsideTarget) for (const p of picks) if (await git.isAncestor(p, targetRef)) found.set(p, { proof: 'ancestry' });
    rest = picks.filter((p) => !found.has(p));
    if (rest.length === 0) return found;
    const mb = await git.exec(['merge-base', '--end-of-options', targetRef, rest[rest.length - 1]!]);
    base = mb.code === 0 ? mb.stdout.trim() || null : null;
    // Whole walks from the target and from the picks down to their merge base: ancestry, the range read for
    // trailers and patch-ids, and the picks' parents are then those of the whole history (see BoundedHistory).
    const not = base ? [`^${base}`] : [];
    if (
      !options.history ||
      (await options.history.covers([
        [targetRef, ...not],
        [...rest, ...not],
      ]))
    )
      break;
  }
  const range = base ? [`${base}..${targetRef}`] : [targetRef];
  const named = new Map<string, string>();
  for (const [sha, message] of await git.messages(range)) {
    for (const m of message.matchAll(CHERRY_PICK_TRAILER)) named.set(m[1]!, sha);
  }
  for (const p of rest) {
    const on = trailerFor(named, p);
    if (on) found.set(p, { proof: 'cherry-pick-trailer', on });
  }
  const relatedOn = related.map((r) => trailerFor(named, r));
  if (related.length > 0 && relatedOn.every(Boolean))
    for (const p of rest) if (!found.has(p)) found.set(p, { proof: 'cherry-pick-trailer', on: relatedOn[0]! });
  rest = rest.filter((p) => !found.has(p));
  if (rest.length === 0) return found;
  const paths = await git.changedPaths(rest);
  if (paths.size === 0) return found;
  const candidates = (await git.run(['--literal-pathspecs', 'rev-list', '--no-merges', '--end-of-options', ...range, '--', ...paths]))
    .split('\n')
    .filter(Boolean);
  if (candidates.length === 0) return found;
  // The blobs every patch-id diff reads, in one request (else git fetches them diff by diff).
  await git.prefetchDiffBlobs(options.remote ?? 'origin', [...rest, ...candidates], targetRef);
  const ids = await git.patchIds([...rest, ...candidates]);
  const onTarget = new Map<string, string>();
  for (const c of candidates) if (ids.has(c)) onTarget.set(ids.get(c)!, c);
  for (const p of rest) {
    const id = ids.get(p);
    const on = id ? onTarget.get(id) : undefined;
    if (on && on !== p) found.set(p, { proof: 'patch-id', on });
  }
  return found;
}

/** The exact command that brings a missing change onto the target branch. */
export function pickCommand(commits: string[]): string {
  return `git cherry-pick -x ${commits.join(' ')}`;
}
