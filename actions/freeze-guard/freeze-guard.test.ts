// Integration: the bundled freeze-guard run as the runner runs it, against the GitHub stand-in.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSandbox } from '../../sandbox/use-sandbox.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { type RepoHandle } from '../../sandbox/index.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { mergeGroupEvent, pullRequestEvent } from '../../sandbox/events.ts';
import { apiGet, apiRequests, asDone, planOf, recording, writes } from '../../sandbox/testing.ts';

const sandbox = useSandbox();
let sb: Sandbox;
let counter = 0;

beforeAll(async () => {
  sb = sandbox();
});

const FROZEN_NOW = '2026-11-23T12:00:00Z';
const AFTER_FREEZE = '2026-12-11T00:00:00Z';

async function freshRepo(policy?: string): Promise<RepoHandle> {
  counter += 1;
  const files: Record<string, string> = { 'README.md': '# app\n', 'src/app.ts': 'export {};\n' };
  if (policy !== undefined) files['.github/portal-release.yml'] = policy;
  const repo = await sb.createRepo(`acme/app${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files });
  await repo.createRelease({ tag: 'v3.0.0', target: 'main', publishedAt: '2026-11-10T12:00:00Z' });
  return repo;
}

async function openPr(repo: RepoHandle, title: string, files: Record<string, string>, opts: { user?: string; labels?: string[]; base?: string } = {}) {
  counter += 1;
  const branch = `topic-${counter}`;
  await repo.createBranch(branch, opts.base ?? 'dev');
  await repo.commit(branch, files, title);
  return repo.openPullRequest({ head: branch, base: opts.base ?? 'dev', title, user: opts.user ?? 'alice', labels: opts.labels });
}

async function prEvent(repo: RepoHandle, number: number, action: 'opened' | 'labeled' | 'synchronize' = 'opened') {
  const pr = await apiGet(sb, `/repos/${repo.fullName}/pulls/${number}`);
  const repository = await apiGet(sb, `/repos/${repo.fullName}`);
  return pullRequestEvent(action, pr, repository);
}

function runCheck(repo: RepoHandle, event: unknown, inputs: Record<string, string | boolean> = {}): Promise<ActionResult> {
  return runAction({
    action: 'freeze-guard',
    eventName: 'pull_request',
    event,
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
    inputs: { now: FROZEN_NOW, ...inputs },
  });
}

async function check(
  repo: RepoHandle,
  number: number,
  inputs: Record<string, string | boolean> = {},
  action: 'opened' | 'labeled' | 'synchronize' = 'opened',
): Promise<ActionResult> {
  return runCheck(repo, await prEvent(repo, number, action), inputs);
}

async function sweep(repo: RepoHandle, now: string, extra: Record<string, string> = {}): Promise<ActionResult> {
  return runAction({
    action: 'freeze-guard',
    eventName: 'schedule',
    event: { schedule: '17 6 * * *' },
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
    inputs: { mode: 'sweep', now, ...extra },
  });
}

function freezeStatus(repo: RepoHandle, sha: string) {
  return repo.statuses(sha).filter((s) => s.context === 'portal-release/freeze');
}

describe('freeze-guard (bundled, against the stand-in)', () => {
  it('reports no freeze and a green status when no major release is recent', async () => {
    const repo = await freshRepo();
    const pr = await openPr(repo, 'feat: dashboard', { 'src/dash.ts': 'x\n' });
    const event = await prEvent(repo, pr.number);
    const { result, requests } = await recording(sb, () => runCheck(repo, event, { now: '2027-03-01T00:00:00Z' }));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ frozen: 'false', decision: 'not-frozen', 'freeze-ends': '' });
    expect(freezeStatus(repo, pr.head.sha).map((s) => s.state)).toEqual(['success']);
    expect(apiRequests(requests).length).toBeLessThanOrEqual(4);
    expect(result.summary).toContain('Not frozen');
  });

  it('during the freeze allows fix: and docs-only pull requests and blocks feat: with one guidance comment', async () => {
    const repo = await freshRepo('freeze:\n  allow:\n    paths: ["docs/**", "**/*.md"]\n');
    const fix = await openPr(repo, 'fix(api): handle null', { 'src/app.ts': 'export const a = 1;\n' });
    const docs = await openPr(repo, 'Improve the install guide', { 'docs/install.md': 'steps\n', 'README.md': '# app!\n' });
    const feat = await openPr(repo, 'feat: new dashboard', { 'src/dash.ts': 'x\n' });

    const fixEvent = await prEvent(repo, fix.number);
    const fixRun = await recording(sb, () => runCheck(repo, fixEvent));
    expect(fixRun.result.exitCode, fixRun.result.stdout).toBe(0);
    expect(fixRun.result.outputs).toMatchObject({ frozen: 'true', decision: 'allowed', 'freeze-ends': '2026-12-10T12:00:00.000Z' });
    expect(apiRequests(fixRun.requests).length).toBeLessThanOrEqual(4);
    expect(freezeStatus(repo, fix.head.sha)[0]).toMatchObject({ state: 'success', target_url: expect.stringContaining('/actions/runs/') });

    // The changed files come with the pull request's query: policy, releases, one GraphQL query, the status write.
    const docsEvent = await prEvent(repo, docs.number);
    const { result: docsRun, requests: docsRequests } = await recording(sb, () => runCheck(repo, docsEvent));
    expect(docsRun.outputs.decision).toBe('allowed');
    expect(apiRequests(docsRequests).map((r) => `${r.method} ${r.route}`)).toEqual([
      'GET /repos/{owner}/{repo}/contents/{path}',
      'GET /repos/{owner}/{repo}/releases',
      'POST graphql',
      'POST /repos/{owner}/{repo}/statuses/{sha}',
    ]);
    expect(JSON.parse(docsRun.outputs.evaluated!)[0]).toMatchObject({ rule: 'paths' });

    const featEvent = await prEvent(repo, feat.number);
    const { result: featRun, requests: featRequests } = await recording(sb, () => runCheck(repo, featEvent));
    expect(featRun.exitCode).toBe(1);
    // Blocked the first time: the same four plus the guidance comment.
    expect(apiRequests(featRequests).length).toBe(5);
    expect(featRun.outputs).toMatchObject({ decision: 'blocked', reason: 'Code freeze: "feat" changes wait until 2026-12-10.' });
    expect(featRun.annotations.some((a) => a.level === 'error' && a.message.includes('Blocked by the code freeze'))).toBe(true);
    expect(freezeStatus(repo, feat.head.sha)[0]).toMatchObject({ state: 'failure' });
    const comments = repo.comments(feat.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- portal-release:freeze-guidance -->');
    expect(comments[0]!.body).toContain('freeze-exception');
    expect(featRun.summary).toContain('| #' + feat.number);
  });

  it('writes nothing on a re-run and only reads in dry-run', async () => {
    const repo = await freshRepo();
    const feat = await openPr(repo, 'feat: x', { 'src/x.ts': 'x\n' });
    const event = await prEvent(repo, feat.number);
    const dry = await recording(sb, () => runCheck(repo, event, { 'dry-run': true }));
    expect(dry.result.outputs.decision).toBe('blocked');
    expect(writes(dry.requests)).toEqual([]);
    const dryPlan = planOf(dry.result);
    expect(dryPlan).toEqual([
      { step: expect.stringMatching(/^set status "portal-release\/freeze" = failure on [0-9a-f]{7}: Blocked: /), status: 'planned' },
      { step: `post the freeze comment on #${feat.number}`, status: 'planned' },
    ]);
    expect(dry.result.summary).toContain('### Plan');
    expect(repo.comments(feat.number)).toHaveLength(0);

    // The real run on the same state does exactly the steps the dry run planned.
    const real = await runCheck(repo, event);
    expect(planOf(real)).toEqual(asDone(dryPlan));
    const before = sb.snapshot();
    const rerun = await recording(sb, () => runCheck(repo, event));
    expect(rerun.result.outputs.decision).toBe('blocked');
    expect(writes(rerun.requests)).toEqual([]);
    expect(planOf(rerun.result)).toEqual([
      { step: expect.stringMatching(/^status "portal-release\/freeze" on [0-9a-f]{7} already says failure: Blocked: /), status: 'kept' },
      { step: `the freeze comment on #${feat.number} already says this`, status: 'kept' },
    ]);
    expect(sb.snapshot()).toEqual(before);
    expect(repo.comments(feat.number)).toHaveLength(1);
  });

  it('counts the exception label only when a maintainer who is not the author added it', async () => {
    const repo = await freshRepo();
    repo.setPermission('alice', 'write');
    repo.setPermission('bob', 'write');
    repo.setPermission('carol', 'maintain');
    const feat = await openPr(repo, 'feat: urgent partner fix', { 'src/p.ts': 'x\n' });

    repo.addLabel(feat.number, 'freeze-exception', 'alice');
    let run = await check(repo, feat.number, {}, 'labeled');
    expect(run.outputs.decision).toBe('blocked');
    expect(run.outputs.reason).toContain('alice (who added it last) is the author');

    repo.removeLabel(feat.number, 'freeze-exception', 'alice');
    repo.addLabel(feat.number, 'freeze-exception', 'bob');
    run = await check(repo, feat.number, {}, 'labeled');
    expect(run.outputs.decision).toBe('blocked');
    expect(run.outputs.reason).toContain('bob (who added it last) has write permission, not maintain or admin');

    repo.removeLabel(feat.number, 'freeze-exception', 'bob');
    repo.addLabel(feat.number, 'freeze-exception', 'carol');
    run = await check(repo, feat.number, {}, 'labeled');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ decision: 'allowed', reason: 'Freeze exception "freeze-exception" granted by carol (maintain).' });
    expect(freezeStatus(repo, feat.head.sha).at(-1)).toMatchObject({ state: 'success' });
    const comments = repo.comments(feat.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('may merge now');
  });

  it('turns green once the freeze end date passes', async () => {
    const repo = await freshRepo();
    const feat = await openPr(repo, 'feat: later', { 'src/l.ts': 'x\n' });
    expect((await check(repo, feat.number)).outputs.decision).toBe('blocked');
    const after = await check(repo, feat.number, { now: AFTER_FREEZE }, 'synchronize');
    expect(after.exitCode).toBe(0);
    expect(after.outputs).toMatchObject({ frozen: 'false', decision: 'not-frozen' });
    expect(freezeStatus(repo, feat.head.sha).map((s) => s.state)).toEqual(['failure', 'success']);
  });

  it('sweeps every open pull request when the freeze starts and ends, within its request budget', async () => {
    const repo = await freshRepo();
    const feats = [];
    for (let i = 0; i < 3; i += 1) feats.push(await openPr(repo, `feat: feature ${i}`, { [`src/f${i}.ts`]: 'x\n' }));
    const fix = await openPr(repo, 'fix: bug', { 'src/b.ts': 'x\n' });
    await openPr(repo, 'feat: to stg', { 'src/s.ts': 'x\n' }, { base: 'stg' });

    const start = await recording(sb, () => sweep(repo, FROZEN_NOW));
    expect(start.result.exitCode, start.result.stdout).toBe(0);
    const evaluated = JSON.parse(start.result.outputs.evaluated!) as { number: number; decision: string; status: string }[];
    expect(evaluated.map((e) => e.decision)).toEqual(['blocked', 'blocked', 'blocked', 'allowed']);
    for (const f of feats) expect(freezeStatus(repo, f.head.sha).map((s) => s.state)).toEqual(['failure']);
    expect(freezeStatus(repo, fix.head.sha).map((s) => s.state)).toEqual(['success']);
    // policy + releases + one GraphQL page + 4 status writes
    expect(apiRequests(start.requests).length).toBe(2 + 1 + 4);

    const again = await recording(sb, () => sweep(repo, FROZEN_NOW));
    expect(writes(again.requests)).toEqual([]);
    expect(apiRequests(again.requests).length).toBe(3);

    const end = await sweep(repo, AFTER_FREEZE);
    expect(JSON.parse(end.outputs.evaluated!).map((e: { decision: string }) => e.decision)).toEqual(['not-frozen', 'not-frozen', 'not-frozen', 'not-frozen']);
    for (const f of feats) expect(freezeStatus(repo, f.head.sha).map((s) => s.state)).toEqual(['failure', 'success']);
    // The description changes from "Allowed" to "No freeze": one more (green) status.
    expect(freezeStatus(repo, fix.head.sha).map((s) => s.state)).toEqual(['success', 'success']);
  });

  it('sweeps with path rules read in the paged query (no request per pull request); a file moved out of a guarded folder still blocks', async () => {
    const repo = await freshRepo('freeze:\n  allow:\n    paths: ["docs/**"]\n');
    const docs = [];
    for (let i = 0; i < 4; i += 1) docs.push(await openPr(repo, `feat: guide ${i}`, { [`docs/guide-${i}.md`]: `guide ${i}\n` }));
    const code = await openPr(repo, 'feat: code', { 'src/code.ts': 'x\n' });
    // A rename: GraphQL names only docs/app.ts; the old path src/app.ts (outside docs/**) must still count.
    counter += 1;
    await repo.createBranch(`move-${counter}`, 'dev');
    await repo.commit(`move-${counter}`, { 'src/app.ts': null, 'docs/app.ts': 'export {};\n' }, 'feat: move the app into docs');
    const moved = await repo.openPullRequest({ head: `move-${counter}`, base: 'dev', title: 'feat: move the app into docs', user: 'alice' });

    const run = await recording(sb, () => sweep(repo, FROZEN_NOW));
    expect(run.result.exitCode, run.result.stdout).toBe(0);
    const decisions = Object.fromEntries(
      (JSON.parse(run.result.outputs.evaluated!) as { number: number; decision: string }[]).map((e) => [e.number, e.decision]),
    );
    for (const d of docs) expect(decisions[d.number]).toBe('allowed');
    expect(decisions[code.number]).toBe('blocked');
    expect(decisions[moved.number]).toBe('blocked');
    // policy + releases + one GraphQL page + 6 status writes, and the REST file listing only for the renamed file's pull request.
    const files = apiRequests(run.requests).filter((r) => r.route === '/repos/{owner}/{repo}/pulls/{pull_number}/files');
    expect(files.map((r) => r.path)).toEqual([expect.stringContaining(`/pulls/${moved.number}/files`)]);
    expect(apiRequests(run.requests).length).toBe(2 + 1 + 6 + 1);
  });

  it('judges every pull request of a merge group and sets the status on the group head', async () => {
    const repo = await freshRepo();
    const fix = await openPr(repo, 'fix: one', { 'src/1.ts': 'x\n' });
    const feat = await openPr(repo, 'feat: two', { 'src/2.ts': 'x\n' });
    const baseSha = (await repo.refSha('refs/heads/dev'))!;
    const queue = `gh-readonly-queue/dev/pr-${feat.number}-${baseSha}`;
    await repo.createBranch(queue, 'dev');
    await repo.commit(queue, { 'src/1.ts': 'x\n' }, `fix: one (#${fix.number})`);
    const headSha = await repo.commit(queue, { 'src/2.ts': 'x\n' }, `feat: two (#${feat.number})`);
    const repository = await apiGet(sb, `/repos/${repo.fullName}`);
    const run = await runAction({
      action: 'freeze-guard',
      eventName: 'merge_group',
      event: mergeGroupEvent({ baseRef: 'dev', baseSha, headRef: queue, headSha, repo: repository }),
      repository: repo.fullName,
      apiUrl: sb.apiUrl,
      serverUrl: sb.serverUrl,
      token: sb.token,
      inputs: { now: FROZEN_NOW },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    expect(JSON.parse(run.outputs.evaluated!).map((e: { number: number; decision: string }) => [e.number, e.decision])).toEqual([
      [fix.number, 'allowed'],
      [feat.number, 'blocked'],
    ]);
    expect(freezeStatus(repo, headSha)[0]).toMatchObject({ state: 'failure', description: expect.stringContaining(`#${feat.number}`) });
  });

  it('fails with file, line and key for a malformed policy file and writes nothing', async () => {
    const repo = await freshRepo('freeze:\n  after-major-days: 30\n  allow:\n    typos: [fix]\n');
    const pr = await openPr(repo, 'fix: x', { 'src/x.ts': 'y\n' });
    const event = await prEvent(repo, pr.number);
    const { result, requests } = await recording(sb, () => runCheck(repo, event));
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toBe(
      'Invalid policy file: .github/portal-release.yml:4: freeze.allow.typos unknown key "typos" (check the spelling; see the configuration reference in the README).',
    );
    expect(writes(requests)).toEqual([]);
    expect(result.stdout).not.toContain('    at ');
  });

  it('refuses an invalid input with the list of valid values', async () => {
    const repo = await freshRepo();
    const pr = await openPr(repo, 'fix: x', { 'src/x.ts': 'y\n' });
    const run = await check(repo, pr.number, { mode: 'sweeep' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toBe(
      'Input "mode": "sweeep" is not valid. Valid values are: [check, sweep, discipline].',
    );
  });
});
