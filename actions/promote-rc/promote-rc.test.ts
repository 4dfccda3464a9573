// Integration: the bundled action (dist/promote-rc) run as a child process against the sandbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { pullRequestEvent, pullRequestReviewEvent, workflowDispatchEvent } from '../../sandbox/events.ts';
import { findMarker } from '../../shared/markers.ts';
import { asDone, planOf, writes } from '../../sandbox/testing.ts';

let sandbox: Sandbox;
let counter = 0;

beforeAll(async () => {
  sandbox = await Sandbox.start();
  sandbox.addUser('alice');
  sandbox.addUser('bob');
});

afterAll(async () => {
  await sandbox?.close();
});

async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${sandbox.apiUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `token ${init.token ?? sandbox.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** A repo with main/dev/stg at one commit tagged v1.2.0 (annotated), optionally with extra files on main. */
async function freshRepo(files: Record<string, string> = {}): Promise<RepoHandle> {
  counter += 1;
  const repo = await sandbox.createRepo(`acme/app-${counter}`, {
    defaultBranch: 'main',
    branches: ['dev', 'stg'],
    files: { 'README.md': '# app\n', ...files },
  });
  await repo.createTag('v1.2.0', 'main', 'Release v1.2.0');
  return repo;
}

/** A pull request into `base` with one commit, merged with `method`. Returns the PR number. */
async function mergeChange(
  repo: RepoHandle,
  title: string,
  files: Record<string, string>,
  opts: { base?: string; method?: 'merge' | 'squash'; body?: string } = {},
): Promise<number> {
  const base = opts.base ?? 'dev';
  const branch = `feature/${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${Math.random().toString(36).slice(2, 7)}`;
  await repo.createBranch(branch, base);
  await repo.commit(branch, files, title, { author: 'alice' });
  const pr = await repo.openPullRequest({ head: branch, base, title, body: opts.body ?? '', user: 'alice' });
  await repo.mergePullRequest(pr.number as number, { method: opts.method ?? 'squash' });
  return pr.number as number;
}

/** Prepares a workflow_dispatch run (the test's own reads happen here, outside any measurement). */
async function dispatchRun(repo: RepoHandle, inputs: Record<string, string | boolean | undefined>): Promise<() => Promise<ActionResult>> {
  const repoJson = await api(`/repos/${repo.fullName}`);
  return () =>
    runAction({
      action: 'promote-rc',
      inputs,
      eventName: 'workflow_dispatch',
      event: workflowDispatchEvent({ ref: 'main', repo: repoJson }),
      repository: repo.fullName,
      apiUrl: sandbox.apiUrl,
      serverUrl: sandbox.serverUrl,
      token: sandbox.token,
    });
}

async function dispatch(repo: RepoHandle, inputs: Record<string, string | boolean | undefined>): Promise<ActionResult> {
  return (await dispatchRun(repo, inputs))();
}

async function gateRun(
  repo: RepoHandle,
  number: number,
  eventName: 'pull_request' | 'pull_request_review' = 'pull_request',
  review?: Record<string, unknown>,
): Promise<() => Promise<ActionResult>> {
  const repoJson = await api(`/repos/${repo.fullName}`);
  const pr = await api(`/repos/${repo.fullName}/pulls/${number}`);
  const event = eventName === 'pull_request' ? pullRequestEvent('synchronize', pr, repoJson) : pullRequestReviewEvent('submitted', review!, pr, repoJson);
  return () =>
    runAction({
      action: 'promote-rc',
      inputs: { stage: 'gate' },
      eventName,
      event,
      repository: repo.fullName,
      apiUrl: sandbox.apiUrl,
      serverUrl: sandbox.serverUrl,
      token: sandbox.token,
    });
}

async function gate(
  repo: RepoHandle,
  number: number,
  eventName?: 'pull_request' | 'pull_request_review',
  review?: Record<string, unknown>,
): Promise<ActionResult> {
  return (await gateRun(repo, number, eventName, review))();
}

/** Runs `fn` and returns the API requests it caused (git transport excluded). */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; total: number; writes: string[] }> {
  sandbox.clearRequests();
  const result = await fn();
  const log = sandbox.requests().filter((r) => r.route !== 'git');
  return { result, total: log.length, writes: writes(log).map((r) => `${r.method} ${r.route}`) };
}

function ok(r: ActionResult): ActionResult {
  if (r.exitCode !== 0) throw new Error(`action failed (${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

async function tagTarget(repo: RepoHandle, tag: string): Promise<{ commit: string; type: string }> {
  const type = (await repo.git(['cat-file', '-t', `refs/tags/${tag}`])).trim();
  const commit = (await repo.git(['rev-parse', `refs/tags/${tag}^{commit}`])).trim();
  return { commit, type };
}

async function openPulls(repo: RepoHandle, base: string): Promise<Record<string, unknown>[]> {
  return (await repo.pullRequests()).filter((p) => p.state === 'open' && (p.base as { ref: string }).ref === base);
}

const budgets: Record<string, number> = {};

afterAll(() => {
  // Printed for the README's request budget table.
  process.stdout.write(`promote-rc request counts: ${JSON.stringify(budgets)}\n`);
});

describe('stage rc (dev → stg)', () => {
  it('promotes rc.1, then rc.2 into the same pull request, leaving rc.1 untouched; a re-run writes nothing', async () => {
    const repo = await freshRepo();
    const feat = await mergeChange(repo, 'feat: export to CSV', { 'csv.ts': 'export {}\n' }, { body: 'Closes #99' });
    const dev1 = (await repo.refSha('dev'))!;

    const first = await measured(await dispatchRun(repo, {}));
    budgets['rc: first promotion (created)'] = first.total;
    const r1 = ok(first.result);
    expect(r1.outputs).toMatchObject({ operation: 'created', tag: 'v1.3.0-rc.1', version: '1.3.0', 'previous-tag': 'v1.2.0', sha: dev1 });
    expect(await tagTarget(repo, 'v1.3.0-rc.1')).toEqual({ commit: dev1, type: 'tag' });
    expect(await repo.refSha('refs/heads/portal-release/rc-stg')).toBe(dev1);
    const [pr] = await openPulls(repo, 'stg');
    expect(pr).toBeDefined();
    expect(String(pr!.number)).toBe(r1.outputs['pr-number']);
    expect(pr!.title).toBe('Release candidate v1.3.0-rc.1');
    expect((pr!.head as { ref: string; sha: string }).ref).toBe('portal-release/rc-stg');
    expect((pr!.head as { sha: string }).sha).toBe(dev1);
    const body1 = String(pr!.body);
    expect(findMarker(body1, 'promotion')?.attrs).toMatchObject({ stage: 'rc', tag: 'v1.3.0-rc.1', sha: dev1 });
    expect(body1).toContain(`#${feat} feat: export to CSV`);
    expect(body1).toContain('#99 (via #');
    expect(body1).toContain('### UAT checklist');
    expect(body1).toContain('none titled `v1.3.0`');
    expect(first.writes).toEqual([
      'POST /repos/{owner}/{repo}/git/tags',
      'POST /repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/pulls',
    ]);

    // Re-run: nothing changes.
    const before = sandbox.snapshot();
    const again = await measured(await dispatchRun(repo, {}));
    budgets['rc: re-run (none)'] = again.total;
    expect(ok(again.result).outputs).toMatchObject({ operation: 'none', tag: 'v1.3.0-rc.1', 'pr-number': String(pr!.number) });
    expect(again.writes).toEqual([]);
    expect(sandbox.snapshot()).toEqual(before);

    // More work on dev → rc.2 in the same pull request.
    repo.createMilestone('v1.3.0');
    const fix = await mergeChange(repo, 'fix: rounding in CSV', { 'csv.ts': 'export const x = 1;\n' });
    const dev2 = (await repo.refSha('dev'))!;
    const second = await measured(await dispatchRun(repo, { labels: 'release' }));
    budgets['rc: next RC (updated)'] = second.total;
    const r2 = ok(second.result);
    expect(r2.outputs).toMatchObject({ operation: 'updated', tag: 'v1.3.0-rc.2', 'previous-tag': 'v1.3.0-rc.1', sha: dev2, 'pr-number': String(pr!.number) });
    expect(await tagTarget(repo, 'v1.3.0-rc.1')).toEqual({ commit: dev1, type: 'tag' });
    expect(await tagTarget(repo, 'v1.3.0-rc.2')).toEqual({ commit: dev2, type: 'tag' });
    const open = await openPulls(repo, 'stg');
    expect(open.map((p) => p.number)).toEqual([pr!.number]);
    const updated = await repo.pullRequest(pr!.number as number);
    expect(updated.title).toBe('Release candidate v1.3.0-rc.2');
    expect(updated.head.sha).toBe(dev2);
    expect(updated.labels.map((l: { name: string }) => l.name)).toEqual(['release']);
    expect(updated.body).toContain(`#${fix} fix: rounding in CSV`);
    expect(updated.body).not.toContain(`#${feat} feat`); // the list starts at the previous promotion (rc.1)
    expect(updated.body).toMatch(/\*\*Milestone:\*\* \[v1\.3\.0\]\(/);
    sandbox.assertNoViolations();
  });

  it('does nothing when staging already has the content of dev (squash-merged RC)', async () => {
    const repo = await freshRepo();
    await mergeChange(repo, 'feat: search', { 'search.ts': 'export {}\n' });
    ok(await dispatch(repo, {}));
    const [pr] = await openPulls(repo, 'stg');
    await repo.mergePullRequest(pr!.number as number, { method: 'squash' });
    const refsBefore = await repo.refs();
    const run = await measured(await dispatchRun(repo, {}));
    budgets['rc: nothing to promote'] = run.total;
    const r = ok(run.result);
    expect(r.outputs).toMatchObject({ operation: 'none', tag: '', 'pr-number': '' });
    expect(r.summary).toContain('Nothing to promote');
    expect(run.writes).toEqual([]);
    expect(await repo.refs()).toEqual(refsBefore);
    expect(await openPulls(repo, 'stg')).toEqual([]);
    sandbox.assertNoViolations();
  });

  it('bump auto: a feat! change makes the next release a major', async () => {
    const repo = await freshRepo();
    await mergeChange(repo, 'fix: typo', { 'a.txt': 'a\n' });
    await mergeChange(repo, 'feat!: drop the v1 API', { 'b.txt': 'b\n' });
    const r = ok(await dispatch(repo, { bump: 'auto' }));
    expect(r.outputs).toMatchObject({ operation: 'created', tag: 'v2.0.0-rc.1', version: '2.0.0' });
  });

  it('explicit version and bump inputs; an existing release version is refused as a tag collision', async () => {
    const repo = await freshRepo();
    await mergeChange(repo, 'feat: thing', { 'a.txt': 'a\n' });
    expect(ok(await dispatch(repo, { bump: 'patch', 'dry-run': true })).outputs.tag).toBe('v1.2.1-rc.1');
    expect(ok(await dispatch(repo, { version: 'v1.5.0', 'dry-run': true })).outputs.tag).toBe('v1.5.0-rc.1');
    const refsBefore = await repo.refs();
    const clash = await dispatch(repo, { version: '1.2.0' });
    expect(clash.exitCode).toBe(1);
    expect(clash.annotations.find((a) => a.level === 'error')?.message).toMatch(/v1\.2\.0 would collide with or go below the latest release v1\.2\.0/);
    expect(await repo.refs()).toEqual(refsBefore);
  });

  it('dry run prints the plan and sends only reads', async () => {
    const repo = await freshRepo();
    await mergeChange(repo, 'feat: dark mode', { 'theme.ts': 'export {}\n' });
    const refsBefore = await repo.refs();
    const run = await measured(await dispatchRun(repo, { 'dry-run': true, labels: 'release', reviewers: 'bob' }));
    budgets['rc: dry run'] = run.total;
    const r = ok(run.result);
    expect(r.outputs).toMatchObject({ operation: 'created', tag: 'v1.3.0-rc.1', 'pr-number': '' });
    expect(run.writes).toEqual([]);
    expect(sandbox.requests().every((q) => q.method === 'GET' || q.route === 'git')).toBe(true);
    expect(await repo.refs()).toEqual(refsBefore);
    expect(await openPulls(repo, 'stg')).toEqual([]);
    expect(r.summary).toContain('dry run: nothing written');
    const dryPlan = planOf(r);
    expect(dryPlan.map((e) => e.step)).toEqual([
      expect.stringMatching(/^create annotated tag v1\.3\.0-rc\.1 on [0-9a-f]{7}$/),
      expect.stringMatching(/^create head branch portal-release\/rc-stg at [0-9a-f]{7}$/),
      'open pull request "Release candidate v1.3.0-rc.1" (portal-release/rc-stg → stg)',
      'label the new pull request release',
      'request reviews on the new pull request from bob',
    ]);
    expect(dryPlan.every((e) => e.status === 'planned')).toBe(true);
    expect(r.summary).toContain('| open pull request "Release candidate v1.3.0-rc.1" (portal-release/rc-stg → stg) | planned |');

    // The real run on the same state does exactly the planned steps; a re-run keeps what is in place.
    const real = ok(await dispatch(repo, { labels: 'release', reviewers: 'bob' }));
    expect(planOf(real)).toEqual(asDone(dryPlan));
    const again = ok(await dispatch(repo, { labels: 'release', reviewers: 'bob' }));
    expect(planOf(again).map((e) => e.status)).toEqual(['kept', 'kept', 'kept']);
    expect(planOf(again)[2]!.step).toMatch(/^the title and description of pull request #\d+ are already right$/);
  });

  it('explains a missing staging branch and the repository setting that forbids Actions to open pull requests', async () => {
    const repo = await freshRepo();
    await mergeChange(repo, 'feat: x', { 'x.txt': 'x\n' });
    const missing = await dispatch(repo, { config: '.github/other.yml' });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toContain('Policy file ".github/other.yml"');

    await repo.commit('main', { '.github/portal-release.yml': 'branches:\n  staging: uat\n' }, 'chore: policy');
    const noBase = await dispatch(repo, {});
    expect(noBase.exitCode).toBe(1);
    expect(noBase.annotations.find((a) => a.level === 'error')?.message).toMatch(/staging branch "uat" \(policy key branches\.staging\) does not exist/);

    await repo.commit('main', { '.github/portal-release.yml': '' }, 'chore: default policy');
    sandbox.injectFault({
      route: '/repos/{owner}/{repo}/pulls',
      method: 'POST',
      kind: 'status',
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest' },
    });
    const forbidden = await dispatch(repo, {});
    sandbox.clearFaults();
    expect(forbidden.exitCode).toBe(1);
    expect(forbidden.annotations.find((a) => a.level === 'error')?.message).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    // The half-done run (tag and head branch made) is completed by the next run, without a second tag.
    const resumed = ok(await dispatch(repo, {}));
    expect(resumed.outputs).toMatchObject({ operation: 'created', tag: 'v1.3.0-rc.1' });
    expect(Object.keys(await repo.refs()).filter((r) => r.startsWith('refs/tags/v1.3.0'))).toEqual(['refs/tags/v1.3.0-rc.1']);
  });
});

describe('stage release (stg → main) and the gate', () => {
  it('opens the release PR from the RC on staging; the gate is red until checklist and current-head approvals are in, and red again after a push', async () => {
    const template = '- [ ] UAT signed off for {tag}\n- [ ] Validation runs on staging for {rc}\n';
    const repo = await freshRepo({ '.github/release-validation.md': template });
    repo.setPermission('alice', 'write');
    repo.setPermission('bob', 'read');
    const aliceToken = sandbox.addToken('alice');
    const bobToken = sandbox.addToken('bob');
    const feat = await mergeChange(repo, 'feat: reports', { 'reports.ts': 'export {}\n' });
    ok(await dispatch(repo, {}));
    const [rcPr] = await openPulls(repo, 'stg');
    await repo.mergePullRequest(rcPr!.number as number, { method: 'merge' });
    const stgSha = (await repo.refSha('stg'))!;

    const created = await measured(await dispatchRun(repo, { stage: 'release' }));
    budgets['release: release PR (created)'] = created.total;
    const rel = ok(created.result);
    expect(rel.outputs).toMatchObject({ operation: 'created', tag: 'v1.3.0', version: '1.3.0', 'previous-tag': 'v1.2.0', sha: stgSha });
    const number = Number(rel.outputs['pr-number']);
    const pr = await repo.pullRequest(number);
    expect(pr.title).toBe('Release v1.3.0');
    expect(pr.base.ref).toBe('main');
    expect(pr.head.ref).toBe('portal-release/release-main');
    expect(pr.head.sha).toBe(stgSha);
    expect(findMarker(pr.body, 'release-pr')?.attrs).toMatchObject({ tag: 'v1.3.0', rc: 'v1.3.0-rc.1', sha: stgSha });
    expect(pr.body).toContain('- [ ] UAT signed off for v1.3.0');
    expect(pr.body).toContain('- [ ] Validation runs on staging for v1.3.0-rc.1');
    expect(pr.body).toContain(`#${feat} feat: reports`);
    expect(pr.body).toContain(`#${rcPr!.number} Release candidate v1.3.0-rc.1`);
    expect(pr.body).toContain('### Sign-off');

    // Re-running the release stage changes nothing.
    const rerun = await measured(await dispatchRun(repo, { stage: 'release' }));
    budgets['release: re-run (none)'] = rerun.total;
    expect(ok(rerun.result).outputs.operation).toBe('none');
    expect(rerun.writes).toEqual([]);

    const status = async (sha: string) =>
      repo
        .statuses(sha)
        .filter((s) => s.context === 'portal-release/release-gate')
        .pop();

    // Red: nothing ticked, no approvals.
    const g1 = await measured(await gateRun(repo, number));
    budgets['gate: judge (status created)'] = g1.total;
    expect(ok(g1.result).outputs).toMatchObject({ 'gate-state': 'failure', operation: 'created', tag: 'v1.3.0' });
    const missing1 = JSON.parse(g1.result.outputs.missing!) as string[];
    expect(missing1.join('\n')).toMatch(/2 of 2 checklist item\(s\) not ticked/);
    expect(missing1.join('\n')).toMatch(/0 of 1 approval\(s\) on the current head/);
    expect((await status(stgSha))?.state).toBe('failure');

    // Same state again: nothing written.
    const g1again = await measured(await gateRun(repo, number));
    budgets['gate: re-run (none)'] = g1again.total;
    expect(ok(g1again.result).outputs.operation).toBe('none');
    expect(g1again.writes).toEqual([]);

    // Tick the boxes: still red (no approval); a read-only user's approval does not count.
    await api(`/repos/${repo.fullName}/pulls/${number}`, { method: 'PATCH', body: { body: pr.body.replace(/- \[ \]/g, '- [x]') } });
    const bobReview = await api(`/repos/${repo.fullName}/pulls/${number}/reviews`, { method: 'POST', body: { event: 'APPROVE' }, token: bobToken });
    const g2 = ok(await gate(repo, number, 'pull_request_review', bobReview));
    expect(g2.outputs['gate-state']).toBe('failure');
    expect(JSON.parse(g2.outputs.missing!)).toEqual([expect.stringMatching(/0 of 1 approval.*no write access: bob/)]);

    // alice (write) approves the current head: green.
    const review = await api(`/repos/${repo.fullName}/pulls/${number}/reviews`, { method: 'POST', body: { event: 'APPROVE' }, token: aliceToken });
    const g3 = ok(await gate(repo, number, 'pull_request_review', review));
    expect(g3.outputs).toMatchObject({ 'gate-state': 'success', operation: 'updated', missing: '[]' });
    expect((await status(stgSha))?.state).toBe('success');

    // A push to the release head: the approval is stale and the head is no longer the pinned commit.
    const pushed = await repo.commit('portal-release/release-main', { 'sneaky.txt': 'x\n' }, 'chore: late change');
    const g4 = ok(await gate(repo, number));
    expect(g4.outputs).toMatchObject({ 'gate-state': 'failure', sha: pushed });
    const missing4 = (JSON.parse(g4.outputs.missing!) as string[]).join('\n');
    expect(missing4).toMatch(/is not the pinned staging commit/);
    expect(missing4).toMatch(/given before the latest push: alice/);
    expect((await status(pushed))?.state).toBe('failure');

    // Re-pinning the marker by hand to the pushed commit does not help: it was never on staging.
    const current = await repo.pullRequest(number);
    await api(`/repos/${repo.fullName}/pulls/${number}`, { method: 'PATCH', body: { body: current.body.replace(stgSha, pushed) } });
    await api(`/repos/${repo.fullName}/pulls/${number}/reviews`, { method: 'POST', body: { event: 'APPROVE' }, token: aliceToken });
    const g5 = ok(await gate(repo, number));
    expect(JSON.parse(g5.outputs.missing!)).toEqual([expect.stringMatching(/pinned commit [0-9a-f]{7} is not on stg/)]);
    sandbox.assertNoViolations();
  });

  it('uses the built-in ValidationSOP checklist; the gate is green once on a hotfix into production and silent on other branches', async () => {
    const repo = await freshRepo();
    await mergeChange(repo, 'fix: crash', { 'a.txt': 'a\n' });
    ok(await dispatch(repo, {}));
    const [rcPr] = await openPulls(repo, 'stg');
    await repo.mergePullRequest(rcPr!.number as number, { method: 'squash' });
    const dry = await measured(await dispatchRun(repo, { stage: 'release', 'dry-run': true }));
    budgets['release: dry run'] = dry.total;
    expect(ok(dry.result).outputs).toMatchObject({ operation: 'created', tag: 'v1.2.1', 'pr-number': '' });
    expect(dry.writes).toEqual([]);
    const rel = ok(await dispatch(repo, { stage: 'release' }));
    const body = (await repo.pullRequest(Number(rel.outputs['pr-number']))).body as string;
    for (const item of ['UAT sign-off', 'Validation runs on staging', 'Change approval', 'Release notes', 'Rollback plan']) expect(body).toContain(item);
    expect(body).toContain('built-in ValidationSOP checklist');

    // A hotfix into production is not the release PR: the required gate status is green on it, once.
    await repo.createBranch('hotfix/crash', 'main');
    await repo.commit('hotfix/crash', { 'crash.txt': 'fixed\n' }, 'fix: crash in production', { author: 'alice' });
    const hotfix = await repo.openPullRequest({ head: 'hotfix/crash', base: 'main', title: 'fix: crash in production', user: 'alice' });
    const g = ok(await gate(repo, hotfix.number as number));
    expect(g.outputs).toMatchObject({ operation: 'created', 'gate-state': 'success', version: '' });
    expect(repo.statuses(hotfix.head.sha as string)).toEqual([
      expect.objectContaining({ context: 'portal-release/release-gate', state: 'success', description: 'Not a release pull request: nothing to hold.' }),
    ]);
    const again = await measured(await gateRun(repo, hotfix.number as number));
    expect(ok(again.result).outputs).toMatchObject({ operation: 'none', 'gate-state': 'success' });
    expect(again.writes).toEqual([]);

    // A pull request into another branch is none of the gate's business: no status at all.
    const toDev = await repo.openPullRequest({ head: 'stg', base: 'dev', title: 'chore: sync', user: 'alice' });
    const d = ok(await gate(repo, toDev.number as number));
    expect(d.outputs).toMatchObject({ operation: 'none', 'gate-state': '' });
    expect(repo.statuses(toDev.head.sha as string)).toEqual([]);
  });
});
