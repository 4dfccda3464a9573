// Economy: a 300-item release milestone over 3 repositories must cost fewer than 30 requests
// (measured with the sandbox's request log: REST, GraphQL and git smart HTTP alike).
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
  a = await seed('bench-app', { pulls: 20, picked: 0, lost: 0, issues: 110 }); // 130 items: two pages of issues
  b = await seed('bench-web', { pulls: 27, picked: 3, lost: 0, issues: 55 }); // 85 items
  c = await seed('bench-infra', { pulls: 29, picked: 0, lost: 1, issues: 55 }); // 85 items
}, 600_000);

afterAll(async () => {
  await sb?.close();
});

/** `pulls` squash-merged PRs on dev (promoted to main by a merge), then `picked` more picked with -x and `lost` never picked; `issues` issues. */
async function seed(prefix: string, o: { pulls: number; picked: number; lost: number; issues: number }): Promise<RepoHandle> {
  const repo = await sb.createRepo(`acme/${uniqueName(prefix)}`, { branches: ['dev', 'stg'] });
  const milestone = repo.createMilestone('v5.0.0').number as number;
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
  for (let i = 0; i < o.issues; i++) {
    repo.createIssue({ title: `Issue ${i}`, milestone, state: i % 3 ? 'closed' : 'open', labels: i % 3 ? ['must-have'] : ['documentation'] });
  }
  return repo;
}

it('checks 300 milestone items over 3 repositories in fewer than 30 requests', { timeout: 120_000 }, async () => {
  const items = [a, b, c].reduce((n, r) => n + r.issues().filter((i) => i.milestone).length, 0);
  expect(items).toBe(300);

  const result = await runCheck(sb, a, { version: '5.0.0', repos: `${b.fullName},${c.fullName}`, 'fail-on-blockers': false }, { clearRequests: true });
  expect(result.exitCode, result.stderr).toBe(0);
  const missing = parseJson<{ repo: string; number: number }[]>(result.outputs.missing);
  expect(missing.map((m) => m.repo)).toEqual([c.fullName]);
  expect(parseJson<unknown[]>(result.outputs.blockers)).toEqual([]);
  expect(result.summary).toContain('30/30 (27 merged, 3 cherry-picked (-x))');

  const log = sb.requests();
  const api = log.filter((e) => e.route !== 'git');
  const git = log.filter((e) => e.route === 'git');
  const byRoute = Object.entries(
    log.reduce<Record<string, number>>((acc, e) => ({ ...acc, [`${e.method} ${e.route}`]: (acc[`${e.method} ${e.route}`] ?? 0) + 1 }), {}),
  );
  console.log(`milestone-check bench: 300 items, 3 repos → ${api.length} API + ${git.length} git = ${log.length} requests`, byRoute);
  expect(api.length).toBeLessThan(30);
  expect(log.length).toBeLessThan(30);
  sb.assertNoViolations();
});
