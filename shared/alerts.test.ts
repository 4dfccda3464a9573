// Integration: failure alerts of the bundled actions (dist/backport-cherry-pick, dist/tag-and-release,
// dist/promote-rc) against the stand-in, real git behind it. Rebuild the bundles before running these.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, workflowDispatchEvent } from '../sandbox/events.ts';
import { runAction, type ActionResult } from '../sandbox/harness.ts';
import { Sandbox, type RepoHandle } from '../sandbox/index.ts';
import type { RequestLogEntry } from '../sandbox/server.ts';
import { apiGet, mergeSuiteReleasePr, planOf, runRelease } from '../sandbox/testing.ts';
import { renderMarker } from './markers.ts';

let sb: Sandbox;
let counter = 0;
/** Requests the alert adds per path, printed at the end (the decision record quotes them). */
const measured: string[] = [];

beforeAll(async () => {
  sb = await Sandbox.start();
  sb.addUser('alice');
}, 240_000);

afterAll(async () => {
  if (measured.length) process.stdout.write(`\nfailure alert requests:\n${measured.map((m) => `  ${m}`).join('\n')}\n`);
  try {
    sb.assertNoViolations();
  } finally {
    await sb?.close();
  }
});

const NOW = '2026-06-10T12:00:00Z';
const ALERT_MARKER = (kind: string): string => renderMarker('failure-alert', { kind });

async function newRepo(name: string, policy = ''): Promise<RepoHandle> {
  counter += 1;
  const repo = await sb.createRepo(`acme/${name}-${counter}`, {
    defaultBranch: 'main',
    branches: ['dev', 'stg'],
    files: { 'app.txt': 'one\ntwo\nthree\n', ...(policy ? { '.github/portal-release.yml': policy } : {}) },
  });
  for (const label of ['backport stg', 'backport nowhere', 'release-alert']) repo.createLabel(label, { description: label });
  // A major release within the backport window: fixes may be backported.
  await repo.createRelease({ tag: 'v2.0.0', target: 'main', publishedAt: '2026-06-01T00:00:00Z' });
  return repo;
}

/** A fix merged into dev with `labels`; returns the pull request as the API gives it. */
async function mergedFix(repo: RepoHandle, labels: string[]): Promise<Record<string, any>> {
  counter += 1;
  const head = `fix/${counter}`;
  await repo.createBranch(head, 'dev');
  await repo.commit(head, { [`fix-${counter}.txt`]: `${counter}\n` }, `fix: change ${counter}`, { author: 'alice' });
  const pr = await repo.openPullRequest({ head, base: 'dev', title: `fix: change ${counter}`, labels, user: 'alice' });
  await repo.mergePullRequest(pr.number as number, { method: 'squash' });
  return repo.pullRequest(pr.number as number);
}

const ofRepo = (repo: RepoHandle) => (e: RequestLogEntry) => e.path.includes(`/repos/${repo.fullName}/`) || e.path.endsWith(`/repos/${repo.fullName}`);
const alertRequests = (entries: RequestLogEntry[]) => entries.filter((e) => /\/issues(\/\d+(\/comments)?)?$/.test(e.path.split('?')[0]!));
const writesOf = (entries: RequestLogEntry[]) => entries.filter((e) => e.route !== 'git' && e.route !== 'graphql' && e.method !== 'GET');

interface Run extends ActionResult {
  requests: RequestLogEntry[];
}

async function backport(
  repo: RepoHandle,
  pr: Record<string, any>,
  o: { runId?: number; runAttempt?: number; dispatch?: boolean; dryRun?: boolean } = {},
): Promise<Run> {
  const before = sb.requests().length;
  const result = await runAction({
    action: 'backport-cherry-pick',
    inputs: { now: NOW, ...(o.dispatch ? { pr: String(pr.number) } : {}), ...(o.dryRun ? { 'dry-run': 'true' } : {}) },
    eventName: o.dispatch ? 'workflow_dispatch' : 'pull_request',
    event: o.dispatch ? workflowDispatchEvent({ ref: 'main', repo: pr.base.repo }) : pullRequestEvent('closed', pr, pr.base.repo, { merged: true }),
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
    runId: o.runId ?? 1,
    runAttempt: o.runAttempt ?? 1,
  });
  return { ...result, requests: sb.requests().slice(before).filter(ofRepo(repo)) };
}

function suiteAlerts(repo: RepoHandle, kind: string, state: 'open' | 'closed' | 'all' = 'open'): Record<string, any>[] {
  return repo
    .issues()
    .filter(
      (i) => (state === 'all' || i.state === state) && !i.pull_request && String(i.body ?? '').includes(ALERT_MARKER(kind)) && i.user.login === sb.defaultLogin,
    );
}

function warnings(r: ActionResult): string {
  return r.annotations
    .filter((a) => a.level === 'warning')
    .map((a) => a.message)
    .join('\n');
}

describe.concurrent('failure alerts outside the pull request, through the bundles', () => {
  it('a failed backport opens one tracking issue; a re-run adds nothing; a new failure comments; successes resolve and close it', async () => {
    const repo = await newRepo('alerts');
    const first = await mergedFix(repo, ['backport nowhere']);
    const failed = await backport(repo, first, { runId: 101 });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs).toMatchObject({ alert: 'opened', 'failure-kind': 'backport' });
    expect(failed.outputs['failure-summary']).toContain('nowhere');
    const [issue, ...others] = suiteAlerts(repo, 'backport');
    expect(others).toEqual([]);
    expect(failed.outputs['alert-url']).toBe(issue!.html_url);
    expect(issue!.labels.map((l: { name: string }) => l.name)).toEqual(['release-alert']);
    expect(issue!.body).toContain(renderMarker('failure-entry', { key: `pr-${first.number}`, run: '101' }));
    measured.push(
      `backport failure, issue opened: ${alertRequests(failed.requests).length} issue requests (${writesOf(alertRequests(failed.requests)).length} writes)`,
    );

    // A re-run of the same failed run: nothing written.
    const rerun = await backport(repo, first, { runId: 101, runAttempt: 2 });
    expect(rerun.exitCode).toBe(1);
    expect(rerun.outputs.alert).toBe('unchanged');
    expect(writesOf(rerun.requests)).toEqual([]);

    // Another pull request fails: the same issue, one comment, both listed.
    const second = await mergedFix(repo, ['backport nowhere']);
    const again = await backport(repo, second, { runId: 102 });
    expect(again.outputs).toMatchObject({ alert: 'updated', 'alert-url': issue!.html_url, 'failure-kind': 'backport' });
    expect(suiteAlerts(repo, 'backport')).toHaveLength(1);
    const comments = repo.comments(issue!.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(`#${second.number}`);
    const body = repo.issue(issue!.number).body as string;
    expect(body).toContain(`key=pr-${first.number} `);
    expect(body).toContain(`key=pr-${second.number} `);
    measured.push(
      `backport failure, issue updated: ${alertRequests(again.requests).length} issue requests (${writesOf(alertRequests(again.requests)).length} writes)`,
    );

    // The branch now exists: the first pull request's backport succeeds; the second is still listed.
    await repo.createBranch('nowhere', 'dev');
    const fixed = await backport(repo, first, { runId: 103, dispatch: true });
    expect(fixed.exitCode, fixed.stderr).toBe(0);
    expect(fixed.outputs).toMatchObject({ alert: 'updated', 'failure-kind': '' });
    expect(repo.issue(issue!.number).state).toBe('open');
    expect(repo.issue(issue!.number).body).not.toContain(`key=pr-${first.number} `);
    expect(repo.comments(issue!.number)).toHaveLength(1);

    // The last one succeeds: closed with one comment.
    const closed = await backport(repo, second, { runId: 104, dispatch: true });
    expect(closed.exitCode, closed.stderr).toBe(0);
    expect(closed.outputs).toMatchObject({ alert: 'closed', 'alert-url': issue!.html_url });
    expect(repo.issue(issue!.number).state).toBe('closed');
    expect(repo.comments(issue!.number).map((c) => c.body)).toEqual([expect.stringContaining('New failure'), expect.stringContaining('closing')]);
    measured.push(
      `backport success, issue closed: ${alertRequests(closed.requests).length} issue requests (${writesOf(alertRequests(closed.requests)).length} writes)`,
    );

    // A later success finds no open issue: one request, nothing written.
    const quiet = await backport(repo, second, { runId: 105, dispatch: true });
    expect(quiet.outputs.alert).toBe('none');
    expect(alertRequests(quiet.requests).map((e) => e.method)).toEqual(['GET']);
  });

  it('the first run on a merge that succeeds sends no alert request at all', async () => {
    const repo = await newRepo('alerts-cheap');
    const pr = await mergedFix(repo, ['backport stg']);
    const r = await backport(repo, pr, { runId: 201 });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ alert: 'none', 'alert-url': '', 'failure-kind': '', 'failure-summary': '' });
    expect(r.requests.filter((e) => e.method === 'GET' && /\/issues$/.test(e.path.split('?')[0]!))).toEqual([]);
    measured.push(
      `backport success on the merge (first attempt): ${alertRequests(r.requests).filter((e) => e.method === 'GET' && e.path.includes('/issues?')).length} issue list requests`,
    );
  });

  it("an outsider's look-alike issue (same marker and label) is never edited or closed; the suite opens its own", async () => {
    const repo = await newRepo('alerts-outsider');
    const fake = repo.createIssue({
      title: 'Backports failing after merge (portal-release)',
      body: `${ALERT_MARKER('backport')}\n- ${renderMarker('failure-entry', { key: 'pr-1', run: '1' })} my notes`,
      labels: ['release-alert'],
      user: 'alice',
    });
    repo.addComment(fake.number as number, 'a person writes here', 'alice');
    const before = JSON.stringify([repo.issue(fake.number as number), repo.comments(fake.number as number)]);
    const pr = await mergedFix(repo, ['backport nowhere']);
    const failed = await backport(repo, pr, { runId: 301 });
    expect(failed.outputs.alert).toBe('opened');
    const [mine] = suiteAlerts(repo, 'backport');
    expect(mine!.number).not.toBe(fake.number);
    expect(warnings(failed)).toContain(`#${fake.number} carries the \`failure-alert\` marker, but it was opened by alice`);
    await repo.createBranch('nowhere', 'dev');
    const fixed = await backport(repo, pr, { runId: 302, dispatch: true });
    expect(fixed.outputs.alert).toBe('closed');
    expect(repo.issue(mine!.number).state).toBe('closed');
    expect(JSON.stringify([repo.issue(fake.number as number), repo.comments(fake.number as number)])).toBe(before);
  });

  it('a token without issues: write: a warning naming the permission, and the run ends as it would have', async () => {
    const repo = await newRepo('alerts-permission');
    const pr = await mergedFix(repo, ['backport nowhere']);
    // Faults are shared by the concurrent tests: only this repository's issues are refused (as GitHub refuses a token without issues: write).
    const refused = { kind: 'status' as const, status: 403, body: { message: 'Resource not accessible by integration' }, times: Infinity };
    sb.injectFault({ route: `/repos/${repo.fullName}/issues`, method: 'POST', ...refused });
    const r = await backport(repo, pr, { runId: 401 });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ alert: 'none', 'failure-kind': 'backport' });
    expect(JSON.parse(r.outputs.results!).nowhere).toMatchObject({ state: 'failed' });
    expect(warnings(r)).toMatch(/failure alert was skipped: .*`issues: write`.*The result of this run is unchanged/);
    expect(suiteAlerts(repo, 'backport', 'all')).toEqual([]);
  });

  it('dry-run writes nothing and says what it would do', async () => {
    const repo = await newRepo('alerts-dry');
    const pr = await mergedFix(repo, ['backport nowhere']);
    const r = await backport(repo, pr, { runId: 501, dryRun: true });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ alert: 'opened', 'alert-url': '', 'failure-kind': 'backport' });
    expect(writesOf(r.requests)).toEqual([]);
    expect(planOf(r)).toContainEqual({ step: 'open a tracking issue for backport failures', status: 'planned' });
    expect(suiteAlerts(repo, 'backport', 'all')).toEqual([]);
  });

  it('answers lost after the write (issue, body, comment) converge on the re-run: one issue, one comment', async () => {
    const repo = await newRepo('alerts-lost');
    const pr = await mergedFix(repo, ['backport nowhere']);
    sb.injectFault({ route: `/repos/${repo.fullName}/issues`, method: 'POST', kind: 'lost' });
    const lost = await backport(repo, pr, { runId: 601 });
    expect(lost.exitCode).toBe(1);
    expect(warnings(lost)).toContain('failure alert was skipped');
    const rerun = await backport(repo, pr, { runId: 601, runAttempt: 2 });
    expect(rerun.outputs.alert).toBe('unchanged');
    expect(suiteAlerts(repo, 'backport')).toHaveLength(1);

    const [issue] = suiteAlerts(repo, 'backport');
    const other = await mergedFix(repo, ['backport nowhere']);
    sb.injectFault({ route: `/repos/${repo.fullName}/issues/${issue!.number}/comments`, method: 'POST', kind: 'lost' });
    await backport(repo, other, { runId: 602 });
    const again = await backport(repo, other, { runId: 602, runAttempt: 2 });
    expect(again.outputs.alert).toBe('unchanged');

    // A re-run of that run that fails otherwise (another target now asked for): its entry says so, still no second comment.
    repo.createLabel('backport elsewhere', { description: 'backport elsewhere' });
    repo.addLabel(other.number, 'backport elsewhere', repo.owner);
    const otherwise = await backport(repo, other, { runId: 602, runAttempt: 3, dispatch: true });
    expect(otherwise.outputs.alert).toBe('updated');
    expect(repo.issue(issue!.number).body).toMatch(new RegExp(`key=pr-${other.number} run=602 -->.*elsewhere`));
    expect(repo.comments(issue!.number)).toHaveLength(1);
  });

  it('two issues opened by concurrent runs converge: the oldest is kept with every entry, the other is closed as a duplicate', async () => {
    const repo = await newRepo('alerts-race');
    const [a, b] = [await mergedFix(repo, ['backport nowhere']), await mergedFix(repo, ['backport nowhere'])];
    // What two runs at the same moment leave behind: two suite issues, each with its own entry.
    const opened = (pr: number, run: string) =>
      repo.createIssue({
        title: 'Backports failing after merge (portal-release)',
        body: `${ALERT_MARKER('backport')}\n### Open failures\n\n- ${renderMarker('failure-entry', { key: `pr-${pr}`, run })} **#${pr}** failed`,
        labels: ['release-alert'],
        user: sb.defaultLogin,
      });
    const older = opened(a.number, '701');
    const newer = opened(b.number, '702');
    const third = await mergedFix(repo, ['backport nowhere']);
    const r = await backport(repo, third, { runId: 703 });
    expect(r.outputs).toMatchObject({ alert: 'updated', 'alert-url': older.html_url });
    expect(suiteAlerts(repo, 'backport').map((i) => i.number)).toEqual([older.number]);
    const body = repo.issue(older.number as number).body as string;
    for (const n of [a.number, b.number, third.number]) expect(body).toContain(`key=pr-${n} `);
    expect(repo.issue(newer.number as number).state).toBe('closed');
    expect(repo.comments(newer.number as number).map((c) => c.body)).toEqual([expect.stringContaining(`Duplicate of #${older.number}`)]);
  });

  it('tag-and-release: a refused release opens the release issue; the next release that succeeds closes it', async () => {
    const repo = await newRepo('alerts-release');
    await repo.commit('stg', { 'CHANGELOG.md': '1.0.0\n' }, 'chore: prepare 1.0.0');
    const { sha } = await mergeSuiteReleasePr(repo, '1.0.0');
    const push = (runId: number) => runRelease(sb, repo, { push: sha, runId });
    const refused = await push(801);
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs).toMatchObject({ alert: 'opened', 'failure-kind': 'release' });
    expect(refused.outputs['failure-summary']).toMatch(/v1\.0\.0 was not released/);
    const [issue] = suiteAlerts(repo, 'release');
    expect(issue!.title).toBe('Release failing (portal-release)');
    repo.addWorkflowRun({ workflowFile: 'native-install-smoke.yml', headSha: sha, conclusion: 'success', event: 'push', headBranch: 'main' });
    const released = await push(802);
    expect(released.exitCode, released.stderr).toBe(0);
    expect(released.outputs).toMatchObject({ alert: 'closed', 'alert-url': issue!.html_url, 'failure-kind': '' });
    expect(repo.issue(issue!.number).state).toBe('closed');
  });

  it('promote-rc: a failed promotion opens the promotion issue, its summary keeps the failure', async () => {
    const repo = await newRepo('alerts-promote');
    await repo.commit('stg', { 'hotfix.txt': 'x\n' }, 'fix: on staging only');
    const json = await apiGet(sb, `/repos/${repo.fullName}`);
    const r = await runAction({
      action: 'promote-rc',
      inputs: { stage: 'release' },
      eventName: 'workflow_dispatch',
      event: workflowDispatchEvent({ ref: 'main', repo: json }),
      repository: repo.fullName,
      apiUrl: sb.apiUrl,
      serverUrl: sb.serverUrl,
      token: sb.token,
      runId: 901,
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ alert: 'opened', 'failure-kind': 'promotion' });
    expect(r.outputs['failure-summary']).toMatch(/No release candidate is on stg/);
    const [issue] = suiteAlerts(repo, 'promotion');
    expect(issue!.body).toContain('key=release-pr ');
    expect(r.summary).toContain('No release candidate is on stg');
  });
});
