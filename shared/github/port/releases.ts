// Releases and their notes.

import { repoName, type RepoRef } from '../../context.ts';
import type { Release } from '../types.ts';
import { toRelease } from '../convert.ts';
import { IssuesPort } from './issues.ts';

export class ReleasesPort extends IssuesPort {
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
}
