// The stand-in answers like GitHub where ownership decisions depend on it: who a token is, fork
// pull requests, and GitHub's length limits.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actorLogin } from '../shared/identity.ts';
import { Sandbox } from './index.ts';
import { bulkCommits } from './testing.ts';

let sb: Sandbox;

beforeAll(async () => {
  sb = await Sandbox.start();
});
afterAll(async () => {
  await sb?.close();
});
afterEach(() => {
  try {
    sb.assertNoViolations();
  } finally {
    sb.clearViolations();
  }
});

async function call(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${sb.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const viewer = (token: string) => call(token, 'POST', '/graphql', { query: 'query Who { viewer { login } }' });

describe('per-token identities', () => {
  it('answers GraphQL viewer for installation and user tokens; refuses REST /user for installation tokens', async () => {
    expect((await viewer(sb.token)).body.data.viewer.login).toBe('github-actions[bot]');
    expect(await call(sb.token, 'GET', '/user')).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } });

    const app = sb.addToken('release-app[bot]', undefined, { installation: true });
    expect(app.startsWith('ghs_')).toBe(true);
    expect((await viewer(app)).body.data.viewer.login).toBe('release-app[bot]');
    expect((await call(app, 'GET', '/user')).status).toBe(403);

    const pat = sb.addToken('carol');
    expect((await viewer(pat)).body.data.viewer.login).toBe('carol');
    expect(await call(pat, 'GET', '/user')).toMatchObject({ status: 200, body: { login: 'carol' } });
  });

  it('can refuse the viewer query for a token, as GitHub does for some installation tokens', async () => {
    const refused = sb.addToken('github-actions[bot]', undefined, { installation: true, viewer: false });
    const answer = await viewer(refused);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeNull();
    expect(answer.body.errors[0]).toMatchObject({ message: 'Resource not accessible by integration', type: 'FORBIDDEN' });
  });
});

describe('fork pull requests', () => {
  it('opens a cross-repository pull request whose head lives in the fork and follows pushes to it', async () => {
    const upstream = await sb.createRepo('acme/widget', { defaultBranch: 'main', branches: ['dev'], files: { 'a.txt': 'a\n' } });
    const fork = await sb.createRepo('mallory/widget', { defaultBranch: 'main', files: { 'a.txt': 'a\n' } });
    // The fork starts from the same history: copy upstream's main into it.
    await fork.git(['fetch', '--quiet', upstream.gitDir, '+refs/heads/main:refs/heads/main']);
    await fork.createBranch('portal-release/release-main', 'main');
    const first = await fork.commit('portal-release/release-main', { 'a.txt': 'evil\n' }, 'steer', { author: 'mallory' });
    const pr = await upstream.openPullRequest({ head: 'mallory:portal-release/release-main', base: 'dev', title: 'Release v9.0.0', user: 'mallory' });
    expect(pr.head).toMatchObject({ ref: 'portal-release/release-main', sha: first, label: 'mallory:portal-release/release-main' });
    expect((pr.head as any).repo.full_name).toBe('mallory/widget');
    expect((pr.base as any).repo.full_name).toBe('acme/widget');
    // No branch of that name in the upstream repository; GitHub keeps the head as refs/pull/N/head.
    expect(await upstream.refSha('refs/heads/portal-release/release-main')).toBeNull();
    expect(await upstream.refSha(`refs/pull/${pr.number}/head`)).toBe(first);

    const second = await fork.commit('portal-release/release-main', { 'b.txt': 'more\n' }, 'more', { author: 'mallory' });
    const listed = await call(sb.token, 'GET', `/repos/acme/widget/pulls?head=mallory:portal-release/release-main`);
    expect(listed.body.map((p: any) => [p.number, p.head.sha, p.head.repo.full_name])).toEqual([[pr.number, second, 'mallory/widget']]);
    expect((await call(sb.token, 'GET', `/repos/acme/widget/pulls?head=acme:portal-release/release-main`)).body).toEqual([]);

    const files = await call(sb.token, 'GET', `/repos/acme/widget/pulls/${pr.number}/files`);
    expect(files.body.map((f: any) => f.filename).sort()).toEqual(['a.txt', 'b.txt']);
    const merge = await upstream.mergePullRequest(pr.number as number);
    expect(await upstream.refSha('dev')).toBe(merge);
    expect((await upstream.pullRequest(pr.number as number)).head).toMatchObject({ sha: second });
  });
});

describe('length limits', () => {
  it('refuses a title over 256 characters and a body or comment over 65,536 with 422', async () => {
    const repo = await sb.createRepo('acme/limits', { defaultBranch: 'main', branches: ['dev'] });
    await repo.createBranch('topic', 'main');
    await repo.commit('topic', { 'x.txt': 'x\n' }, 'x');
    const P = '/repos/acme/limits';
    const long = await call(sb.token, 'POST', `${P}/pulls`, { title: 't'.repeat(257), head: 'topic', base: 'dev' });
    expect(long.status).toBe(422);
    expect(long.body.errors[0]).toMatchObject({ field: 'title', message: 'title is too long (maximum is 256 characters)' });
    expect((await call(sb.token, 'POST', `${P}/pulls`, { title: 't'.repeat(256), head: 'topic', base: 'dev', body: 'b'.repeat(65536) })).status).toBe(201);
    expect((await call(sb.token, 'PATCH', `${P}/pulls/1`, { body: 'b'.repeat(65537) })).status).toBe(422);
    expect((await call(sb.token, 'POST', `${P}/issues`, { title: 'i', body: 'b'.repeat(65537) })).status).toBe(422);
    expect((await call(sb.token, 'POST', `${P}/issues`, { title: 'i'.repeat(257) })).status).toBe(422);
    expect((await call(sb.token, 'POST', `${P}/issues/1/comments`, { body: 'c'.repeat(65537) })).status).toBe(422);
    const ok = await call(sb.token, 'POST', `${P}/issues/1/comments`, { body: 'c'.repeat(65536) });
    expect(ok.status).toBe(201);
    expect((await call(sb.token, 'PATCH', `${P}/issues/comments/${ok.body.id}`, { body: 'c'.repeat(65537) })).status).toBe(422);
  });
});

describe('seeding', () => {
  it('deletes a file with commit(branch, {path: null})', async () => {
    const repo = await sb.createRepo('acme/delete', { defaultBranch: 'main', files: { 'keep.txt': 'k\n', 'gone.txt': 'g\n' } });
    const sha = await repo.commit('main', { 'gone.txt': null }, 'remove gone.txt');
    expect((await repo.git(['ls-tree', '--name-only', sha])).trim().split('\n')).toEqual(['keep.txt']);
  });
});

describe('GraphQL actors', () => {
  it('names a Bot author without the [bot] suffix REST gives it, and actorLogin maps it back', async () => {
    const repo = await sb.createRepo('acme/actors', { branches: ['dev'] });
    await repo.createBranch('bump', 'dev');
    await repo.commit('bump', { 'deps.txt': '2\n' }, 'chore: bump');
    const pr = await repo.openPullRequest({ head: 'bump', base: 'dev', title: 'chore: bump', user: 'dependabot[bot]' });
    const query = `query Author { repository(owner: "acme", name: "actors") { pullRequest(number: ${pr.number as number}) { author { __typename login } } } }`;
    const answer = await call(sb.token, 'POST', '/graphql', { query });
    const author = answer.body.data.repository.pullRequest.author;
    expect(author).toEqual({ __typename: 'Bot', login: 'dependabot' });
    expect(actorLogin(author)).toBe('dependabot[bot]');
    expect(actorLogin({ __typename: 'User', login: 'alice' })).toBe('alice');
    expect(actorLogin(null)).toBe('');
    const rest = await call(sb.token, 'GET', `/repos/acme/actors/pulls/${pr.number as number}`);
    expect(rest.body.user.login).toBe('dependabot[bot]');
  });
});

describe('compare paging, as GitHub documents it', () => {
  it('cuts an unpaged compare at the newest 250 commits; pages 30 by default, at most 100, with files only on the first page', async () => {
    const repo = await sb.createRepo('acme/compare-paging', { defaultBranch: 'main', files: { 'README.md': '# x\n' } });
    const base = (await repo.refSha('main'))!;
    await bulkCommits(repo, 'main', 260, (n) => `chore: ${n}`);
    const head = (await repo.refSha('main'))!;
    const path = `/repos/${repo.fullName}/compare/${base}...${head}`;
    const unpaged = await call(sb.token, 'GET', path);
    expect(unpaged.body.total_commits).toBe(260);
    expect(unpaged.body.commits).toHaveLength(250);
    // Its last commit is the most recent of the whole comparison (the oldest ten are left out).
    expect(unpaged.body.commits.at(-1).sha).toBe(head);
    expect(unpaged.body.commits[0].commit.message).toBe('chore: 11');
    const first = await call(sb.token, 'GET', `${path}?page=1`);
    expect(first.body.commits).toHaveLength(30);
    expect(first.body.commits[0].commit.message).toBe('chore: 1');
    expect(first.body.files.length).toBeGreaterThan(0);
    const big = await call(sb.token, 'GET', `${path}?per_page=250&page=3`);
    expect(big.body.commits).toHaveLength(60);
    expect(big.body.commits[0].commit.message).toBe('chore: 201');
    expect(big.body.files).toEqual([]);
  });
});
