// Git data: refs, tags, blobs, trees, commits and comparisons.

import { UserError } from '../../errors.ts';
import { repoName, type RepoRef } from '../../context.ts';
import { MAX_COMPARE_COMMITS, incompleteRange } from '../client.ts';
import type { CommitInfo, Comparison, ComparisonWithFiles, CreatedCommit, GitRef, TagObject, TreeEntry } from '../types.ts';
import { toCommit } from '../convert.ts';
import { RepositoryPort } from './repository.ts';

export class GitDataPort extends RepositoryPort {
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
}
