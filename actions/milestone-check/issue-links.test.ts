// Integration: milestone-check follows each milestone issue to the pull requests that fixed it
// (closing references, manual links, closing keywords), through the bundle and the stand-in.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { cloneFor, mergedPull, parseJson, runCheck, uniqueName, writes } from './testkit.ts';

interface MissingOut {
  repo: string;
  number: number;
  commits: string[];
  command: string;
  reason: string;
  issues?: number[];
}
interface PlacedOut {
  number: number;
  proof: string;
  issues?: number[];
}
interface IssueOut {
  number: number;
  reason: string;
}

let sb: Sandbox;
let work: string;

beforeAll(async () => {
  sb = await Sandbox.start();
  work = await mkdtemp(join(tmpdir(), 'milestone-issues-test-'));
});

afterAll(async () => {
  await sb?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** dev, stg and main (the default branch) with a milestone v1.2.0. */
async function repoWithMilestone(prefix: string): Promise<{ repo: RepoHandle; milestone: number }> {
  const repo = await sb.createRepo(`acme/${uniqueName(prefix)}`, {
    branches: ['dev', 'stg'],
    files: { 'install.sh': 'apt-get install mysql-client\n', 'README.md': '# app\n' },
  });
  return { repo, milestone: repo.createMilestone('v1.2.0').number as number };
}

async function pickOnto(repo: RepoHandle, branch: string, command: string): Promise<void> {
  const clone = await cloneFor(sb, repo, work);
  try {
    await clone.checkoutNew(branch, `refs/remotes/origin/${branch}`);
    const [, , ...args] = command.split(' ');
    await clone.run(['cherry-pick', ...args]);
    await clone.push('origin', [`HEAD:refs/heads/${branch}`]);
  } finally {
    await clone.dispose();
  }
}

describe('milestone-check follows each issue to its change', () => {
  it('BTR-61: a closed must-have issue fixed by a PR outside the milestone, never picked to main → not ready, with its pick command', async () => {
    const { repo, milestone } = await repoWithMilestone('btr61');
    // The team milestones the issue, not the pull request; the fix goes into dev (not the default
    // branch, so GitHub does not close the issue: it is closed by hand after the merge).
    const issue = repo.createIssue({ title: 'BTR-61: installer fails on Ubuntu 20.04', labels: ['must-have'], milestone }).number as number;
    const fix = await mergedPull(repo, {
      branch: 'fix-btr61',
      base: 'dev',
      files: { 'install.sh': 'apt-get install default-mysql-client\n' },
      title: 'fix: install the MySQL client on Ubuntu 20.04',
      body: `Fixes #${issue}`,
    });
    repo.setIssueState(issue, 'closed');
    sb.clearRequests();
    const first = await runCheck(sb, repo, { version: '1.2.0' });
    expect(first.exitCode, first.stderr + first.stdout).toBe(1);
    expect(first.outputs.ready).toBe('false');
    const missing = parseJson<MissingOut[]>(first.outputs.missing);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ number: fix.number, commits: [fix.mergeSha], command: `git cherry-pick -x ${fix.mergeSha}`, issues: [issue] });
    expect(missing[0]!.reason).toContain(`closed issue #${issue}`);
    expect(first.summary).toContain(`(fixes #${issue})`);
    expect(writes(sb.requests())).toEqual([]);
    // The links come with the milestone's page: one GraphQL request per page, never one per item.
    expect(sb.requests().filter((e) => e.route === 'graphql').length).toBeLessThanOrEqual(3);
    sb.assertNoViolations();

    await pickOnto(repo, 'main', missing[0]!.command);
    const second = await runCheck(sb, repo, { version: '1.2.0' });
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.outputs.ready).toBe('true');
    expect(parseJson<PlacedOut[]>(second.outputs.placed)).toEqual([
      expect.objectContaining({ number: fix.number, proof: 'cherry-pick-trailer', issues: [issue] }),
    ]);
    sb.assertNoViolations();
  });

  it('follows a pull request linked by hand, and one that closed the issue by merging into the default branch', async () => {
    const { repo, milestone } = await repoWithMilestone('linked');
    const linkedIssue = repo.createIssue({ title: 'Crash on start', milestone }).number as number;
    const keywordIssue = repo.createIssue({ title: 'Typo in README', milestone }).number as number;
    const linked = await mergedPull(repo, { branch: 'fix-crash', base: 'dev', files: { 'app.js': 'start()\n' }, title: 'fix: crash on start' });
    repo.linkPullRequest(linkedIssue, linked.number);
    repo.setIssueState(linkedIssue, 'closed');
    // Merged into main with "Closes #N": GitHub closes the issue itself (closedByPullRequestsReferences, ClosedEvent.closer).
    const onMain = await mergedPull(repo, {
      branch: 'fix-typo',
      base: 'main',
      files: { 'README.md': '# App\n' },
      title: 'docs: typo',
      body: `Closes #${keywordIssue}.`,
    });
    expect(repo.issue(keywordIssue).state).toBe('closed');
    const result = await runCheck(sb, repo, { version: '1.2.0', 'fail-on-blockers': false });
    expect(result.outputs.ready).toBe('false');
    expect(parseJson<MissingOut[]>(result.outputs.missing).map((m) => [m.number, m.issues])).toEqual([[linked.number, [linkedIssue]]]);
    expect(parseJson<PlacedOut[]>(result.outputs.placed)).toEqual([
      expect.objectContaining({ number: onMain.number, proof: 'ancestry', issues: [keywordIssue] }),
    ]);
    sb.assertNoViolations();
  });

  it('a closed issue with no linked change is a warning by default and a blocker with milestone.closed-without-change: block; not-planned issues are neither', async () => {
    const { repo, milestone } = await repoWithMilestone('unlinked');
    const lone = repo.createIssue({ title: 'Slow dashboard', milestone, state: 'closed' }).number as number;
    const dropped = repo.createIssue({ title: 'Dark mode', milestone }).number as number;
    repo.setIssueState(dropped, 'closed', undefined, 'not_planned');
    // A pull request that only mentions the issue is no change of it.
    await mergedPull(repo, { branch: 'chore', base: 'dev', files: { 'x.txt': 'x\n' }, title: 'chore: tidy', body: `Related to #${lone}` });
    const warned = await runCheck(sb, repo, { version: '1.2.0' });
    expect(warned.exitCode, warned.stderr).toBe(0);
    expect(warned.outputs.ready).toBe('true');
    expect(parseJson<IssueOut[]>(warned.outputs['closed-without-change']).map((i) => i.number)).toEqual([lone]);
    expect(warned.annotations.some((a) => a.level === 'warning' && a.message.includes(`#${lone}`))).toBe(true);
    expect(warned.summary).toContain('Closed without a linked change');

    await repo.commit('main', { '.github/portal-release.yml': 'milestone:\n  closed-without-change: block\n' }, 'chore: policy');
    const blocked = await runCheck(sb, repo, { version: '1.2.0', 'fail-on-blockers': false });
    expect(blocked.outputs.ready).toBe('false');
    expect(parseJson<IssueOut[]>(blocked.outputs.blockers)).toEqual([
      expect.objectContaining({ number: lone, reason: expect.stringContaining('closed-without-change') }),
    ]);
    expect(parseJson<IssueOut[]>(blocked.outputs['closed-without-change'])).toEqual([]);
    sb.assertNoViolations();
  });
});
