// Integration: promote-rc's version and change list over real histories — a squash-merged release,
// and a range longer than one page of GitHub's compare — through the bundle and the stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { workflowDispatchEvent } from '../../sandbox/events.ts';
import { apiGet, bulkCommits } from '../../sandbox/testing.ts';

let sandbox: Sandbox;
let counter = 0;

beforeAll(async () => {
  sandbox = await Sandbox.start();
  sandbox.addUser('alice');
});

afterAll(async () => {
  try {
    sandbox.assertNoViolations();
  } finally {
    await sandbox?.close();
  }
});

async function freshRepo(): Promise<RepoHandle> {
  counter += 1;
  const repo = await sandbox.createRepo(`acme/hist-${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
  await repo.createTag('v1.2.0', 'main', 'Release v1.2.0');
  return repo;
}

async function mergeChange(repo: RepoHandle, title: string, files: Record<string, string>): Promise<number> {
  counter += 1;
  const branch = `feature/${counter}`;
  await repo.createBranch(branch, 'dev');
  await repo.commit(branch, files, title, { author: 'alice' });
  const pr = await repo.openPullRequest({ head: branch, base: 'dev', title, user: 'alice' });
  await repo.mergePullRequest(pr.number as number, { method: 'squash' });
  return pr.number as number;
}

async function dispatch(repo: RepoHandle, inputs: Record<string, string>): Promise<ActionResult & { requests: number }> {
  const repoJson = await apiGet(sandbox, `/repos/${repo.fullName}`);
  const start = sandbox.requests().length;
  const result = await runAction({
    action: 'promote-rc',
    inputs,
    eventName: 'workflow_dispatch',
    event: workflowDispatchEvent({ ref: 'main', repo: repoJson }),
    repository: repo.fullName,
    apiUrl: sandbox.apiUrl,
    serverUrl: sandbox.serverUrl,
    token: sandbox.token,
  });
  const requests = sandbox
    .requests()
    .slice(start)
    .filter((r) => r.route !== 'git' && r.path.includes(`/repos/${repo.fullName}/`)).length;
  return { ...result, requests };
}

function ok<T extends ActionResult>(r: T): T {
  if (r.exitCode !== 0) throw new Error(`action failed (${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

async function openPull(repo: RepoHandle, base: string): Promise<Record<string, unknown>> {
  const open = (await repo.pullRequests()).filter((p) => p.state === 'open' && (p.base as { ref: string }).ref === base);
  expect(open).toHaveLength(1);
  return open[0]!;
}

describe('promote-rc over real histories', () => {
  it('after a squash-merged release, the next RC is counted from the released candidate, not from ancestry', async () => {
    const repo = await freshRepo();
    const feat = await mergeChange(repo, 'feat: export to CSV', { 'csv.ts': 'export {}\n' });
    ok(await dispatch(repo, {}));
    await repo.mergePullRequest((await openPull(repo, 'stg')).number as number, { method: 'squash' });
    const release = ok(await dispatch(repo, { stage: 'release' }));
    expect(release.outputs).toMatchObject({ tag: 'v1.3.0' });
    // The release pull request is squash-merged; v1.3.0 is tagged at that squash commit (as tag-and-release does).
    const released = await repo.mergePullRequest(Number(release.outputs['pr-number']), { method: 'squash' });
    await repo.createTag('v1.3.0', released, 'Release v1.3.0');

    const fix = await mergeChange(repo, 'fix: rounding in CSV', { 'csv.ts': 'export const x = 1;\n' });
    const next = ok(await dispatch(repo, {}));
    expect(next.outputs).toMatchObject({ operation: 'created', tag: 'v1.3.1-rc.1', version: '1.3.1', 'previous-tag': 'v1.3.0' });
    const body = String((await openPull(repo, 'stg')).body);
    expect(body).toContain(`#${fix} fix: rounding in CSV`);
    expect(body).not.toContain(`#${feat} feat: export to CSV`);
    expect(next.stdout).toMatch(/v1\.3\.0 was released by the squash-merged release pull request #\d+: changes are counted from v1\.3\.0-rc\.1/);
  });

  it('reads every page of a range past 1,000 commits: the feature at its end decides the bump', async () => {
    const repo = await freshRepo();
    await bulkCommits(repo, 'dev', 1_000, (n) => `chore: housekeeping ${n}`);
    await mergeChange(repo, 'feat: last of many', { 'last.ts': 'export {}\n' });
    const r = ok(await dispatch(repo, { 'dry-run': 'true' }));
    expect(r.outputs).toMatchObject({ tag: 'v1.3.0-rc.1', version: '1.3.0' });
    // 1,001 commits are 11 pages of 100: all of them read, then nothing more.
    const pages = sandbox.requests().filter((x) => x.route === '/repos/{owner}/{repo}/compare/{basehead}' && x.path.includes(repo.fullName));
    expect(pages.length).toBeGreaterThanOrEqual(11);
    expect(r.requests).toBeLessThan(40);
  });
});
