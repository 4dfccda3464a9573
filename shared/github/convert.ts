// REST objects mapped to the domain types, in one place.
import type { CommitInfo, Issue, Milestone, PullRequest, Release } from './types.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- raw REST objects are mapped to domain types right here */
export type Raw = any;

export const labelNames = (labels: Raw[] | undefined): string[] => (labels ?? []).map((l: Raw) => (typeof l === 'string' ? l : String(l.name)));

export function toPullRequest(p: Raw): PullRequest {
  return {
    number: p.number,
    title: p.title ?? '',
    body: p.body ?? '',
    state: p.state,
    draft: Boolean(p.draft),
    merged: Boolean(p.merged ?? p.merged_at),
    mergedAt: p.merged_at ?? null,
    mergeCommitSha: p.merge_commit_sha ?? null,
    author: p.user?.login ?? '',
    headRef: p.head?.ref ?? '',
    headSha: p.head?.sha ?? '',
    headRepo: p.head?.repo?.full_name ?? null,
    baseRef: p.base?.ref ?? '',
    baseSha: p.base?.sha ?? '',
    labels: labelNames(p.labels),
    milestone: p.milestone ? { number: p.milestone.number, title: p.milestone.title } : null,
    assignees: (p.assignees ?? []).map((a: Raw) => a.login),
    htmlUrl: p.html_url ?? '',
    createdAt: p.created_at ?? '',
    ...(p.node_id ? { nodeId: p.node_id } : {}),
  };
}

export function toIssue(i: Raw): Issue {
  return {
    number: i.number,
    title: i.title ?? '',
    body: i.body ?? '',
    state: i.state,
    labels: labelNames(i.labels),
    author: i.user?.login ?? '',
    htmlUrl: i.html_url ?? '',
    isPullRequest: Boolean(i.pull_request),
    milestone: i.milestone ? { number: i.milestone.number, title: i.milestone.title } : null,
  };
}

export function toCommit(c: Raw): CommitInfo {
  return {
    sha: c.sha,
    message: c.commit?.message ?? c.message ?? '',
    parents: (c.parents ?? []).map((p: Raw) => p.sha),
    author: c.author?.login ?? c.commit?.author?.name ?? null,
    date: c.commit?.committer?.date ?? c.commit?.author?.date ?? null,
    ...(c.commit?.tree?.sha ? { tree: c.commit.tree.sha } : {}),
  };
}

export function toRelease(r: Raw): Release {
  return {
    id: r.id,
    tagName: r.tag_name,
    name: r.name ?? '',
    body: r.body ?? '',
    draft: Boolean(r.draft),
    prerelease: Boolean(r.prerelease),
    targetCommitish: r.target_commitish ?? '',
    htmlUrl: r.html_url ?? '',
    publishedAt: r.published_at ?? null,
    createdAt: r.created_at ?? '',
    author: r.author?.login ?? '',
    immutable: Boolean(r.immutable),
  };
}

export function toMilestone(m: Raw): Milestone {
  return {
    number: m.number,
    title: m.title,
    state: m.state,
    htmlUrl: m.html_url ?? '',
    openIssues: m.open_issues ?? 0,
    closedIssues: m.closed_issues ?? 0,
    dueOn: m.due_on ?? null,
  };
}

/**
 * Every GitHub operation the suite performs, in one place. Reads that may legitimately find
 * nothing return `null`; every failure is explained by `explainApiError`.
 */
/* eslint-enable @typescript-eslint/no-explicit-any */
