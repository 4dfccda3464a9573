/**
 * Integration: "released in vX.Y.Z" through the bundle (dist/tag-and-release) under Node 24 against
 * the stand-in. Rebuild the bundle first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { mergeSuiteReleasePr, writes, errorsOf, runRelease } from '../../sandbox/testing.ts';
import { renderMarker } from '../../shared/markers.ts';

let sb: Sandbox;
let counter = 0;
const SMOKE = 'native-install-smoke.yml';
const SUITE = 'github-actions[bot]';

beforeAll(async () => {
  sb = await Sandbox.start();
  sb.addUser('alice');
  sb.addUser('mallory');
});
afterAll(async () => {
  try {
    sb.assertNoViolations();
  } finally {
    await sb?.close();
  }
});

const act = (repo: RepoHandle, sha: string) =>
  runRelease(sb, repo, { push: sha }, (e) => e.route === 'graphql' || e.path.split('?')[0]!.includes(`/repos/${repo.fullName}/`));
const errors = (r: Parameters<typeof errorsOf>[0]): string => errorsOf(r).join('\n');

/** A pull request by alice merged into `base` (its body may close issues); returns its number. */
async function merged(repo: RepoHandle, title: string, opts: { base?: string; body?: string } = {}): Promise<number> {
  counter += 1;
  const branch = `topic/${counter}`;
  const base = opts.base ?? 'main';
  await repo.createBranch(branch, base);
  await repo.commit(branch, { [`src/${counter}.txt`]: `${title}\n` }, title, { author: 'alice' });
  const pr = await repo.openPullRequest({ head: branch, base, title, body: opts.body ?? '', user: 'alice' });
  await repo.mergePullRequest(pr.number as number);
  return pr.number as number;
}

/**
 * A repository released as v1.0.0 (one old pull request and the issue it closed), then: a pull
 * request into main closing an issue, one into dev promoted dev → stg by a merge, and the suite's
 * release pull request for 1.1.0, smoke-tested.
 */
async function shippedRepo(
  name: string,
  policy = '',
): Promise<{
  repo: RepoHandle;
  sha: string;
  old: number;
  oldIssue: number;
  main: number;
  issue: number;
  dev: number;
  picked: number;
  releasePr: number;
}> {
  counter += 1;
  const repo = await sb.createRepo(`acme/${name}-${counter}`, {
    defaultBranch: 'main',
    branches: ['dev', 'stg'],
    files: { 'README.md': '# app\n', ...(policy ? { '.github/portal-release.yml': policy } : {}) },
  });
  const oldIssue = repo.createIssue({ title: 'Old bug', user: 'alice' }).number as number;
  const old = await merged(repo, 'fix: old bug', { body: `Fixes #${oldIssue}` });
  await repo.createRelease({ tag: 'v1.0.0', target: (await repo.refSha('main'))!, author: SUITE });
  const issue = repo.createIssue({ title: 'Crash on start', user: 'alice' }).number as number;
  const main = await merged(repo, 'fix: crash on start', { body: `Closes #${issue}` });
  const dev = await merged(repo, 'feat: export', { base: 'dev' });
  // The suite's promotion dev → stg, merged (a merge commit): told nothing itself.
  const devSha = (await repo.refSha('dev'))!;
  const promotion = await repo.openPullRequest({
    head: 'dev',
    base: 'stg',
    title: 'Release candidate v1.1.0-rc.1',
    body: renderMarker('promotion', { stage: 'rc', base: 'stg', tag: 'v1.1.0-rc.1', version: '1.1.0', sha: devSha }),
    user: SUITE,
  });
  await repo.mergePullRequest(promotion.number as number);
  // A fix merged into dev after the promotion, picked onto stg by hand with `cherry-pick -x`: it ships in 1.1.0 by the pick.
  counter += 1;
  await repo.createBranch(`topic/${counter}`, 'dev');
  await repo.commit(`topic/${counter}`, { 'src/picked.txt': 'fix\n' }, 'fix: picked', { author: 'alice' });
  const picked = (await repo.openPullRequest({ head: `topic/${counter}`, base: 'dev', title: 'fix: picked', user: 'alice' })).number as number;
  const pickedMerge = await repo.mergePullRequest(picked);
  await repo.commit('stg', { 'src/picked.txt': 'fix\n' }, `fix: picked\n\n(cherry picked from commit ${pickedMerge})`, { author: 'bob' });
  const release = await mergeSuiteReleasePr(repo, '1.1.0');
  repo.addWorkflowRun({ workflowFile: SMOKE, headSha: release.sha, conclusion: 'success', event: 'push', headBranch: 'main' });
  return { repo, sha: release.sha, old, oldIssue, main, issue, dev, picked, releasePr: release.number };
}

/** The suite's comments carrying the released-in marker, per issue or pull request number. */
function allComments(repo: RepoHandle): { issue: number; user: string; body: string }[] {
  return (sb.snapshot() as { repos: Record<string, { comments: { issue: number; user: string; body: string }[] }> }).repos[repo.fullName]!.comments;
}

function tellings(repo: RepoHandle, tag: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of allComments(repo)) {
    if (c.user === SUITE && c.body.includes(`<!-- portal-release:released-in tag=${tag} -->`)) out.set(c.issue, (out.get(c.issue) ?? 0) + 1);
  }
  return out;
}

describe('tag-and-release: "released in" after a stable release (bundle against the stand-in)', () => {
  it('comments once on each pull request and closed issue of the range, never on older ones or the suite release PR; a re-run writes nothing', async () => {
    const s = await shippedRepo('told');
    // A person's look-alike comment (the marker typed by hand) does not count as told.
    repoComment(s.repo, s.main, 'mallory', '<!-- portal-release:released-in tag=v1.1.0 -->\nAlready released, trust me.');
    const r = await act(s.repo, s.sha);
    expect(r.exitCode, errors(r)).toBe(0);
    expect(Object.fromEntries(tellings(s.repo, 'v1.1.0'))).toEqual({ [s.main]: 1, [s.issue]: 1, [s.dev]: 1, [s.picked]: 1 });
    const told = allComments(s.repo).find((c) => c.issue === s.issue && c.user === SUITE)!;
    expect(told.body).toContain(`Released in [v1.1.0](`);
    expect(told.body).toContain(`(closed by #${s.main})`);
    expect(r.results[0]).toMatchObject({ status: 'released', 'released-in': '3 pull requests and 1 issue told (4 now)' });
    // The mallory comment is untouched.
    expect(allComments(s.repo).filter((c) => c.user === 'mallory')).toHaveLength(1);
    // Reads grow with pages: one GraphQL query for the range's commits, one for its pull requests (twice: before and after writing).
    const queries = r.requests.filter((e) => e.route === 'graphql' && e.graphqlOperation?.startsWith('ReleasedIn')).map((e) => e.graphqlOperation);
    expect(queries).toEqual(['ReleasedInCommits', 'ReleasedInPulls', 'ReleasedInCommits', 'ReleasedInPulls']);
    expect(writes(r.requests).filter((e) => e.route === '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(4);

    const again = await act(s.repo, s.sha);
    expect(again.exitCode, errors(again)).toBe(0);
    expect(writes(again.requests)).toEqual([]);
    expect(again.results[0]).toMatchObject({ 'released-in': '3 pull requests and 1 issue already told' });
    expect(Object.fromEntries(tellings(s.repo, 'v1.1.0'))).toEqual({ [s.main]: 1, [s.issue]: 1, [s.dev]: 1, [s.picked]: 1 });

    // The next release: dev (with the picked fix's own merge commit) promoted again, one new fix.
    // Only the new fix is told: the picked one shipped first in v1.1.0 and is not told again.
    const next = await merged(s.repo, 'fix: later', { base: 'dev' });
    const promotion = await s.repo.openPullRequest({
      head: 'dev',
      base: 'stg',
      title: 'Release candidate v1.2.0-rc.1',
      body: renderMarker('promotion', { stage: 'rc', base: 'stg', tag: 'v1.2.0-rc.1', version: '1.2.0', sha: (await s.repo.refSha('dev'))! }),
      user: SUITE,
    });
    await s.repo.mergePullRequest(promotion.number as number);
    const v120 = await mergeSuiteReleasePr(s.repo, '1.2.0');
    s.repo.addWorkflowRun({ workflowFile: SMOKE, headSha: v120.sha, conclusion: 'success', event: 'push', headBranch: 'main' });
    const later = await act(s.repo, v120.sha);
    expect(later.exitCode, errors(later)).toBe(0);
    expect(Object.fromEntries(tellings(s.repo, 'v1.2.0'))).toEqual({ [next]: 1 });
    expect(tellings(s.repo, 'v1.1.0').get(s.picked)).toBe(1);
  }, 180_000);

  it('a run that stopped midway is completed by the re-run without telling anything twice', async () => {
    const s = await shippedRepo('stopped');
    sb.injectFault({
      kind: 'status',
      status: 403,
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      index: 1,
      body: { message: 'Forbidden' },
    });
    const first = await act(s.repo, s.sha);
    expect(first.exitCode).toBe(1);
    expect([...tellings(s.repo, 'v1.1.0').values()]).toEqual([1]);
    const again = await act(s.repo, s.sha);
    expect(again.exitCode, errors(again)).toBe(0);
    expect(Object.fromEntries(tellings(s.repo, 'v1.1.0'))).toEqual({ [s.main]: 1, [s.issue]: 1, [s.dev]: 1, [s.picked]: 1 });
    expect(again.results[0]).toMatchObject({ 'released-in': '3 pull requests and 1 issue told (3 now)' });
  }, 180_000);

  it('two runs at once end with one comment per item', async () => {
    const s = await shippedRepo('twice');
    const [a, b] = await Promise.all([act(s.repo, s.sha), act(s.repo, s.sha)]);
    expect([a.exitCode, b.exitCode], `${errors(a)}\n${errors(b)}`).toEqual([0, 0]);
    expect(Object.fromEntries(tellings(s.repo, 'v1.1.0'))).toEqual({ [s.main]: 1, [s.issue]: 1, [s.dev]: 1, [s.picked]: 1 });
  }, 180_000);

  it('labels instead when the policy says so (released-in: label), once', async () => {
    const s = await shippedRepo('labelled', 'release:\n  released-in: label\n  released-in-label: "released {tag}"\n');
    const r = await act(s.repo, s.sha);
    expect(r.exitCode, errors(r)).toBe(0);
    for (const n of [s.main, s.issue, s.dev, s.picked]) expect(labelsOf(s.repo, n)).toContain('released v1.1.0');
    for (const n of [s.old, s.oldIssue, s.releasePr]) expect(labelsOf(s.repo, n)).not.toContain('released v1.1.0');
    expect(tellings(s.repo, 'v1.1.0').size).toBe(0);
    const again = await act(s.repo, s.sha);
    expect(writes(again.requests)).toEqual([]);
  }, 180_000);

  it('tells nothing with released-in: off', async () => {
    const s = await shippedRepo('quiet', 'release:\n  released-in: off\n');
    const r = await act(s.repo, s.sha);
    expect(r.exitCode, errors(r)).toBe(0);
    expect(tellings(s.repo, 'v1.1.0').size).toBe(0);
    expect(r.requests.some((e) => e.graphqlOperation?.startsWith('ReleasedIn'))).toBe(false);
  }, 180_000);
});

function repoComment(repo: RepoHandle, issue: number, user: string, body: string): void {
  repo.addComment(issue, body, user);
}

function labelsOf(repo: RepoHandle, n: number): string[] {
  return (repo.issue(n).labels as { name: string }[]).map((l) => l.name);
}
