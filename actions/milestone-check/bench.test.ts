// Economy: a 300-item release milestone over 3 repositories must cost fewer than 30 requests
// (measured with the sandbox's request log: REST, GraphQL and git smart HTTP alike), including
// the issues fixed by pull requests outside the milestone: their links come with the milestone's
// pages, never one request per item.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { mergedPull, parseJson, runCheck, uniqueName } from './testkit.ts';

let sb: Sandbox;
let a: RepoHandle;
let b: RepoHandle;
let c: RepoHandle;

// Seeding 300 items over three repositories takes most of a minute on a loaded 2-core machine: it runs
// here, with its own generous timeout, so that the test's own timeout covers only the check.
beforeAll(async () => {
  sb = await Sandbox.start();
  a = await seed('bench-app', { pulls: 20, picked: 0, lost: 0, issues: 100, fixes: 10, lostFixes: 0 }); // 130 items: two pages of issues
  b = await seed('bench-web', { pulls: 27, picked: 3, lost: 0, issues: 45, fixes: 10, lostFixes: 0 }); // 85 items
  c = await seed('bench-infra', { pulls: 29, picked: 0, lost: 1, issues: 44, fixes: 10, lostFixes: 1 }); // 85 items
}, 600_000);

afterAll(async () => {
  await sb?.close();
});

/**
 * `pulls` squash-merged PRs on dev (promoted to main by a merge), then `picked` more picked with -x
 * and `lost` never picked; `issues` issues; `fixes` closed must-have issues fixed by PRs outside the
 * milestone ("Fixes #N" into dev, promoted), and `lostFixes` more whose fix never reached main.
 */
async function seed(prefix: string, o: { pulls: number; picked: number; lost: number; issues: number; fixes: number; lostFixes: number }): Promise<RepoHandle> {
  const repo = await sb.createRepo(`acme/${uniqueName(prefix)}`, { branches: ['dev', 'stg'] });
  const milestone = repo.createMilestone('v5.0.0').number as number;
  const fixOutside = async (i: number): Promise<void> => {
    const issue = repo.createIssue({ title: `Bug ${i}`, milestone, labels: ['must-have'] }).number as number;
    await mergedPull(repo, { branch: `bug-${i}`, base: 'dev', files: { [`bug/${i}.txt`]: `${i}\n` }, title: `fix: bug ${i}`, body: `Fixes #${issue}` });
    repo.setIssueState(issue, 'closed');
  };
  for (let i = 0; i < o.fixes; i++) await fixOutside(i);
  const merge = (i: number) =>
    mergedPull(repo, {
      branch: `change-${i}`,
      base: 'dev',
      files: { [`src/${i}.txt`]: `${i}\n` },
      title: `fix: change ${i}`,
      milestone,
      labels: i % 7 ? [] : ['must-have'],
    });
  for (let i = 0; i < o.pulls; i++) await merge(i);
  const promotion = await repo.openPullRequest({ head: 'dev', base: 'main', title: 'Promote dev to main' });
  await repo.mergePullRequest(promotion.number as number, { method: 'merge' });
  for (let i = o.pulls; i < o.pulls + o.picked + o.lost; i++) {
    const { mergeSha } = await merge(i);
    if (i < o.pulls + o.picked) await repo.commit('main', { [`src/${i}.txt`]: `${i}\n` }, `fix: change ${i}\n\n(cherry picked from commit ${mergeSha})`);
  }
  for (let i = o.fixes; i < o.fixes + o.lostFixes; i++) await fixOutside(i);
  for (let i = 0; i < o.issues; i++) {
    repo.createIssue({ title: `Issue ${i}`, milestone, state: i % 3 ? 'closed' : 'open', labels: i % 3 ? ['must-have'] : ['documentation'] });
  }
  return repo;
}

it('checks 300 milestone items over 3 repositories in fewer than 30 requests', { timeout: 120_000 }, async () => {
  const items = [a, b, c].reduce((n, r) => n + r.issues().filter((i) => i.milestone).length, 0);
  expect(items).toBe(300);

  const result = await runCheck(
    sb,
    a,
    { version: '5.0.0', repos: `${a.fullName},${b.fullName},${c.fullName}`, 'fail-on-blockers': false },
    { clearRequests: true },
  );
  expect(result.exitCode, result.stderr).toBe(0);
  const missing = parseJson<{ repo: string; number: number }[]>(result.outputs.missing);
  // The lost pull request and the lost fix of a closed must-have issue, both in the third repository.
  expect(missing.map((m) => m.repo)).toEqual([c.fullName, c.fullName]);
  expect(parseJson<{ issues?: number[] }[]>(result.outputs.missing).filter((m) => m.issues).length).toBe(1);
  expect(parseJson<unknown[]>(result.outputs.blockers)).toEqual([]);
  expect(result.summary).toContain('40/40 (37 merged, 3 cherry-picked (-x))');
  expect(parseJson<unknown[]>(result.outputs.placed)).toHaveLength(30 + 40 + 39);

  const log = sb.requests();
  const api = log.filter((e) => e.route !== 'git');
  const git = log.filter((e) => e.route === 'git');
  const byRoute = Object.entries(
    log.reduce<Record<string, number>>((acc, e) => ({ ...acc, [`${e.method} ${e.route}`]: (acc[`${e.method} ${e.route}`] ?? 0) + 1 }), {}),
  );
  console.log(`milestone-check bench: 300 items, 3 repos → ${api.length} API + ${git.length} git = ${log.length} requests`, byRoute);
  expect(api.length).toBeLessThan(30);
  // Measured: 12 API (3 of them the divergence counts that bound the fetches) + 9 git = 21, issue links included
  // (the same as without them: no request per item).
  expect(log.length).toBeLessThanOrEqual(21);
  sb.assertNoViolations();
});
