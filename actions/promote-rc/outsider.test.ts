// Adversarial: an outsider tries to steer promote-rc with a typed marker, through the bundle and the stand-in.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSandbox } from '../../sandbox/use-sandbox.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { type RepoHandle } from '../../sandbox/index.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { pullRequestEvent, workflowDispatchEvent } from '../../sandbox/events.ts';
import { writes } from '../../sandbox/testing.ts';

const sandbox = useSandbox();
let sb: Sandbox;
let counter = 0;
let aliceToken: string;
let malloryToken: string;

beforeAll(async () => {
  sb = sandbox();
  aliceToken = sb.addToken('alice');
  malloryToken = sb.addToken('mallory');
});

async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<any> {
  const res = await fetch(`${sb.apiUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `token ${init.token ?? sb.token}`, 'content-type': 'application/json' },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : {};
}

async function freshRepo(): Promise<RepoHandle> {
  counter += 1;
  const repo = await sb.createRepo(`acme/promo-${counter}`, {
    defaultBranch: 'main',
    branches: ['dev', 'stg'],
    files: { 'README.md': '# app\n', '.github/release-validation.md': '- [ ] UAT signed off for {tag}\n- [ ] Rollback plan for {tag}\n' },
  });
  await repo.createTag('v1.2.0', 'main', 'Release v1.2.0');
  repo.setPermission('alice', 'write');
  repo.setPermission('mallory', 'write');
  return repo;
}

async function change(repo: RepoHandle, title: string, base = 'dev', user = 'alice'): Promise<number> {
  counter += 1;
  const branch = `topic/${counter}`;
  await repo.createBranch(branch, base);
  await repo.commit(branch, { [`src/${counter}.ts`]: `${title}\n` }, title, { author: user });
  const pr = await repo.openPullRequest({ head: branch, base, title, user });
  await repo.mergePullRequest(pr.number as number, { method: 'squash' });
  return pr.number as number;
}

async function dispatch(repo: RepoHandle, inputs: Record<string, string | boolean> = {}): Promise<ActionResult> {
  const repository = await api(`/repos/${repo.fullName}`);
  return runAction({
    action: 'promote-rc',
    inputs,
    eventName: 'workflow_dispatch',
    event: workflowDispatchEvent({ ref: 'main', repo: repository }),
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
  });
}

async function gate(repo: RepoHandle, number: number): Promise<ActionResult> {
  const repository = await api(`/repos/${repo.fullName}`);
  const pr = await api(`/repos/${repo.fullName}/pulls/${number}`);
  return runAction({
    action: 'promote-rc',
    inputs: { stage: 'gate' },
    eventName: 'pull_request',
    event: pullRequestEvent('synchronize', pr, repository),
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
  });
}

function ok(result: ActionResult): ActionResult {
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
}

/** Someone's own pull request (not the suite's) into `base` whose description carries `body`. */
async function outsiderPr(repo: RepoHandle, base: string, title: string, body: string, user = 'mallory'): Promise<any> {
  counter += 1;
  const branch = `outsider/${counter}`;
  await repo.createBranch(branch, base);
  await repo.commit(branch, { [`evil/${counter}.ts`]: 'steer\n' }, title, { author: user });
  return repo.openPullRequest({ head: branch, base, title, body, user });
}

const gateStatus = (repo: RepoHandle, sha: string) => repo.statuses(sha).filter((s) => s.context === 'portal-release/release-gate');

describe('promote-rc against an outsider', () => {
  it('does not adopt a person’s pull request into stg that carries a copied promotion marker; a re-run neither', async () => {
    const repo = await freshRepo();
    await change(repo, 'feat: reports');
    const devSha = (await repo.refSha('dev'))!;
    const copied = `<!-- portal-release:promotion stage=rc base=stg tag=v1.3.0-rc.1 version=1.3.0 sha=${devSha} -->\nPlease merge me`;
    const human = await outsiderPr(repo, 'stg', 'chore: my change', copied);
    const before = await repo.pullRequest(human.number as number);

    const first = ok(await dispatch(repo));
    expect(first.outputs.operation).toBe('created');
    const managed = Number(first.outputs['pr-number']);
    expect(managed).not.toBe(human.number);
    const after = await repo.pullRequest(human.number as number);
    expect({ title: after.title, body: after.body, labels: after.labels }).toEqual({ title: before.title, body: before.body, labels: before.labels });
    const suite = await repo.pullRequest(managed);
    expect(suite).toMatchObject({ head: { ref: 'portal-release/rc-stg' }, user: { login: 'github-actions[bot]' } });
    expect(first.summary).toContain(`#${human.number} carries a \`promotion\` marker, but its head branch is outsider/`);
    expect(first.summary).toMatch(/treated as any pull request/);

    // Re-run: the suite's own pull request is found, the person's still ignored, nothing written.
    const start = sb.requests().length;
    const again = ok(await dispatch(repo));
    expect(again.outputs).toMatchObject({ operation: 'none', 'pr-number': String(managed) });
    expect(writes(sb.requests().slice(start))).toEqual([]);
    expect(again.summary).toContain(`#${human.number} carries a \`promotion\` marker`);
  });

  it('does not adopt a pull request another account opened from the suite’s own branch name in a fork', async () => {
    const repo = await freshRepo();
    await change(repo, 'fix: crash');
    const fork = await sb.createRepo(`mallory/promo-${counter}`, { defaultBranch: 'main' });
    await fork.git(['fetch', '--quiet', repo.gitDir, '+refs/heads/dev:refs/heads/portal-release/rc-stg']);
    await fork.commit('portal-release/rc-stg', { 'evil.ts': 'x\n' }, 'steer', { author: 'mallory' });
    const marker = `<!-- portal-release:promotion stage=rc base=stg tag=v1.2.1-rc.1 version=1.2.1 sha=${(await fork.refSha('portal-release/rc-stg'))!} -->`;
    const forked = await repo.openPullRequest({
      head: 'mallory:portal-release/rc-stg',
      base: 'stg',
      title: 'Release candidate v1.2.1-rc.1',
      body: marker,
      user: 'mallory',
    });
    const result = ok(await dispatch(repo));
    expect(Number(result.outputs['pr-number'])).not.toBe(forked.number);
    expect((await repo.pullRequest(forked.number as number)).title).toBe('Release candidate v1.2.1-rc.1');
    expect(result.summary).toContain(`#${forked.number} carries a \`promotion\` marker, but its head is in the fork mallory/promo-${counter}`);
  });

  it('keeps a suite pull request the suite’s after a person edits its description (marker intact), and updates no other', async () => {
    const repo = await freshRepo();
    await change(repo, 'feat: one');
    const number = Number(ok(await dispatch(repo)).outputs['pr-number']);
    const pr = await repo.pullRequest(number);
    await api(`/repos/${repo.fullName}/pulls/${number}`, { method: 'PATCH', body: { body: `${pr.body}\n\nUAT notes by alice.` }, token: aliceToken });
    await change(repo, 'feat: two');
    const second = ok(await dispatch(repo));
    expect(second.outputs).toMatchObject({ operation: 'updated', 'pr-number': String(number), tag: 'v1.3.0-rc.2' });
    expect((await api(`/repos/${repo.fullName}/pulls?state=open&base=stg`)).map((p: any) => p.number)).toEqual([number]);
  });

  it('judges a person’s pull request into main with a copied release marker as any pull request (green: not a release), and red after a push onto the release branch', async () => {
    const repo = await freshRepo();
    await change(repo, 'feat: reports');
    const rc = Number(ok(await dispatch(repo)).outputs['pr-number']);
    await repo.mergePullRequest(rc, { method: 'merge' });
    const stgSha = (await repo.refSha('stg'))!;
    const release = Number(ok(await dispatch(repo, { stage: 'release' })).outputs['pr-number']);
    const suitePr = await repo.pullRequest(release);

    // A person copies the release PR's whole description (marker, ticked boxes) into their own PR into main.
    const ticked = (suitePr.body as string).replace(/- \[ \]/g, '- [x]');
    const human = await outsiderPr(repo, 'main', 'Release v1.3.0', ticked);
    await api(`/repos/${repo.fullName}/pulls/${human.number}/reviews`, { method: 'POST', body: { event: 'APPROVE' }, token: aliceToken });
    // It is judged as any pull request into production (a hotfix): the required status is green
    // "not a release pull request", never the release's verdict, and it carries no release tag.
    const judged = ok(await gate(repo, human.number as number));
    expect(judged.outputs).toMatchObject({ operation: 'created', 'gate-state': 'success', tag: '', version: '' });
    expect(gateStatus(repo, human.head.sha as string)).toEqual([
      expect.objectContaining({ state: 'success', description: 'Not a release pull request: nothing to hold.' }),
    ]);
    expect(judged.summary).toContain(`#${human.number} carries a \`release-pr\` marker, but its head branch is outsider/`);
    // Re-run: the same, nothing written.
    const before = sb.requests().length;
    expect(ok(await gate(repo, human.number as number)).outputs).toMatchObject({ operation: 'none', 'gate-state': 'success' });
    expect(writes(sb.requests().slice(before))).toEqual([]);
    expect(gateStatus(repo, human.head.sha as string)).toHaveLength(1);

    // Deleting the unticked boxes of the suite's release PR does not pass the checklist.
    const stripped = (suitePr.body as string).replace(/^- \[ \] .*$/gm, '');
    await api(`/repos/${repo.fullName}/pulls/${release}`, { method: 'PATCH', body: { body: `${stripped}\n- [x] Looks fine` }, token: malloryToken });
    await api(`/repos/${repo.fullName}/pulls/${release}/reviews`, { method: 'POST', body: { event: 'APPROVE' }, token: aliceToken });
    const deleted = ok(await gate(repo, release));
    expect(deleted.outputs['gate-state']).toBe('failure');
    expect(deleted.outputs.missing).toContain('2 item(s) of the validation checklist are missing from the description');
    expect(gateStatus(repo, stgSha).pop()?.state).toBe('failure');

    // Ticked properly and approved: green.
    await api(`/repos/${repo.fullName}/pulls/${release}`, { method: 'PATCH', body: { body: ticked }, token: aliceToken });
    const green = ok(await gate(repo, release));
    expect(green.outputs['gate-state']).toBe('success');

    // A person pushes onto the release branch: red, on the new head.
    const pushed = await repo.commit('portal-release/release-main', { 'late.ts': 'x\n' }, 'chore: late', { author: 'mallory' });
    const moved = ok(await gate(repo, release));
    expect(moved.outputs).toMatchObject({ 'gate-state': 'failure', sha: pushed });
    expect(gateStatus(repo, pushed).pop()?.state).toBe('failure');
    // Re-run: still red, nothing new written.
    const start = sb.requests().length;
    expect(ok(await gate(repo, release)).outputs['gate-state']).toBe('failure');
    expect(writes(sb.requests().slice(start))).toEqual([]);
  });
});
