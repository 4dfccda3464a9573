import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { issueCommentEvent, pullRequestEvent, scheduleEvent, workflowDispatchEvent } from '../../sandbox/events.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { asDone, planOf } from '../../sandbox/testing.ts';

// Integration: the bundled action (dist/backport-cherry-pick) against the stand-in, real git behind it.

let sb: Sandbox;
let counter = 0;
const budgets: { scenario: string; api: number; writes: number; git: number }[] = [];

beforeAll(async () => {
  sb = await Sandbox.start();
}, 240_000);

afterAll(async () => {
  // The measured request budget per scenario (recorded in the README).
  process.stdout.write(
    `\nbackport-cherry-pick request budget:\n${budgets.map((b) => `  ${b.scenario}: ${b.api} API (${b.writes} writes), ${b.git} git`).join('\n')}\n`,
  );
  await sb?.close();
});

const FILES = { 'app.txt': 'one\ntwo\nthree\nfour\nfive\n', 'README.md': '# app\n' };
const NOW = '2026-06-10T12:00:00Z';

async function newRepo(opts: { release?: string; policy?: string } = {}): Promise<RepoHandle> {
  counter += 1;
  const files: Record<string, string> = { ...FILES };
  if (opts.policy) files['.github/portal-release.yml'] = opts.policy;
  const repo = await sb.createRepo(`acme/backend${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files });
  await repo.createRelease({ tag: 'v2.0.0', target: 'main', publishedAt: opts.release ?? '2026-06-01T00:00:00Z' });
  // Labels with descriptions: the stand-in renders a null label description in pull request lists, which GitHub's
  // OpenAPI description of pull-request-simple does not allow.
  for (const name of ['backport stg', 'backport main', 'bug', 'security', 'hotfix', 'needs-manual-backport', 'backport-drift']) {
    repo.createLabel(name, { description: name });
  }
  return repo;
}

interface Change {
  files: Record<string, string | null>;
  message: string;
}

async function mergedPull(
  repo: RepoHandle,
  o: {
    title: string;
    head: string;
    base?: string;
    labels?: string[];
    method: 'merge' | 'squash' | 'rebase';
    changes: Change[];
    milestone?: number;
    user?: string;
  },
): Promise<Record<string, any>> {
  const base = o.base ?? 'dev';
  for (const name of o.labels ?? []) repo.createLabel(name, { description: name });
  await repo.createBranch(o.head, base);
  for (const c of o.changes) await repo.commit(o.head, c.files, c.message, { author: o.user ?? 'alice' });
  const pr = await repo.openPullRequest({ head: o.head, base, title: o.title, labels: o.labels ?? [], user: o.user ?? 'alice', milestone: o.milestone });
  await repo.mergePullRequest(pr.number, { method: o.method });
  return repo.pullRequest(pr.number);
}

function closedEvent(pr: Record<string, any>): unknown {
  return pullRequestEvent('closed', pr, pr.base.repo, { merged: true });
}

async function act(repo: RepoHandle, eventName: string, event: unknown, inputs: Record<string, string> = {}, scenario?: string): Promise<ActionResult> {
  const before = sb.requests().length;
  const result = await runAction({
    action: 'backport-cherry-pick',
    inputs: { now: NOW, ...inputs },
    eventName,
    event,
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
  });
  const mine = sb
    .requests()
    .slice(before)
    .filter((r) => ofRepo(r.path, repo));
  const api = mine.filter((r) => r.route !== 'git');
  if (scenario) budgets.push({ scenario, api: api.length, writes: api.filter((r) => r.method !== 'GET').length, git: mine.length - api.length });
  sb.assertNoViolations();
  return result;
}

function results(r: ActionResult): Record<string, { state: string; reason: string; pr?: number; kind: string; branch?: string }> {
  return JSON.parse(r.outputs.results ?? '{}');
}

// Tests run concurrently, one repository each: requests are attributed by path.
function ofRepo(path: string, repo: RepoHandle): boolean {
  return path.includes(`/repos/${repo.fullName}/`) || path.endsWith(`/repos/${repo.fullName}`) || path.startsWith(`/${repo.fullName}.git/`);
}

function writesSince(before: number, repo: RepoHandle): string[] {
  const mine = sb
    .requests()
    .slice(before)
    .filter((r) => ofRepo(r.path, repo));
  return mine
    .filter((r) => r.route !== 'git' && r.method !== 'GET')
    .map((r) => `${r.method} ${r.path}`)
    .concat(mine.filter((r) => r.route === 'git' && /receive-pack/.test(r.path)).map((r) => `push ${r.path}`));
}

async function log(repo: RepoHandle, range: string): Promise<{ sha: string; message: string }[]> {
  const out = await repo.git(['log', '--format=%H%x00%B%x1e', range]);
  return out
    .split('\x1e')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [sha, message] = s.split('\0');
      return { sha: sha!, message: message ?? '' };
    });
}

async function fileAt(repo: RepoHandle, ref: string, path: string): Promise<string> {
  return repo.git(['show', `${ref}:${path}`]);
}

describe.concurrent('backport-cherry-pick (bundled action against the sandbox)', () => {
  it('squash merge: picks the squash commit with -x, copies labels, milestone, assignees; a re-run writes nothing', async () => {
    const repo = await newRepo();
    const milestone = repo.createMilestone('v2.0.1');
    const pr = await mergedPull(repo, {
      title: 'fix: off-by-one in paging',
      head: 'fix/paging',
      labels: ['backport stg', 'bug', 'area:api'],
      method: 'squash',
      milestone: milestone.number,
      changes: [
        { files: { 'app.txt': 'one\nTWO\nthree\nfour\nfive\n' }, message: 'fix: two' },
        { files: { 'app.txt': 'one\nTWO\nthree\nFOUR\nfive\n' }, message: 'fix: four' },
      ],
    });
    const r = await act(repo, 'pull_request', closedEvent(pr), {}, 'squash, 1 target created');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const res = results(r);
    expect(res.stg).toMatchObject({ state: 'created', kind: 'backport', branch: `backport/${pr.number}-to-stg` });
    expect(r.outputs['created-pull-numbers']).toBe(String(res.stg!.pr));
    const bp = await repo.pullRequest(res.stg!.pr!);
    expect(bp.title).toBe(`fix: off-by-one in paging (backport #${pr.number})`);
    expect(bp.base.ref).toBe('stg');
    expect(bp.body).toContain(`<!-- portal-release:backport pr=${pr.number} target=stg -->`);
    expect(bp.body).toContain(`Backport of #${pr.number}`);
    expect(bp.body).toContain(pr.merge_commit_sha);
    expect(bp.labels.map((l: { name: string }) => l.name)).toEqual(['bug']);
    expect(bp.milestone?.number).toBe(milestone.number);
    expect(bp.assignees.map((a: { login: string }) => a.login)).toEqual(['alice']);
    expect(bp.requested_reviewers.map((a: { login: string }) => a.login)).toEqual(['alice']);
    const picked = await log(repo, `stg..backport/${pr.number}-to-stg`);
    expect(picked).toHaveLength(1);
    expect(picked[0]!.message).toContain(`(cherry picked from commit ${pr.merge_commit_sha})`);
    expect(await fileAt(repo, `backport/${pr.number}-to-stg`, 'app.txt')).toBe('one\nTWO\nthree\nFOUR\nfive\n');
    expect((await repo.git(['log', '-1', '--format=%an|%cn', `backport/${pr.number}-to-stg`])).trim()).toBe('alice|github-actions[bot]');
    expect(r.annotations.some((a) => a.level === 'warning' && /will not start workflows/.test(a.message))).toBe(true);

    const before = sb.requests().length;
    const again = await act(repo, 'pull_request', closedEvent(pr), {}, 're-run after success');
    expect(again.exitCode).toBe(0);
    expect(results(again).stg).toMatchObject({ state: 'exists', pr: res.stg!.pr });
    expect(again.outputs['created-pull-numbers']).toBe('');
    expect(writesSince(before, repo)).toEqual([]);
  });

  it('rebase merge: picks the rebased range, one -x commit per rebased commit', async () => {
    const repo = await newRepo();
    const pr = await mergedPull(repo, {
      title: 'fix: two things',
      head: 'fix/two',
      labels: ['backport stg'],
      method: 'rebase',
      changes: [
        { files: { 'app.txt': 'one\nTWO\nthree\nfour\nfive\n' }, message: 'fix: two' },
        { files: { 'b.txt': 'b\n' }, message: 'fix: add b' },
      ],
    });
    const rebased = await log(repo, `${pr.merge_commit_sha}~2..${pr.merge_commit_sha}`);
    const r = await act(repo, 'pull_request', closedEvent(pr), {}, 'rebase, 1 target created');
    expect(r.exitCode).toBe(0);
    expect(results(r).stg!.state).toBe('created');
    const picked = await log(repo, `stg..backport/${pr.number}-to-stg`);
    expect(picked.map((c) => c.message.split('\n')[0])).toEqual(['fix: add b', 'fix: two']);
    for (const c of rebased) expect(picked.some((p) => p.message.includes(`(cherry picked from commit ${c.sha})`))).toBe(true);
  });

  it("merge commit: picks the PR's own commits, not the merge", async () => {
    const repo = await newRepo();
    const pr = await mergedPull(repo, {
      title: 'fix: merged normally',
      head: 'fix/merged',
      labels: ['backport stg'],
      method: 'merge',
      changes: [
        { files: { 'app.txt': 'one\ntwo\nTHREE\nfour\nfive\n' }, message: 'fix: three' },
        { files: { 'c.txt': 'c\n' }, message: 'fix: add c' },
      ],
    });
    const originals = await log(repo, `${pr.merge_commit_sha}^1..${pr.merge_commit_sha}^2`);
    const r = await act(repo, 'pull_request', closedEvent(pr), {}, 'merge commit, 1 target created');
    expect(r.exitCode).toBe(0);
    const picked = await log(repo, `stg..backport/${pr.number}-to-stg`);
    expect(picked).toHaveLength(2);
    expect(picked.every((p) => !p.message.startsWith('Merge pull request'))).toBe(true);
    for (const c of originals) expect(picked.some((p) => p.message.includes(`(cherry picked from commit ${c.sha})`))).toBe(true);
  });

  it('hotfix merged into main is merged back to stg and dev; the drift ledger opens, updates and closes', async () => {
    const repo = await newRepo();
    const pr = await mergedPull(repo, {
      title: 'fix: security patch for login',
      head: 'hotfix/login',
      base: 'main',
      labels: ['hotfix'],
      method: 'merge',
      changes: [{ files: { 'login.txt': 'patched\n' }, message: 'fix: patch login' }],
    });
    const audit1 = await act(repo, 'schedule', scheduleEvent('0 6 * * *'), { mode: 'audit' }, 'audit: open ledger');
    expect(audit1.exitCode).toBe(0);
    expect(audit1.outputs.drift).toBe('1');
    const r = await act(repo, 'pull_request', closedEvent(pr), {}, 'hotfix merge-back, 2 targets created');
    expect(r.exitCode).toBe(0);
    const res = results(r);
    expect(res.stg).toMatchObject({ state: 'created', kind: 'merge-back' });
    expect(res.dev).toMatchObject({ state: 'created', kind: 'merge-back' });
    const stgPr = await repo.pullRequest(res.stg!.pr!);
    expect(stgPr.body).toContain(`<!-- portal-release:merge-back pr=${pr.number} target=stg -->`);
    expect(stgPr.labels.map((l: { name: string }) => l.name)).toEqual(['hotfix']);

    const audit2 = await act(repo, 'schedule', scheduleEvent('0 6 * * *'), { mode: 'audit' }, 'audit: update ledger');
    const drift = JSON.parse(audit2.outputs['drift-commits']!);
    expect(drift).toHaveLength(1);
    expect(drift[0].missingOn).toEqual(['stg', 'dev']);
    expect(drift[0].mergeBack.map((m: { number: number }) => m.number).sort()).toEqual([res.stg!.pr, res.dev!.pr].sort());
    const ledgers = repo.issues().filter((i) => i.body?.includes('<!-- portal-release:drift-ledger -->'));
    expect(ledgers).toHaveLength(1);
    expect(ledgers[0]!.state).toBe('open');
    expect(ledgers[0]!.body).toContain(`#${res.stg!.pr}`);

    await repo.mergePullRequest(res.stg!.pr!, { method: 'squash' });
    const audit3 = await act(repo, 'schedule', scheduleEvent('0 6 * * *'), { mode: 'audit' }, 'audit: update after one merge-back');
    expect(JSON.parse(audit3.outputs['drift-commits']!)[0].missingOn).toEqual(['dev']);
    expect(repo.issue(ledgers[0]!.number).body).toContain('`dev`');

    await repo.mergePullRequest(res.dev!.pr!, { method: 'rebase' });
    const audit4 = await act(repo, 'schedule', scheduleEvent('0 6 * * *'), { mode: 'audit' }, 'audit: close ledger');
    expect(audit4.outputs.drift).toBe('0');
    expect(repo.issue(ledgers[0]!.number).state).toBe('closed');
    const before = sb.requests().length;
    await act(repo, 'schedule', scheduleEvent('0 6 * * *'), { mode: 'audit' }, 'audit: no drift, re-run');
    expect(writesSince(before, repo)).toEqual([]);
    expect(repo.issues().filter((i) => i.body?.includes('<!-- portal-release:drift-ledger -->'))).toHaveLength(1);
  });

  it("the drift audit's git requests do not grow with the number of missing changes: the patch-id blobs come in one batch", { timeout: 300_000 }, async () => {
    const gitRequests: number[] = [];
    for (const n of [2, 12]) {
      const repo = await newRepo();
      // Hotfix 0 was re-applied by hand on stg and dev (same patch, no trailer): present. Hotfixes 1..n-1 are missing;
      // stg and dev changed the same files differently, so every one goes through the patch-id test.
      for (let i = 0; i < n; i += 1) {
        await repo.commit('main', { [`hotfix/f${i}.txt`]: `fix ${i}\n` }, `fix: hotfix ${i}`);
        for (const branch of ['stg', 'dev']) {
          await repo.commit(branch, { [`hotfix/f${i}.txt`]: i === 0 ? 'fix 0\n' : `other ${i}\n` }, i === 0 ? 'fix: hotfix 0 by hand' : `chore: other ${i}`);
        }
      }
      const before = sb.requests().length;
      const audit = await act(repo, 'schedule', scheduleEvent('0 6 * * *'), { mode: 'audit', 'dry-run': 'true' });
      expect(audit.exitCode, audit.stdout).toBe(0);
      const drift = JSON.parse(audit.outputs['drift-commits']!) as { subject: string; missingOn: string[] }[];
      expect(drift.map((d) => d.subject).sort()).toEqual(Array.from({ length: n - 1 }, (_, i) => `fix: hotfix ${i + 1}`).sort());
      for (const d of drift) expect(d.missingOn).toEqual(['stg', 'dev']);
      expect(writesSince(before, repo)).toEqual([]);
      expect(planOf(audit)).toEqual([{ step: `open the drift ledger issue (${n - 1} change(s) missing)`, status: 'planned' }]);
      expect(audit.summary).toContain('ledger: would open the ledger issue.');
      gitRequests.push(
        sb
          .requests()
          .slice(before)
          .filter((e) => e.route === 'git' && e.path.includes(repo.fullName)).length,
      );
    }
    expect(gitRequests[1]).toBe(gitRequests[0]);
  });

  async function conflicting(repo: RepoHandle): Promise<Record<string, any>> {
    await repo.commit('stg', { 'app.txt': 'one\ntwo-on-stg\nthree\nfour\nfive\n' }, 'fix: stg-only change');
    return mergedPull(repo, {
      title: 'fix: line two',
      head: 'fix/line-two',
      labels: ['backport stg', 'bug'],
      method: 'squash',
      changes: [{ files: { 'app.txt': 'one\ntwo-on-dev\nthree\nfour\nfive\n' }, message: 'fix: two on dev' }],
    });
  }

  it('conflict in fail mode: nothing pushed, one comment with commands, a label, a red job; a re-run adds nothing', async () => {
    const repo = await newRepo();
    const pr = await conflicting(repo);
    const refsBefore = await repo.refs();
    const r = await act(repo, 'pull_request', closedEvent(pr), {}, 'conflict (fail)');
    expect(r.exitCode).toBe(1);
    expect(results(r).stg).toMatchObject({ state: 'conflict' });
    expect(await repo.refs()).toEqual(refsBefore);
    const comments = repo.comments(pr.number).filter((c) => c.body.includes('portal-release:backport-conflict'));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(`git cherry-pick -x ${pr.merge_commit_sha}`);
    expect(comments[0]!.body).toContain(`git switch --create backport/${pr.number}-to-stg origin/stg`);
    expect(repo.issue(pr.number).labels.map((l: { name: string }) => l.name)).toContain('needs-manual-backport');
    expect(r.annotations.some((a) => a.level === 'error' && /conflict/.test(a.message))).toBe(true);
    const before = sb.requests().length;
    const again = await act(repo, 'pull_request', closedEvent(pr));
    expect(again.exitCode).toBe(1);
    expect(writesSince(before, repo)).toEqual([]);
  });

  it('conflict in draft mode: a draft PR with the markers committed, labelled, with a failing status', async () => {
    const repo = await newRepo({ policy: 'backport:\n  conflict: draft\n' });
    const pr = await conflicting(repo);
    const r = await act(repo, 'pull_request', closedEvent(pr), {}, 'conflict (draft)');
    expect(r.exitCode).toBe(0);
    const res = results(r).stg!;
    expect(res.state).toBe('conflict');
    const draft = await repo.pullRequest(res.pr!);
    expect(draft.draft).toBe(true);
    expect(draft.labels.map((l: { name: string }) => l.name).sort()).toEqual(['bug', 'needs-manual-backport']);
    expect(await fileAt(repo, draft.head.sha, 'app.txt')).toMatch(/<<<<<<<[^]*=======[^]*>>>>>>>/);
    expect(repo.statuses(draft.head.sha)).toEqual([expect.objectContaining({ state: 'failure', context: 'portal-release/backport' })]);
    expect(r.outputs['created-pull-numbers']).toBe(String(res.pr));
  });

  it('already-present changes (trailer, patch-id) and empty picks are skipped, not conflicts', async () => {
    const repo = await newRepo();
    const change = { 'app.txt': 'one\ntwo\nthree\nfour\nFIVE\n' };
    const pr = await mergedPull(repo, {
      title: 'fix: five',
      head: 'fix/five',
      labels: ['backport stg'],
      method: 'squash',
      changes: [{ files: change, message: 'fix: five' }],
    });
    // patch-id: the same diff already landed on stg under another message
    await repo.commit('stg', change, 'chore: same change, other words');
    const r1 = await act(repo, 'pull_request', closedEvent(pr), {}, 'skipped (patch-id)');
    expect(r1.exitCode).toBe(0);
    expect(results(r1).stg).toMatchObject({ state: 'skipped' });
    expect(results(r1).stg!.reason).toMatch(/patch-id/);

    const pr2 = await mergedPull(repo, {
      title: 'fix: readme',
      head: 'fix/readme',
      labels: ['backport stg'],
      method: 'squash',
      changes: [{ files: { 'README.md': '# app\nfixed\n' }, message: 'fix: readme' }],
    });
    await repo.commit('stg', { 'README.md': '# app\nfixed\n' }, `fix: readme\n\n(cherry picked from commit ${pr2.merge_commit_sha})`);
    await repo.commit('stg', { 'other.txt': 'x\n' }, 'chore: unrelated');
    const r2 = await act(repo, 'pull_request', closedEvent(pr2));
    expect(results(r2).stg!.reason).toMatch(/trailer/);

    // empty pick: stg reached the same content in two steps (no single matching patch)
    const pr3 = await mergedPull(repo, {
      title: 'fix: one',
      head: 'fix/one',
      labels: ['backport stg'],
      method: 'squash',
      changes: [{ files: { 'app.txt': 'ONE\ntwo\nthree\nfour\nFIVE\n', 'd.txt': 'd\n' }, message: 'fix: one' }],
    });
    await repo.commit('stg', { 'd.txt': 'd\n' }, 'add d');
    await repo.commit('stg', { 'app.txt': 'ONE\ntwo\nthree\nfour\nFIVE\n' }, 'upper one');
    const refsBefore = await repo.refs();
    const r3 = await act(repo, 'pull_request', closedEvent(pr3), {}, 'skipped (empty pick)');
    expect(r3.exitCode).toBe(0);
    expect(results(r3).stg).toMatchObject({ state: 'skipped' });
    expect(results(r3).stg!.reason).toMatch(/empty pick/);
    expect(await repo.refs()).toEqual(refsBefore);
  });

  it('policy: a feat is refused, a fix after the window is deferred, a security fix is accepted', async () => {
    const repo = await newRepo({ release: '2026-04-01T00:00:00Z' });
    const feat = await mergedPull(repo, {
      title: 'feat: new dashboard',
      head: 'feat/dash',
      labels: ['backport stg'],
      method: 'squash',
      changes: [{ files: { 'dash.txt': 'd\n' }, message: 'feat: dash' }],
    });
    const r1 = await act(repo, 'pull_request', closedEvent(feat), { now: '2026-04-05T00:00:00Z' }, 'deferred (feat)');
    expect(r1.exitCode).toBe(0);
    expect(results(r1).stg).toMatchObject({ state: 'deferred' });
    const deferred = repo.comments(feat.number).filter((c) => c.body.includes('portal-release:backport-deferred target=stg'));
    expect(deferred).toHaveLength(1);
    expect(deferred[0]!.body).toContain('deferred to the next iteration');
    expect(deferred[0]!.body).toContain('never-type');
    const before = sb.requests().length;
    await act(repo, 'pull_request', closedEvent(feat), { now: '2026-04-05T00:00:00Z' });
    expect(writesSince(before, repo)).toEqual([]);

    const fix = await mergedPull(repo, {
      title: 'fix: typo',
      head: 'fix/typo',
      labels: ['backport stg'],
      method: 'squash',
      changes: [{ files: { 'typo.txt': 't\n' }, message: 'fix: typo' }],
    });
    const inWindow = await act(repo, 'pull_request', closedEvent(fix), { now: '2026-04-20T00:00:00Z', 'dry-run': 'true' });
    expect(results(inWindow).stg).toMatchObject({ state: 'planned' });
    const r2 = await act(repo, 'pull_request', closedEvent(fix));
    expect(results(r2).stg).toMatchObject({ state: 'deferred' });
    expect(results(r2).stg!.reason).toMatch(/window after major release v2\.0\.0 ended on 2026-05-01/);
    expect(repo.comments(fix.number).some((c) => c.body.includes('deferred to the next iteration'))).toBe(true);

    const sec = await mergedPull(repo, {
      title: 'fix: escape output',
      head: 'fix/xss',
      labels: ['backport stg', 'security'],
      method: 'squash',
      changes: [{ files: { 'xss.txt': 'x\n' }, message: 'fix: xss' }],
    });
    const r3 = await act(repo, 'pull_request', closedEvent(sec));
    expect(results(r3).stg).toMatchObject({ state: 'created' });
    expect((await repo.pullRequest(results(r3).stg!.pr!)).labels.map((l: { name: string }) => l.name)).toEqual(['security']);
  });

  it('a labeled run backports every backport label of the pull request, so a cancelled pending run loses nothing; dry-run writes nothing', async () => {
    const repo = await newRepo();
    const pr = await mergedPull(repo, {
      title: 'fix: later',
      head: 'fix/later',
      method: 'squash',
      changes: [{ files: { 'later.txt': 'l\n' }, message: 'fix: later' }],
    });
    expect(results(await act(repo, 'pull_request', closedEvent(pr)))).toEqual({});
    // Two labels added in quick succession: the run of the first is the pending one a newer run of
    // the same concurrency group cancels, so only the second label's run ever starts.
    repo.addLabel(pr.number, 'backport stg', 'alice');
    repo.addLabel(pr.number, 'backport main', 'alice');
    const labeled = await repo.pullRequest(pr.number);
    const secondLabel = pullRequestEvent('labeled', labeled, labeled.base.repo, { merged: true });
    const before = sb.requests().length;
    const dry = await act(repo, 'pull_request', secondLabel, { 'dry-run': 'true' }, 'dry run, 2 targets');
    expect(dry.exitCode).toBe(0);
    expect(results(dry)).toEqual({ stg: expect.objectContaining({ state: 'planned' }), main: expect.objectContaining({ state: 'planned' }) });
    expect(writesSince(before, repo)).toEqual([]);
    expect(dry.summary).toContain('Dry run');
    const dryPlan = planOf(dry);
    expect(dryPlan).toEqual([
      { step: `push backport/${pr.number}-to-stg and open "fix: later (backport #${pr.number})" into stg`, status: 'planned' },
      { step: `push backport/${pr.number}-to-main and open "fix: later (backport #${pr.number})" into main`, status: 'planned' },
    ]);
    const r = await act(repo, 'pull_request', secondLabel, {}, 'labeled: every backport label, 2 targets');
    expect(results(r)).toEqual({ stg: expect.objectContaining({ state: 'created' }), main: expect.objectContaining({ state: 'created' }) });
    expect(planOf(r)).toEqual(asDone(dryPlan));
    // The first label's run, had it started after all, changes nothing.
    const again = sb.requests().length;
    const rerun = await act(repo, 'pull_request', secondLabel, {}, 'labeled: re-run, 2 targets exist');
    expect(results(rerun)).toEqual({ stg: expect.objectContaining({ state: 'exists' }), main: expect.objectContaining({ state: 'exists' }) });
    expect(writesSince(again, repo)).toEqual([]);
    expect(planOf(rerun).map((e) => e.status)).toEqual(['kept', 'kept']);
    expect(planOf(rerun)[0]!.step).toBe(`the backport of #${pr.number} into stg is already #${results(r).stg!.pr} (open)`);
  }, 300_000);

  it("/backport needs write access and a refused or impossible command gets exactly one answer, never in a person's comment", async () => {
    const repo = await newRepo();
    repo.setPermission('reader', 'read');
    repo.setPermission('writer', 'write');
    const fix2 = await mergedPull(repo, {
      title: 'fix: by comment',
      head: 'fix/comment',
      method: 'squash',
      changes: [{ files: { 'c2.txt': 'c\n' }, message: 'fix: c2' }],
    });
    const ask = (user: string, body = '/backport stg') => {
      const comment = repo.addComment(fix2.number, body, user);
      return { comment, event: issueCommentEvent({ issue: repo.issue(fix2.number), comment, repo: fix2.base.repo, isPullRequest: true }) };
    };
    const answers = () => repo.comments(fix2.number).filter((c) => String(c.body).includes('portal-release:backport-answer'));

    // An outsider: refused by identity (the permission read), answered once; a re-run answers nothing more.
    const outsider = ask('reader');
    // Someone pastes the answer's marker into their own comment: it must never be edited.
    const decoy = repo.addComment(fix2.number, `<!-- portal-release:backport-answer comment=${outsider.comment.id} -->\nmine`, 'reader');
    const denied = await act(repo, 'issue_comment', outsider.event, {}, '/backport refused, answered');
    expect(denied.exitCode).toBe(0);
    expect(results(denied)).toEqual({});
    const bot = answers().filter((c) => c.id !== decoy.id);
    expect(bot).toHaveLength(1);
    expect(bot[0]!.body).toContain('needs write access');
    expect((bot[0]!.user as { login: string }).login).toBe('github-actions[bot]');
    const before = sb.requests().length;
    await act(repo, 'issue_comment', outsider.event, {}, '/backport refused, re-run');
    expect(writesSince(before, repo)).toEqual([]);
    expect(repo.comments(fix2.number).find((c) => c.id === decoy.id)!.body).toBe(decoy.body);

    // A writer asks for a branch that does not exist: the job fails and the command is answered once.
    const impossible = ask('writer', '  /backport nowhere');
    const failed = await act(repo, 'issue_comment', impossible.event, {}, '/backport impossible, answered');
    expect(failed.exitCode).toBe(1);
    expect(results(failed).nowhere).toMatchObject({ state: 'failed' });
    await act(repo, 'issue_comment', impossible.event);
    const forImpossible = answers().filter((c) => String(c.body).includes(`comment=${impossible.comment.id} `));
    expect(forImpossible).toHaveLength(1);
    expect(forImpossible[0]!.body).toContain('nowhere: branch "nowhere" does not exist');

    const ok = await act(repo, 'issue_comment', ask('writer').event, {}, '/backport comment, 1 target');
    expect(results(ok).stg!.state).toBe('created');
    const dispatch = await act(repo, 'workflow_dispatch', workflowDispatchEvent({ ref: 'main', repo: fix2.base.repo }), {
      pr: String(fix2.number),
      targets: 'stg',
    });
    expect(results(dispatch).stg!.state).toBe('exists');
  }, 300_000);

  it('hostile names never reach a shell or a git option', async () => {
    const repo = await newRepo();
    const workspace = await mkdtemp(join(tmpdir(), 'bp-hostile-'));
    try {
      const hostile = ['backport $(touch pwned)', 'backport --upload-pack=touch pwned', 'backport ;rm -rf ~', 'backport `touch pwned`'];
      const pr = await mergedPull(repo, {
        title: '$(touch pwned); rm -rf ~',
        head: 'fix/$(touch-pwned)',
        labels: [...hostile, 'backport stg', 'backport -oops'],
        method: 'squash',
        changes: [{ files: { 'h.txt': 'h\n' }, message: '$(touch pwned)' }],
      });
      const refsBefore = Object.keys(await repo.refs());
      const r = await runAction({
        action: 'backport-cherry-pick',
        inputs: { now: NOW },
        eventName: 'pull_request',
        event: closedEvent(pr),
        repository: repo.fullName,
        apiUrl: sb.apiUrl,
        serverUrl: sb.serverUrl,
        token: sb.token,
        workspace,
      });
      sb.assertNoViolations();
      const res = results(r);
      expect(res.stg!.state).toBe('created');
      for (const branch of ['$(touch pwned)', '--upload-pack=touch pwned', ';rm -rf ~', '`touch pwned`', '-oops']) {
        expect(res[branch]).toMatchObject({ state: 'failed' });
        expect(res[branch]!.reason).toMatch(/not a valid branch name/);
      }
      expect(r.exitCode).toBe(1);
      expect((await repo.pullRequest(res.stg!.pr!)).title).toBe(`$(touch pwned); rm -rf ~ (backport #${pr.number})`);
      expect(await readdir(workspace)).toEqual([]);
      expect(Object.keys(await repo.refs()).filter((ref) => !refsBefore.includes(ref))).toEqual([`refs/heads/backport/${pr.number}-to-stg`]);

      // The same names through /backport and the targets input.
      repo.setPermission('writer', 'write');
      const ask = issueCommentEvent({
        issue: repo.issue(pr.number),
        comment: repo.addComment(pr.number, '/backport --upload-pack=touch$IFS/tmp/pwned $(touch${IFS}pwned)', 'writer'),
        repo: pr.base.repo,
        isPullRequest: true,
      });
      const r2 = await runAction({
        action: 'backport-cherry-pick',
        inputs: { now: NOW },
        eventName: 'issue_comment',
        event: ask,
        repository: repo.fullName,
        apiUrl: sb.apiUrl,
        serverUrl: sb.serverUrl,
        token: sb.token,
        workspace,
      });
      expect(r2.exitCode).toBe(1);
      expect(Object.values(results(r2)).every((x) => x.state === 'failed')).toBe(true);
      expect(await readdir(workspace)).toEqual([]);
      const bad = await act(repo, 'workflow_dispatch', workflowDispatchEvent({ ref: 'main', repo: pr.base.repo }), {
        pr: String(pr.number),
        targets: ';rm -rf ~',
      });
      expect(bad.exitCode).toBe(1);
      expect(bad.annotations.some((a) => a.level === 'error' && /Input "targets"/.test(a.message))).toBe(true);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
  it('auto-merge is opt-in, refused where the target requires no check, said when the repository forbids it, enabled where checks decide', async () => {
    const policy = 'backport:\n  auto-merge: squash\n';
    const backportOf = async (repo: RepoHandle, head: string, labels = ['backport stg']) => {
      const pr = await mergedPull(repo, {
        title: `fix: ${head}`,
        head,
        labels,
        method: 'squash',
        changes: [{ files: { [`${head}.txt`]: 'x\n' }, message: `fix: ${head}` }],
      });
      const r = await act(repo, 'pull_request', closedEvent(pr));
      const json = JSON.parse(r.outputs.results ?? '{}') as Record<string, { state: string; pr?: number; autoMerge?: string }>;
      return { r, stg: json.stg!, main: json.main };
    };
    // No required check on stg: refused, the backport stands for a person to merge.
    const open = await newRepo({ policy });
    open.allowAutoMerge();
    const refused = await backportOf(open, 'unguarded');
    expect(refused.r.exitCode, refused.r.stdout).toBe(0);
    expect(refused.stg).toMatchObject({ state: 'created', autoMerge: 'refused' });
    expect(
      refused.r.annotations.find((a) => a.level === 'warning' && /Auto-merge of #\d+ refused: stg requires no status check/.test(a.message)),
    ).toBeDefined();
    expect((await open.pullRequest(refused.stg.pr!)).auto_merge).toBeNull();

    // Required checks by classic protection on stg and by a ruleset on main, but auto-merge not allowed in the settings.
    const strict = await newRepo({ policy });
    strict.protectBranch('stg', { requiredChecks: ['ci/test'] });
    strict.protectBranch('main', { requiredChecks: ['ci/test'], via: 'ruleset' });
    const forbidden = await backportOf(strict, 'forbidden');
    expect(forbidden.stg).toMatchObject({ state: 'created', autoMerge: 'failed' });
    expect(forbidden.r.annotations.find((a) => a.level === 'warning' && /Enable "Allow auto-merge"/.test(a.message))).toBeDefined();

    strict.allowAutoMerge();
    const enabled = await backportOf(strict, 'guarded', ['backport stg', 'backport main']);
    expect(enabled.r.exitCode, enabled.r.stdout).toBe(0);
    expect(enabled.stg).toMatchObject({ state: 'created', autoMerge: 'enabled' });
    expect(enabled.main).toMatchObject({ state: 'created', autoMerge: 'enabled' });
    const merged = await strict.pullRequest(enabled.stg.pr!);
    expect(merged.auto_merge).toMatchObject({ merge_method: 'squash' });
    expect(merged.merged).toBe(false); // the required check decides, not the suite

    // Without the policy key nothing is asked: no extra request on a clean backport.
    const plain = await newRepo();
    plain.allowAutoMerge();
    plain.protectBranch('stg', { requiredChecks: ['ci/test'] });
    const before = sb.requests().length;
    const off = await backportOf(plain, 'off');
    expect(off.stg.autoMerge).toBeUndefined();
    expect(
      sb
        .requests()
        .slice(before)
        .filter((q) => /rules\/branches|\/branches\/stg$/.test(q.path)),
    ).toEqual([]);
    expect((await plain.pullRequest(off.stg.pr!)).auto_merge).toBeNull();
  });
});
