// Branch discipline through the bundle: only the release flow's own pull requests enter staging and
// production. Outsiders try pasted markers, the suite's branch names from forks, self-applied hotfix labels.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSandbox } from '../../sandbox/use-sandbox.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { type RepoHandle } from '../../sandbox/index.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { pullRequestEvent } from '../../sandbox/events.ts';
import { apiGet, planOf, writes } from '../../sandbox/testing.ts';

const sandbox = useSandbox();
let sb: Sandbox;
let counter = 0;
const SUITE = 'github-actions[bot]';
const CONTEXT = 'portal-release/branch-discipline';

beforeAll(async () => {
  sb = sandbox();
  sb.addUser('renovate[bot]', { type: 'Bot' });
});

async function freshRepo(): Promise<RepoHandle> {
  counter += 1;
  const repo = await sb.createRepo(`acme/flow-${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
  repo.setPermission('carol', 'maintain');
  repo.setPermission('alice', 'write');
  repo.setPermission('tina', 'triage');
  await repo.commit('dev', { 'src/next.ts': 'next\n' }, 'feat: the next release', { author: 'alice' });
  return repo;
}

async function openPr(
  repo: RepoHandle,
  opts: { base: string; title: string; body?: string; user: string; branch?: string; from?: string; labels?: string[] },
): Promise<Record<string, unknown> & { number: number; head: { sha: string } }> {
  counter += 1;
  const branch = opts.branch ?? `topic-${counter}`;
  await repo.createBranch(branch, opts.from ?? opts.base);
  await repo.commit(branch, { [`src/${counter}.ts`]: 'x\n' }, opts.title, { author: opts.user });
  return (await repo.openPullRequest({
    head: branch,
    base: opts.base,
    title: opts.title,
    body: opts.body ?? '',
    user: opts.user,
    labels: opts.labels,
  })) as Record<string, unknown> & { number: number; head: { sha: string } };
}

async function discipline(repo: RepoHandle, number?: number, extra: Record<string, string> = {}): Promise<ActionResult & { wrote: unknown[] }> {
  const repository = await apiGet(sb, `/repos/${repo.fullName}`);
  const start = sb.requests().length;
  const event =
    number === undefined
      ? { eventName: 'schedule', event: { schedule: '0 3 * * *', repository } }
      : { eventName: 'pull_request_target', event: pullRequestEvent('synchronize', await apiGet(sb, `/repos/${repo.fullName}/pulls/${number}`), repository) };
  const result = await runAction({
    action: 'freeze-guard',
    ...event,
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
    inputs: { mode: 'discipline', ...extra },
  });
  return { ...result, wrote: writes(sb.requests().slice(start)) };
}

const status = (repo: RepoHandle, sha: string) => repo.statuses(sha).filter((s) => s.context === CONTEXT);

describe('freeze-guard mode discipline', () => {
  it('fails a person’s pull request into staging with what to do; a re-run writes nothing', async () => {
    const repo = await freshRepo();
    const pr = await openPr(repo, { base: 'stg', title: 'fix: quick patch on staging', user: 'alice' });
    const run = await discipline(repo, pr.number);
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    expect(run.outputs.reason).toContain('Only the release flow enters stg');
    expect(run.outputs.reason).toContain('Merge it into dev');
    const set = status(repo, pr.head.sha);
    expect(set).toHaveLength(1);
    expect(set[0]).toMatchObject({ state: 'failure', description: 'Only the release flow enters stg; merge into dev.' });
    expect(run.summary).toContain('Branch discipline');
    const again = await discipline(repo, pr.number);
    expect(again.outputs.decision).toBe('blocked');
    expect(again.wrote).toEqual([]);
  });

  it('lets the suite’s release-candidate pull request into staging, but not a look-alike another bot opened or one pushed from a fork', async () => {
    const repo = await freshRepo();
    const sha = await repo.createBranch('portal-release/rc-stg', 'dev');
    const own = await repo.openPullRequest({
      head: 'portal-release/rc-stg',
      base: 'stg',
      title: 'Release candidate v1.0.0-rc.1',
      body: `<!-- portal-release:promotion stage=rc base=stg tag=v1.0.0-rc.1 version=1.0.0 sha=${sha} -->`,
      user: SUITE,
    });
    const allowed = await discipline(repo, own.number as number);
    expect(allowed.exitCode, allowed.stdout).toBe(0);
    expect(allowed.outputs.decision).toBe('allowed');
    expect(status(repo, sha).pop()).toMatchObject({ state: 'success', description: "The suite's promotion pull request into stg." });

    const pasted = await openPr(repo, {
      base: 'stg',
      title: 'chore(deps): bump everything',
      body: `<!-- portal-release:promotion stage=rc base=stg tag=v1.0.0-rc.2 version=1.0.0 sha=0000000000000000000000000000000000000000 -->`,
      user: 'renovate[bot]',
    });
    const refused = await discipline(repo, pasted.number);
    expect(refused.outputs.decision).toBe('blocked');
    expect(refused.outputs.reason).toContain('Its promotion marker is ignored: its head branch is topic-');
    expect(refused.summary).toContain('Markers ignored');

    const fork = await sb.createRepo(`mallory/flow-${counter}`, { defaultBranch: 'main' });
    await fork.git(['fetch', '--quiet', repo.gitDir, '+refs/heads/dev:refs/heads/portal-release/rc-stg']);
    const forkSha = await fork.commit('portal-release/rc-stg', { 'evil.ts': 'x\n' }, 'feat: sneak', { author: 'mallory' });
    const forked = await repo.openPullRequest({
      head: 'mallory:portal-release/rc-stg',
      base: 'stg',
      title: 'Release candidate v1.0.0-rc.1',
      body: `<!-- portal-release:promotion stage=rc base=stg tag=v1.0.0-rc.1 version=1.0.0 sha=${forkSha} -->`,
      user: 'mallory',
    });
    const fromFork = await discipline(repo, forked.number as number);
    expect(fromFork.outputs.decision).toBe('blocked');
    expect(fromFork.outputs.reason).toContain(`its head is in the fork mallory/flow-${counter}`);
  });

  it('fails the suite’s own pull request once someone pushed onto it', async () => {
    const repo = await freshRepo();
    const sha = await repo.createBranch('portal-release/rc-stg', 'dev');
    const own = await repo.openPullRequest({
      head: 'portal-release/rc-stg',
      base: 'stg',
      title: 'Release candidate v1.0.0-rc.1',
      body: `<!-- portal-release:promotion stage=rc base=stg tag=v1.0.0-rc.1 version=1.0.0 sha=${sha} -->`,
      user: SUITE,
    });
    await repo.commit('portal-release/rc-stg', { 'late.ts': 'x\n' }, 'feat: one more thing', { author: 'alice' });
    const run = await discipline(repo, own.number as number);
    expect(run.outputs.decision).toBe('blocked');
    expect(run.outputs.reason).toContain("It is the suite's promotion pull request, but its marker pins");
  });

  it('lets a hotfix into production only when someone who may push applied the label, never a promotion', async () => {
    const repo = await freshRepo();
    const hotfix = await openPr(repo, { base: 'main', title: 'fix: crash on login', user: 'alice' });
    repo.addLabel(hotfix.number, 'hotfix', 'tina');
    const byTriage = await discipline(repo, hotfix.number);
    expect(byTriage.outputs.decision).toBe('blocked');
    expect(byTriage.outputs.reason).toContain('tina (who added it last) has triage permission, not write or above');
    repo.removeLabel(hotfix.number, 'hotfix', 'tina');
    repo.addLabel(hotfix.number, 'hotfix', 'alice');
    const byWriter = await discipline(repo, hotfix.number);
    expect(byWriter.exitCode, byWriter.stdout).toBe(0);
    expect(byWriter.outputs.decision).toBe('allowed');
    expect(byWriter.outputs.reason).toBe('Hotfix: labelled "hotfix" by alice (write).');
    expect(status(repo, hotfix.head.sha).map((s) => s.state)).toEqual(['failure', 'success']);

    // The same label does nothing for staging, and the suite's promotion does not belong into production.
    const staged = await openPr(repo, { base: 'stg', title: 'fix: crash on login (stg)', user: 'alice' });
    repo.addLabel(staged.number, 'hotfix', 'carol');
    expect((await discipline(repo, staged.number)).outputs.decision).toBe('blocked');
    const sha = await repo.createBranch('portal-release/rc-stg', 'dev');
    const wrongBase = await repo.openPullRequest({
      head: 'portal-release/rc-stg',
      base: 'main',
      title: 'Release candidate v1.0.0-rc.1',
      body: `<!-- portal-release:promotion stage=rc base=stg tag=v1.0.0-rc.1 version=1.0.0 sha=${sha} -->`,
      user: SUITE,
    });
    const misplaced = await discipline(repo, wrongBase.number as number);
    expect(misplaced.outputs.decision).toBe('blocked');
    expect(misplaced.outputs.reason).toContain('Its promotion marker is ignored: it goes into main, not stg.');
  });

  it('lets the suite’s merge-back into staging in, leaves pull requests into dev alone, and sweeps on a schedule', async () => {
    const repo = await freshRepo();
    const mergeBack = await openPr(repo, {
      base: 'stg',
      from: 'stg',
      branch: 'backport/7-to-stg',
      title: 'fix: crash on login (merge-back of #7)',
      body: '<!-- portal-release:merge-back pr=7 target=stg -->\nMerge-back of hotfix #7',
      user: SUITE,
    });
    const stray = await openPr(repo, { base: 'stg', title: 'feat: shiny', user: 'alice' });
    const onDev = await openPr(repo, { base: 'dev', title: 'feat: normal work', user: 'alice' });
    const devRun = await discipline(repo, onDev.number);
    expect(devRun.outputs.decision).toBe('exempt');
    expect(devRun.wrote).toEqual([]);

    const swept = await discipline(repo);
    expect(swept.exitCode, swept.stdout).toBe(0); // a sweep reports; the statuses hold the pull requests
    expect(swept.outputs.decision).toBe('blocked');
    const evaluated = JSON.parse(swept.outputs.evaluated!) as { number: number; decision: string; rule: string }[];
    expect(evaluated).toEqual([
      expect.objectContaining({ number: mergeBack.number, decision: 'allowed', rule: 'flow-pr' }),
      expect.objectContaining({ number: stray.number, decision: 'blocked', rule: 'none' }),
    ]);
    expect(status(repo, mergeBack.head.sha).pop()?.state).toBe('success');
    expect(status(repo, stray.head.sha).pop()?.state).toBe('failure');
    expect(status(repo, onDev.head.sha)).toEqual([]);
    const again = await discipline(repo);
    expect(again.wrote).toEqual([]);
  });

  it('writes nothing in a dry run', async () => {
    const repo = await freshRepo();
    const pr = await openPr(repo, { base: 'main', title: 'feat: straight to prod', user: 'alice' });
    const run = await discipline(repo, pr.number, { 'dry-run': 'true' });
    expect(run.outputs.decision).toBe('blocked');
    expect(run.wrote).toEqual([]);
    expect(planOf(run)).toEqual([
      { step: expect.stringMatching(/^set status "portal-release\/branch-discipline" = failure on [0-9a-f]{7}: /), status: 'planned' },
    ]);
  });
});
