// Integration: the bundled action (dist/milestone-check) against the sandbox stand-in.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { hasMarker, withMarker } from '../../shared/markers.ts';
import { runAction } from '../../sandbox/harness.ts';
import { pullRequestEvent } from '../../sandbox/events.ts';
import { asDone, planOf } from '../../sandbox/testing.ts';
import { cloneFor, mergedPull, parseJson, repoJson, runCheck, uniqueName, writes } from './testkit.ts';

interface MissingOut {
  repo: string;
  number: number;
  title: string;
  url: string;
  commits: string[];
  command: string;
  reason: string;
}
interface BlockerOut {
  repo: string;
  number: number | null;
  title: string;
  url: string;
  reason: string;
}

let sb: Sandbox;
let work: string;

beforeAll(async () => {
  sb = await Sandbox.start();
  work = await mkdtemp(join(tmpdir(), 'milestone-check-test-'));
});

afterAll(async () => {
  await sb?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The koa.2 situation: a feature promoted to main, then a must-have fix merged on dev and never picked. */
async function koa(): Promise<{
  repo: RepoHandle;
  milestone: number;
  feature: { number: number; mergeSha: string };
  fix: { number: number; mergeSha: string; url: string };
}> {
  const repo = await sb.createRepo(`acme/${uniqueName('koa')}`, {
    branches: ['dev', 'stg'],
    files: { 'install.sh': 'apt-get install mysql-client\n', 'README.md': '# koa\n' },
  });
  const milestone = repo.createMilestone('v1.2.0').number as number;
  const feature = await mergedPull(repo, { branch: 'feat-theme', base: 'dev', files: { 'theme.css': 'body {}\n' }, title: 'feat: theme', milestone });
  // Promotion dev → stg → main by merge commits: the feature reaches main by ancestry.
  for (const [head, base] of [
    ['dev', 'stg'],
    ['stg', 'main'],
  ] as const) {
    const pr = await repo.openPullRequest({ head, base, title: `Promote ${head} to ${base}` });
    await repo.mergePullRequest(pr.number as number, { method: 'merge' });
  }
  const fix = await mergedPull(repo, {
    branch: 'fix-install',
    base: 'dev',
    files: { 'install.sh': 'apt-get install default-mysql-client\n' },
    title: 'fix: install the MySQL client on Ubuntu 20.04',
    milestone,
    labels: ['must-have'],
  });
  return { repo, milestone, feature, fix };
}

describe('milestone-check koa.2', () => {
  it('reports a fix merged on dev but never picked to main, with the exact pick command, then passes after `git cherry-pick -x`', async () => {
    const { repo, fix } = await koa();
    sb.clearRequests();
    const first = await runCheck(sb, repo, { version: '1.2.0' });
    expect(first.exitCode, first.stderr + first.stdout).toBe(1);
    expect(first.outputs.ready).toBe('false');
    const missing = parseJson<MissingOut[]>(first.outputs.missing);
    expect(missing).toEqual([
      {
        repo: repo.fullName,
        number: fix.number,
        title: 'fix: install the MySQL client on Ubuntu 20.04',
        url: fix.url,
        commits: [fix.mergeSha],
        command: `git cherry-pick -x ${fix.mergeSha}`,
        reason: expect.stringContaining('not an ancestor'),
      },
    ]);
    expect(parseJson<BlockerOut[]>(first.outputs.blockers)).toEqual([]);
    expect(first.summary).toContain(`git cherry-pick -x ${fix.mergeSha}`);
    expect(first.summary).toContain('1/2 (1 merged)');
    expect(first.annotations.some((a) => a.level === 'error' && /not ready/.test(a.message))).toBe(true);
    expect(writes(sb.requests())).toEqual([]);
    sb.assertNoViolations();

    // The release manager runs exactly the reported command on main and pushes.
    const clone = await cloneFor(sb, repo, work);
    try {
      await clone.checkoutNew('main', 'refs/remotes/origin/main');
      const [, , ...args] = missing[0]!.command.split(' ');
      await clone.run(['cherry-pick', ...args]);
      await clone.push('origin', ['HEAD:refs/heads/main']);
    } finally {
      await clone.dispose();
    }
    const second = await runCheck(sb, repo, { version: 'v1.2.0' });
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.outputs.ready).toBe('true');
    expect(parseJson<MissingOut[]>(second.outputs.missing)).toEqual([]);
    expect(second.summary).toContain('2/2 (1 merged, 1 cherry-picked (-x))');
    sb.assertNoViolations();
  });

  it('passes when the same patch reached main without a trailer (patch-id)', async () => {
    const { repo } = await koa();
    await repo.commit('main', { 'install.sh': 'apt-get install default-mysql-client\n' }, 'Hotfix the installer on main');
    const result = await runCheck(sb, repo, { version: '1.2.0' });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.outputs.ready).toBe('true');
    expect(result.summary).toContain('1 same patch');
    sb.assertNoViolations();
  });

  it('passes after a squash-merged backport pull request that references the fix', async () => {
    const { repo, fix } = await koa();
    // A reworked backport: a different patch (no patch-id match) and no -x trailer.
    const backport = await mergedPull(repo, {
      branch: 'backport-fix-install',
      base: 'main',
      files: { 'install.sh': 'apt-get install -y default-mysql-client\n' },
      title: 'fix: install the MySQL client (backport)',
      body: `Backport of #${fix.number} to main.`,
      method: 'squash',
    });
    const result = await runCheck(sb, repo, { version: '1.2.0' });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.outputs.ready).toBe('true');
    expect(result.summary).toContain('1 backport PR');
    expect(backport.mergeSha).toMatch(/^[0-9a-f]{40}$/);
    sb.assertNoViolations();
  });

  it('lists every commit of a merge-commit pull request, oldest first, and keeps the job green with fail-on-blockers: false', async () => {
    const repo = await sb.createRepo(`acme/${uniqueName('merge')}`, { branches: ['dev', 'stg'] });
    const milestone = repo.createMilestone('v2.0.0').number as number;
    await repo.createBranch('fix-two', 'dev');
    const c1 = await repo.commit('fix-two', { 'a.txt': 'a\n' }, 'fix: part one');
    const c2 = await repo.commit('fix-two', { 'b.txt': 'b\n' }, 'fix: part two');
    const pr = await repo.openPullRequest({ head: 'fix-two', base: 'dev', title: 'fix: two parts', milestone });
    await repo.mergePullRequest(pr.number as number, { method: 'merge' });
    const result = await runCheck(sb, repo, { version: '2.0.0', 'fail-on-blockers': false });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.outputs.ready).toBe('false');
    const [missing] = parseJson<MissingOut[]>(result.outputs.missing);
    expect(missing?.command).toBe(`git cherry-pick -x ${c1} ${c2}`);
    sb.assertNoViolations();
  });

  it('checks staging when the triggering pull request is the release PR into production', async () => {
    const { repo, fix } = await koa();
    await repo.commit('stg', { 'CHANGELOG.md': '# 1.2.0\n' }, 'docs: changelog for 1.2.0');
    const releasePr = await repo.openPullRequest({ head: 'stg', base: 'main', title: 'Release v1.2.0' });
    const { runAction } = await import('../../sandbox/harness.ts');
    const { pullRequestEvent } = await import('../../sandbox/events.ts');
    const { repoJson } = await import('./testkit.ts');
    const result = await runAction({
      action: 'milestone-check',
      inputs: { version: '1.2.0' },
      eventName: 'pull_request',
      event: pullRequestEvent('opened', await repo.pullRequest(releasePr.number as number), await repoJson(sb, repo.fullName)),
      repository: repo.fullName,
      apiUrl: sb.apiUrl,
      serverUrl: sb.serverUrl,
      token: sb.token,
    });
    expect(result.outputs.ready).toBe('false');
    expect(result.summary).toContain('`stg`');
    expect(parseJson<MissingOut[]>(result.outputs.missing).map((m) => m.number)).toEqual([fix.number]);
    sb.assertNoViolations();
  });
});

describe('milestone-check across the release train', () => {
  async function train(): Promise<{ app: RepoHandle; web: RepoHandle; infra: RepoHandle; blocker: number }> {
    const app = await sb.createRepo(`acme/${uniqueName('app')}`, { branches: ['dev', 'stg'] });
    const web = await sb.createRepo(`acme/${uniqueName('web')}`, { branches: ['dev', 'stg'] });
    const infra = await sb.createRepo(`acme/${uniqueName('infra')}`, { branches: ['dev', 'stg'] });
    const m1 = app.createMilestone('v3.2.0').number as number;
    const m2 = web.createMilestone('v3.2.0').number as number;
    await mergedPull(app, { branch: 'fix-a', base: 'main', files: { 'a.txt': 'a\n' }, title: 'fix: a', milestone: m1 });
    app.createIssue({ title: 'Closed must-have', labels: ['must-have'], milestone: m1, state: 'closed' });
    web.createIssue({ title: 'Nice to have', milestone: m2 });
    const blocker = web.createIssue({ title: 'Login broken on Safari', labels: ['release-blocker'], milestone: m2 }).number as number;
    return { app, web, infra, blocker };
  }

  it('reports an open blocker in the second repository and a missing milestone in the third', async () => {
    const { app, web, infra, blocker } = await train();
    sb.clearRequests();
    const result = await runCheck(sb, app, { version: '3.2.0', repos: `${app.fullName}\n${web.fullName}\n${infra.fullName}` });
    expect(result.exitCode, result.stderr).toBe(1);
    expect(result.outputs.ready).toBe('false');
    const blockers = parseJson<BlockerOut[]>(result.outputs.blockers);
    expect(blockers).toEqual([
      {
        repo: web.fullName,
        number: blocker,
        title: 'Login broken on Safari',
        url: expect.stringContaining(`/issues/${blocker}`),
        reason: 'open and labelled "release-blocker"',
      },
      {
        repo: infra.fullName,
        number: null,
        title: 'v3.2.0',
        url: expect.stringContaining(`${infra.fullName}/milestones`),
        reason: expect.stringContaining('has no milestone "v3.2.0"'),
      },
    ]);
    expect(result.summary).toContain(`### ${web.fullName}`);
    expect(result.summary).toContain('**missing**');
    expect(writes(sb.requests())).toEqual([]);
    sb.assertNoViolations();
  });

  it('warns about an open release milestone past its due date, as of the rehearsal instant, without blocking', async () => {
    const app = await sb.createRepo(`acme/${uniqueName('due')}`, { branches: ['dev', 'stg'] });
    const web = await sb.createRepo(`acme/${uniqueName('due')}`, { branches: ['dev', 'stg'] });
    app.createMilestone('v4.0.0', { dueOn: '2027-01-15T08:00:00Z' });
    web.createMilestone('v4.0.0', { dueOn: '2027-03-01T08:00:00Z' });
    const repos = `${app.fullName},${web.fullName}`;
    const before = await runCheck(sb, app, { version: '4.0.0', repos, now: '2027-01-15T07:59:59Z' });
    expect(before.exitCode, before.stderr).toBe(0);
    expect(parseJson<unknown[]>(before.outputs['past-due'])).toEqual([]);
    expect(before.summary).toContain('(due 2027-01-15)');

    const after = await runCheck(sb, app, { version: '4.0.0', repos, now: '2027-02-01T00:00:00Z' });
    expect(after.exitCode, after.stderr).toBe(0);
    expect(after.outputs.ready).toBe('true');
    expect(parseJson<{ repo: string; 'due-on': string }[]>(after.outputs['past-due'])).toEqual([
      { repo: app.fullName, milestone: expect.stringContaining('/milestone/'), 'due-on': '2027-01-15T08:00:00Z' },
    ]);
    expect(after.summary).toContain('(due 2027-01-15, **past due**)');
    expect(after.summary).toContain('(due 2027-03-01)');
    expect(after.stdout).toMatch(/::warning title=Release milestone past due::.*was due 2027-01-15/);
  });

  it('creates missing milestones with create-missing (never in dry run), and a re-run writes nothing', async () => {
    const { app, web, infra } = await train();
    const inputs = { version: '3.2.0', repos: `${app.fullName}, ${web.fullName}, ${infra.fullName}`, 'create-missing': true };

    const before = JSON.stringify(sb.snapshot());
    sb.clearRequests();
    const dry = await runCheck(sb, app, { ...inputs, 'dry-run': true });
    expect(dry.exitCode, dry.stderr).toBe(1);
    expect(writes(sb.requests())).toEqual([]);
    expect(JSON.stringify(sb.snapshot())).toBe(before);
    expect(dry.summary).toContain('would be created');
    expect(dry.summary).toContain('Dry run');
    expect(infra.milestones()).toEqual([]);
    const dryPlan = planOf(dry);
    expect(dryPlan).toEqual([{ step: `create the milestone "v3.2.0" in ${infra.fullName}`, status: 'planned' }]);

    const real = await runCheck(sb, app, inputs);
    expect(planOf(real)).toEqual(asDone(dryPlan));
    expect(real.exitCode).toBe(1); // the web blocker is still open
    expect(infra.milestones().map((m) => m.title)).toEqual(['v3.2.0']);
    expect(parseJson<BlockerOut[]>(real.outputs.blockers).map((b) => b.repo)).toEqual([web.fullName]);
    expect(real.summary).toContain(`milestone created in ${infra.fullName}`);

    const settled = JSON.stringify(sb.snapshot());
    sb.clearRequests();
    const again = await runCheck(sb, app, inputs);
    expect(again.outputs.blockers).toBe(real.outputs.blockers);
    expect(planOf(again)).toEqual([]);
    expect(again.summary).not.toContain('milestone created');
    expect(writes(sb.requests())).toEqual([]);
    expect(JSON.stringify(sb.snapshot())).toBe(settled);
    sb.assertNoViolations();
  });

  it('keeps one report comment on the release PR: created once, unchanged on re-run, updated when the state changes', async () => {
    const { app, web, infra, blocker } = await train();
    infra.createMilestone('v3.2.0');
    await app.commit('stg', { 'CHANGELOG.md': '# 3.2.0\n' }, 'docs: changelog for 3.2.0');
    const releasePr = (await app.openPullRequest({ head: 'stg', base: 'main', title: 'Release v3.2.0' })).number as number;
    const inputs = { version: '3.2.0', repos: `${app.fullName},${web.fullName},${infra.fullName}`, 'comment-on': releasePr };

    const dry = await runCheck(sb, app, { ...inputs, 'dry-run': true });
    const dryPlan = planOf(dry);
    expect(dryPlan).toEqual([{ step: `post the milestone report comment on #${releasePr}`, status: 'planned' }]);
    expect(app.comments(releasePr)).toEqual([]);

    const first = await runCheck(sb, app, inputs);
    expect(planOf(first)).toEqual(asDone(dryPlan));
    const comments = app.comments(releasePr);
    expect(comments).toHaveLength(1);
    expect(hasMarker(comments[0]!.body as string, 'milestone-check')).toBe(true);
    expect(comments[0]!.body).toContain('not ready');

    const settled = JSON.stringify(sb.snapshot());
    sb.clearRequests();
    const rerun = await runCheck(sb, app, inputs);
    expect(writes(sb.requests())).toEqual([]);
    expect(JSON.stringify(sb.snapshot())).toBe(settled);
    expect(planOf(rerun)).toEqual([{ step: `the milestone report comment on #${releasePr} is already up to date`, status: 'kept' }]);

    web.setIssueState(blocker, 'closed');
    sb.clearRequests();
    const green = await runCheck(sb, app, inputs);
    expect(green.exitCode, green.stderr).toBe(0);
    expect(green.outputs.ready).toBe('true');
    expect(writes(sb.requests()).map((e) => `${e.method} ${e.route}`)).toEqual(['PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}']);
    expect(app.comments(releasePr)).toHaveLength(1);
    expect(app.comments(releasePr)[0]!.body).toContain(': ready');
    sb.assertNoViolations();
  });

  it('explains a missing version and an unknown target branch', async () => {
    const repo = await sb.createRepo(`acme/${uniqueName('err')}`);
    const noVersion = await runCheck(sb, repo, {});
    expect(noVersion.exitCode).toBe(1);
    expect(noVersion.annotations.find((a) => a.level === 'error')?.message).toMatch(/Set input "version"/);

    const m = repo.createMilestone('v1.0.0').number as number;
    await mergedPull(repo, { branch: 'x', base: 'main', files: { 'x.txt': 'x\n' }, title: 'fix: x', milestone: m });
    const noBranch = await runCheck(sb, repo, { milestone: 'v1.0.0', 'target-branch': 'release/9' });
    expect(noBranch.exitCode).toBe(1);
    expect(noBranch.annotations.find((a) => a.level === 'error')?.message).toMatch(/Branch "release\/9" does not exist/);
    sb.assertNoViolations();
  });
});

describe('milestone-check as a required status of production', () => {
  const context = 'portal-release/milestone';
  const statusOf = (repo: RepoHandle, sha: string): Record<string, unknown>[] =>
    repo.statuses(sha).filter((s) => s.context === context) as Record<string, unknown>[];

  it('reports its own status on the release pull request, green "not a release pull request" on a hotfix, and finds the release pull request on non-PR events', async () => {
    const { repo, fix } = await koa();
    await repo.commit('stg', { 'CHANGELOG.md': '1.2.0\n' }, 'chore: changelog for 1.2.0');
    // The suite's release pull request: its own head branch, opened by the suite's identity, pinned to its head.
    const pinned = await repo.createBranch('portal-release/release-main', 'stg');
    const body = withMarker('Release v1.2.0', 'release-pr', {
      stage: 'release',
      base: 'main',
      tag: 'v1.2.0',
      version: '1.2.0',
      rc: 'v1.2.0-rc.1',
      sha: pinned,
    });
    const release = await repo.openPullRequest({
      head: 'portal-release/release-main',
      base: 'main',
      title: 'Release v1.2.0',
      body,
      user: 'github-actions[bot]',
    });
    const releaseHead = release.head.sha as string;

    // The release pull request: the fix is merged on dev but missing from staging → red status, report comment.
    const red = await runCheck(sb, repo, { 'pull-request': release.number as number, 'status-context': context });
    expect(red.exitCode, red.stdout).toBe(1);
    expect(red.outputs['pull-request']).toBe(String(release.number));
    expect(statusOf(repo, releaseHead)).toEqual([
      expect.objectContaining({ state: 'failure', description: '0 blocker(s), 1 merged change(s) missing from stg.' }),
    ]);
    expect(repo.comments(release.number as number)).toHaveLength(1);
    // A re-run writes nothing: same status, same comment.
    sb.clearRequests();
    await runCheck(sb, repo, { 'pull-request': release.number as number, 'status-context': context });
    expect(writes(sb.requests())).toEqual([]);

    // A hotfix into production is not the release pull request: the required status is green, nothing is checked.
    await repo.createBranch('hotfix/cve', 'main');
    await repo.commit('hotfix/cve', { 'SECURITY.md': 'patched\n' }, 'fix: CVE');
    const hotfix = await repo.openPullRequest({ head: 'hotfix/cve', base: 'main', title: 'fix: CVE', labels: ['hotfix'] });
    const green = await runCheck(sb, repo, { 'pull-request': hotfix.number as number, 'status-context': context });
    expect(green.exitCode, green.stdout).toBe(0);
    expect(green.outputs.ready).toBe('');
    expect(statusOf(repo, hotfix.head.sha as string)).toEqual([
      expect.objectContaining({ state: 'success', description: 'Not a release pull request: no release milestone to check.' }),
    ]);
    expect(repo.comments(hotfix.number as number)).toEqual([]);

    // Without the input, a pull request event names the pull request (as `pull_request_target` of the hotfix does).
    const fromEvent = await runAction({
      action: 'milestone-check',
      inputs: { 'status-context': context },
      eventName: 'pull_request_target',
      event: pullRequestEvent('synchronize', await repo.pullRequest(hotfix.number as number), await repoJson(sb, repo.fullName)),
      repository: repo.fullName,
      apiUrl: sb.apiUrl,
      serverUrl: sb.serverUrl,
      token: sb.token,
    });
    expect(fromEvent.exitCode, fromEvent.stdout).toBe(0);
    expect(fromEvent.outputs['pull-request']).toBe(String(hotfix.number));

    // A pull request into another branch gets no status of its own: the release pull request is judged instead.
    const toDev = await repo.openPullRequest({ head: 'hotfix/cve', base: 'dev', title: 'fix: CVE (dev)' });
    const viaDev = await runCheck(sb, repo, { 'pull-request': toDev.number as number, 'status-context': context });
    expect(viaDev.exitCode).toBe(1);
    expect(viaDev.outputs['pull-request']).toBe(String(release.number));
    expect(statusOf(repo, toDev.head.sha as string)).toHaveLength(1); // the same commit's hotfix status, nothing new

    // The fix reaches staging (a push, not a pull request event): a run without a pull request finds the release PR.
    const clone = await cloneFor(sb, repo, work);
    try {
      await clone.checkoutNew('stg', 'refs/remotes/origin/stg');
      await clone.run(['cherry-pick', '-x', fix.mergeSha]);
      // promote-rc moves the release pull request's branch to the new staging head.
      await clone.push('origin', ['HEAD:refs/heads/stg', 'HEAD:refs/heads/portal-release/release-main']);
    } finally {
      await clone.dispose();
    }
    const head = (await repo.pullRequest(release.number as number)).head.sha as string;
    expect(head).not.toBe(releaseHead);
    const after = await runCheck(sb, repo, { 'status-context': context });
    expect(after.exitCode, after.stdout).toBe(0);
    expect(after.outputs).toMatchObject({ ready: 'true', 'pull-request': String(release.number) });
    expect(statusOf(repo, head)).toEqual([
      expect.objectContaining({ state: 'success', description: 'Milestone "v1.2.0" complete; every merged change is on stg.' }),
    ]);
    sb.assertNoViolations();
  }, 300_000);
});
