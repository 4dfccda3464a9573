// Domain operations shared by the REST handlers and the seeding helpers (RepoHandle).
import { parse as parseYaml } from 'yaml';
import type { BareRepo } from './git.ts';
import type { IssueRec, LabelRec, MilestoneRec, PullRec, ReleaseRec, RepoState, State } from './state.ts';
import { ApiError, validationFailed } from './rest/util.ts';

const DEFAULT_COLORS = ['d73a4a', '0075ca', 'cfd3d7', 'a2eeef', '7057ff', '008672', 'e4e669', 'd876e3'];

export function ensureLabel(state: State, r: RepoState, name: string, color?: string, description?: string | null): LabelRec {
  const key = name.toLowerCase();
  let l = r.labels.get(key);
  if (!l) {
    l = {
      id: state.nextId(),
      name,
      color: color ?? DEFAULT_COLORS[r.labels.size % DEFAULT_COLORS.length]!,
      description: description ?? null,
      default: false,
    };
    r.labels.set(key, l);
  }
  return l;
}

export function addEvent(
  state: State,
  r: RepoState,
  issue: number,
  event: string,
  actor: string,
  extra: Partial<import('./state.ts').EventRec> = {},
  at?: string,
): void {
  r.events.push({ id: state.nextId(), issue, event, actor, createdAt: at ?? state.iso(), ...extra });
}

export function addLabels(state: State, r: RepoState, i: IssueRec, names: string[], actor: string, at?: string): void {
  for (const name of names) {
    const l = ensureLabel(state, r, name);
    if (i.labels.some((x) => x.toLowerCase() === l.name.toLowerCase())) continue;
    i.labels.push(l.name);
    addEvent(state, r, i.number, 'labeled', actor, { label: { name: l.name, color: l.color } }, at);
  }
  i.updatedAt = at ?? state.iso();
}

export function removeLabel(state: State, r: RepoState, i: IssueRec, name: string, actor: string): boolean {
  const idx = i.labels.findIndex((x) => x.toLowerCase() === name.toLowerCase());
  if (idx < 0) return false;
  const [removed] = i.labels.splice(idx, 1);
  const l = r.labels.get(removed!.toLowerCase());
  addEvent(state, r, i.number, 'unlabeled', actor, { label: { name: removed!, color: l?.color ?? 'ededed' } });
  i.updatedAt = state.iso();
  return true;
}

export function setMilestone(state: State, r: RepoState, i: IssueRec, number: number | null, actor: string): void {
  if (number !== null && !r.milestones.has(number)) throw validationFailed('Issue', 'milestone', 'invalid');
  if (i.milestone === number) return;
  if (i.milestone !== null) addEvent(state, r, i.number, 'demilestoned', actor, { milestone: { title: r.milestones.get(i.milestone)?.title ?? '' } });
  i.milestone = number;
  if (number !== null) addEvent(state, r, i.number, 'milestoned', actor, { milestone: { title: r.milestones.get(number)!.title } });
}

export function setState(
  state: State,
  r: RepoState,
  i: IssueRec,
  s: 'open' | 'closed',
  actor: string,
  reason?: string | null,
  closer?: { source: number; commitId: string },
): void {
  if (i.state === s) {
    if (s === 'closed' && reason && !i.pull) i.stateReason = reason as IssueRec['stateReason'];
    return;
  }
  i.state = s;
  i.updatedAt = state.iso();
  if (s === 'closed') {
    i.closedAt = state.iso();
    i.closedBy = actor;
    i.stateReason = i.pull ? null : ((reason as IssueRec['stateReason']) ?? 'completed');
    addEvent(state, r, i.number, 'closed', actor, closer ?? {});
  } else {
    i.closedAt = null;
    i.closedBy = null;
    i.stateReason = i.pull ? null : 'reopened';
    addEvent(state, r, i.number, 'reopened', actor);
  }
}

export interface NewIssue {
  title: string;
  body?: string | null;
  labels?: string[];
  milestone?: number | null;
  assignees?: string[];
  user: string;
  state?: 'open' | 'closed';
}

export function createIssue(state: State, r: RepoState, opts: NewIssue): IssueRec {
  const now = state.iso();
  state.user(opts.user);
  const i: IssueRec = {
    id: state.nextId(),
    number: r.nextNumber++,
    title: opts.title,
    body: opts.body ?? null,
    user: opts.user,
    state: 'open',
    stateReason: null,
    labels: [],
    milestone: null,
    assignees: [],
    locked: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
  };
  r.issues.set(i.number, i);
  if (opts.labels?.length) addLabels(state, r, i, opts.labels, opts.user);
  if (opts.milestone != null) setMilestone(state, r, i, opts.milestone, opts.user);
  for (const a of opts.assignees ?? []) {
    state.user(a);
    i.assignees.push(a);
    addEvent(state, r, i.number, 'assigned', opts.user, { assignee: a });
  }
  if (opts.state === 'closed') setState(state, r, i, 'closed', opts.user);
  return i;
}

export function createMilestone(
  state: State,
  r: RepoState,
  title: string,
  creator: string,
  opts: { state?: 'open' | 'closed'; description?: string | null; dueOn?: string | null } = {},
): MilestoneRec {
  if ([...r.milestones.values()].some((m) => m.title === title)) throw validationFailed('Milestone', 'title', 'already_exists');
  const now = state.iso();
  const m: MilestoneRec = {
    id: state.nextId(),
    number: r.nextMilestone++,
    title,
    description: opts.description ?? null,
    state: opts.state ?? 'open',
    creator,
    dueOn: opts.dueOn ?? null,
    createdAt: now,
    updatedAt: now,
    closedAt: opts.state === 'closed' ? now : null,
  };
  r.milestones.set(m.number, m);
  return m;
}

export interface NewPull {
  head: string;
  base: string;
  title: string;
  body?: string | null;
  user: string;
  draft?: boolean;
  labels?: string[];
  milestone?: number | null;
  maintainerCanModify?: boolean;
}

/** Where the head branch of a fork pull request lives (kept out of the state snapshot). */
const forkHeads = new WeakMap<PullRec, BareRepo>();

/** The fork `owner` holds of `r`: its repository of the same name, else its only repository. */
function forkOf(state: State, r: RepoState, owner: string): RepoState | undefined {
  const same = state.repo(owner, r.name);
  if (same) return same;
  const mine = [...state.repos.values()].filter((x) => x.owner.toLowerCase() === owner.toLowerCase());
  return mine.length === 1 ? mine[0] : undefined;
}

/** Copies a fork's head into `refs/pull/<n>/head` of the base repository, as GitHub does, and returns its SHA. */
async function syncForkHead(r: RepoState, number: number, fork: BareRepo, branch: string): Promise<string | null> {
  const sha = await fork.refSha(`refs/heads/${branch}`);
  if (!sha) return null;
  if ((await r.git.refSha(`refs/pull/${number}/head`)) !== sha) {
    await r.git.git(['fetch', '--quiet', '--no-tags', fork.gitDir, `+refs/heads/${branch}:refs/pull/${number}/head`]);
  }
  return sha;
}

export async function openPull(state: State, r: RepoState, opts: NewPull): Promise<IssueRec> {
  const colon = opts.head.indexOf(':');
  const head = colon >= 0 ? opts.head.slice(colon + 1) : opts.head;
  const headOwner = colon >= 0 ? opts.head.slice(0, colon) : r.owner;
  // `owner:branch` with another owner names a branch of that owner's fork (a cross-repository pull request).
  const fork = headOwner.toLowerCase() === r.owner.toLowerCase() ? undefined : forkOf(state, r, headOwner);
  if (headOwner.toLowerCase() !== r.owner.toLowerCase() && !fork) throw validationFailed('PullRequest', 'head', 'invalid');
  const headSha = fork ? await fork.git.refSha(`refs/heads/${head}`) : await r.git.refSha(`refs/heads/${head}`);
  const baseSha = await r.git.refSha(`refs/heads/${opts.base}`);
  if (!baseSha) throw validationFailed('PullRequest', 'base', 'invalid');
  if (!headSha) throw validationFailed('PullRequest', 'head', 'invalid');
  const headRepo = fork ? fork.fullName.toLowerCase() : null;
  for (const i of r.issues.values()) {
    if (i.pull && i.state === 'open' && i.pull.head === head && i.pull.headRepo === headRepo && i.pull.base === opts.base) {
      throw validationFailed('PullRequest', '', 'custom', `A pull request already exists for ${fork ? fork.owner : r.owner}:${head}.`);
    }
  }
  if (fork) await r.git.git(['fetch', '--quiet', '--no-tags', fork.git.gitDir, headSha]);
  if ((await r.git.countRange(baseSha, headSha)) === 0) {
    throw validationFailed('PullRequest', '', 'custom', `No commits between ${opts.base} and ${head}`);
  }
  const i = createIssue(state, r, {
    title: opts.title,
    body: opts.body ?? null,
    user: opts.user,
    labels: opts.labels ?? [],
    milestone: opts.milestone ?? null,
  });
  i.pull = {
    id: state.nextId(),
    head,
    headRepo,
    base: opts.base,
    headSha,
    baseSha,
    draft: !!opts.draft,
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    requestedReviewers: [],
    maintainerCanModify: opts.maintainerCanModify ?? false,
  };
  if (fork) {
    forkHeads.set(i.pull, fork.git);
    await syncForkHead(r, i.number, fork.git, head);
  }
  return i;
}

/** Refresh a PR's head/base SHAs from its branches while it is open. */
export async function refreshPull(r: RepoState, i: IssueRec): Promise<void> {
  const p = i.pull;
  if (!p || i.state !== 'open') return;
  const fork = forkHeads.get(p);
  const h = fork ? await syncForkHead(r, i.number, fork, p.head) : await r.git.refSha(`refs/heads/${p.head}`);
  const b = await r.git.refSha(`refs/heads/${p.base}`);
  if (h) p.headSha = h;
  if (b) p.baseSha = b;
}

function noreply(state: State, login: string): string {
  return `${state.user(login).id}+${login}@users.noreply.github.com`;
}

export interface MergeOpts {
  method?: 'merge' | 'squash' | 'rebase';
  by: string;
  sha?: string;
  commitTitle?: string;
  commitMessage?: string;
}

const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?):?\s+#(\d+)\b/gi;

/** Issue numbers a pull request's body names with a closing keyword (same repository). */
export function closingKeywordTargets(body: string | null): number[] {
  return [...new Set([...(body ?? '').matchAll(CLOSING)].map((m) => Number(m[1])))];
}

/** Issues a pull request will close when merged into the default branch: closing keywords and manual links. */
export function closingReferences(r: RepoState, pr: IssueRec): number[] {
  const linked = [...r.issues.values()].filter((x) => !x.pull && x.linkedPulls?.includes(pr.number)).map((x) => x.number);
  return [...new Set([...closingKeywordTargets(pr.body), ...linked])];
}

/** Links a pull request to an issue by hand (GitHub's "Development" sidebar), recorded as a connected event. */
export function linkPull(state: State, r: RepoState, issue: IssueRec, pr: number, actor: string): void {
  if (issue.linkedPulls?.includes(pr)) return;
  issue.linkedPulls = [...(issue.linkedPulls ?? []), pr];
  addEvent(state, r, issue.number, 'connected', actor, { source: pr });
}

/** Merge a pull request with real commits in the bare repo. Throws ApiError like GitHub's merge endpoint. */
export async function mergePull(state: State, r: RepoState, i: IssueRec, opts: MergeOpts): Promise<string> {
  const p = i.pull;
  if (!p) throw new ApiError(404, 'Not Found');
  if (p.merged || i.state !== 'open') throw new ApiError(405, 'Pull Request is not mergeable');
  if (p.draft) throw new ApiError(405, 'Pull Request is still a draft');
  await refreshPull(r, i);
  if (opts.sha && opts.sha !== p.headSha) throw new ApiError(409, 'Head branch was modified. Review and try the merge again.');
  const method = opts.method ?? 'merge';
  const { headSha, baseSha } = p;
  const now = state.iso();
  const committer = { GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com', GIT_COMMITTER_DATE: now };
  const byEnv = { GIT_AUTHOR_NAME: opts.by, GIT_AUTHOR_EMAIL: noreply(state, opts.by), GIT_AUTHOR_DATE: now, ...committer };
  if (method === 'merge' && r.protections?.get(p.base)?.requiredSignatures) {
    // A merge commit brings the pull request's own commits onto the branch: each must be verified.
    const brought = await r.git.log([`${baseSha}..${headSha}`]);
    if (brought.some((c) => !r.signedCommits?.has(c.sha))) throw new ApiError(405, 'The base branch requires all commits to be signed.');
  }
  let newSha: string;
  if (method === 'rebase') {
    const commits = await r.git.log(['--reverse', '--topo-order', `${baseSha}..${headSha}`]);
    if (commits.some((c) => c.parents.length > 1)) throw new ApiError(405, "This branch can't be rebased");
    let cur = baseSha;
    for (const c of commits) {
      const tree = await r.git.cherryPickTree(c.sha, cur);
      if (!tree) throw new ApiError(405, 'Pull Request is not mergeable');
      cur = await r.git.commitTree(tree, [cur], c.message, {
        GIT_AUTHOR_NAME: c.author.name,
        GIT_AUTHOR_EMAIL: c.author.email,
        GIT_AUTHOR_DATE: c.author.date,
        ...committer,
      });
    }
    newSha = cur;
  } else {
    const tree = await r.git.mergeTree(baseSha, headSha);
    if (!tree) throw new ApiError(405, 'Pull Request is not mergeable');
    if (method === 'squash') {
      const commits = await r.git.log(['--reverse', `${baseSha}..${headSha}`]);
      const title = opts.commitTitle ?? `${i.title} (#${i.number})`;
      const message = opts.commitMessage ?? commits.map((c) => `* ${c.message}`).join('\n\n');
      const authorEnv = { GIT_AUTHOR_NAME: i.user, GIT_AUTHOR_EMAIL: noreply(state, i.user), GIT_AUTHOR_DATE: now, ...committer };
      newSha = await r.git.commitTree(tree, [baseSha], message ? `${title}\n\n${message}` : title, authorEnv);
    } else {
      const title = opts.commitTitle ?? `Merge pull request #${i.number} from ${p.headRepo ? p.headRepo.split('/')[0] : r.owner}/${p.head}`;
      const message = opts.commitMessage ?? i.title;
      newSha = await r.git.commitTree(tree, [baseSha, headSha], message ? `${title}\n\n${message}` : title, byEnv);
    }
  }
  if (!(await r.git.updateRef(`refs/heads/${p.base}`, newSha, baseSha))) {
    throw new ApiError(409, 'Base branch was modified. Review and try the merge again.');
  }
  // GitHub signs the merge and squash commits it makes (its web-flow key).
  if (method !== 'rebase') (r.signedCommits ??= new Set()).add(newSha);
  p.merged = true;
  p.mergedAt = now;
  p.mergedBy = opts.by;
  p.mergeCommitSha = newSha;
  addEvent(state, r, i.number, 'merged', opts.by, { commitId: newSha });
  setState(state, r, i, 'closed', opts.by);
  // Closing keywords and manual links close issues when merging into the default branch.
  if (p.base === r.defaultBranch) {
    for (const n of closingReferences(r, i)) {
      const target = r.issues.get(n);
      if (target && !target.pull && target.state === 'open') setState(state, r, target, 'closed', opts.by, 'completed', { source: i.number, commitId: newSha });
    }
  }
  return newSha;
}

export interface NewRelease {
  tag: string;
  target?: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  author: string;
  publishedAt?: string;
  makeLatest?: 'true' | 'false' | 'legacy';
}

export async function createRelease(state: State, r: RepoState, opts: NewRelease): Promise<ReleaseRec> {
  if (r.releases.some((x) => x.tag === opts.tag && !x.draft) && !opts.draft) throw validationFailed('Release', 'tag_name', 'already_exists');
  if (!opts.draft) refuseBurnedTag(r, opts.tag);
  const target = opts.target ?? r.defaultBranch;
  if (!opts.draft) await ensureTag(r, opts.tag, target);
  // Checked again after the await: two concurrent requests must not both publish a release of one tag (GitHub answers the second with 422).
  if (r.releases.some((x) => x.tag === opts.tag && !x.draft) && !opts.draft) throw validationFailed('Release', 'tag_name', 'already_exists');
  const now = state.iso();
  const rel: ReleaseRec = {
    id: state.nextId(),
    tag: opts.tag,
    target,
    name: opts.name ?? null,
    body: opts.body ?? null,
    draft: !!opts.draft,
    prerelease: !!opts.prerelease,
    author: opts.author,
    createdAt: now,
    publishedAt: opts.draft ? null : (opts.publishedAt ?? now),
    makeLatest: opts.makeLatest ?? 'true',
    immutable: !opts.draft && !!r.immutableReleases,
  };
  r.releases.push(rel);
  return rel;
}

// Immutable releases (GitHub docs, "Immutable releases"): once a release is published while the
// repository setting is on, its tag is locked to its commit — it cannot be moved or deleted while
// the release exists — and its assets cannot be added, changed or deleted; the title, the notes,
// the prerelease flag and "latest" stay editable. A deleted immutable release's tag name can never
// be used again. Drafts are not immutable: that is why a release is completed as a draft, then
// published once. GitHub answers a refused write with 422: "Validation Failed" (custom code on
// tag_name, "tag_name was used by an immutable release") for a release, and "Repository rule
// violations found" for a ref (GH013 for a push).

/** The published immutable release whose tag is `tag`, if any. */
export function immutableReleaseOf(r: RepoState, tag: string): ReleaseRec | undefined {
  return r.releases.find((x) => x.tag === tag && !x.draft && x.immutable);
}

/** 422 for a write that would move, delete or recreate the tag of an immutable release. */
export function refuseLockedTagRef(r: RepoState, ref: string, what: 'update' | 'delete' | 'create'): void {
  if (!ref.startsWith('refs/tags/')) return;
  const tag = ref.slice('refs/tags/'.length);
  const locked = what === 'create' ? r.burnedTags?.has(tag) : immutableReleaseOf(r, tag) !== undefined;
  if (!locked) return;
  const why =
    what === 'create'
      ? 'Cannot create ref due to creations being restricted.'
      : what === 'delete'
        ? 'Cannot delete this tag. The tag is permanently locked.'
        : 'Cannot update this protected ref. The tag is locked by an immutable release.';
  throw new ApiError(422, `Repository rule violations found\n\n${why}\n\n`);
}

/** 422 for publishing a release on a tag name an immutable release once used. */
export function refuseBurnedTag(r: RepoState, tag: string): void {
  if (r.burnedTags?.has(tag)) throw validationFailed('Release', 'tag_name', 'custom', 'tag_name was used by an immutable release');
}

/** Create a lightweight tag at `target` if the tag does not exist yet. */
export async function ensureTag(r: RepoState, tag: string, target: string): Promise<void> {
  if (await r.git.refSha(`refs/tags/${tag}`)) return;
  try {
    await r.git.git(['check-ref-format', `refs/tags/${tag}`]);
  } catch {
    throw validationFailed('Release', 'tag_name', 'invalid');
  }
  const sha = await r.git.resolveCommitish(target);
  if (!sha) throw validationFailed('Release', 'target_commitish', 'invalid');
  await r.git.updateRef(`refs/tags/${tag}`, sha, '');
}

interface ReleaseConfig {
  changelog?: {
    exclude?: { labels?: string[]; authors?: string[] };
    categories?: { title: string; labels?: string[]; exclude?: { labels?: string[]; authors?: string[] } }[];
  };
}

/** Release notes like GitHub's generator: merged PRs between the previous tag and the target. */
export async function generateNotes(
  state: State,
  r: RepoState,
  serverUrl: string,
  opts: { tag: string; target?: string; previousTag?: string; configPath?: string },
): Promise<{ name: string; body: string }> {
  const headSha = (await r.git.resolveCommitish(`refs/tags/${opts.tag}`)) ?? (await r.git.resolveCommitish(opts.target ?? r.defaultBranch));
  if (!headSha) throw validationFailed('Release', 'target_commitish', 'invalid');
  let previous = opts.previousTag;
  if (previous === undefined) {
    const published = r.releases
      .filter((x) => !x.draft && !x.prerelease && x.tag !== opts.tag)
      .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
    for (const rel of published.reverse()) {
      const s = await r.git.resolveCommitish(`refs/tags/${rel.tag}`);
      if (s && (await r.git.isAncestor(s, headSha))) {
        previous = rel.tag;
        break;
      }
    }
  }
  let prevSha: string | null = null;
  if (previous) {
    prevSha = await r.git.resolveCommitish(`refs/tags/${previous}`);
    if (!prevSha) throw validationFailed('Release', 'previous_tag_name', 'invalid');
  }
  const range = prevSha ? `${prevSha}..${headSha}` : headSha;
  const inRange = new Set((await r.git.git(['rev-list', range])).split('\n').filter(Boolean));
  const prs = [...r.issues.values()]
    .filter((i) => i.pull?.merged && i.pull.mergeCommitSha && inRange.has(i.pull.mergeCommitSha))
    .sort((a, b) => a.number - b.number);
  let config: ReleaseConfig = {};
  for (const path of opts.configPath ? [opts.configPath] : ['.github/release.yml', '.github/release.yaml']) {
    const blob = await r.git.readBlob(headSha, path);
    if (blob) {
      try {
        config = (parseYaml(blob.content.toString('utf8')) as ReleaseConfig) ?? {};
      } catch {
        config = {};
      }
      break;
    }
  }
  const excluded = (i: IssueRec, ex?: { labels?: string[]; authors?: string[] }): boolean =>
    !!ex && (i.labels.some((l) => ex.labels?.includes(l)) || !!ex.authors?.includes(i.user));
  const line = (i: IssueRec): string => `* ${i.title} by @${i.user} in ${serverUrl}/${r.fullName}/pull/${i.number}`;
  const kept = prs.filter((i) => !excluded(i, config.changelog?.exclude));
  let body = "## What's Changed\n";
  const cats = config.changelog?.categories;
  if (cats?.length) {
    const used = new Set<number>();
    for (const c of cats) {
      const items = kept.filter(
        (i) => !used.has(i.number) && !excluded(i, c.exclude) && (c.labels?.includes('*') || i.labels.some((l) => c.labels?.includes(l))),
      );
      if (!items.length) continue;
      items.forEach((i) => used.add(i.number));
      body += `### ${c.title}\n${items.map(line).join('\n')}\n`;
    }
  } else if (kept.length) {
    body += kept.map(line).join('\n') + '\n';
  }
  body += prevSha
    ? `\n\n**Full Changelog**: ${serverUrl}/${r.fullName}/compare/${previous}...${opts.tag}`
    : `\n\n**Full Changelog**: ${serverUrl}/${r.fullName}/commits/${opts.tag}`;
  if (!kept.length && !cats?.length) body = body.replace("## What's Changed\n", '');
  void state;
  return { name: opts.tag, body };
}
