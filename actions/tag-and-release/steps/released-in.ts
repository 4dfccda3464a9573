import { repoName, type RepoRef } from '../../../shared/context.ts';
import { GitHubError, type Comment, type GitHub } from '../../../shared/github/index.ts';
import { actorLogin, type SuiteIdentity } from '../../../shared/identity.ts';
import { isSha } from '../../../shared/git.ts';
import { findMarker, ownComments, withMarker } from '../../../shared/markers.ts';
import { CHERRY_PICK_TRAILER } from '../../../shared/presence.ts';

/**
 * "Released in vX.Y.Z": after a stable release, each pull request that shipped in it — its merge
 * commit is in the release's range, previous stable tag..this release — and each issue of this
 * repository such a pull request closed gets one comment (or a label, `release.released-in`).
 *
 * Cost grows with pages, not items, where GitHub allows it: the range's commits come from the
 * compare API (100 per page); their pull requests from GraphQL, 100 commits per query
 * (`associatedPullRequests`); the comments, labels and closed issues of those pull requests from
 * GraphQL again, 20 pull requests per query — so a re-run that finds every comment in place
 * writes nothing and reads a few pages. Each comment (or label) is one write: GitHub has no bulk
 * endpoint for either; the suite's throttling paces them.
 *
 * Only the suite's own comment counts as "already told" (the marker AND the suite's identity: a
 * person quoting the marker does not count), for any version: an item is told once, in the first
 * release that shipped it; the suite's own promotion and release pull requests
 * are not told (they carry the release, not a change of it).
 */

export interface ReleasedInItem {
  kind: 'pull request' | 'issue';
  number: number;
  /** Already told: the suite's comment (or the label) is there. */
  done: boolean;
  /** The suite's own `released-in` comments for the tag on it, oldest first (comment mode). */
  own: Comment[];
  /** For an issue: the pull request that closed it. */
  via?: number;
}

export interface ReleasedInPlan {
  items: ReleasedInItem[];
  /** Things worth a line in the summary (a list cut by GitHub's page sizes). */
  notes: string[];
}

const COMMITS_PER_QUERY = 100;
const PULLS_PER_QUERY = 20;
const COMMENTS_WINDOW = 50;
const CLOSED_ISSUES_WINDOW = 25;

interface CommentNode {
  databaseId: number | null;
  body: string;
  url: string;
  author: { __typename?: string; login: string } | null;
}

interface CommentWindow {
  pageInfo: { hasPreviousPage: boolean };
  nodes: CommentNode[];
}

interface IssueNode {
  number: number;
  state: string;
  repository: { nameWithOwner: string };
  labels: { nodes: { name: string }[] };
  comments: CommentWindow;
}

interface PullNode {
  number: number;
  body: string;
  author: { __typename?: string; login: string } | null;
  labels: { nodes: { name: string }[] };
  comments: CommentWindow;
  closingIssuesReferences: { pageInfo: { hasNextPage: boolean }; nodes: IssueNode[] };
}

/** The pull requests whose merge commit is one of `commits` (GraphQL, 100 commits a query). */
async function mergedPullsOf(github: GitHub, repo: RepoRef, commits: string[]): Promise<number[]> {
  const inRange = new Set(commits);
  const found = new Set<number>();
  for (let at = 0; at < commits.length; at += COMMITS_PER_QUERY) {
    const batch = commits.slice(at, at + COMMITS_PER_QUERY);
    const fields = batch
      .map((_, k) => `c${k}: object(oid: $c${k}) { ... on Commit { associatedPullRequests(first: 10) { nodes { number merged mergeCommit { oid } } } } }`)
      .join('\n    ');
    const query = `query ReleasedInCommits($owner: String!, $name: String!, ${batch.map((_, k) => `$c${k}: GitObjectID!`).join(', ')}) {
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
    const variables: Record<string, unknown> = { owner: repo.owner, name: repo.repo };
    batch.forEach((sha, k) => (variables[`c${k}`] = sha));
    const data = await github.graphql<{
      repository: Record<string, { associatedPullRequests?: { nodes: { number: number; merged: boolean; mergeCommit: { oid: string } | null }[] } } | null>;
    }>(`Finding the pull requests of ${batch.length} commits of ${repoName(repo)}`, query, variables);
    for (const node of Object.values(data.repository ?? {})) {
      for (const pr of node?.associatedPullRequests?.nodes ?? []) {
        // Shipped in this range: merged, and its merge (squash or rebase head) commit is in the range.
        if (pr.merged && pr.mergeCommit && inRange.has(pr.mergeCommit.oid)) found.add(pr.number);
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}

const COMMENT_FIELDS = `comments(last: ${COMMENTS_WINDOW}) { pageInfo { hasPreviousPage } nodes { databaseId body url author { __typename login } } }`;

async function pullDetails(github: GitHub, repo: RepoRef, numbers: number[]): Promise<PullNode[]> {
  const out: PullNode[] = [];
  for (let at = 0; at < numbers.length; at += PULLS_PER_QUERY) {
    const batch = numbers.slice(at, at + PULLS_PER_QUERY);
    const fields = batch
      .map(
        (n) => `p${n}: pullRequest(number: ${n}) {
      number body author { __typename login } labels(first: 50) { nodes { name } }
      ${COMMENT_FIELDS}
      closingIssuesReferences(first: ${CLOSED_ISSUES_WINDOW}) { pageInfo { hasNextPage } nodes {
        number state repository { nameWithOwner } labels(first: 50) { nodes { name } }
        ${COMMENT_FIELDS}
      } }
    }`,
      )
      .join('\n    ');
    const query = `query ReleasedInPulls($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    ${fields}
  }
}`;
    const data = await github.graphql<{ repository: Record<string, PullNode | null> }>(
      `Reading ${batch.length} pull requests of ${repoName(repo)} and the issues they closed`,
      query,
      { owner: repo.owner, name: repo.repo },
    );
    for (const n of batch) {
      const pr = data.repository?.[`p${n}`];
      if (pr) out.push(pr);
    }
  }
  return out;
}

function toComments(window: CommentWindow): Comment[] {
  return window.nodes.map((c) => ({ id: c.databaseId ?? 0, body: c.body, author: actorLogin(c.author), htmlUrl: c.url }));
}

/**
 * The suite's own `released-in` comments for the tag on an item. The comment window holds the
 * newest comments; when it is cut, every comment is read (REST) before deciding, so a busy thread
 * is never told twice.
 */
async function suiteComments(github: GitHub, repo: RepoRef, number: number, window: CommentWindow, identity: SuiteIdentity): Promise<Comment[]> {
  // Any version counts: an item told for an earlier release (a cherry-pick shipped it first) is not told again.
  const seen = await ownComments(toComments(window), identity, 'released-in');
  if (!window.pageInfo.hasPreviousPage) return seen;
  return ownComments(await github.listComments(repo, number), identity, 'released-in');
}

/** The label of `released-in: label`. */
export function releasedInLabel(template: string, tag: string, version: string): string {
  return template.replace(/\{tag\}/g, tag).replace(/\{version\}/g, version);
}

/** What the release tells: the pull requests of the range and the issues they closed, each with whether it was already told. */
export async function planReleasedIn(args: {
  github: GitHub;
  repo: RepoRef;
  identity: SuiteIdentity;
  tag: string;
  mode: 'comment' | 'label';
  label: string;
  commits: { sha: string; message: string }[];
}): Promise<ReleasedInPlan> {
  const { github, repo, identity, mode, label } = args;
  const notes: string[] = [];
  // A change picked onto the release branch with `cherry-pick -x` ships with the pick: the commit
  // its trailer names (full SHAs only) counts as in the range, so its pull request is told now.
  const picked = args.commits.flatMap((c) => [...c.message.matchAll(CHERRY_PICK_TRAILER)].map((m) => m[1]!).filter((sha) => isSha(sha)));
  const numbers = await mergedPullsOf(github, repo, [...new Set([...args.commits.map((c) => c.sha), ...picked])]);
  const pulls = await pullDetails(github, repo, numbers);
  const items: ReleasedInItem[] = [];
  const seenIssues = new Set<number>();
  const hasLabel = (labels: { nodes: { name: string }[] }): boolean => labels.nodes.some((l) => l.name.toLowerCase() === label.toLowerCase());
  for (const pr of pulls) {
    // The suite's own promotion and release pull requests carry the release; they are not a change of it.
    const suitePr = (findMarker(pr.body, 'promotion') ?? findMarker(pr.body, 'release-pr')) && (await identity.isSuite(actorLogin(pr.author)));
    if (!suitePr) {
      const own = mode === 'label' ? [] : await suiteComments(github, repo, pr.number, pr.comments, identity);
      items.push({ kind: 'pull request', number: pr.number, done: mode === 'label' ? hasLabel(pr.labels) : own.length > 0, own });
    }
    if (pr.closingIssuesReferences.pageInfo.hasNextPage) {
      notes.push(`#${pr.number} closes more than ${CLOSED_ISSUES_WINDOW} issues: only the first ${CLOSED_ISSUES_WINDOW} are told`);
    }
    for (const issue of pr.closingIssuesReferences.nodes) {
      // Only closed issues of this repository (an issue elsewhere is told by that repository's release).
      if (issue.state !== 'CLOSED' || issue.repository.nameWithOwner.toLowerCase() !== repoName(repo).toLowerCase() || seenIssues.has(issue.number)) continue;
      seenIssues.add(issue.number);
      const own = mode === 'label' ? [] : await suiteComments(github, repo, issue.number, issue.comments, identity);
      items.push({ kind: 'issue', number: issue.number, done: mode === 'label' ? hasLabel(issue.labels) : own.length > 0, own, via: pr.number });
    }
  }
  return { items, notes };
}

/** The comment's text (the marker is added when it is written). */
export function releasedInComment(item: ReleasedInItem, tag: string, releaseUrl: string): string {
  const release = releaseUrl ? `[${tag}](${releaseUrl})` : tag;
  return item.kind === 'issue' ? `🚀 Released in ${release} (closed by #${item.via ?? ''}).` : `🚀 Released in ${release}.`;
}

/** Writes what the plan says is missing: one comment (or label) per item not told yet. Returns how many were written. */
export async function tellReleasedIn(args: {
  github: GitHub;
  repo: RepoRef;
  tag: string;
  mode: 'comment' | 'label';
  label: string;
  releaseUrl: string;
  items: ReleasedInItem[];
}): Promise<number> {
  const { github, repo, tag } = args;
  let written = 0;
  for (const item of args.items.filter((i) => !i.done)) {
    if (args.mode === 'label') await github.addLabels(repo, item.number, [args.label]);
    else await github.createComment(repo, item.number, withMarker(releasedInComment(item, tag, args.releaseUrl), 'released-in', { tag }));
    written += 1;
  }
  return written;
}

/**
 * Two runs at once (a re-run started while the first still writes) can both find an item untold
 * and both comment. After writing, the plan is read again (the same pages) and every item with
 * more than one suite comment keeps its oldest: both runs delete the same extras, so they converge.
 * Only the suite's own comments are ever deleted. Returns how many were removed.
 */
export async function removeDuplicateTellings(github: GitHub, repo: RepoRef, items: ReleasedInItem[]): Promise<number> {
  let removed = 0;
  for (const item of items) {
    for (const extra of item.own.slice(1)) {
      try {
        await github.deleteComment(repo, extra.id);
        removed += 1;
      } catch (error) {
        // The other run removed it first.
        if (!(error instanceof GitHubError && error.status === 404)) throw error;
      }
    }
  }
  return removed;
}
