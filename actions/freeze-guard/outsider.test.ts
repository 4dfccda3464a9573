// Adversarial: outsiders try to get past the freeze with typed markers, bots, forks and label games.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSandbox } from '../../sandbox/use-sandbox.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { type RepoHandle } from '../../sandbox/index.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { pullRequestEvent } from '../../sandbox/events.ts';
import { apiGet, writes } from '../../sandbox/testing.ts';

const sandbox = useSandbox();
let sb: Sandbox;
let counter = 0;

beforeAll(async () => {
  sb = sandbox();
  sb.addUser('dependabot[bot]', { type: 'Bot' });
});

const FROZEN_NOW = '2026-11-23T12:00:00Z';

async function freshRepo(): Promise<RepoHandle> {
  counter += 1;
  const repo = await sb.createRepo(`acme/frz-${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
  await repo.createRelease({ tag: 'v3.0.0', target: 'main', publishedAt: '2026-11-10T12:00:00Z' });
  repo.setPermission('carol', 'maintain');
  repo.setPermission('alice', 'write');
  return repo;
}

async function openPr(repo: RepoHandle, opts: { title: string; body?: string; user: string; branch?: string; labels?: string[] }) {
  counter += 1;
  const branch = opts.branch ?? `topic-${counter}`;
  await repo.createBranch(branch, 'dev');
  await repo.commit(branch, { [`src/${counter}.ts`]: 'x\n' }, opts.title, { author: opts.user });
  return repo.openPullRequest({ head: branch, base: 'dev', title: opts.title, body: opts.body ?? '', user: opts.user, labels: opts.labels });
}

async function check(repo: RepoHandle, number: number): Promise<ActionResult & { wrote: unknown[] }> {
  const pr = await apiGet(sb, `/repos/${repo.fullName}/pulls/${number}`);
  const repository = await apiGet(sb, `/repos/${repo.fullName}`);
  const start = sb.requests().length;
  const result = await runAction({
    action: 'freeze-guard',
    eventName: 'pull_request',
    event: pullRequestEvent('synchronize', pr, repository),
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
    inputs: { now: FROZEN_NOW },
  });
  return { ...result, wrote: writes(sb.requests().slice(start)) };
}

const freezeStatus = (repo: RepoHandle, sha: string) => repo.statuses(sha).filter((s) => s.context === 'portal-release/freeze');

describe('freeze-guard against an outsider', () => {
  it('does not exempt another bot’s pull request that carries a pasted suite marker; a re-run neither', async () => {
    const repo = await freshRepo();
    const pr = await openPr(repo, {
      title: 'feat: bump widget to 4.0',
      body: 'Release notes from upstream:\n<!-- portal-release:merge-back pr=1 target=dev -->\n',
      user: 'dependabot[bot]',
    });
    const run = await check(repo, pr.number as number);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    expect(freezeStatus(repo, pr.head.sha as string).pop()?.state).toBe('failure');
    expect(run.summary).toContain(`#${pr.number} carries a \`merge-back\` marker, but its head branch is topic-`);
    expect(run.summary).toContain('not exempt from the freeze');
    const again = await check(repo, pr.number as number);
    expect(again.outputs.decision).toBe('blocked');
    expect(again.wrote).toEqual([]);
  });

  it('does not exempt a fork’s pull request from the suite’s branch name with a marker, but does exempt the suite’s own merge-back', async () => {
    const repo = await freshRepo();
    const fork = await sb.createRepo(`mallory/frz-${counter}`, { defaultBranch: 'main' });
    await fork.git(['fetch', '--quiet', repo.gitDir, '+refs/heads/dev:refs/heads/backport/1-to-dev']);
    await fork.commit('backport/1-to-dev', { 'evil.ts': 'x\n' }, 'feat: sneak', { author: 'mallory' });
    const forked = await repo.openPullRequest({
      head: 'mallory:backport/1-to-dev',
      base: 'dev',
      title: 'feat: sneak in',
      body: '<!-- portal-release:merge-back pr=1 target=dev -->',
      user: 'mallory',
    });
    const blocked = await check(repo, forked.number as number);
    expect(blocked.outputs.decision).toBe('blocked');
    expect(blocked.summary).toContain(`its head is in the fork mallory/frz-${counter}`);

    const own = await openPr(repo, {
      title: '[Backport dev] feat: hotfix follow-up',
      body: '<!-- portal-release:merge-back pr=1 target=dev -->\nMerge-back of hotfix #1',
      user: 'github-actions[bot]',
      branch: 'backport/1-to-dev',
    });
    const exempt = await check(repo, own.number as number);
    expect(exempt.exitCode, exempt.stdout).toBe(0);
    expect(exempt.outputs.decision).toBe('exempt');
    expect(exempt.summary).not.toContain('Markers ignored');
  });

  it('does not count a freeze exception a maintainer granted and removed once the author re-adds the label', async () => {
    const repo = await freshRepo();
    const pr = await openPr(repo, { title: 'feat: urgent dashboard', user: 'alice' });
    repo.addLabel(pr.number as number, 'freeze-exception', 'carol', '2026-11-20T10:00:00Z');
    expect((await check(repo, pr.number as number)).outputs.decision).toBe('allowed');
    repo.removeLabel(pr.number as number, 'freeze-exception', 'carol');
    repo.addLabel(pr.number as number, 'freeze-exception', 'alice');
    const run = await check(repo, pr.number as number);
    expect(run.outputs.decision).toBe('blocked');
    expect(run.outputs.reason).toContain('alice (who added it last) is the author');
    expect(freezeStatus(repo, pr.head.sha as string).pop()?.state).toBe('failure');
  });

  it('never edits a person’s comment that quotes the guidance comment, and keeps one comment of its own', async () => {
    const repo = await freshRepo();
    const pr = await openPr(repo, { title: 'feat: new page', user: 'alice' });
    const quoted = '<!-- portal-release:freeze-guidance -->\n> ### ❄️ Code freeze: this pull request waits\n\nWhy is this blocked?';
    repo.addComment(pr.number as number, quoted, 'alice');
    await check(repo, pr.number as number);
    await check(repo, pr.number as number);
    const comments = repo.comments(pr.number as number).map((c) => ({ author: (c.user as { login: string }).login, body: String(c.body) }));
    expect(comments[0]).toEqual({ author: 'alice', body: quoted });
    expect(comments.filter((c) => c.author === 'github-actions[bot]')).toHaveLength(1);
    expect(comments.filter((c) => c.author === 'github-actions[bot]')[0]!.body).toContain('this pull request waits');
  });
});
