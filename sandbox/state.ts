// In-memory metadata of a sandbox instance. Git data (refs, commits, tags) lives only in the bare repos.
import type { BareRepo } from './git.ts';

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface UserRec {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface LabelRec {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface MilestoneRec {
  id: number;
  number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  creator: string;
  dueOn: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface PullRec {
  id: number;
  head: string; // branch name in the head repository
  /** Lower-case full name of the fork the head branch lives in; null for a branch of this repository. */
  headRepo: string | null;
  base: string;
  /** Last known head/base SHAs; live branches win while the PR is open. */
  headSha: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  requestedReviewers: string[];
  maintainerCanModify: boolean;
  /** Auto-merge enabled on the pull request (GraphQL enablePullRequestAutoMerge). */
  autoMerge?: { method: 'MERGE' | 'SQUASH' | 'REBASE'; enabledBy: string } | null;
}

/** Required status checks of a branch, from classic branch protection or from a repository ruleset. */
export interface BranchProtectionRec {
  requiredChecks: string[];
  via: 'classic' | 'ruleset';
  /** "Require signed commits": a merge that brings an unsigned commit onto the branch is refused. */
  requiredSignatures?: boolean;
}

export interface IssueRec {
  id: number;
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  milestone: number | null;
  assignees: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  /** Pull requests linked by hand (the "Development" sidebar): connected events. */
  linkedPulls?: number[];
  pull?: PullRec;
}

export interface CommentRec {
  id: number;
  issue: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface EventRec {
  id: number;
  issue: number;
  event: string; // labeled | unlabeled | milestoned | closed | reopened | merged | assigned | ...
  actor: string;
  createdAt: string;
  label?: { name: string; color: string };
  milestone?: { title: string };
  assignee?: string;
  commitId?: string | null;
  /** closed: the pull request whose merge closed it; connected: the linked pull request. */
  source?: number;
}

export interface ReviewRec {
  id: number;
  pull: number;
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED';
  body: string;
  commitId: string;
  submittedAt: string;
}

export interface StatusRec {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface ReleaseRec {
  id: number;
  tag: string;
  target: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
  makeLatest: 'true' | 'false' | 'legacy';
  /** Published while the repository had immutable releases on: its tag and assets are locked. */
  immutable?: boolean;
}

export interface WorkflowRunRec {
  id: number;
  workflowId: number;
  workflowFile: string;
  name: string;
  headSha: string;
  headBranch: string | null;
  event: string;
  status: 'completed' | 'in_progress' | 'queued' | 'waiting' | 'requested' | 'pending';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | 'neutral' | 'timed_out' | 'action_required' | null;
  runNumber: number;
  runAttempt: number;
  actor: string;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentRec {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  creator: string;
  createdAt: string;
  statuses: { id: number; state: string; creator: string; createdAt: string; description: string }[];
}

export interface RepoState {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  createdAt: string;
  git: BareRepo;
  nextNumber: number;
  issues: Map<number, IssueRec>;
  comments: CommentRec[];
  events: EventRec[];
  labels: Map<string, LabelRec>; // key: lower-case name
  milestones: Map<number, MilestoneRec>;
  nextMilestone: number;
  permissions: Map<string, Permission>;
  reviews: ReviewRec[];
  statuses: StatusRec[];
  releases: ReleaseRec[];
  workflowRuns: WorkflowRunRec[];
  workflows: Map<string, number>; // file name -> workflow id
  deployments: DeploymentRec[];
  /** Settings → General → "Allow auto-merge". */
  allowAutoMerge?: boolean;
  /** Branch name → its required status checks. */
  protections?: Map<string, BranchProtectionRec>;
  /** The repository setting "immutable releases": releases published while it is on are immutable. */
  immutableReleases?: boolean;
  /** Tags of immutable releases that were deleted: GitHub never lets the name be used again. */
  burnedTags?: Set<string>;
  /** Commits GitHub created and signed itself (git data API, App installation token, no custom author or committer). */
  signedCommits?: Set<string>;
}

/** Whole-instance state. */
export class State {
  private nextIdValue = 1000;
  users = new Map<string, UserRec>();
  tokens = new Map<string, string>(); // token -> login
  /** Per token: an installation token (REST user endpoints refused) and whether GraphQL `viewer` answers. */
  tokenKinds = new Map<string, { installation: boolean; viewer: boolean }>();
  repos = new Map<string, RepoState>(); // key: lower-case full name
  now: () => Date;

  constructor(now?: () => Date) {
    this.now = now ?? (() => new Date());
  }

  nextId(): number {
    return ++this.nextIdValue;
  }

  /** Current time as GitHub renders it: `2024-01-01T00:00:00Z`. */
  iso(): string {
    return this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }

  user(login: string): UserRec {
    let u = this.users.get(login.toLowerCase());
    if (!u) {
      u = { login, id: this.nextId(), type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      this.users.set(login.toLowerCase(), u);
    }
    return u;
  }

  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }
}
