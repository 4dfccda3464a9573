import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from './index.ts';

const pexec = promisify(execFile);

let sb: Sandbox;
let work: string;

beforeAll(async () => {
  sb = await Sandbox.start();
  work = await mkdtemp(join(tmpdir(), 'sandbox-test-'));
});

afterAll(async () => {
  await sb?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

afterEach(() => {
  try {
    sb.assertNoViolations();
  } finally {
    sb.clearViolations();
  }
});

function env(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: work,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Tester',
    GIT_AUTHOR_EMAIL: 'tester@example.com',
    GIT_COMMITTER_NAME: 'Tester',
    GIT_COMMITTER_EMAIL: 'tester@example.com',
  };
}

async function git(cwd: string, args: string[], token?: string): Promise<string> {
  const auth = token ? ['-c', `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`] : [];
  const { stdout } = await pexec('git', [...auth, ...args], { cwd, env: env() });
  return stdout.trim();
}

let cloneCount = 0;
async function clone(repo: string, token?: string): Promise<string> {
  const dir = join(work, `clone-${++cloneCount}`);
  await git(work, ['clone', '--quiet', `${sb.serverUrl}/${repo}.git`, dir], token);
  return dir;
}

async function gh(method: string, path: string, body?: unknown, token = sb.token): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${sb.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      accept: 'application/vnd.github+json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`${sb.apiUrl}/graphql`, {
    method: 'POST',
    headers: { authorization: `bearer ${sb.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

describe('git smart HTTP', () => {
  it('clones and pushes with a token, refuses push without, API sees the pushed commit', async () => {
    await sb.createRepo('acme/app', { branches: ['dev', 'stg'], files: { 'README.md': 'hello\n', 'src/a.txt': 'a\n' } });
    const dir = await clone('acme/app', sb.token);
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toBe('hello\n');
    await writeFile(join(dir, 'new.txt'), 'new file\n');
    await git(dir, ['add', 'new.txt']);
    await git(dir, ['commit', '-q', '-m', 'Add new file']);
    const sha = await git(dir, ['rev-parse', 'HEAD']);

    await expect(git(dir, ['push', 'origin', 'HEAD:main'])).rejects.toThrow(/401|Authentication|could not read Username/);
    await expect(git(dir, ['push', 'origin', 'HEAD:main'], 'wrong-token')).rejects.toThrow();
    await git(dir, ['push', '-q', 'origin', 'HEAD:main'], sb.token);

    const branch = await gh('GET', '/repos/acme/app/branches/main');
    expect(branch.status).toBe(200);
    expect(branch.body.commit.sha).toBe(sha);
    const commit = await gh('GET', `/repos/acme/app/commits/${sha}`);
    expect(commit.body.commit.message).toBe('Add new file');
    expect(commit.body.files.map((f: any) => f.filename)).toEqual(['new.txt']);
    const repo = await gh('GET', '/repos/acme/app');
    expect(repo.body.default_branch).toBe('main');
    expect(repo.body.permissions.admin).toBe(true);
  });

  it('answers 401 to API requests without a valid token', async () => {
    const res = await fetch(`${sb.apiUrl}/repos/acme/app`);
    expect(res.status).toBe(401);
    expect((await gh('GET', '/repos/acme/app', undefined, 'nope')).status).toBe(401);
  });
});

describe('pull requests', () => {
  it('opens and squash-merges a PR through the API; a fresh clone sees it', async () => {
    const repo = sb.repo('acme/app');
    await repo.createBranch('feature/x', 'main');
    await repo.commit('feature/x', { 'x.txt': 'x1\n' }, 'x: first');
    await repo.commit('feature/x', { 'x.txt': 'x2\n' }, 'x: second');
    const created = await gh('POST', '/repos/acme/app/pulls', { title: 'Feature X', head: 'feature/x', base: 'main', body: 'Fixes #99' });
    expect(created.status).toBe(201);
    const n = created.body.number;
    expect(created.body.commits).toBe(2);
    expect(created.body.mergeable).toBe(true);
    const dup = await gh('POST', '/repos/acme/app/pulls', { title: 'again', head: 'acme:feature/x', base: 'main' });
    expect(dup.status).toBe(422);
    expect(JSON.stringify(dup.body)).toContain('A pull request already exists');

    const files = await gh('GET', `/repos/acme/app/pulls/${n}/files`);
    expect(files.body.map((f: any) => [f.filename, f.status])).toEqual([['x.txt', 'added']]);
    const list = await gh('GET', '/repos/acme/app/pulls?head=acme:feature/x&state=open');
    expect(list.body.map((p: any) => p.number)).toEqual([n]);

    const review = await gh('POST', `/repos/acme/app/pulls/${n}/reviews`, { event: 'COMMENT', body: 'looks fine' });
    expect(review.body.commit_id).toBe(created.body.head.sha);

    const merged = await gh('PUT', `/repos/acme/app/pulls/${n}/merge`, { merge_method: 'squash' });
    expect(merged.status).toBe(200);
    expect(merged.body.merged).toBe(true);
    const pr = await gh('GET', `/repos/acme/app/pulls/${n}`);
    expect(pr.body.merged).toBe(true);
    expect(pr.body.merge_commit_sha).toBe(merged.body.sha);
    expect(pr.body.state).toBe('closed');
    const again = await gh('PUT', `/repos/acme/app/pulls/${n}/merge`, { merge_method: 'squash' });
    expect(again.status).toBe(405);

    const dir = await clone('acme/app');
    expect(await git(dir, ['rev-parse', 'HEAD'])).toBe(merged.body.sha);
    expect(await git(dir, ['log', '-1', '--format=%s%n%P'])).toMatch(/^Feature X \(#\d+\)\n[0-9a-f]{40}$/);
    expect(await readFile(join(dir, 'x.txt'), 'utf8')).toBe('x2\n');
    const byCommit = await gh('GET', `/repos/acme/app/commits/${merged.body.sha}/pulls`);
    expect(byCommit.body.map((p: any) => p.number)).toEqual([n]);
  });

  it('merges with merge commits and rebase, and refuses conflicts with 405', async () => {
    const repo = sb.repo('acme/app');
    await repo.createBranch('m1', 'main');
    await repo.commit('m1', { 'm1.txt': 'm1\n' }, 'm1 change');
    await repo.createBranch('r1', 'main');
    await repo.commit('r1', { 'r1.txt': 'r1\n' }, 'r1 one');
    await repo.commit('r1', { 'r1b.txt': 'r1b\n' }, 'r1 two');
    const p1 = await gh('POST', '/repos/acme/app/pulls', { title: 'M1', head: 'm1', base: 'main' });
    const p2 = await gh('POST', '/repos/acme/app/pulls', { title: 'R1', head: 'r1', base: 'main' });
    const m = await gh('PUT', `/repos/acme/app/pulls/${p1.body.number}/merge`, { merge_method: 'merge' });
    expect(m.status).toBe(200);
    const mc = await gh('GET', `/repos/acme/app/git/commits/${m.body.sha}`);
    expect(mc.body.parents).toHaveLength(2);
    expect(mc.body.message).toMatch(/^Merge pull request #\d+ from acme\/m1/);
    const r = await gh('PUT', `/repos/acme/app/pulls/${p2.body.number}/merge`, { merge_method: 'rebase' });
    expect(r.status).toBe(200);
    const commits = await gh('GET', '/repos/acme/app/commits?sha=main&per_page=2');
    expect(commits.body.map((c: any) => c.commit.message)).toEqual(['r1 two', 'r1 one']);
    expect(commits.body[0].sha).toBe(r.body.sha);
    expect(commits.headers.get('link')).toMatch(/rel="next"/);

    await repo.createBranch('c1', 'main');
    await repo.createBranch('c2', 'main');
    await repo.commit('c1', { 'conflict.txt': 'one\n' }, 'c1');
    await repo.commit('c2', { 'conflict.txt': 'two\n' }, 'c2');
    const pc1 = await gh('POST', '/repos/acme/app/pulls', { title: 'C1', head: 'c1', base: 'main' });
    const pc2 = await gh('POST', '/repos/acme/app/pulls', { title: 'C2', head: 'c2', base: 'main' });
    expect((await gh('PUT', `/repos/acme/app/pulls/${pc1.body.number}/merge`, {})).status).toBe(200);
    const pc2now = await gh('GET', `/repos/acme/app/pulls/${pc2.body.number}`);
    expect(pc2now.body.mergeable).toBe(false);
    expect((await gh('PUT', `/repos/acme/app/pulls/${pc2.body.number}/merge`, {})).status).toBe(405);
    const none = await gh('POST', '/repos/acme/app/pulls', { title: 'nothing', head: 'dev', base: 'main' });
    expect(none.status).toBe(422);
    expect(JSON.stringify(none.body)).toContain('No commits between main and dev');
  });
});

describe('repository data', () => {
  it('compares branches', async () => {
    const repo = await sb.createRepo('acme/cmp', { branches: ['dev'] });
    expect((await gh('GET', '/repos/acme/cmp/compare/main...dev')).body.status).toBe('identical');
    await repo.commit('dev', { 'd.txt': 'd\n' }, 'dev 1');
    await repo.commit('dev', { 'd2.txt': 'd\n' }, 'dev 2');
    const ahead = await gh('GET', '/repos/acme/cmp/compare/main...dev');
    expect(ahead.body).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0, total_commits: 2 });
    expect(ahead.body.commits.map((c: any) => c.commit.message)).toEqual(['dev 1', 'dev 2']);
    expect(ahead.body.files.map((f: any) => f.filename)).toEqual(['d.txt', 'd2.txt']);
    expect((await gh('GET', '/repos/acme/cmp/compare/dev...main')).body).toMatchObject({ status: 'behind', behind_by: 2 });
    const mainSha = await repo.commit('main', { 'm.txt': 'm\n' }, 'main 1');
    const div = await gh('GET', '/repos/acme/cmp/compare/main...dev');
    expect(div.body).toMatchObject({ status: 'diverged', ahead_by: 2, behind_by: 1 });
    expect(div.body.base_commit.sha).toBe(mainSha);
  });

  it('creates an annotated tag through the API that git sees', async () => {
    const repo = sb.repo('acme/cmp');
    const head = (await repo.refSha('main'))!;
    const tag = await gh('POST', '/repos/acme/cmp/git/tags', {
      tag: 'v1.0.0',
      message: 'Release v1.0.0',
      object: head,
      type: 'commit',
      tagger: { name: 'Rel Bot', email: 'rel@example.com', date: '2024-05-01T10:00:00Z' },
    });
    expect(tag.status).toBe(201);
    const ref = await gh('POST', '/repos/acme/cmp/git/refs', { ref: 'refs/tags/v1.0.0', sha: tag.body.sha });
    expect(ref.status).toBe(201);
    expect(ref.body.object.type).toBe('tag');
    expect((await gh('POST', '/repos/acme/cmp/git/refs', { ref: 'refs/tags/v1.0.0', sha: head })).body.message).toBe('Reference already exists');
    const got = await gh('GET', `/repos/acme/cmp/git/tags/${tag.body.sha}`);
    expect(got.body).toMatchObject({ tag: 'v1.0.0', message: 'Release v1.0.0\n', object: { sha: head, type: 'commit' } });
    const dir = await clone('acme/cmp');
    expect(await git(dir, ['cat-file', '-t', 'v1.0.0'])).toBe('tag');
    expect(await git(dir, ['rev-parse', 'v1.0.0^{commit}'])).toBe(head);
    const tags = await gh('GET', '/repos/acme/cmp/tags');
    expect(tags.body[0]).toMatchObject({ name: 'v1.0.0', commit: { sha: head } });
    const matching = await gh('GET', '/repos/acme/cmp/git/matching-refs/tags/v1');
    expect(matching.body.map((r: any) => r.ref)).toEqual(['refs/tags/v1.0.0']);
  });

  it('moves refs only fast-forward unless forced', async () => {
    const repo = sb.repo('acme/cmp');
    const dev = (await repo.refSha('dev'))!;
    const main = (await repo.refSha('main'))!;
    expect((await gh('POST', '/repos/acme/cmp/git/refs', { ref: 'refs/heads/tmp', sha: dev })).status).toBe(201);
    const nonFf = await gh('PATCH', '/repos/acme/cmp/git/refs/heads/tmp', { sha: main });
    expect(nonFf.status).toBe(422);
    expect(nonFf.body.message).toBe('Update is not a fast forward');
    expect((await gh('PATCH', '/repos/acme/cmp/git/refs/heads/tmp', { sha: main, force: true })).body.object.sha).toBe(main);
    expect((await gh('GET', '/repos/acme/cmp/git/ref/heads/tmp')).body.object.sha).toBe(main);
    expect((await gh('DELETE', '/repos/acme/cmp/git/refs/heads/tmp')).status).toBe(204);
    const gone = await gh('GET', '/repos/acme/cmp/git/ref/heads/tmp');
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ message: 'Not Found', status: '404' });
  });

  it('serves file contents', async () => {
    const repo = await sb.createRepo('acme/files', { files: { 'a/b.txt': 'bee\n', '.github/portal-release.yml': 'tagPrefix: v\n' } });
    await repo.commit('main', { 'a/b.txt': 'bee 2\n' }, 'update b');
    const file = await gh('GET', '/repos/acme/files/contents/.github/portal-release.yml');
    expect(file.status).toBe(200);
    expect(Buffer.from(file.body.content, 'base64').toString()).toBe('tagPrefix: v\n');
    const encoded = await gh('GET', '/repos/acme/files/contents/a%2Fb.txt');
    expect(Buffer.from(encoded.body.content, 'base64').toString()).toBe('bee 2\n');
    const first = (await gh('GET', '/repos/acme/files/commits?sha=main')).body.at(-1).sha;
    const old = await gh('GET', `/repos/acme/files/contents/a/b.txt?ref=${first}`);
    expect(Buffer.from(old.body.content, 'base64').toString()).toBe('bee\n');
    const dir = await gh('GET', '/repos/acme/files/contents/a');
    expect(dir.body.map((e: any) => [e.name, e.type])).toEqual([['b.txt', 'file']]);
    expect((await gh('GET', '/repos/acme/files/contents/missing.txt')).status).toBe(404);
  });
});

describe('issues, labels, milestones, statuses, releases', () => {
  it('records label events with the actor', async () => {
    const repo = await sb.createRepo('acme/issues');
    sb.addUser('maint');
    repo.setPermission('maint', 'maintain');
    const maintToken = sb.addToken('maint');
    const issue = repo.createIssue({ title: 'Bug', labels: ['bug'], user: 'reporter' });
    repo.addLabel(issue.number, 'freeze-exception', 'maint', '2024-01-02T03:04:05Z');
    const added = await gh('POST', `/repos/acme/issues/issues/${issue.number}/labels`, { labels: ['must-have'] }, maintToken);
    expect(added.body.map((l: any) => l.name)).toEqual(['bug', 'freeze-exception', 'must-have']);
    const removed = await gh('DELETE', `/repos/acme/issues/issues/${issue.number}/labels/bug`, undefined, maintToken);
    expect(removed.status).toBe(200);
    expect((await gh('DELETE', `/repos/acme/issues/issues/${issue.number}/labels/bug`)).status).toBe(404);
    const events = await gh('GET', `/repos/acme/issues/issues/${issue.number}/events`);
    expect(events.body.map((e: any) => [e.event, e.label.name, e.actor.login])).toEqual([
      ['labeled', 'bug', 'reporter'],
      ['labeled', 'freeze-exception', 'maint'],
      ['labeled', 'must-have', 'maint'],
      ['unlabeled', 'bug', 'maint'],
    ]);
    expect(events.body[1].created_at).toBe('2024-01-02T03:04:05Z');
    const perm = await gh('GET', '/repos/acme/issues/collaborators/maint/permission');
    expect(perm.body).toMatchObject({ permission: 'write', role_name: 'maintain' });
    const readerToken = sb.addToken('reader');
    expect((await gh('POST', `/repos/acme/issues/issues/${issue.number}/labels`, { labels: ['x'] }, readerToken)).status).toBe(403);
  });

  it('filters issues, comments and milestones', async () => {
    const repo = sb.repo('acme/issues');
    const ms = await gh('POST', '/repos/acme/issues/milestones', { title: 'v2.0', description: 'release' });
    expect(ms.status).toBe(201);
    for (let k = 0; k < 3; k++) repo.createIssue({ title: `item ${k}`, milestone: ms.body.number, labels: k === 0 ? ['must-have'] : [] });
    const inMs = await gh('GET', `/repos/acme/issues/issues?milestone=${ms.body.number}&state=all&per_page=2`);
    expect(inMs.body).toHaveLength(2);
    expect(inMs.headers.get('link')).toContain('rel="last"');
    const mustHave = await gh('GET', `/repos/acme/issues/issues?milestone=${ms.body.number}&labels=must-have`);
    expect(mustHave.body.map((i: any) => i.title)).toEqual(['item 0']);
    const c = await gh('POST', `/repos/acme/issues/issues/${mustHave.body[0].number}/comments`, { body: '<!-- portal-release:x --> hi' });
    expect(c.status).toBe(201);
    expect((await gh('PATCH', `/repos/acme/issues/issues/comments/${c.body.id}`, { body: 'edited' })).body.body).toBe('edited');
    expect((await gh('GET', `/repos/acme/issues/issues/${mustHave.body[0].number}/comments`)).body.map((x: any) => x.body)).toEqual(['edited']);
    const closed = await gh('PATCH', `/repos/acme/issues/issues/${mustHave.body[0].number}`, { state: 'closed', state_reason: 'completed' });
    expect(closed.body.state).toBe('closed');
    expect((await gh('GET', `/repos/acme/issues/milestones/${ms.body.number}`)).body).toMatchObject({ open_issues: 2, closed_issues: 1 });
    expect((await gh('PATCH', `/repos/acme/issues/milestones/${ms.body.number}`, { state: 'closed' })).body.state).toBe('closed');
  });

  it('combines commit statuses and lists workflow runs and deployments', async () => {
    const repo = sb.repo('acme/issues');
    const sha = (await repo.refSha('main'))!;
    await gh('POST', `/repos/acme/issues/statuses/${sha}`, { state: 'pending', context: 'ci' });
    await gh('POST', `/repos/acme/issues/statuses/${sha}`, { state: 'success', context: 'ci' });
    expect((await gh('GET', '/repos/acme/issues/commits/main/status')).body).toMatchObject({ state: 'success', total_count: 1 });
    await gh('POST', `/repos/acme/issues/statuses/${sha}`, { state: 'failure', context: 'lint' });
    expect((await gh('GET', `/repos/acme/issues/commits/${sha}/status`)).body.state).toBe('failure');
    expect((await gh('GET', `/repos/acme/issues/commits/${sha}/statuses`)).body).toHaveLength(3);
    repo.addWorkflowRun({ workflowFile: 'smoke.yml', headSha: sha, conclusion: 'failure' });
    repo.addWorkflowRun({ workflowFile: 'smoke.yml', headSha: sha, conclusion: 'success' });
    repo.addWorkflowRun({ workflowFile: 'other.yml', headSha: sha, conclusion: 'success' });
    const runs = await gh('GET', `/repos/acme/issues/actions/workflows/smoke.yml/runs?head_sha=${sha}&status=success`);
    expect(runs.body.total_count).toBe(1);
    expect(runs.body.workflow_runs[0]).toMatchObject({ conclusion: 'success', head_sha: sha, path: '.github/workflows/smoke.yml' });
    expect((await gh('GET', '/repos/acme/issues/actions/runs')).body.total_count).toBe(3);
    expect((await gh('GET', `/repos/acme/issues/commits/${sha}/check-runs`)).body.total_count).toBe(3);
    repo.addDeployment({ sha, environment: 'production', state: 'success' });
    const deps = await gh('GET', `/repos/acme/issues/deployments?sha=${sha}&environment=production`);
    expect(deps.body).toHaveLength(1);
    expect((await gh('GET', `/repos/acme/issues/deployments/${deps.body[0].id}/statuses`)).body[0].state).toBe('success');
  });

  it('creates releases, tags and release notes', async () => {
    const repo = await sb.createRepo('acme/rel', {
      files: { '.github/release.yml': 'changelog:\n  categories:\n    - title: Fixes\n      labels: [bug]\n    - title: Other\n      labels: ["*"]\n' },
    });
    const base = (await repo.refSha('main'))!;
    await repo.createRelease({ tag: 'v1.0.0', target: base });
    await repo.createBranch('fix', 'main');
    await repo.commit('fix', { 'f.txt': 'f\n' }, 'fix it');
    const pr = await repo.openPullRequest({ head: 'fix', base: 'main', title: 'Fix crash', labels: ['bug'], user: 'dev1' });
    await repo.mergePullRequest(pr.number, { method: 'squash' });
    const draft = await gh('POST', '/repos/acme/rel/releases', { tag_name: 'v1.1.0', draft: true, name: 'v1.1.0' });
    expect(draft.status).toBe(201);
    expect(await repo.refSha('refs/tags/v1.1.0')).toBeNull();
    const notes = await gh('POST', '/repos/acme/rel/releases/generate-notes', { tag_name: 'v1.1.0', target_commitish: 'main', previous_tag_name: 'v1.0.0' });
    expect(notes.body.body).toContain('### Fixes\n* Fix crash by @dev1 in');
    expect(notes.body.body).toContain('**Full Changelog**: ');
    expect(notes.body.body).toContain('/compare/v1.0.0...v1.1.0');
    const pub = await gh('PATCH', `/repos/acme/rel/releases/${draft.body.id}`, { draft: false });
    expect(pub.body.draft).toBe(false);
    expect(await repo.refSha('refs/tags/v1.1.0')).toBe(await repo.refSha('main'));
    const rel = await gh('POST', '/repos/acme/rel/releases', { tag_name: 'v1.2.0', target_commitish: base });
    expect(await repo.refSha('refs/tags/v1.2.0')).toBe(base);
    expect((await gh('POST', '/repos/acme/rel/releases', { tag_name: 'v1.2.0' })).status).toBe(422);
    expect((await gh('GET', '/repos/acme/rel/releases/latest')).body.id).toBe(rel.body.id);
    expect((await gh('GET', '/repos/acme/rel/releases/tags/v1.1.0')).body.id).toBe(draft.body.id);
    expect((await gh('GET', '/repos/acme/rel/releases?per_page=1')).headers.get('link')).toContain('page=3');
  });
});

describe('spec checking, faults, GraphQL, snapshot', () => {
  it('detects spec-violating requests and answers like GitHub', async () => {
    const noHead = await gh('POST', '/repos/acme/app/pulls', { title: 't', base: 'main' });
    expect(noHead.status).toBe(422);
    expect(noHead.body.message).toMatch(/^Invalid request/);
    const bogus = await gh('GET', '/repos/acme/app/pulls?state=bogus');
    expect(bogus.status).toBe(422);
    const unknown = await gh('GET', '/repos/acme/app/no-such-endpoint');
    expect(unknown.status).toBe(404);
    const unimplemented = await gh('GET', '/repos/acme/app/hooks');
    expect(unimplemented.status).toBe(501);
    const v = sb.violations();
    expect(v.map((x) => x.kind)).toEqual(['request', 'request', 'request', 'unimplemented']);
    expect(v[0]!.message).toContain("required property 'head'");
    expect(v[1]!.message).toContain('allowed values');
    expect(() => sb.assertNoViolations()).toThrow(/4 GitHub API spec violation/);
    sb.clearViolations();
  });

  it('injects faults: 500 then success, secondary rate limit, reset', async () => {
    sb.injectFault({ route: '/repos/{owner}/{repo}', method: 'GET', kind: 'status', status: 500 });
    expect((await gh('GET', '/repos/acme/app')).status).toBe(500);
    expect((await gh('GET', '/repos/acme/app')).status).toBe(200);
    sb.injectFault({ route: /\/pulls$/, kind: 'secondary-rate-limit', retryAfter: 7, index: 1 });
    expect((await gh('GET', '/repos/acme/app/pulls')).status).toBe(200);
    const limited = await gh('GET', '/repos/acme/app/pulls');
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body.message).toContain('You have exceeded a secondary rate limit');
    sb.injectFault({ route: 'graphql', kind: 'reset' });
    await expect(graphql('query { viewer { login } }')).rejects.toThrow();
    expect((await graphql('query { viewer { login } }')).data.viewer.login).toBe('github-actions[bot]');
    sb.clearFaults();
    const log = sb.requests();
    expect(
      log
        .filter((e) => e.route === '/repos/{owner}/{repo}')
        .map((e) => e.status)
        .slice(-2),
    ).toEqual([500, 200]);
  });

  it('injects "performed, then lost": the write happens, the answer is a 502 or a reset', async () => {
    const repo = await sb.createRepo('acme/lost', { files: { 'README.md': 'lost\n' } });
    const issue = repo.createIssue({ title: 'lost answers' });
    sb.injectFault({ route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', method: 'POST', kind: 'lost' });
    const first = await gh('POST', `/repos/acme/lost/issues/${issue.number}/comments`, { body: 'one' });
    expect(first.status).toBe(502);
    sb.injectFault({ route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', method: 'POST', kind: 'lost', answer: 'reset' });
    await expect(gh('POST', `/repos/acme/lost/issues/${issue.number}/comments`, { body: 'two' })).rejects.toThrow();
    const comments = await gh('GET', `/repos/acme/lost/issues/${issue.number}/comments`);
    expect(comments.body.map((c: { body: string }) => c.body)).toEqual(['one', 'two']);

    // A push whose answer is lost: git reports a failure, the branch exists all the same.
    const dir = await clone('acme/lost', sb.token);
    await writeFile(join(dir, 'b.txt'), 'b\n');
    await git(dir, ['add', 'b.txt']);
    await git(dir, ['commit', '-q', '-m', 'b']);
    const head = await git(dir, ['rev-parse', 'HEAD']);
    sb.injectFault({ route: 'git', method: 'POST', kind: 'lost' });
    await expect(git(dir, ['push', '-q', 'origin', 'HEAD:refs/heads/lost'], sb.token)).rejects.toThrow(/502/);
    expect((await gh('GET', '/repos/acme/lost/git/ref/heads/lost')).body.object.sha).toBe(head);
    sb.clearFaults();
  });

  it('answers GraphQL milestone queries with cursor pagination', async () => {
    const repo = await sb.createRepo('acme/gql');
    const ms = repo.createMilestone('v3.0');
    repo.createMilestone('v2.0', { state: 'closed' });
    for (let k = 1; k <= 5; k++) repo.createIssue({ title: `issue ${k}`, milestone: ms.number, labels: ['must-have'], state: k <= 2 ? 'closed' : 'open' });
    await repo.createBranch('feat', 'main');
    await repo.commit('feat', { 'g.txt': 'g\n' }, 'feat');
    const pr = await repo.openPullRequest({ head: 'feat', base: 'main', title: 'Feat', milestone: ms.number, labels: ['must-have'] });
    const mergeSha = await repo.mergePullRequest(pr.number, { method: 'merge' });
    const query = `query ($owner: String!, $name: String!, $number: Int!, $after: String) {
      repository(owner: $owner, name: $name) {
        milestones(first: 10, states: [OPEN], query: "v3") { nodes { number title state url } }
        milestone(number: $number) {
          title number state url
          issues(first: 2, after: $after, states: [OPEN, CLOSED]) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { number title url state stateReason labels(first: 10) { nodes { name } } }
          }
          pullRequests(first: 10, states: [MERGED]) {
            nodes { number title url state merged mergedAt mergeCommit { oid } baseRefName headRefName labels(first: 5) { nodes { name } } commits(first: 1) { totalCount } }
          }
        }
      }
    }`;
    const titles: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res = await graphql(query, { owner: 'acme', name: 'gql', number: ms.number, after });
      expect(res.errors).toBeUndefined();
      const m = res.data.repository.milestone;
      expect(m.issues.totalCount).toBe(5);
      titles.push(...m.issues.nodes.map((n: any) => n.title));
      pages++;
      if (pages === 1) {
        expect(res.data.repository.milestones.nodes).toEqual([
          { number: ms.number, title: 'v3.0', state: 'OPEN', url: expect.stringContaining('/milestone/') },
        ]);
        expect(m.issues.nodes[0]).toMatchObject({ state: 'CLOSED', stateReason: 'COMPLETED', labels: { nodes: [{ name: 'must-have' }] } });
        expect(m.pullRequests.nodes).toEqual([
          expect.objectContaining({
            number: pr.number,
            state: 'MERGED',
            merged: true,
            mergeCommit: { oid: mergeSha },
            baseRefName: 'main',
            headRefName: 'feat',
            commits: { totalCount: 1 },
          }),
        ]);
      }
      if (!m.issues.pageInfo.hasNextPage) break;
      after = m.issues.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(titles).toEqual(['issue 1', 'issue 2', 'issue 3', 'issue 4', 'issue 5']);
    const tooMany = await graphql('query { repository(owner: "acme", name: "gql") { milestones(first: 101) { nodes { number } } } }');
    expect(tooMany.errors[0].message).toContain('exceeds the `first` limit of 100 records');
    const invalid = await graphql('query { repository(owner: "acme", name: "gql") { noSuchField } }');
    expect(invalid.errors[0].message).toContain('noSuchField');
    expect(sb.violations().map((v) => v.kind)).toEqual(['graphql']);
    sb.clearViolations();
    expect(sb.requests().some((e) => e.route === 'graphql')).toBe(true);
  });

  it('works with Octokit from @actions/github (pagination through Link)', async () => {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(sb.token, { baseUrl: sb.apiUrl });
    const issues = await octokit.paginate('GET /repos/{owner}/{repo}/issues', { owner: 'acme', repo: 'gql', state: 'all', per_page: 2 });
    expect(issues).toHaveLength(6);
    const res = await octokit.graphql<{ repository: { milestone: { title: string } } }>(
      'query($o: String!, $n: String!) { repository(owner: $o, name: $n) { milestone(number: 1) { title } } }',
      { o: 'acme', n: 'gql' },
    );
    expect(res.repository.milestone.title).toBe('v3.0');
  });

  it('produces a stable snapshot', async () => {
    const a = JSON.stringify(sb.snapshot());
    await gh('GET', '/repos/acme/app/pulls?state=all');
    await gh('GET', '/repos/acme/app/issues');
    const b = JSON.stringify(sb.snapshot());
    expect(b).toBe(a);
    await sb.repo('acme/app').commit('main', { 'z.txt': 'z\n' }, 'z');
    expect(JSON.stringify(sb.snapshot())).not.toBe(a);
  });
});
