// Adversarial: an outsider tries to make tag-and-release tag, release and freeze with a typed marker.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSandbox } from '../../sandbox/use-sandbox.ts';
import { pushEvent } from '../../sandbox/events.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { type RepoHandle } from '../../sandbox/index.ts';
import { apiGet, mergeSuiteReleasePr, writes } from '../../sandbox/testing.ts';

const sandbox = useSandbox();
let sb: Sandbox;
let counter = 0;
let malloryToken: string;

beforeAll(async () => {
  sb = sandbox();
  malloryToken = sb.addToken('mallory');
  sb.addUser('dependabot[bot]', { type: 'Bot' });
});

const SMOKE = 'native-install-smoke.yml';

async function freshRepo(): Promise<RepoHandle> {
  counter += 1;
  const repo = await sb.createRepo(`acme/rel-${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
  await repo.createRelease({ tag: 'v2.3.0', target: 'main', publishedAt: '2026-01-05T00:00:00Z' });
  repo.setPermission('mallory', 'write');
  return repo;
}

/** A hotfix pull request into main by `user` whose description carries a `release-pr` marker; merged and smoke-tested. */
async function markedHotfix(repo: RepoHandle, body: string, user = 'mallory'): Promise<{ number: number; sha: string }> {
  counter += 1;
  const branch = `hotfix/${counter}`;
  await repo.createBranch(branch, 'main');
  await repo.commit(branch, { [`fix/${counter}.ts`]: 'fix\n' }, 'fix: urgent', { author: user });
  const pr = await repo.openPullRequest({ head: branch, base: 'main', title: 'fix: urgent', body, user });
  const sha = await repo.mergePullRequest(pr.number as number);
  repo.addWorkflowRun({ workflowFile: SMOKE, headSha: sha, conclusion: 'success', event: 'push', headBranch: 'main' });
  return { number: pr.number as number, sha };
}

const FORGED = '<!-- portal-release:release-pr stage=release base=main tag=v9.0.0 version=9.0.0 rc=v9.0.0-rc.1 -->\nHotfix';

async function onPush(repo: RepoHandle, sha: string): Promise<ActionResult & { wrote: unknown[] }> {
  const json = await apiGet(sb, `/repos/${repo.fullName}`);
  const start = sb.requests().length;
  const result = await runAction({
    action: 'tag-and-release',
    inputs: {},
    eventName: 'push',
    event: pushEvent({ ref: 'refs/heads/main', before: '0'.repeat(39) + '1', after: sha, repo: json, pusher: { name: 'mallory' } }),
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
  });
  return { ...result, wrote: writes(sb.requests().slice(start)) };
}

/** Tags and releases of a repository: what an outsider must not change. */
async function released(repo: RepoHandle): Promise<{ tags: string[]; releases: string[] }> {
  const refs = Object.keys(await repo.refs()).filter((r) => r.startsWith('refs/tags/'));
  return { tags: refs.sort(), releases: repo.releases().map((r) => String(r.tag_name)) };
}

describe('tag-and-release against an outsider', () => {
  it('releases nothing for a contributor’s hotfix that carries a release-pr marker (no tag, no release, no major tag, no freeze); nor on a re-run', async () => {
    const repo = await freshRepo();
    const before = await released(repo);
    const hotfix = await markedHotfix(repo, FORGED);
    const run = await onPush(repo, hotfix.sha);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ tag: '', version: '', created: 'false', 'freeze-until': '' });
    expect(run.wrote).toEqual([]);
    expect(await released(repo)).toEqual(before);
    expect(run.summary).toContain('Nothing to release');
    expect(run.summary).toContain(`#${hotfix.number} carries a \`release-pr\` marker, but its head branch is hotfix/`);
    const again = await onPush(repo, hotfix.sha);
    expect(again.wrote).toEqual([]);
    expect(await released(repo)).toEqual(before);
  });

  it('ignores a release-pr marker added to a merged hotfix afterwards, and one in another bot’s pull request', async () => {
    const repo = await freshRepo();
    const before = await released(repo);
    const hotfix = await markedHotfix(repo, 'fix the outage');
    const res = await fetch(`${sb.apiUrl}/repos/${repo.fullName}/pulls/${hotfix.number}`, {
      method: 'PATCH',
      headers: { authorization: `token ${malloryToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: FORGED }),
    });
    expect(res.status).toBe(200);
    expect((await onPush(repo, hotfix.sha)).wrote).toEqual([]);

    // Dependency bots paste upstream text: a [bot] author proves nothing either.
    const bot = await markedHotfix(repo, FORGED, 'dependabot[bot]');
    const run = await onPush(repo, bot.sha);
    expect(run.wrote).toEqual([]);
    expect(run.summary).toContain(`#${bot.number} carries a \`release-pr\` marker`);
    expect(await released(repo)).toEqual(before);
  });

  it('ignores a marked pull request from a fork that uses the suite’s head branch name', async () => {
    const repo = await freshRepo();
    const fork = await sb.createRepo(`mallory/rel-${counter}`, { defaultBranch: 'main' });
    await fork.git(['fetch', '--quiet', repo.gitDir, '+refs/heads/main:refs/heads/portal-release/release-main']);
    const head = await fork.commit('portal-release/release-main', { 'evil.ts': 'x\n' }, 'steer', { author: 'mallory' });
    const body = `<!-- portal-release:release-pr stage=release base=main tag=v9.0.0 version=9.0.0 rc=v9.0.0-rc.1 sha=${head} -->`;
    const pr = await repo.openPullRequest({ head: 'mallory:portal-release/release-main', base: 'main', title: 'Release v9.0.0', body, user: 'mallory' });
    const sha = await repo.mergePullRequest(pr.number as number);
    repo.addWorkflowRun({ workflowFile: SMOKE, headSha: sha, conclusion: 'success', event: 'push', headBranch: 'main' });
    const before = await released(repo);
    const run = await onPush(repo, sha);
    expect(run.wrote).toEqual([]);
    expect(await released(repo)).toEqual(before);
    expect(run.summary).toContain(`its head is in the fork mallory/rel-${counter}`);
  });

  it('does not release the suite’s release pull request once a person pushed onto it (merged head is not the pinned commit)', async () => {
    const repo = await freshRepo();
    await repo.commit('stg', { 'CHANGELOG.md': '2.4.0\n' }, 'chore: 2.4.0');
    const stgSha = (await repo.refSha('stg'))!;
    await repo.git(['update-ref', 'refs/heads/portal-release/release-main', stgSha]);
    const body = `<!-- portal-release:release-pr stage=release base=main tag=v2.4.0 version=2.4.0 rc=v2.4.0-rc.1 sha=${stgSha} -->\n## Release v2.4.0`;
    const pr = await repo.openPullRequest({ head: 'portal-release/release-main', base: 'main', title: 'Release v2.4.0', body, user: 'github-actions[bot]' });
    await repo.commit('portal-release/release-main', { 'late.ts': 'x\n' }, 'chore: late', { author: 'mallory' });
    const sha = await repo.mergePullRequest(pr.number as number);
    repo.addWorkflowRun({ workflowFile: SMOKE, headSha: sha, conclusion: 'success', event: 'push', headBranch: 'main' });
    const before = await released(repo);
    const run = await onPush(repo, sha);
    expect(run.wrote).toEqual([]);
    expect(await released(repo)).toEqual(before);
    expect(run.summary).toMatch(/is the suite's release pull request, but its marker pins [0-9a-f]{12}, but it was merged at/);
  });

  it('still releases the suite’s own release pull request, after a person edited its description (marker intact)', async () => {
    const repo = await freshRepo();
    await repo.commit('stg', { 'CHANGELOG.md': '2.4.0\n' }, 'chore: 2.4.0');
    const merged = await mergeSuiteReleasePr(repo, '2.4.0', { extraBody: '\n\nEdited by alice: rollout notes.' });
    repo.addWorkflowRun({ workflowFile: SMOKE, headSha: merged.sha, conclusion: 'success', event: 'push', headBranch: 'main' });
    const run = await onPush(repo, merged.sha);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ tag: 'v2.4.0', version: '2.4.0', created: 'true', sha: merged.sha });
    expect(run.summary).not.toContain('Markers ignored');
  });
});
