// Test fixtures of promote-rc's unit tests: commits and pull requests as the port returns them.
import type { CommitInfo, PullRequest } from '../../shared/github/index.ts';

export const commit = (sha: string, message: string): CommitInfo => ({ sha, message, parents: [], author: null, date: null });
export const pull = (number: number, mergeCommitSha: string | null, title: string, body = '', merged = true): PullRequest => ({
  number,
  title,
  body,
  state: 'closed',
  draft: false,
  merged,
  mergedAt: merged ? `2026-01-0${number % 9}T00:00:00Z` : null,
  mergeCommitSha,
  author: 'alice',
  headRef: 'x',
  headSha: 'h',
  headRepo: 'acme/app',
  baseRef: 'dev',
  baseSha: 'b',
  labels: [],
  milestone: null,
  assignees: [],
  htmlUrl: '',
  createdAt: '',
});
