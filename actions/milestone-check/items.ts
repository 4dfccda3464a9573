import { repoName, type RepoRef } from '../../shared/context.ts';
import { UserError } from '../../shared/errors.ts';
import type { GitHub } from '../../shared/github.ts';

/** One issue or pull request of a release milestone, as the checks need it. */
export interface MilestoneItem {
  kind: 'issue' | 'pull';
  number: number;
  title: string;
  url: string;
  state: 'open' | 'closed' | 'merged';
  labels: string[];
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
}

export const MILESTONE_LOOKUP_QUERY = `query MilestoneLookup($owner: String!, $name: String!, $title: String!) {
  repository(owner: $owner, name: $name) {
    url
    milestones(query: $title, first: 100, states: [OPEN, CLOSED]) {
      nodes { number title state url }
    }
  }
}`;

interface LookupResult {
  repository: { url: string; milestones: { nodes: { number: number; title: string; state: string; url: string }[] } } | null;
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
    milestone: hit ? { number: hit.number, title: hit.title, state: hit.state === 'CLOSED' ? 'closed' : 'open', url: hit.url } : null,
  };
}

export const MILESTONE_ITEMS_QUERY = `query MilestoneItems($owner: String!, $name: String!, $number: Int!, $withIssues: Boolean!, $withPulls: Boolean!, $issueCursor: String, $pullCursor: String) {
  repository(owner: $owner, name: $name) {
    milestone(number: $number) {
      issues(first: 100, after: $issueCursor) @include(if: $withIssues) {
        pageInfo { hasNextPage endCursor }
        nodes { number title url state labels(first: 50) { nodes { name } } }
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
interface IssueNode {
  number: number;
  title: string;
  url: string;
  state: string;
  labels: { nodes: { name: string }[] } | null;
}
interface PullNode extends IssueNode {
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

const labelsOf = (n: IssueNode): string[] => (n.labels?.nodes ?? []).map((l) => l.name);

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
        items.push({ kind: 'issue', number: n.number, title: n.title, url: n.url, state: n.state === 'OPEN' ? 'open' : 'closed', labels: labelsOf(n) });
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
