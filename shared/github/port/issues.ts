// Issues, comments, labels, events, milestones and permissions.

import { repoName, type RepoRef } from '../../context.ts';
import type { Comment, Issue, IssueEvent, Milestone, Permission } from '../types.ts';
import type { Raw } from '../convert.ts';
import { toIssue, toMilestone } from '../convert.ts';
import { PullRequestsPort } from './pulls.ts';

export class IssuesPort extends PullRequestsPort {
  // -- issues, comments, labels, milestones -------------------------------------------------

  async getIssue(r: RepoRef, number: number): Promise<Issue> {
    return this.call(`Reading issue #${number} of ${repoName(r)}`, 'issues: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: r.owner, repo: r.repo, issue_number: number });
      return toIssue(data);
    });
  }

  async listIssues(r: RepoRef, filter: { state?: 'open' | 'closed' | 'all'; labels?: string[]; milestone?: string; creator?: string } = {}): Promise<Issue[]> {
    return this.call(`Listing issues of ${repoName(r)}`, 'issues: read', async () => {
      const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
        owner: r.owner,
        repo: r.repo,
        state: filter.state ?? 'open',
        ...(filter.labels?.length ? { labels: filter.labels.join(',') } : {}),
        ...(filter.milestone ? { milestone: filter.milestone } : {}),
        ...(filter.creator ? { creator: filter.creator } : {}),
        per_page: 100,
      });
      return data.map(toIssue);
    });
  }

  async createIssue(r: RepoRef, issue: { title: string; body: string; labels?: string[]; assignees?: string[]; milestone?: number }): Promise<Issue> {
    return this.call(`Creating issue "${issue.title}" in ${repoName(r)}`, 'issues: write', async () => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues', { owner: r.owner, repo: r.repo, ...issue });
      return toIssue(data);
    });
  }

  async updateIssue(
    r: RepoRef,
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed'; milestone?: number | null; assignees?: string[] },
  ): Promise<Issue> {
    return this.call(`Updating issue #${number} of ${repoName(r)}`, 'issues: write', async () => {
      const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: r.owner,
        repo: r.repo,
        issue_number: number,
        ...changes,
      });
      return toIssue(data);
    });
  }

  /** Sets labels (replacing them), milestone and assignees of an issue or PR in one request; empty changes send nothing. */
  async setIssueMetadata(r: RepoRef, number: number, changes: { labels?: string[]; milestone?: number; assignees?: string[] }): Promise<void> {
    const body = {
      ...(changes.labels?.length ? { labels: changes.labels } : {}),
      ...(changes.milestone ? { milestone: changes.milestone } : {}),
      ...(changes.assignees?.length ? { assignees: changes.assignees } : {}),
    };
    if (Object.keys(body).length === 0) return;
    await this.call(`Setting labels, milestone and assignees of #${number} of ${repoName(r)}`, 'issues: write (or pull-requests: write)', () =>
      this.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner: r.owner, repo: r.repo, issue_number: number, ...body }),
    );
  }

  async listComments(r: RepoRef, number: number): Promise<Comment[]> {
    return this.call(`Listing comments of #${number} of ${repoName(r)}`, 'issues: read', async () => {
      const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: r.owner,
        repo: r.repo,
        issue_number: number,
        per_page: 100,
      });
      return data.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '', htmlUrl: c.html_url }));
    });
  }

  async createComment(r: RepoRef, number: number, body: string): Promise<Comment> {
    return this.call(`Commenting on #${number} of ${repoName(r)}`, 'issues: write (or pull-requests: write)', async () => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: r.owner,
        repo: r.repo,
        issue_number: number,
        body,
      });
      // GitHub's description types 64-bit ids as number | bigint; JSON gives numbers, exact below 2^53.
      return { id: Number(data.id), body: data.body ?? '', author: data.user?.login ?? '', htmlUrl: data.html_url };
    });
  }

  async updateComment(r: RepoRef, id: number, body: string): Promise<void> {
    await this.call(`Updating comment ${id} in ${repoName(r)}`, 'issues: write (or pull-requests: write)', () =>
      this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: r.owner, repo: r.repo, comment_id: id, body }),
    );
  }

  async deleteComment(r: RepoRef, id: number): Promise<void> {
    await this.call(`Deleting comment ${id} in ${repoName(r)}`, 'issues: write (or pull-requests: write)', () =>
      this.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: r.owner, repo: r.repo, comment_id: id }),
    );
  }

  async listIssueEvents(r: RepoRef, number: number): Promise<IssueEvent[]> {
    return this.call(`Listing events of #${number} of ${repoName(r)}`, 'issues: read', async () => {
      const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
        owner: r.owner,
        repo: r.repo,
        issue_number: number,
        per_page: 100,
      });
      return data.map((e: Raw) => ({ event: e.event, actor: e.actor?.login ?? '', label: e.label?.name ?? null, createdAt: e.created_at }));
    });
  }

  async addLabels(r: RepoRef, number: number, labels: string[]): Promise<void> {
    if (labels.length === 0) return;
    await this.call(`Labelling #${number} of ${repoName(r)}`, 'issues: write (or pull-requests: write)', () =>
      this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { owner: r.owner, repo: r.repo, issue_number: number, labels }),
    );
  }

  async removeLabel(r: RepoRef, number: number, label: string): Promise<void> {
    await this.maybe(`Removing label "${label}" from #${number} of ${repoName(r)}`, 'issues: write (or pull-requests: write)', () =>
      this.octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
        owner: r.owner,
        repo: r.repo,
        issue_number: number,
        name: label,
      }),
    );
  }

  async addAssignees(r: RepoRef, number: number, assignees: string[]): Promise<void> {
    if (assignees.length === 0) return;
    await this.call(`Assigning #${number} of ${repoName(r)}`, 'issues: write (or pull-requests: write)', () =>
      this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', { owner: r.owner, repo: r.repo, issue_number: number, assignees }),
    );
  }

  async listMilestones(r: RepoRef, state: 'open' | 'closed' | 'all' = 'all'): Promise<Milestone[]> {
    return this.call(`Listing milestones of ${repoName(r)}`, 'issues: read', async () => {
      const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/milestones', { owner: r.owner, repo: r.repo, state, per_page: 100 });
      return data.map(toMilestone);
    });
  }

  async createMilestone(r: RepoRef, title: string, description = ''): Promise<Milestone> {
    return this.call(`Creating milestone "${title}" in ${repoName(r)}`, 'issues: write', async () => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/milestones', { owner: r.owner, repo: r.repo, title, description });
      return toMilestone(data);
    });
  }

  async closeMilestone(r: RepoRef, number: number): Promise<void> {
    await this.call(`Closing milestone ${number} of ${repoName(r)}`, 'issues: write', () =>
      this.octokit.request('PATCH /repos/{owner}/{repo}/milestones/{milestone_number}', {
        owner: r.owner,
        repo: r.repo,
        milestone_number: number,
        state: 'closed',
      }),
    );
  }

  /** The caller's role on the repository: admin, maintain, write, triage, read or none. */
  async getPermission(r: RepoRef, user: string): Promise<Permission> {
    const result = await this.maybe(`Reading ${user}'s permission on ${repoName(r)}`, 'metadata: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
        owner: r.owner,
        repo: r.repo,
        username: user,
      });
      const role = (data as { role_name?: string }).role_name ?? data.permission;
      return (['admin', 'maintain', 'write', 'triage', 'read'].includes(role) ? role : data.permission) as Permission;
    });
    return result ?? 'none';
  }
}
