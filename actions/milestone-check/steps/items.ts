import { repoName, type RepoRef } from '../../../shared/context.ts';
import { UserError } from '../../../shared/errors.ts';
import type { GitHub } from '../../../shared/github/index.ts';
import { escapeRegExp } from '../../../shared/text.ts';
import type { MilestoneEntry } from '../../../shared/milestone.ts';

/** How a pull request is known to be an issue's change. */
export type LinkKind = 'closed-by' | 'closing-reference' | 'connected' | 'cross-reference';

/** A pull request linked to a milestone issue, with what the presence check needs. */
export interface LinkedPull {
  number: number;
  title: string;
  url: string;
  state: 'open' | 'closed' | 'merged';
  baseRef: string;
  mergeCommit: string | null;
  mergedAt: string | null;
  commitCount: number;
  lastCommitHeadline: string;
  via: LinkKind;
}

/** One issue or pull request of a release milestone, as the checks need it. */
export interface MilestoneItem extends MilestoneEntry {
  /** Issues only: closed as not planned (or as a duplicate): no change is expected. */
  notPlanned?: boolean;
  /** Issues only: the pull requests of this repository linked to it (any state, deduplicated). */
  links?: LinkedPull[];
  /** Issues only: its timeline had more linking events than one page holds. */
  linksTruncated?: boolean;
  /** Pull requests only. */
  baseRef?: string;
  mergeCommit?: string | null;
  mergedAt?: string | null;
  /** Commits of the pull request, and the headline of its last one (tells a rebase merge from a squash). */
  commitCount?: number;
  lastCommitHeadline?: string;
}

export interface MilestoneRef {
  number: number;
  title: string;
  state: 'open' | 'closed';
  url: string;
  /** The milestone's due date (ISO-8601), when it has one. */
  dueOn: string | null;
}

export const MILESTONE_LOOKUP_QUERY = `query MilestoneLookup($owner: String!, $name: String!, $title: String!) {
  repository(owner: $owner, name: $name) {
    url
    milestones(query: $title, first: 100, states: [OPEN, CLOSED]) {
      nodes { number title state url dueOn }
    }
  }
}`;

interface LookupResult {
  repository: { url: string; milestones: { nodes: { number: number; title: string; state: string; url: string; dueOn: string | null }[] } } | null;
}

/** Finds the milestone whose title is exactly `title` (GitHub's `query` is a substring search). */
export async function findMilestone(github: GitHub, repo: RepoRef, title: string): Promise<{ milestone: MilestoneRef | null; repoUrl: string }> {
  const data = await github.graphql<LookupResult>(`Looking up milestone "${title}" in ${repoName(repo)}`, MILESTONE_LOOKUP_QUERY, {
    owner: repo.owner,
    name: repo.repo,
    title,
  });
  if (!data.repository)
    throw new UserError('not-found', `Repository ${repoName(repo)} was not found (check the "repos" input and that the token can read it).`);
  const hit = data.repository.milestones.nodes.find((m) => m.title === title);
  return {
    repoUrl: data.repository.url,
    milestone: hit ? { number: hit.number, title: hit.title, state: hit.state === 'CLOSED' ? 'closed' : 'open', url: hit.url, dueOn: hit.dueOn ?? null } : null,
  };
}

/** The fields of a pull request linked to an issue. */
const LINKED_PULL = `number title url state merged mergedAt baseRefName body
  repository { nameWithOwner }
  mergeCommit { oid }
  commits(last: 1) { totalCount nodes { commit { messageHeadline } } }`;

/**
 * An issue's changes, in the same request as the issue: the pull requests GitHub says close it
 * (`closedByPullRequestsReferences`, merged ones only with `includeClosedPrs`), and its timeline's
 * closed (closer), connected (linked by hand) and cross-referenced events (a pull request whose
 * body names it with a closing keyword — GitHub links those only for the default branch, teams
 * often merge fixes into a development branch that is not).
 */
export const MILESTONE_ITEMS_QUERY = `query MilestoneItems($owner: String!, $name: String!, $number: Int!, $withIssues: Boolean!, $withPulls: Boolean!, $issueCursor: String, $pullCursor: String) {
  repository(owner: $owner, name: $name) {
    milestone(number: $number) {
      issues(first: 100, after: $issueCursor) @include(if: $withIssues) {
        pageInfo { hasNextPage endCursor }
        nodes {
          number title url state stateReason labels(first: 50) { nodes { name } }
          closedByPullRequestsReferences(first: 10, includeClosedPrs: true) { nodes { ${LINKED_PULL} } }
          timelineItems(first: 50, itemTypes: [CLOSED_EVENT, CONNECTED_EVENT, CROSS_REFERENCED_EVENT]) {
            pageInfo { hasNextPage }
            nodes {
              __typename
              ... on ClosedEvent { closer { __typename ... on PullRequest { ${LINKED_PULL} } } }
              ... on ConnectedEvent { subject { __typename ... on PullRequest { ${LINKED_PULL} } } source { __typename ... on PullRequest { ${LINKED_PULL} } } }
              ... on CrossReferencedEvent { willCloseTarget source { __typename ... on PullRequest { ${LINKED_PULL} } } }
            }
          }
        }
      }
      pullRequests(first: 100, after: $pullCursor) @include(if: $withPulls) {
        pageInfo { hasNextPage endCursor }
        nodes {
          number title url state merged mergedAt baseRefName
          mergeCommit { oid }
          labels(first: 50) { nodes { name } }
          commits(last: 1) { totalCount nodes { commit { messageHeadline } } }
        }
      }
    }
  }
}`;

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
interface LabelledNode {
  number: number;
  title: string;
  url: string;
  state: string;
  labels: { nodes: { name: string }[] } | null;
}
interface LinkedPullNode {
  __typename?: string;
  number: number;
  title: string;
  url: string;
  state: string;
  merged: boolean;
  mergedAt: string | null;
  baseRefName: string;
  body: string | null;
  repository: { nameWithOwner: string };
  mergeCommit: { oid: string } | null;
  commits: { totalCount: number; nodes: { commit: { messageHeadline: string } }[] };
}
type Maybe<T> = T | { __typename: string } | null | undefined;
interface TimelineNode {
  __typename: string;
  closer?: Maybe<LinkedPullNode>;
  subject?: Maybe<LinkedPullNode>;
  source?: Maybe<LinkedPullNode>;
  willCloseTarget?: boolean;
}
interface IssueNode extends LabelledNode {
  stateReason: string | null;
  closedByPullRequestsReferences: { nodes: LinkedPullNode[] } | null;
  timelineItems: { pageInfo: { hasNextPage: boolean }; nodes: TimelineNode[] } | null;
}
interface PullNode extends LabelledNode {
  merged: boolean;
  mergedAt: string | null;
  baseRefName: string;
  mergeCommit: { oid: string } | null;
  commits: { totalCount: number; nodes: { commit: { messageHeadline: string } }[] };
}
interface ItemsResult {
  repository: {
    milestone: {
      issues?: { pageInfo: PageInfo; nodes: IssueNode[] };
      pullRequests?: { pageInfo: PageInfo; nodes: PullNode[] };
    } | null;
  } | null;
}

const labelsOf = (n: LabelledNode): string[] => (n.labels?.nodes ?? []).map((l) => l.name);

/**
 * Does `body` name the issue with one of GitHub's closing keywords ("fixes #12", "Closes:
 * owner/repo#12", "resolved https://github.com/owner/repo/issues/12")? Case-insensitive, as GitHub.
 */
export function closesIssue(body: string | null | undefined, issue: { number: number; url: string }, repoFullName: string): boolean {
  const ref = `(?:#|${escapeRegExp(repoFullName)}#|${escapeRegExp(issue.url.replace(/\/\d+$/, '/'))})${issue.number}(?![\\w/])`;
  return new RegExp(`\\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?):?\\s+${ref}`, 'i').test(body ?? '');
}

function isPull(n: Maybe<LinkedPullNode>): n is LinkedPullNode {
  return !!n && (n.__typename === undefined || n.__typename === 'PullRequest') && 'number' in n;
}

/** The pull requests of this repository linked to an issue, first link kind wins, by number. */
function linksOf(n: IssueNode, repoFullName: string): LinkedPull[] {
  const found = new Map<number, LinkedPull>();
  const add = (p: Maybe<LinkedPullNode>, via: LinkKind): void => {
    if (!isPull(p) || p.repository.nameWithOwner.toLowerCase() !== repoFullName.toLowerCase() || found.has(p.number)) return;
    found.set(p.number, {
      number: p.number,
      title: p.title,
      url: p.url,
      state: p.merged || p.state === 'MERGED' ? 'merged' : p.state === 'OPEN' ? 'open' : 'closed',
      baseRef: p.baseRefName,
      mergeCommit: p.mergeCommit?.oid ?? null,
      mergedAt: p.mergedAt,
      commitCount: p.commits.totalCount,
      lastCommitHeadline: p.commits.nodes[0]?.commit.messageHeadline ?? '',
      via,
    });
  };
  for (const p of n.closedByPullRequestsReferences?.nodes ?? []) add(p, 'closed-by');
  for (const e of n.timelineItems?.nodes ?? []) {
    if (e.__typename === 'ClosedEvent') add(e.closer, 'closed-by');
    else if (e.__typename === 'ConnectedEvent') {
      add(e.subject, 'connected');
      add(e.source, 'connected');
    } else if (e.__typename === 'CrossReferencedEvent' && isPull(e.source)) {
      if (e.willCloseTarget || closesIssue(e.source.body, n, repoFullName)) add(e.source, 'closing-reference');
    }
  }
  return [...found.values()].sort((a, b) => a.number - b.number);
}

/**
 * Every issue and pull request of a milestone, 100 of each per GraphQL request: both connections
 * are paged in the same request until each is exhausted.
 */
export async function listMilestoneItems(github: GitHub, repo: RepoRef, milestone: MilestoneRef): Promise<MilestoneItem[]> {
  const items: MilestoneItem[] = [];
  let issueCursor: string | null = null;
  let pullCursor: string | null = null;
  let withIssues = true;
  let withPulls = true;
  while (withIssues || withPulls) {
    const data: ItemsResult = await github.graphql<ItemsResult>(`Listing milestone "${milestone.title}" of ${repoName(repo)}`, MILESTONE_ITEMS_QUERY, {
      owner: repo.owner,
      name: repo.repo,
      number: milestone.number,
      withIssues,
      withPulls,
      issueCursor,
      pullCursor,
    });
    const m = data.repository?.milestone;
    if (!m) throw new UserError('not-found', `Milestone "${milestone.title}" of ${repoName(repo)} disappeared while it was being read; re-run the job.`);
    if (withIssues) {
      for (const n of m.issues?.nodes ?? []) {
        items.push({
          kind: 'issue',
          number: n.number,
          title: n.title,
          url: n.url,
          state: n.state === 'OPEN' ? 'open' : 'closed',
          labels: labelsOf(n),
          notPlanned: n.stateReason === 'NOT_PLANNED' || n.stateReason === 'DUPLICATE',
          links: linksOf(n, repoName(repo)),
          linksTruncated: Boolean(n.timelineItems?.pageInfo.hasNextPage),
        });
      }
      withIssues = Boolean(m.issues?.pageInfo.hasNextPage);
      issueCursor = m.issues?.pageInfo.endCursor ?? null;
    }
    if (withPulls) {
      for (const n of m.pullRequests?.nodes ?? []) {
        items.push({
          kind: 'pull',
          number: n.number,
          title: n.title,
          url: n.url,
          state: n.merged || n.state === 'MERGED' ? 'merged' : n.state === 'OPEN' ? 'open' : 'closed',
          labels: labelsOf(n),
          baseRef: n.baseRefName,
          mergeCommit: n.mergeCommit?.oid ?? null,
          mergedAt: n.mergedAt,
          commitCount: n.commits.totalCount,
          lastCommitHeadline: n.commits.nodes[0]?.commit.messageHeadline ?? '',
        });
      }
      withPulls = Boolean(m.pullRequests?.pageInfo.hasNextPage);
      pullCursor = m.pullRequests?.pageInfo.endCursor ?? null;
    }
  }
  return items.sort((a, b) => a.number - b.number);
}
