// Repository, contents, commit statuses, workflow runs and deployments.

import { UserError } from '../../errors.ts';
import { repoName, type RepoRef } from '../../context.ts';
import type { CommitStatus, Deployment, Repository, WorkflowRun } from '../types.ts';
import { repositoryNotReachable } from '../errors.ts';
import { PortBase } from './base.ts';

export class RepositoryPort extends PortBase {
  // -- repository and contents --------------------------------------------------------------

  async getRepository(r: RepoRef): Promise<Repository> {
    const repository = await this.maybe(`Reading repository ${repoName(r)}`, 'contents: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}', { owner: r.owner, repo: r.repo });
      return { fullName: data.full_name, defaultBranch: data.default_branch, htmlUrl: data.html_url };
    });
    if (!repository) throw repositoryNotReachable(r, this.tokenSource);
    return repository;
  }

  /**
   * Throws "repository not reachable" when the repository itself cannot be read. A 404 on a branch,
   * file or tag may mean that the repository is mistyped or hidden from the token: call this before
   * reporting such a thing as missing (one request, on that error path only).
   */
  async assertReachable(r: RepoRef): Promise<void> {
    await this.getRepository(r);
  }

  async getFileContent(r: RepoRef, path: string, ref?: string): Promise<string | null> {
    return this.maybe(`Reading ${path} from ${repoName(r)}`, 'contents: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: r.owner, repo: r.repo, path, ...(ref ? { ref } : {}) });
      if (Array.isArray(data) || data.type !== 'file') {
        throw new UserError('config', `${path} in ${repoName(r)} is not a file.`);
      }
      const file = data as { content?: string; encoding?: string };
      return Buffer.from(file.content ?? '', (file.encoding as BufferEncoding) || 'base64').toString('utf8');
    });
  }

  // -- statuses ----------------------------------------------------------------------------

  async createStatus(
    r: RepoRef,
    sha: string,
    status: { state: CommitStatus['state']; context: string; description: string; targetUrl?: string },
  ): Promise<void> {
    await this.call(`Setting status "${status.context}" on ${sha.slice(0, 12)} in ${repoName(r)}`, 'statuses: write', () =>
      this.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        owner: r.owner,
        repo: r.repo,
        sha,
        state: status.state,
        context: status.context,
        description: status.description.slice(0, 140),
        ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
      }),
    );
  }

  /** The latest status per context on a ref (GitHub's combined status). */
  async getCombinedStatuses(r: RepoRef, ref: string): Promise<CommitStatus[]> {
    return this.call(`Reading statuses of ${ref.slice(0, 40)} in ${repoName(r)}`, 'statuses: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/status', { owner: r.owner, repo: r.repo, ref, per_page: 100 });
      return data.statuses.map((s) => ({
        context: s.context,
        state: s.state as CommitStatus['state'],
        description: s.description ?? '',
        targetUrl: s.target_url ?? null,
      }));
    });
  }

  // -- actions and deployments -------------------------------------------------------------

  async listWorkflowRuns(
    r: RepoRef,
    workflowFile: string,
    filter: { headSha?: string; status?: 'success' | 'completed'; branch?: string } = {},
  ): Promise<WorkflowRun[]> {
    return this.call(`Listing runs of workflow ${workflowFile} in ${repoName(r)}`, 'actions: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
        owner: r.owner,
        repo: r.repo,
        workflow_id: workflowFile,
        per_page: 100,
        ...(filter.headSha ? { head_sha: filter.headSha } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.branch ? { branch: filter.branch } : {}),
      });
      return data.workflow_runs.map((w) => ({
        id: Number(w.id),
        name: w.name ?? '',
        headSha: w.head_sha,
        headBranch: w.head_branch ?? null,
        status: w.status ?? '',
        conclusion: w.conclusion ?? null,
        htmlUrl: w.html_url,
        event: w.event,
        createdAt: w.created_at,
      }));
    });
  }

  async listDeployments(r: RepoRef, filter: { sha?: string; environment?: string }): Promise<Deployment[]> {
    return this.call(`Listing deployments of ${repoName(r)}`, 'deployments: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/deployments', { owner: r.owner, repo: r.repo, per_page: 100, ...filter });
      return data.map((d) => ({ id: Number(d.id), sha: d.sha, environment: d.environment, createdAt: d.created_at }));
    });
  }

  async listDeploymentStates(r: RepoRef, id: number): Promise<string[]> {
    return this.call(`Reading statuses of deployment ${id} in ${repoName(r)}`, 'deployments: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        owner: r.owner,
        repo: r.repo,
        deployment_id: id,
        per_page: 100,
      });
      return data.map((s) => s.state);
    });
  }
}
