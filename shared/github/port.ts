// The port: every GitHub read and write the actions make, each explained when it fails.

import { RequestError } from '@octokit/request-error';
import { UserError, errorMessage } from '../errors.ts';
import { repoName, type RepoRef } from '../context.ts';
import type { Logger } from '../logger.ts';
import type { Octokit, RequestShape } from './client.ts';
import { MAX_COMPARE_COMMITS, incompleteRange, isGraphqlQuery } from './client.ts';
import type {
  Comment,
  CommitInfo,
  CommitStatus,
  Comparison,
  ComparisonWithFiles,
  CreatedCommit,
  Deployment,
  GitRef,
  Issue,
  IssueEvent,
  Milestone,
  Permission,
  PullRequest,
  Release,
  Repository,
  Review,
  TagObject,
  TreeEntry,
  WorkflowRun,
} from './types.ts';
import type { Raw } from './convert.ts';
import { toCommit, toIssue, toMilestone, toPullRequest, toRelease } from './convert.ts';
import type { TokenSource } from './errors.ts';
import { explainApiError, repositoryNotReachable } from './errors.ts';

export class GitHub {
  readonly octokit: Octokit;
  private readonly logger: Logger;
  /** Counts requests made through this port (for budgets and job summaries). */
  requestCount = 0;

  /** When true (dry-run), any write request is refused before it leaves the process. */
  readonly readOnly: boolean;

  /** Where the token came from: advice about a bad token names the `token` input or GITHUB_TOKEN. */
  readonly tokenSource: TokenSource;

  constructor(octokit: Octokit, logger: Logger, options: { readOnly?: boolean; tokenSource?: TokenSource } = {}) {
    this.octokit = octokit;
    this.logger = logger;
    this.readOnly = options.readOnly ?? false;
    this.tokenSource = options.tokenSource ?? 'action-input';
    octokit.hook.before('request', (request) => {
      this.requestCount += 1;
      if (this.readOnly && request.method !== 'GET' && request.method !== 'HEAD' && !isGraphqlQuery(request as unknown as RequestShape)) {
        throw new Error(`Dry run: refused to send ${request.method} ${request.url} (a write). This is a bug: the plan must not write.`);
      }
    });
  }

  private async call<T>(operation: string, needs: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw explainApiError(error, operation, needs, this.tokenSource);
    }
  }

  private async maybe<T>(operation: string, needs: string, fn: () => Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof RequestError && error.status === 404) return null;
      throw explainApiError(error, operation, needs, this.tokenSource);
    }
  }

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

  // -- refs, tags and commits ---------------------------------------------------------------

  /** `ref` without the `refs/` prefix, e.g. `heads/main` or `tags/v1.2.0`. */
  async getRef(r: RepoRef, ref: string): Promise<GitRef | null> {
    return this.maybe(`Reading ref ${ref} of ${repoName(r)}`, 'contents: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: r.owner, repo: r.repo, ref });
      return { ref: data.ref, sha: data.object.sha, type: data.object.type };
    });
  }

  async getBranchSha(r: RepoRef, branch: string): Promise<string | null> {
    return (await this.getRef(r, `heads/${branch}`))?.sha ?? null;
  }

  /**
   * The status checks a branch requires before a pull request may merge: classic branch protection
   * (shown by GET branches/{branch} to anyone who can read the repository) and repository or
   * organization rulesets (GET rules/branches/{branch}, every active rule that applies to it).
   */
  async requiredChecks(r: RepoRef, branch: string): Promise<string[]> {
    return this.call(`Reading the required checks of ${branch} in ${repoName(r)}`, 'contents: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', { owner: r.owner, repo: r.repo, branch });
      const checks = new Set<string>(data.protection?.enabled ? (data.protection.required_status_checks?.contexts ?? []) : []);
      const rules = await this.octokit.paginate('GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner: r.owner, repo: r.repo, branch, per_page: 100 });
      for (const rule of rules) {
        if (rule.type !== 'required_status_checks') continue;
        const params = (rule as { parameters?: { required_status_checks?: { context: string }[] } }).parameters;
        for (const c of params?.required_status_checks ?? []) checks.add(c.context);
      }
      return [...checks];
    });
  }

  /** GitHub's auto-merge: the pull request merges by itself once its required checks and reviews pass. */
  async enableAutoMerge(r: RepoRef, number: number, nodeId: string, method: 'merge' | 'squash' | 'rebase'): Promise<void> {
    await this.graphql(
      `Enabling auto-merge on #${number} of ${repoName(r)}`,
      // @octokit/graphql refuses the variable names `method`, `query` and `url`: they are its own options.
      `mutation EnableAutoMerge($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
        enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number autoMergeRequest { mergeMethod } } }
      }`,
      { id: nodeId, mergeMethod: method.toUpperCase() },
    );
  }

  /** All refs starting with `prefix` (e.g. `tags/v3.`), every page. */
  async listMatchingRefs(r: RepoRef, prefix: string): Promise<GitRef[]> {
    return this.call(`Listing refs ${prefix}* of ${repoName(r)}`, 'contents: read', async () => {
      // Not in the pagination plugin's list of endpoints, so its item type is given here.
      const data = await this.octokit.paginate<{ ref: string; object: { sha: string; type: string } }>('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
        owner: r.owner,
        repo: r.repo,
        ref: prefix,
        per_page: 100,
      });
      return data.map((d) => ({ ref: d.ref, sha: d.object.sha, type: d.object.type }));
    });
  }

  /** `ref` is the full name, e.g. `refs/tags/v1.2.0`. */
  async createRef(r: RepoRef, ref: string, sha: string): Promise<void> {
    await this.call(`Creating ${ref} at ${sha.slice(0, 12)} in ${repoName(r)}`, 'contents: write', () =>
      this.octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner: r.owner, repo: r.repo, ref, sha }),
    );
  }

  /** `ref` without `refs/`, e.g. `heads/portal-release/rc`. */
  async updateRef(r: RepoRef, ref: string, sha: string, force: boolean): Promise<void> {
    await this.call(`Moving ${ref} to ${sha.slice(0, 12)} in ${repoName(r)}`, 'contents: write', () =>
      this.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { owner: r.owner, repo: r.repo, ref, sha, force }),
    );
  }

  async deleteRef(r: RepoRef, ref: string): Promise<void> {
    await this.call(`Deleting ${ref} in ${repoName(r)}`, 'contents: write', () =>
      this.octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner: r.owner, repo: r.repo, ref }),
    );
  }

  /** Creates an annotated tag object (not yet a ref) and returns its SHA. */
  async createTagObject(r: RepoRef, tag: string, sha: string, message: string): Promise<string> {
    return this.call(`Creating tag object ${tag} in ${repoName(r)}`, 'contents: write', async () => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/tags', {
        owner: r.owner,
        repo: r.repo,
        tag,
        message,
        object: sha,
        type: 'commit',
      });
      return data.sha;
    });
  }

  /** Stores bytes as a blob (sent as Base64, so binary content survives) and returns its SHA. */
  async createBlob(r: RepoRef, content: Buffer): Promise<string> {
    return this.call(`Creating a blob in ${repoName(r)}`, 'contents: write', async () => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
        owner: r.owner,
        repo: r.repo,
        content: content.toString('base64'),
        encoding: 'base64',
      });
      return data.sha;
    });
  }

  /** A tree: `baseTree` with `entries` set at their paths (a null SHA deletes the path); returns its SHA. */
  async createTree(r: RepoRef, baseTree: string, entries: TreeEntry[]): Promise<string> {
    return this.call(`Creating a tree in ${repoName(r)}`, 'contents: write', async () => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/trees', { owner: r.owner, repo: r.repo, base_tree: baseTree, tree: entries });
      return data.sha;
    });
  }

  /**
   * A commit object (no ref moves). Author and committer are left to GitHub on purpose: only then
   * does GitHub sign a commit made with a GitHub App's token (docs: "Signature verification for bots").
   */
  async createCommit(r: RepoRef, commit: { message: string; tree: string; parents: string[] }): Promise<CreatedCommit> {
    return this.call(`Creating a commit in ${repoName(r)}`, 'contents: write', async () => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/commits', { owner: r.owner, repo: r.repo, ...commit });
      return { sha: data.sha, verified: data.verification?.verified ?? false, reason: data.verification?.reason ?? 'unsigned' };
    });
  }

  async getTagObject(r: RepoRef, sha: string): Promise<TagObject> {
    return this.call(`Reading tag object ${sha.slice(0, 12)} in ${repoName(r)}`, 'contents: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner: r.owner, repo: r.repo, tag_sha: sha });
      return { sha: data.sha, tag: data.tag, message: data.message, targetSha: data.object.sha, targetType: data.object.type };
    });
  }

  /**
   * The commit a ref names, the one way every action peels a tag: a lightweight tag costs nothing, an
   * annotated tag one request per tag object (a tag of a tag too, up to 5 deep); a ref to a tree or
   * a blob is refused.
   */
  async peelRef(r: RepoRef, ref: GitRef): Promise<string> {
    let sha = ref.sha;
    let type = ref.type;
    for (let depth = 0; type === 'tag' && depth < 5; depth += 1) {
      const object = await this.getTagObject(r, sha);
      sha = object.targetSha;
      type = object.targetType;
    }
    if (type !== 'commit') throw new UserError('state', `${ref.ref} in ${repoName(r)} does not name a commit (it names a ${type}).`);
    return sha;
  }

  /** Resolves a tag to the commit it names (null when there is no such tag). */
  async resolveTag(r: RepoRef, tag: string): Promise<{ commitSha: string; annotated: boolean } | null> {
    const ref = await this.getRef(r, `tags/${tag}`);
    if (!ref) return null;
    return { commitSha: await this.peelRef(r, ref), annotated: ref.type === 'tag' };
  }

  async getCommit(r: RepoRef, ref: string): Promise<CommitInfo | null> {
    return this.maybe(`Reading commit ${ref} of ${repoName(r)}`, 'contents: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner: r.owner, repo: r.repo, ref, per_page: 1 });
      return toCommit(data);
    });
  }

  /** Compares `base...head` (three dots: what head has that base lacks). */
  async compare(r: RepoRef, base: string, head: string): Promise<Comparison> {
    return this.call(`Comparing ${base}...${head} in ${repoName(r)}`, 'contents: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        owner: r.owner,
        repo: r.repo,
        basehead: `${base}...${head}`,
        per_page: 100,
      });
      return {
        status: data.status,
        aheadBy: data.ahead_by,
        behindBy: data.behind_by,
        totalCommits: data.total_commits,
        commits: data.commits.map(toCommit),
        mergeBaseSha: data.merge_base_commit.sha,
      };
    });
  }

  /**
   * Compares `base...head` with the changed files (blob SHA per path, at most 300 files as GitHub
   * caps them) and, unless `commits` is 'first-page', EVERY commit of the range: paged 100 at a time
   * up to `total_commits`. GitHub's rules (OpenAPI description of this endpoint): without `per_page`
   * or `page` the list is cut at 250 commits; with them it pages (at most 100 per page, oldest first)
   * and the files come only with the first page. A range that cannot be read whole (more than
   * MAX_COMPARE_COMMITS, or pages that end early) fails rather than being silently cut.
   */
  async compareWithFiles(r: RepoRef, base: string, head: string, commits: 'all' | 'first-page' = 'all'): Promise<ComparisonWithFiles> {
    return this.call(`Comparing ${base}...${head} in ${repoName(r)}`, 'contents: read', async () => {
      const params = { owner: r.owner, repo: r.repo, basehead: `${base}...${head}`, per_page: 100 };
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...params, page: 1 });
      const list = data.commits.map(toCommit);
      if (commits === 'all') {
        if (data.total_commits > MAX_COMPARE_COMMITS) throw incompleteRange(r, base, head, data.total_commits, list.length);
        for (let page = 2; list.length < data.total_commits; page++) {
          const next = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...params, page });
          if (next.data.commits.length === 0) throw incompleteRange(r, base, head, data.total_commits, list.length);
          list.push(...next.data.commits.map(toCommit));
        }
      }
      return {
        status: data.status,
        aheadBy: data.ahead_by,
        behindBy: data.behind_by,
        totalCommits: data.total_commits,
        commits: list,
        mergeBaseSha: data.merge_base_commit.sha,
        mergeBaseDate: data.merge_base_commit.commit?.committer?.date ?? data.merge_base_commit.commit?.author?.date ?? null,
        files: (data.files ?? []).map((f) => ({ filename: f.filename, previousFilename: f.previous_filename ?? null, status: f.status, sha: f.sha ?? null })),
      };
    });
  }

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

  // -- releases ----------------------------------------------------------------------------

  async listReleases(r: RepoRef): Promise<Release[]> {
    return this.call(`Listing releases of ${repoName(r)}`, 'contents: read', async () => {
      const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/releases', { owner: r.owner, repo: r.repo, per_page: 100 });
      return data.map(toRelease);
    });
  }

  /** Releases created since `since`, newest first: stops paging once a page reaches older ones. */
  async listReleasesSince(r: RepoRef, since: Date): Promise<Release[]> {
    return this.call(`Listing releases of ${repoName(r)}`, 'contents: read', async () => {
      const out: Release[] = [];
      for await (const page of this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/releases', { owner: r.owner, repo: r.repo, per_page: 100 })) {
        const releases = page.data.map(toRelease);
        out.push(...releases);
        const oldest = releases[releases.length - 1];
        if (!oldest || Date.parse(oldest.createdAt) < since.getTime()) break;
      }
      return out;
    });
  }

  /** The release GitHub shows as "Latest" (null when there is none). */
  async getLatestRelease(r: RepoRef): Promise<Release | null> {
    return this.maybe(`Reading the latest release of ${repoName(r)}`, 'contents: read', async () => {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/releases/latest', { owner: r.owner, repo: r.repo });
      return toRelease(data);
    });
  }

  async createRelease(
    r: RepoRef,
    release: { tagName: string; name: string; body: string; draft?: boolean; prerelease: boolean; makeLatest?: boolean; targetCommitish?: string },
  ): Promise<Release> {
    return this.call(`Creating release ${release.tagName} in ${repoName(r)}`, 'contents: write', async () => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/releases', {
        owner: r.owner,
        repo: r.repo,
        tag_name: release.tagName,
        name: release.name,
        body: release.body,
        draft: release.draft ?? false,
        prerelease: release.prerelease,
        // GitHub ignores make_latest on a draft ("drafts and prereleases cannot be set as latest"): it is sent when publishing.
        ...(release.makeLatest === undefined ? {} : { make_latest: release.makeLatest ? ('true' as const) : ('false' as const) }),
        ...(release.targetCommitish ? { target_commitish: release.targetCommitish } : {}),
      });
      return toRelease(data);
    });
  }

  async updateRelease(
    r: RepoRef,
    id: number,
    changes: { name?: string; body?: string; draft?: boolean; prerelease?: boolean; makeLatest?: boolean; tagName?: string },
  ): Promise<Release> {
    return this.call(`Updating release ${id} in ${repoName(r)}`, 'contents: write', async () => {
      const { makeLatest, tagName, ...rest } = changes;
      const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        owner: r.owner,
        repo: r.repo,
        release_id: id,
        ...rest,
        ...(tagName ? { tag_name: tagName } : {}),
        ...(makeLatest === undefined ? {} : { make_latest: makeLatest ? 'true' : 'false' }),
      });
      return toRelease(data);
    });
  }

  async deleteRelease(r: RepoRef, id: number): Promise<void> {
    await this.call(`Deleting release ${id} in ${repoName(r)}`, 'contents: write', () =>
      this.octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner: r.owner, repo: r.repo, release_id: id }),
    );
  }

  /** GitHub's own release notes, from an explicit previous tag (never GitHub's guess). */
  async generateReleaseNotes(
    r: RepoRef,
    notes: { tagName: string; targetCommitish: string; previousTagName?: string; configurationFilePath?: string },
  ): Promise<{ name: string; body: string }> {
    return this.call(`Generating release notes for ${notes.tagName} in ${repoName(r)}`, 'contents: write', async () => {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/releases/generate-notes', {
        owner: r.owner,
        repo: r.repo,
        tag_name: notes.tagName,
        target_commitish: notes.targetCommitish,
        ...(notes.previousTagName ? { previous_tag_name: notes.previousTagName } : {}),
        ...(notes.configurationFilePath ? { configuration_file_path: notes.configurationFilePath } : {}),
      });
      return { name: data.name, body: data.body };
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

  // -- GraphQL -----------------------------------------------------------------------------

  async graphql<T>(operation: string, query: string, variables: Record<string, unknown>): Promise<T> {
    try {
      return await this.octokit.graphql<T>(query, variables);
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (error instanceof RequestError || status) throw explainApiError(error, operation, 'issues: read, pull-requests: read', this.tokenSource);
      throw new UserError('state', `${operation} failed: ${errorMessage(error)}`);
    }
  }

  debug(message: string): void {
    this.logger.debug(message);
  }
}
