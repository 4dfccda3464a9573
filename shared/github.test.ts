// The GitHub port against the stand-in: retries, rate limits, explained errors, the dry-run guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../sandbox/index.ts';
import { closedPort } from '../sandbox/testing.ts';
import { createOctokit, GitHub, GitHubError } from './github/index.ts';
import { MemoryLogger } from './logger.ts';
import { loadPolicy } from './config.ts';
import { SuiteIdentity } from './identity.ts';
import { removeComment, upsertComment } from './markers.ts';
import { Plan } from './plan.ts';

let sb: Sandbox;
let repo: RepoHandle;
const r = { owner: 'acme', repo: 'port' };

beforeAll(async () => {
  sb = await Sandbox.start();
  repo = await sb.createRepo('acme/port', { branches: ['dev', 'stg'], files: { '.github/portal-release.yml': 'tag-prefix: rel-\n' } });
});
afterAll(async () => {
  await sb?.close();
});

function port(options: { readOnly?: boolean; token?: string } = {}): { github: GitHub; logger: MemoryLogger } {
  const logger = new MemoryLogger();
  const octokit = createOctokit({ token: options.token ?? sb.token, apiUrl: sb.apiUrl, logger, retryBaseMs: 10 });
  return { github: new GitHub(octokit, logger, { readOnly: options.readOnly }), logger };
}

describe('GitHub port', () => {
  it('retries a secondary rate limit after retry-after and succeeds', async () => {
    const { github, logger } = port();
    sb.injectFault({ route: '/repos/{owner}/{repo}', method: 'GET', kind: 'secondary-rate-limit', retryAfter: 1 });
    const before = sb.requests().length;
    const repository = await github.getRepository(r);
    expect(repository.defaultBranch).toBe('main');
    const seen = sb.requests().slice(before);
    expect(seen.map((e) => e.status)).toEqual([403, 200]);
    expect(logger.text('warning')).toMatch(/Secondary rate limit for GET .*retrying after 1s/);
  });

  it('retries server errors and resets, but never a 404', async () => {
    const { github } = port();
    sb.injectFault({ route: '/repos/{owner}/{repo}/git/ref/{ref}', kind: 'status', status: 502 });
    expect(await github.getBranchSha(r, 'dev')).toMatch(/^[0-9a-f]{40}$/);
    sb.injectFault({ route: '/repos/{owner}/{repo}/git/ref/{ref}', kind: 'reset' });
    expect(await github.getBranchSha(r, 'stg')).toMatch(/^[0-9a-f]{40}$/);
    const before = sb.requests().length;
    expect(await github.getBranchSha(r, 'nope')).toBeNull();
    expect(sb.requests().length - before).toBe(1);
  });

  it('never repeats a POST that creates something when its answer is lost, but repeats an idempotent write', async () => {
    const { github } = port();
    const issue = repo.createIssue({ title: 'answers lost' });
    sb.injectFault({ route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', method: 'POST', kind: 'lost' });
    const error = await github.createComment(r, issue.number, 'once').catch((e: unknown) => e);
    expect((error as Error).message).toContain('GitHub may have made the change all the same; it is not sent twice');
    expect((await github.listComments(r, issue.number)).map((c) => c.body)).toEqual(['once']);
    sb.injectFault({ route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', method: 'POST', kind: 'lost', answer: 'reset' });
    const reset = await github.createComment(r, issue.number, 'twice').catch((e: unknown) => e);
    expect((reset as Error).message).toMatch(/a network failure — the connection to 127\.0\.0\.1:\d+ broke before an answer arrived.*not sent twice/);
    expect((await github.listComments(r, issue.number)).map((c) => c.body)).toEqual(['once', 'twice']);
    // PATCH sets a state: repeating it is harmless, so its lost answer is retried and the call succeeds.
    sb.injectFault({ route: '/repos/{owner}/{repo}/issues/{issue_number}', method: 'PATCH', kind: 'lost' });
    await github.updateIssue(r, issue.number, { body: 'edited' });
    expect((await github.getIssue(r, issue.number)).body).toBe('edited');
  });

  it('retries a connection that could not be made once, after the base back-off, and names it a network failure', async () => {
    const closed = await closedPort();
    const logger = new MemoryLogger();
    const github = new GitHub(createOctokit({ token: sb.token, apiUrl: `http://127.0.0.1:${closed}/api/v3`, logger, retryBaseMs: 300 }), logger);
    const started = performance.now();
    const error = await github.getBranchSha(r, 'main').catch((e: unknown) => e);
    const ms = performance.now() - started;
    expect((error as Error).message).toMatch(
      new RegExp(`network failure, not an answer from GitHub — 127\\.0\\.0\\.1:${closed}: the connection was refused \\(ECONNREFUSED\\)`),
    );
    // One retry (300 ms); three retries, as for a server error, would wait 300 × (1 + 4 + 9) ms.
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(ms).toBeLessThan(4200);
  });

  it('explains a refused pull request creation with the repository setting to change', async () => {
    const { github } = port();
    await repo.commit('dev', { 'a.txt': 'a\n' }, 'feat: a');
    sb.injectFault({
      route: '/repos/{owner}/{repo}/pulls',
      method: 'POST',
      kind: 'status',
      status: 403,
      body: {
        message: 'GitHub Actions is not permitted to create or approve pull requests.',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
        status: '403',
      },
    });
    const error = await github.createPullRequest(r, { title: 't', head: 'dev', base: 'stg', body: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).status).toBe(403);
    expect((error as Error).message).toContain('Creating pull request dev → stg in acme/port failed. GitHub answered 403');
    expect((error as Error).message).toContain('Allow GitHub Actions to create and approve pull requests');
  });

  it('names the missing permission on a plain 403 and the bad token on a 401', async () => {
    const reader = sb.addToken('reader');
    const { github } = port({ token: reader });
    const error = await github.createStatus(r, (await repo.refSha('refs/heads/main'))!, { state: 'success', context: 'x', description: 'y' }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toContain("add `statuses: write` to the workflow's `permissions:` block");
    const { github: anonymous } = port({ token: 'ghs_invalid' });
    await expect(anonymous.getRepository(r)).rejects.toThrow(/answered 401.*The token is invalid or expired/);
  });

  it('refuses every write in read-only (dry-run) mode before it leaves the process', async () => {
    const { github } = port({ readOnly: true });
    const before = sb.requests().length;
    expect((await github.getRepository(r)).fullName).toBe('acme/port');
    await expect(github.createComment(r, 1, 'x')).rejects.toThrow(/Dry run: refused to send POST/);
    await expect(github.graphql('q', 'query { viewer { login } }', {})).resolves.toEqual({ viewer: { login: 'github-actions[bot]' } });
    expect(
      sb
        .requests()
        .slice(before)
        .map((e) => e.method),
    ).toEqual(['GET', 'POST']);
    expect(sb.requests().at(-1)?.route).toBe('graphql');
  });

  it('loads the policy from the default branch through the contents API', async () => {
    const { github } = port();
    await repo.commit('dev', { '.github/portal-release.yml': 'tag-prefix: pr-loosened-\n' }, 'chore: try to loosen the policy');
    const loaded = await loadPolicy(github, r, { defaultBranch: 'main' });
    expect(loaded.policy.tagPrefix).toBe('rel-');
    expect(loaded.source).toBe('.github/portal-release.yml in acme/port@main');
    const fromDev = await loadPolicy(github, r, { ref: 'dev' });
    expect(fromDev.policy.tagPrefix).toBe('pr-loosened-');
  });

  it('pages through every release and stops early for recent ones', async () => {
    const { github } = port();
    const many = await sb.createRepo('acme/many-releases');
    for (let i = 0; i < 105; i += 1)
      await many.createRelease({ tag: `v1.0.${i}`, target: 'main', publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString() });
    const all = await github.listReleases({ owner: 'acme', repo: 'many-releases' });
    expect(all).toHaveLength(105);
    const before = sb.requests().length;
    const recent = await github.listReleasesSince({ owner: 'acme', repo: 'many-releases' }, new Date('2000-01-01T00:00:00Z'));
    expect(recent).toHaveLength(105);
    expect(sb.requests().length - before).toBe(2);
  });

  it('upserts one managed comment by marker and author: created, unchanged, updated, duplicates removed, then removed', async () => {
    const { github } = port();
    const identity = new SuiteIdentity(github);
    const plan = new Plan({ dryRun: false, logger: new MemoryLogger() });
    const kind = 'backport-deferred';
    const issue = repo.createIssue({ title: 'Release 3.2.0', user: 'alice' });
    repo.addComment(issue.number, 'A human comment that mentions portal-release', 'alice');
    const before = sb.requests().length;
    const created = await upsertComment(github, r, issue.number, identity, kind, 'first body', {
      attrs: { target: 'stg' },
      plan,
      what: 'the deferred comment',
    });
    expect(created.outcome).toBe('created');
    // No marked comment existed: the identity was not even looked up.
    expect(
      sb
        .requests()
        .slice(before)
        .filter((e) => e.route === 'graphql'),
    ).toEqual([]);
    expect(
      (await upsertComment(github, r, issue.number, identity, kind, 'first body', { attrs: { target: 'stg' }, plan, what: 'the deferred comment' })).outcome,
    ).toBe('unchanged');
    // A different attribute is a different managed comment.
    expect(
      (await upsertComment(github, r, issue.number, identity, kind, 'other', { attrs: { target: 'dev' }, plan, what: 'the deferred comment' })).outcome,
    ).toBe('created');
    // A person quoting the suite's comment (marker included) is never edited, and never removed as a duplicate.
    const quote = '> <!-- portal-release:backport-deferred target=stg -->\n> first body\n\nWhy was this deferred?';
    repo.addComment(issue.number, `<!-- portal-release:backport-deferred target=stg -->\n${quote}`, 'alice');
    // A duplicate the suite itself left (an interrupted run) is cleaned up on the next upsert.
    repo.addComment(issue.number, '<!-- portal-release:backport-deferred target=stg -->\nstale duplicate', 'github-actions[bot]');
    const updated = await upsertComment(github, r, issue.number, identity, kind, 'second body', {
      attrs: { target: 'stg' },
      plan,
      what: 'the deferred comment',
    });
    expect(updated.outcome).toBe('updated');
    const comments = repo.comments(issue.number).map((c) => ({ author: (c.user as { login: string }).login, body: String(c.body) }));
    expect(comments.filter((c) => c.author === 'github-actions[bot]' && c.body.includes('target=stg'))).toEqual([
      { author: 'github-actions[bot]', body: '<!-- portal-release:backport-deferred target=stg -->\nsecond body' },
    ]);
    expect(comments).toContainEqual({ author: 'alice', body: `<!-- portal-release:backport-deferred target=stg -->\n${quote}` });
    expect(comments).toContainEqual({ author: 'alice', body: 'A human comment that mentions portal-release' });
    expect(await removeComment(github, r, issue.number, identity, kind, { attrs: { target: 'stg' }, plan, what: 'the deferred comment' })).toBe(true);
    expect(repo.comments(issue.number).map((c) => (c.user as { login: string }).login)).toEqual(['alice', 'github-actions[bot]', 'alice']);
    expect(plan.entries.map((e) => `${e.status}: ${e.step.replace(/\d{3,}/g, 'N')}`)).toEqual([
      `done: post the deferred comment on #${issue.number}`,
      `kept: the deferred comment on #${issue.number} is already up to date`,
      `done: post the deferred comment on #${issue.number}`,
      `done: delete the duplicate of the deferred comment on #${issue.number} (comment N)`,
      `done: update the deferred comment on #${issue.number}`,
      `done: delete the deferred comment on #${issue.number} (comment N)`,
    ]);
    // One viewer query in all: the identity is cached for the run.
    expect(
      sb
        .requests()
        .slice(before)
        .filter((e) => e.route === 'graphql'),
    ).toHaveLength(1);
  });
});
