// Adversarial: outsiders try to pass their pull requests, comments and issues off as the suite's.
import { beforeAll, describe, expect, it } from 'vitest';
import { useSandbox } from '../../sandbox/use-sandbox.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { type RepoHandle } from '../../sandbox/index.ts';
import { pullRequestEvent, scheduleEvent } from '../../sandbox/events.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { writes } from '../../sandbox/testing.ts';

const sandbox = useSandbox();
let sb: Sandbox;
let counter = 0;

beforeAll(async () => {
  sb = sandbox();
});

const NOW = '2026-06-10T12:00:00Z';

async function newRepo(): Promise<RepoHandle> {
  counter += 1;
  const repo = await sb.createRepo(`acme/bp-${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'app.txt': 'one\ntwo\n' } });
  await repo.createRelease({ tag: 'v2.0.0', target: 'main', publishedAt: '2026-06-01T00:00:00Z' });
  for (const name of ['backport stg', 'hotfix', 'backport-drift', 'needs-manual-backport', 'feature']) repo.createLabel(name, { description: name });
  return repo;
}

async function merged(repo: RepoHandle, o: { title: string; head: string; base: string; labels?: string[]; files: Record<string, string> }) {
  await repo.createBranch(o.head, o.base);
  await repo.commit(o.head, o.files, o.title, { author: 'alice' });
  const pr = await repo.openPullRequest({ head: o.head, base: o.base, title: o.title, labels: o.labels ?? [], user: 'alice' });
  await repo.mergePullRequest(pr.number as number, { method: 'squash' });
  return repo.pullRequest(pr.number as number);
}

async function act(repo: RepoHandle, eventName: string, event: unknown, inputs: Record<string, string> = {}): Promise<ActionResult & { wrote: unknown[] }> {
  const start = sb.requests().length;
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
  return { ...result, wrote: writes(sb.requests().slice(start)) };
}

const audit = (repo: RepoHandle) => act(repo, 'schedule', scheduleEvent('0 6 * * *'), { mode: 'audit' });

describe('backport-cherry-pick against an outsider', () => {
  it('the drift audit counts no person’s pull request carrying a merge-back marker, and edits no person’s look-alike ledger', async () => {
    const repo = await newRepo();
    const hotfix = await merged(repo, { title: 'fix: patch login', head: 'hotfix/login', base: 'main', files: { 'login.txt': 'patched\n' } });
    const drifting = hotfix.merge_commit_sha as string;
    // A person opens a pull request into stg that claims to carry the hotfix (marker and SHA pasted).
    await repo.createBranch('my-branch', 'stg');
    await repo.commit('my-branch', { 'other.txt': 'x\n' }, 'chore: unrelated', { author: 'mallory' });
    const claim = await repo.openPullRequest({
      head: 'my-branch',
      base: 'stg',
      title: 'Merge-back',
      body: `<!-- portal-release:merge-back pr=${hotfix.number} target=stg -->\nCarries ${drifting}`,
      user: 'mallory',
    });
    // And an issue that looks like the ledger.
    const fake = repo.createIssue({
      title: 'Drift ledger',
      body: '<!-- portal-release:drift-ledger -->\nnothing to see',
      labels: ['backport-drift'],
      user: 'mallory',
    });

    const first = await audit(repo);
    expect(first.exitCode, first.stdout).toBe(0);
    const items = JSON.parse(first.outputs['drift-commits']!) as { sha: string; mergeBack: unknown[] }[];
    expect(items.map((i) => [i.sha, i.mergeBack])).toEqual([[drifting, []]]);
    expect(first.summary).toContain(`#${claim.number} carries a \`merge-back\` marker, but its head branch is my-branch`);
    expect(first.summary).toContain(`#${fake.number} carries the \`drift-ledger\` marker, but it was opened by mallory, not by the suite: left alone`);
    expect(repo.issue(fake.number as number).body).toBe('<!-- portal-release:drift-ledger -->\nnothing to see');
    const ledgers = repo
      .issues()
      .filter((i) => String(i.body).includes('portal-release:drift-ledger') && (i.user as { login: string }).login === 'github-actions[bot]');
    expect(ledgers).toHaveLength(1);
    expect(ledgers[0]!.body).not.toContain(`#${claim.number}`);

    // Re-run: nothing written, the person's issue still untouched.
    const again = await audit(repo);
    expect(again.wrote).toEqual([]);
    expect(repo.issue(fake.number as number).body).toBe('<!-- portal-release:drift-ledger -->\nnothing to see');
  });

  it('never edits or deletes a person’s comment that quotes the deferred comment; a re-run keeps one comment of its own', async () => {
    const repo = await newRepo();
    const feat = await merged(repo, { title: 'feat: widgets', head: 'feat/widgets', base: 'dev', labels: ['backport stg'], files: { 'w.txt': 'w\n' } });
    const quote = '<!-- portal-release:backport-deferred target=stg -->\n> deferred?\n\nPlease reconsider.';
    repo.addComment(feat.number as number, quote, 'alice');
    const event = pullRequestEvent('closed', feat, feat.base.repo, { merged: true });
    const first = await act(repo, 'pull_request', event);
    expect(first.exitCode, first.stdout).toBe(0);
    expect(JSON.parse(first.outputs.results!).stg.state).toBe('deferred');
    await act(repo, 'pull_request', event);
    const comments = repo.comments(feat.number as number).map((c) => ({ author: (c.user as { login: string }).login, body: String(c.body) }));
    expect(comments[0]).toEqual({ author: 'alice', body: quote });
    expect(comments.filter((c) => c.author === 'github-actions[bot]')).toHaveLength(1);
  });

  it('does not take a fork’s pull request from the backport branch name for the existing backport', async () => {
    const repo = await newRepo();
    const fix = await merged(repo, { title: 'fix: crash', head: 'fix/crash', base: 'dev', labels: ['backport stg'], files: { 'app.txt': 'one\ntwo fixed\n' } });
    const fork = await sb.createRepo(`mallory/bp-${counter}`, { defaultBranch: 'main' });
    const branch = `backport/${fix.number}-to-stg`;
    await fork.git(['fetch', '--quiet', repo.gitDir, `+refs/heads/stg:refs/heads/${branch}`]);
    await fork.commit(branch, { 'evil.txt': 'x\n' }, 'not the fix', { author: 'mallory' });
    const decoy = await repo.openPullRequest({
      head: `mallory:${branch}`,
      base: 'stg',
      title: '[Backport stg] fix: crash',
      body: `<!-- portal-release:backport pr=${fix.number} target=stg -->`,
      user: 'mallory',
    });
    const run = await act(repo, 'pull_request', pullRequestEvent('closed', fix, fix.base.repo, { merged: true }));
    expect(run.exitCode, run.stdout).toBe(0);
    const stg = JSON.parse(run.outputs.results!).stg;
    expect(stg.state).toBe('created');
    expect(stg.pr).not.toBe(decoy.number);
    expect((await repo.pullRequest(stg.pr)).head).toMatchObject({ ref: branch, repo: { full_name: repo.fullName } });
    // Re-run: the suite's own backport exists; nothing written.
    const again = await act(repo, 'pull_request', pullRequestEvent('closed', fix, fix.base.repo, { merged: true }));
    expect(JSON.parse(again.outputs.results!).stg).toMatchObject({ state: 'exists', pr: stg.pr });
    expect(again.wrote).toEqual([]);
  });
});
