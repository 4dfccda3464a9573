// Domain types: the narrow shapes the suite works with, independent of Octokit's response types.

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface Repository {
  fullName: string;
  defaultBranch: string;
  htmlUrl: string;
}

export interface PullRequest {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  author: string;
  headRef: string;
  headSha: string;
  headRepo: string | null;
  baseRef: string;
  baseSha: string;
  labels: string[];
  milestone: { number: number; title: string } | null;
  assignees: string[];
  htmlUrl: string;
  createdAt: string;
  /** GraphQL node id (for mutations); absent when the source did not carry it. */
  nodeId?: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  author: string;
  htmlUrl: string;
  isPullRequest: boolean;
  milestone: { number: number; title: string } | null;
}

export interface Comment {
  id: number;
  body: string;
  author: string;
  htmlUrl: string;
}

export interface IssueEvent {
  event: string;
  actor: string;
  label: string | null;
  createdAt: string;
}

export interface Review {
  id: number;
  author: string;
  state: string;
  commitId: string | null;
  submittedAt: string | null;
}

export interface CommitInfo {
  sha: string;
  message: string;
  parents: string[];
  author: string | null;
  date: string | null;
  /** The commit's tree (REST commit objects carry it). */
  tree?: string;
}

export interface Comparison {
  status: 'ahead' | 'behind' | 'identical' | 'diverged';
  aheadBy: number;
  behindBy: number;
  totalCommits: number;
  commits: CommitInfo[];
  mergeBaseSha: string;
}

export interface ChangedFile {
  filename: string;
  previousFilename: string | null;
  status: string;
  /** Blob SHA of the file at the head of the comparison (meaningless for removed files). */
  sha: string | null;
}

export interface ComparisonWithFiles extends Comparison {
  mergeBaseDate: string | null;
  files: ChangedFile[];
}

export interface GitRef {
  ref: string;
  sha: string;
  type: string;
}

/** An entry of `POST git/trees`: an object by SHA (null deletes the path), or a text file's content inline. */
export type TreeEntry = {
  path: string;
  mode: '100644' | '100755' | '040000' | '160000' | '120000';
  type: 'blob' | 'tree' | 'commit';
} & ({ sha: string | null } | { content: string });

export interface CreatedCommit {
  sha: string;
  /** GitHub's verification of the commit's signature. */
  verified: boolean;
  reason: string;
}

export interface TagObject {
  sha: string;
  tag: string;
  message: string;
  targetSha: string;
  targetType: string;
}

export interface CommitStatus {
  context: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string;
  targetUrl: string | null;
}

export interface Release {
  id: number;
  tagName: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  targetCommitish: string;
  htmlUrl: string;
  publishedAt: string | null;
  createdAt: string;
  /** Login of who created it (a draft is the suite's only when this is the suite). */
  author?: string;
  /** Published while the repository had immutable releases on: its tag and assets are locked. */
  immutable?: boolean;
}

export interface Milestone {
  number: number;
  title: string;
  state: 'open' | 'closed';
  htmlUrl: string;
  openIssues: number;
  closedIssues: number;
  /** ISO-8601, or null when the milestone has no due date. */
  dueOn: string | null;
}

export interface WorkflowRun {
  id: number;
  name: string;
  headSha: string;
  headBranch: string | null;
  status: string;
  conclusion: string | null;
  htmlUrl: string;
  event: string;
  createdAt: string;
}

export interface Deployment {
  id: number;
  sha: string;
  environment: string;
  createdAt: string;
}
