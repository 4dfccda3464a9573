import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { pullRequestEvent } from '../../sandbox/events.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { MemoryLogger } from '../../shared/logger.ts';
import { remoteRef, Workspace } from './steps/picker.ts';

// Integration: `backport.signed-commits` — the bundled action creates the picks through the stand-in's
// git data API (real objects in the bare repository), and the result is compared with the push path's.

const pexec = promisify(execFile);
let sb: Sandbox;
let work: string;
let counter = 0;
const figures: string[] = [];

beforeAll(async () => {
  sb = await Sandbox.start();
  work = await mkdtemp(join(tmpdir(), 'signed-backport-'));
}, 240_000);

afterAll(async () => {
  process.stdout.write(`\nbackport-cherry-pick with signed commits, requests:\n${figures.map((f) => `  ${f}`).join('\n')}\n`);
  await sb?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const NOW = '2026-06-10T12:00:00Z';
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x0a, 0x00, 0x01]);
const SIGNED = 'backport:\n  signed-commits: true\n';

/** The policy turns signed commits on; `.github/pushed.yml` (the `config` input) leaves them off, with the same files. */
async function newRepo(conflict = false): Promise<RepoHandle> {
  counter += 1;
  const files: Record<string, string> = {
    'app.txt': 'one\ntwo\nthree\n',
    'tool.sh': '#!/bin/sh\necho tool\n',
    'old.txt': 'to be removed\n',
    '.github/portal-release.yml': SIGNED + (conflict ? '  conflict: draft\n' : ''),
    '.github/pushed.yml': 'backport:\n  signed-commits: false\n',
  };
  const repo = await sb.createRepo(`acme/signed${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files });
  await repo.createRelease({ tag: 'v2.0.0', target: 'main', publishedAt: '2026-06-01T00:00:00Z' });
  for (const name of ['backport stg', 'bug', 'needs-manual-backport']) repo.createLabel(name, { description: name });
  return repo;
}

async function git(cwd: string, args: string[]): Promise<string> {
  const auth = ['-c', `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${sb.token}`).toString('base64')}`];
  const env = {
    PATH: process.env.PATH,
    HOME: work,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Alice Example',
    GIT_AUTHOR_EMAIL: 'alice@example.com',
    GIT_COMMITTER_NAME: 'Alice Example',
    GIT_COMMITTER_EMAIL: 'alice@example.com',
    GIT_AUTHOR_DATE: '2026-06-05T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-06-05T10:00:00Z',
  };
  return (await pexec('git', [...auth, ...args], { cwd, env })).stdout;
}

/**
 * A pull request into dev, pushed over smart HTTP from a real clone, whose commits make an
 * executable, a symlink and a binary file and delete a file; merged with `method`.
 */
async function mergedPull(repo: RepoHandle, method: 'squash' | 'rebase'): Promise<Record<string, any>> {
  const dir = join(work, `clone-${repo.name}`);
  await git(work, ['clone', '--quiet', '--branch', 'dev', `${sb.serverUrl}/${repo.fullName}.git`, dir]);
  await git(dir, ['checkout', '--quiet', '-b', 'fix/files']);
  await writeFile(join(dir, 'app.txt'), 'one\nTWO\nthree\n');
  await chmod(join(dir, 'tool.sh'), 0o755);
  await unlink(join(dir, 'old.txt'));
  await git(dir, ['add', '--all']);
  await git(dir, ['commit', '--quiet', '-m', 'fix: two, tool executable, old file gone']);
  await writeFile(join(dir, 'logo.bin'), BINARY);
  await symlink('app.txt', join(dir, 'current'));
  await git(dir, ['add', '--all']);
  await git(dir, ['commit', '--quiet', '-m', 'fix: logo and link']);
  await git(dir, ['push', '--quiet', 'origin', 'fix/files']);
  const pr = await repo.openPullRequest({ head: 'fix/files', base: 'dev', title: 'fix: files of every kind', labels: ['backport stg', 'bug'], user: 'alice' });
  await repo.mergePullRequest(pr.number, { method });
  return repo.pullRequest(pr.number);
}

function ofRepo(path: string, repo: RepoHandle): boolean {
  return path.includes(`/repos/${repo.fullName}/`) || path.endsWith(`/repos/${repo.fullName}`) || path.startsWith(`/${repo.fullName}.git/`);
}

async function act(
  repo: RepoHandle,
  pr: Record<string, any>,
  inputs: Record<string, string> = {},
  token = sb.token,
): Promise<{ result: ActionResult; writes: string[]; api: number; git: number }> {
  const before = sb.requests().length;
  const result = await runAction({
    action: 'backport-cherry-pick',
    inputs: { now: NOW, ...inputs },
    eventName: 'pull_request',
    event: pullRequestEvent('closed', pr, pr.base.repo, { merged: true }),
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token,
  });
  const mine = sb
    .requests()
    .slice(before)
    .filter((r) => ofRepo(r.path, repo));
  sb.assertNoViolations();
  const writes = mine
    .filter((r) => r.route !== 'git' && r.method !== 'GET')
    .map((r) => `${r.method} ${r.route}`)
    .concat(mine.filter((r) => r.route === 'git' && /receive-pack/.test(r.path)).map(() => 'git push'));
  const api = mine.filter((r) => r.route !== 'git').length;
  return { result, writes, api, git: mine.length - api };
}

function results(r: ActionResult): Record<string, { state: string; reason: string; pr?: number; branch?: string }> {
  return JSON.parse(r.outputs.results ?? '{}');
}

async function gh(path: string): Promise<any> {
  const res = await fetch(`${sb.apiUrl}${path}`, { headers: { authorization: `Bearer ${sb.token}` } });
  return res.json();
}

/** Tree, message and author of each commit of `range`, oldest first. */
async function commits(repo: RepoHandle, range: string): Promise<{ sha: string; tree: string; message: string; author: string }[]> {
  const out = await repo.git(['log', '--reverse', '--format=%H%x00%T%x00%an%x00%B%x1e', range]);
  return out
    .split('\x1e')
    .map((s) => s.replace(/^\n/, ''))
    .filter(Boolean)
    .map((s) => {
      const [sha, tree, author, message] = s.split('\0');
      return { sha: sha!, tree: tree!, author: author!, message: message!.trim() };
    });
}

async function entry(repo: RepoHandle, ref: string, path: string): Promise<string> {
  return (await repo.git(['ls-tree', ref, '--', path])).trim().split('\t')[0]!;
}

describe.concurrent('backport-cherry-pick with backport.signed-commits (bundled action against the stand-in)', () => {
  for (const method of ['squash', 'rebase'] as const) {
    it(`${method} merge: the backport's commits are made by GitHub (verified), keep -x and credit the author, with the push path's trees`, async () => {
      const signedRepo = await newRepo();
      const pushedRepo = await newRepo();
      const pr = await mergedPull(signedRepo, method);
      const pushedPr = await mergedPull(pushedRepo, method);
      // stg requires signed commits (a ruleset): a merge commit may bring only verified commits onto it.
      for (const repo of [signedRepo, pushedRepo]) repo.protectBranch('stg', { requiredChecks: [], via: 'ruleset', requiredSignatures: true });

      const { result, writes, api, git: gitRequests } = await act(signedRepo, pr);
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      const res = results(result).stg!;
      expect(res).toMatchObject({ state: 'created', branch: `backport/${pr.number}-to-stg` });
      // Nothing is pushed: blobs, trees and commits through the API, then the ref.
      expect(writes).not.toContain('git push');
      expect(writes.filter((w) => w.startsWith('POST /repos/{owner}/{repo}/git/commits'))).toHaveLength(method === 'squash' ? 1 : 2);
      expect(writes).toContain('POST /repos/{owner}/{repo}/git/refs');
      figures.push(
        `${method}, ${method === 'squash' ? 1 : 2} commit(s), 4 changed paths: ${api} API requests (${writes.length} writes: ${writes.filter((w) => /git\//.test(w)).length} git data, ${writes.filter((w) => /blobs/.test(w)).length} blob), ${gitRequests} git HTTP`,
      );

      const picked = await commits(signedRepo, `stg..backport/${pr.number}-to-stg`);
      const originals =
        method === 'squash' ? [pr.merge_commit_sha] : (await commits(signedRepo, `${pr.merge_commit_sha}~2..${pr.merge_commit_sha}`)).map((c) => c.sha);
      expect(picked).toHaveLength(originals.length);
      // Each keeps its -x provenance and credits the original commit's author right below it (one trailer block).
      for (const [i, c] of picked.entries()) {
        const author = (await signedRepo.git(['log', '-1', '--format=%an <%ae>', originals[i]!])).trim();
        expect(c.message.endsWith(`(cherry picked from commit ${originals[i]})\nCo-authored-by: ${author}`)).toBe(true);
      }
      // Through the API as a client sees them: every commit of the pull request is verified.
      const prCommits = await gh(`/repos/${signedRepo.fullName}/pulls/${res.pr}/commits`);
      expect(prCommits.map((c: any) => c.commit.verification.verified)).toEqual(originals.map(() => true));
      expect(prCommits.map((c: any) => c.commit.committer.name)).toEqual(originals.map(() => 'GitHub'));

      // The push path, on an identical repository and pull request, makes the same trees.
      const pushed = await act(pushedRepo, pushedPr, { config: '.github/pushed.yml' });
      expect(pushed.writes).toContain('git push');
      figures.push(`${method}, the push path: ${pushed.api} API requests (${pushed.writes.length - 1} writes), ${pushed.git} git HTTP`);
      const viaPush = await commits(pushedRepo, `stg..backport/${pushedPr.number}-to-stg`);
      expect(picked.map((c) => c.tree)).toEqual(viaPush.map((c) => c.tree));
      const pushedCommits = await gh(`/repos/${pushedRepo.fullName}/pulls/${results(pushed.result).stg!.pr}/commits`);
      expect(pushedCommits.map((c: any) => c.commit.verification.verified)).toEqual(originals.map(() => false));
      const refused = await fetch(`${sb.apiUrl}/repos/${pushedRepo.fullName}/pulls/${results(pushed.result).stg!.pr}/merge`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ merge_method: 'merge' }),
      });
      expect(refused.status).toBe(405);
      expect(((await refused.json()) as { message: string }).message).toBe('The base branch requires all commits to be signed.');

      // What each kind of file became: executable, symlink, binary, deleted.
      const head = `backport/${pr.number}-to-stg`;
      expect(await entry(signedRepo, head, 'tool.sh')).toMatch(/^100755 blob/);
      expect(await entry(signedRepo, head, 'current')).toMatch(/^120000 blob/);
      expect(await entry(signedRepo, head, 'logo.bin')).toMatch(/^100644 blob/);
      expect(await entry(signedRepo, head, 'old.txt')).toBe('');

      // A re-run finds the pull request: no new commit, no write at all.
      const again = await act(signedRepo, pr);
      expect(again.result.exitCode).toBe(0);
      expect(results(again.result).stg).toMatchObject({ state: 'exists', pr: res.pr });
      expect(again.writes).toEqual([]);
      expect(await commits(signedRepo, `stg..backport/${pr.number}-to-stg`)).toEqual(picked);

      // The signed backport merges into stg, and its GitHub-made commits still prove the change present there (-x trailers).
      await signedRepo.mergePullRequest(res.pr!, { method: 'merge' });
      const ws = await Workspace.open({
        parent: work,
        logger: new MemoryLogger(),
        serverUrl: sb.serverUrl,
        token: sb.token,
        repo: { owner: 'acme', repo: signedRepo.name },
        identity: { name: 'bot', email: 'bot@example.com' },
      });
      try {
        await ws.fetch(['stg'], originals);
        const present = await ws.findPresent(remoteRef('stg'), originals);
        expect(originals.map((c) => present.get(c)?.proof)).toEqual(originals.map(() => 'cherry-pick-trailer'));
      } finally {
        await ws.dispose();
      }
    });
  }

  it('dry run with signed commits: plans the backport and writes nothing', async () => {
    const repo = await newRepo();
    const pr = await mergedPull(repo, 'squash');
    const refs = await repo.refs();
    const { result, writes } = await act(repo, pr, { 'dry-run': 'true' });
    expect(result.exitCode).toBe(0);
    expect(results(result).stg).toMatchObject({ state: 'planned' });
    expect(result.stdout).toContain('would create the commits of');
    expect(writes).toEqual([]);
    expect(await repo.refs()).toEqual(refs);
  });

  it('with a personal access token GitHub does not sign: the backport is made and the run warns', async () => {
    const repo = await newRepo();
    const pr = await mergedPull(repo, 'squash');
    sb.addUser('releaser');
    repo.setPermission('releaser', 'admin');
    const pat = sb.addToken('releaser');
    const { result } = await act(repo, pr, {}, pat);
    expect(result.exitCode).toBe(0);
    const res = results(result).stg!;
    expect(res.state).toBe('created');
    expect(result.annotations.filter((a) => a.level === 'warning' && /GitHub did not sign the commits of backport\//.test(a.message))).toHaveLength(1);
    const prCommits = await gh(`/repos/${repo.fullName}/pulls/${res.pr}/commits`);
    expect(prCommits.map((c: any) => c.commit.verification.verified)).toEqual([false]);
  });

  it('a run that stopped after the branch was made is completed without new commits', async () => {
    const repo = await newRepo();
    const pr = await mergedPull(repo, 'rebase');
    // The pull request cannot be opened in the first run: the branch is made, then the target fails.
    sb.injectFault({
      route: `/repos/${repo.fullName}/pulls`,
      method: 'POST',
      kind: 'status',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const first = await act(repo, pr);
    expect(results(first.result).stg!.state).toBe('failed');
    const branch = `backport/${pr.number}-to-stg`;
    const made = await repo.refSha(branch);
    expect(made).toBeTruthy();
    const second = await act(repo, pr);
    expect(second.result.exitCode).toBe(0);
    expect(results(second.result).stg!.state).toBe('created');
    expect(second.writes.filter((w) => /git\/(blobs|trees|commits|refs)/.test(w))).toEqual([]);
    expect(await repo.refSha(branch)).toBe(made);
  });

  it('a tree GitHub builds differently: inline text is sent again as blobs; a tree that still differs publishes nothing', async () => {
    const wrongTree = { sha: '0'.repeat(40), url: 'https://example.invalid/tree', truncated: false, tree: [] };
    const repo = await newRepo();
    const pr = await mergedPull(repo, 'squash');
    sb.injectFault({ route: `/repos/${repo.fullName}/git/trees`, method: 'POST', kind: 'status', status: 201, body: wrongTree });
    const retried = await act(repo, pr);
    expect(retried.result.exitCode).toBe(0);
    expect(results(retried.result).stg!.state).toBe('created');
    // The binary went as a blob the first time; the text file and the symlink follow as blobs on the second tree.
    expect(retried.writes.filter((w) => w.endsWith('/git/blobs'))).toHaveLength(3);
    expect(retried.writes.filter((w) => w.endsWith('/git/trees'))).toHaveLength(2);

    const other = await newRepo();
    const otherPr = await mergedPull(other, 'squash');
    sb.injectFault({ route: `/repos/${other.fullName}/git/trees`, method: 'POST', kind: 'status', status: 201, body: wrongTree, times: Infinity });
    const stopped = await act(other, otherPr);
    expect(stopped.result.exitCode).toBe(1);
    expect(results(stopped.result).stg).toMatchObject({ state: 'failed' });
    expect(results(stopped.result).stg!.reason).toMatch(
      /GitHub built tree 000000000000 for the pick [0-9a-f]{12}, not [0-9a-f]{12} as git did: nothing was published/,
    );
    expect(stopped.writes.filter((w) => /git\/(commits|refs)|\/pulls$/.test(w))).toEqual([]);
    expect(await other.refSha(`backport/${otherPr.number}-to-stg`)).toBeNull();
  });

  it('conflict with conflict: draft — the draft commit is made by GitHub too, and the failing status sits on its head', async () => {
    const repo = await newRepo(true);
    await repo.commit('stg', { 'app.txt': 'one\nzwei\nthree\n' }, 'stg-only change');
    const pr = await mergedPull(repo, 'squash');
    const { result } = await act(repo, pr);
    const res = results(result).stg!;
    expect(res.state).toBe('conflict');
    const draft = await repo.pullRequest(res.pr!);
    expect(draft.draft).toBe(true);
    const head = (await repo.refSha(`backport/${pr.number}-to-stg`))!;
    const prCommits = await gh(`/repos/${repo.fullName}/pulls/${res.pr}/commits`);
    expect(prCommits.map((c: any) => c.commit.verification.verified)).toEqual([true]);
    const statuses = await gh(`/repos/${repo.fullName}/commits/${head}/status`);
    expect(statuses.statuses.map((s: any) => s.state)).toEqual(['failure']);
    expect(await repo.git(['show', `${head}:app.txt`])).toContain('<<<<<<<');
  });
});
