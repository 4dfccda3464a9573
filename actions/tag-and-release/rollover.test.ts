/**
 * Integration: milestone rollover (milestone.rollover) through the bundle (dist/tag-and-release)
 * under Node 24 against the stand-in. Rebuild the bundle first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { mergeSuiteReleasePr, writes, errorsOf, runRelease } from '../../sandbox/testing.ts';

let sb: Sandbox;
let counter = 0;
const SMOKE = 'native-install-smoke.yml';
const ROLLOVER = 'milestone:\n  rollover: true\nrelease:\n  released-in: off\n';

beforeAll(async () => {
  sb = await Sandbox.start();
  sb.addUser('alice');
});
afterAll(async () => {
  try {
    sb.assertNoViolations();
  } finally {
    await sb?.close();
  }
});

const act = (repo: RepoHandle, sha: string) => runRelease(sb, repo, { push: sha });
const errors = (r: Parameters<typeof errorsOf>[0]): string => errorsOf(r).join('\n');

/** A repository whose release PR for `version` is merged and smoke-tested, with the milestone of the release holding a closed issue, an open issue and an open PR. */
async function releaseRepo(
  name: string,
  version: string,
  policy: string,
): Promise<{ repo: RepoHandle; sha: string; done: number; open: number; pr: number; milestone: number }> {
  counter += 1;
  const repo = await sb.createRepo(`acme/${name}-${counter}`, {
    defaultBranch: 'main',
    branches: ['dev', 'stg'],
    files: { 'README.md': '# app\n', '.github/portal-release.yml': policy },
  });
  const milestone = repo.createMilestone(`v${version}`).number;
  const done = repo.createIssue({ title: 'Done', milestone, state: 'closed', user: 'alice' }).number as number;
  const open = repo.createIssue({ title: 'Nice to have', milestone, labels: ['enhancement'], user: 'alice' }).number as number;
  await repo.createBranch('topic/wip', 'dev');
  await repo.commit('topic/wip', { 'wip.txt': 'wip\n' }, 'feat: wip', { author: 'alice' });
  const pr = (await repo.openPullRequest({ head: 'topic/wip', base: 'dev', title: 'feat: wip', user: 'alice', milestone })).number as number;
  await repo.commit('stg', { 'CHANGELOG.md': `${version}\n` }, `chore: prepare ${version}`);
  const sha = (await mergeSuiteReleasePr(repo, version)).sha;
  repo.addWorkflowRun({ workflowFile: SMOKE, headSha: sha, conclusion: 'success', event: 'push', headBranch: 'main' });
  return { repo, sha, done, open, pr, milestone };
}

const milestoneOf = (repo: RepoHandle, n: number): string | null => (repo.issue(n).milestone as { title: string } | null)?.title ?? null;
const stateOf = (repo: RepoHandle, title: string): string | undefined => repo.milestones().find((m) => m.title === title)?.state;

describe('tag-and-release: milestone rollover (bundle against the stand-in)', () => {
  it('moves the open items that are not blockers to the next open milestone, then closes the release milestone; a re-run writes nothing', async () => {
    const s = await releaseRepo('rollover', '2.0.0', ROLLOVER);
    s.repo.createMilestone('v2.2.0');
    s.repo.createMilestone('v2.1.0');
    const r = await act(s.repo, s.sha);
    expect(r.exitCode, errors(r)).toBe(0);
    expect(milestoneOf(s.repo, s.open)).toBe('v2.1.0');
    expect(milestoneOf(s.repo, s.pr)).toBe('v2.1.0');
    expect(milestoneOf(s.repo, s.done)).toBe('v2.0.0');
    expect(stateOf(s.repo, 'v2.0.0')).toBe('closed');
    expect(r.results[0]).toMatchObject({ milestone: '"v2.0.0" closed, 2 open item(s) moved to "v2.1.0"' });
    const again = await act(s.repo, s.sha);
    expect(again.exitCode, errors(again)).toBe(0);
    expect(writes(again.requests)).toEqual([]);
  }, 180_000);

  it('creates the next minor milestone when there is none', async () => {
    const s = await releaseRepo('rollover-new', '3.0.0', ROLLOVER);
    const r = await act(s.repo, s.sha);
    expect(r.exitCode, errors(r)).toBe(0);
    expect(stateOf(s.repo, 'v3.1.0')).toBe('open');
    expect(milestoneOf(s.repo, s.open)).toBe('v3.1.0');
    expect(stateOf(s.repo, 'v3.0.0')).toBe('closed');
  }, 180_000);

  it('an open blocker stops the release before anything is tagged or moved', async () => {
    const s = await releaseRepo('rollover-blocked', '4.0.0', ROLLOVER);
    const blocker = s.repo.createIssue({ title: 'Must fix', milestone: s.milestone, labels: ['must-have'], user: 'alice' }).number as number;
    const r = await act(s.repo, s.sha);
    expect(r.exitCode).toBe(1);
    expect(errors(r)).toContain(`still has 1 open blocker(s): #${blocker}`);
    // The one write is the release tracking issue (policy alerts): nothing is tagged, moved or closed.
    expect(writes(r.requests).map((w) => `${w.method} ${w.route}`)).toEqual(['POST /repos/{owner}/{repo}/issues']);
    expect(r.outputs).toMatchObject({ alert: 'opened', 'failure-kind': 'release' });
    expect(milestoneOf(s.repo, s.open)).toBe('v4.0.0');
    expect(stateOf(s.repo, 'v4.0.0')).toBe('open');
  }, 180_000);

  it('is off by default: the release milestone is closed and its open items stay', async () => {
    const s = await releaseRepo('no-rollover', '5.0.0', 'release:\n  released-in: off\n');
    s.repo.createMilestone('v5.1.0');
    const r = await act(s.repo, s.sha);
    expect(r.exitCode, errors(r)).toBe(0);
    expect(milestoneOf(s.repo, s.open)).toBe('v5.0.0');
    expect(stateOf(s.repo, 'v5.0.0')).toBe('closed');
  }, 180_000);
});
