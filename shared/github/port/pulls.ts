// Pull requests, their files, commits and reviews.

import { repoName, type RepoRef } from '../../context.ts';
import type { CommitInfo, PullRequest, Review } from '../types.ts';
import { toCommit, toPullRequest } from '../convert.ts';
import { GitDataPort } from './git.ts';

export class PullRequestsPort extends GitDataPort {
  // -- pull requests ------------------------------------------------------------------------

  async listPullRequests(r: RepoRef, filter: { state?: 'open' | 'closed' | 'all'; base?: string; head?: string } = {}): Promise<PullRequest[]> {
    return this.call(`Listing pull requests of ${repoName(r)}`, 'pull-requests: read', async () => {
      const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls', {
        owner: r.owner,
        repo: r.repo,
        state: filter.state ?? 'open',
        ...(filter.base ? { base: filter.base } : {}),
        ...(filter.head ? { head: filter.head } : {}),
        per_page: 100,
      });
      return data.map(toPullRequest);
    });
  }

  /** Closed pull requests into `base`, most recently updated first, paging only until they were last updated before `since`. */
  async listClosedPullRequestsSince(r: RepoRef, base: string, since: Date): Promise<PullRequest[]> {
    return this.call(`Listing closed pull requests into ${base} of ${repoName(r)}`, 'pull-requests: read', async () => {
      const out: PullRequest[] = [];
      const params = { owner: r.owner, repo: r.repo, state: 'closed' as const, base, sort: 'updated' as const, direction: 'desc' as const, per_page: 100 };
      for await (const page of this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls', params)) {
        const prs = page.data.map(toPullRequest);
        out.push(...prs);
        const oldest = page.data[page.data.length - 1];
        if (!oldest || Date.parse(oldest.updated_at) < since.getTime()) break;
      }
      return out;
    });
  }

  /** Pull requests updated since `since`, most recently updated first: stops paging once a page reaches older ones. */
  async listPullRequestsUpdatedSince(r: RepoRef, since: Date, filter: { state?: 'open' | 'closed' | 'all'; base?: string } = {}): Promise<PullRequest[]> {
    return this.call(`Listing pull requests of ${repoName(r)}`, 'pull-requests: read', async () => {
      const out: PullRequest[] = [];
      const params = { owner: r.owner, repo: r.repo, state: filter.state ?? 'all', sort: 'updated', direction: 'desc', per_page: 100 } as const;
      for await (const page of this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls', {
        ...params,
        ...(filter.base ? { base: filter.base } : {}),
      })) {
        const updated = page.data.map((p) => Date.parse(p.updated_at));
        out.push(...page.data.filter((_p, i) => updated[i]! >= since.getTime()).map(toPullRequest));
        if (!updated.length || updated[updated.length - 1]! < since.getTime()) break;
      }
      return out;
    });
  }

  async getPullRequest(r: RepoRef, number: number): Promise<PullRequest> {
    return this.call(`Reading pull request #${number} of ${repoName(r)}`, 'pull-requests: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: r.owner, repo: r.repo, pull_number: number });
      return toPullRequest(data);
    });
  }

  async createPullRequest(r: RepoRef, pr: { title: string; head: string; base: string; body: string; draft?: boolean }): Promise<PullRequest> {
    return this.call(`Creating pull request ${pr.head} → ${pr.base} in ${repoName(r)}`, 'pull-requests: write', async () => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/pulls', {
        owner: r.owner,
        repo: r.repo,
        title: pr.title,
        head: pr.head,
        base: pr.base,
        body: pr.body,
        draft: pr.draft ?? false,
        maintainer_can_modify: false,
      });
      return toPullRequest(data);
    });
  }

  async updatePullRequest(
    r: RepoRef,
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed'; base?: string },
  ): Promise<PullRequest> {
    return this.call(`Updating pull request #${number} of ${repoName(r)}`, 'pull-requests: write', async () => {
      const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: r.owner,
        repo: r.repo,
        pull_number: number,
        ...changes,
      });
      return toPullRequest(data);
    });
  }

  /** Changed file paths of a pull request (at most 3,000, GitHub's limit). */
  async listPullRequestFiles(r: RepoRef, number: number): Promise<string[]> {
    return this.call(`Listing files of pull request #${number} of ${repoName(r)}`, 'pull-requests: read', async () => {
      const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: r.owner,
        repo: r.repo,
        pull_number: number,
        per_page: 100,
      });
      return data.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
    });
  }

  async listPullRequestCommits(r: RepoRef, number: number): Promise<CommitInfo[]> {
    return this.call(`Listing commits of pull request #${number} of ${repoName(r)}`, 'pull-requests: read', async () => {
      const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', {
        owner: r.owner,
        repo: r.repo,
        pull_number: number,
        per_page: 100,
      });
      return data.map(toCommit);
    });
  }

  async listReviews(r: RepoRef, number: number): Promise<Review[]> {
    return this.call(`Listing reviews of pull request #${number} of ${repoName(r)}`, 'pull-requests: read', async () => {
      const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: r.owner,
        repo: r.repo,
        pull_number: number,
        per_page: 100,
      });
      return data.map((v) => ({ id: v.id, author: v.user?.login ?? '', state: v.state, commitId: v.commit_id ?? null, submittedAt: v.submitted_at ?? null }));
    });
  }

  async requestReviewers(r: RepoRef, number: number, reviewers: string[], teamReviewers: string[] = []): Promise<void> {
    if (reviewers.length === 0 && teamReviewers.length === 0) return;
    await this.call(`Requesting reviewers on #${number} of ${repoName(r)}`, 'pull-requests: write', () =>
      this.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        owner: r.owner,
        repo: r.repo,
        pull_number: number,
        reviewers,
        team_reviewers: teamReviewers,
      }),
    );
  }

  async listPullRequestsForCommit(r: RepoRef, sha: string): Promise<PullRequest[]> {
    return this.call(`Finding pull requests of commit ${sha.slice(0, 12)} in ${repoName(r)}`, 'pull-requests: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        owner: r.owner,
        repo: r.repo,
        commit_sha: sha,
        per_page: 100,
      });
      return data.map(toPullRequest);
    });
  }
}
