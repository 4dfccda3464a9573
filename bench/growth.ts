/**
 * Growth: how an operation's requests grow with the size of what it reads. Each case seeds a fresh stand-in with
 * `size` items and runs the bundle once in dry-run (the plan is computed in full, nothing is written, so
 * Octokit's pacing of writes does not hide the reads), counting the requests from the stand-in's log.
 * An operation grows by pages when its requests are `fixed + perPage × ⌈size / 100⌉`, whatever the size.
 * Used by `npm run bench` (large sizes, with wall times) and by bench/growth.test.ts in CI (small sizes,
 * counts only: they are deterministic).
 */
import { spawn } from 'node:child_process';
import type { RepoHandle } from '../sandbox/index.ts';
import { runAction } from '../sandbox/harness.ts';
import { pullRequestEvent, scheduleEvent, workflowDispatchEvent } from '../sandbox/events.ts';
import { apiGet } from '../sandbox/testing.ts';
import { countRequests, logged, RUN_ENV, RUN_NOW, startSandbox, type BenchSandbox } from './scenarios.ts';

export interface GrowthCase {
  id: 'sweep' | 'milestone-check' | 'audit' | 'backport' | 'promotion';
  /** The bundle the case runs. */
  action: 'freeze-guard' | 'milestone-check' | 'backport-cherry-pick' | 'promote-rc';
  /** What grows. */
  unit: string;
  /**
   * What the operation costs: requests = fixed + perPage × ⌈size / 100⌉ + perItem × size (perPage 0 and perItem 0:
   * constant). perItem is for what is inherently one per item (a backport pull request per target branch).
   */
  perPage: number;
  perItem?: number;
  /** Sizes measured by `npm run bench`. */
  benchSizes: number[];
  /** Smaller sizes asserted in CI (still across a page boundary). */
  ciSizes: number[];
  /** Which requests are paged: 'api' (REST + GraphQL) or 'git' (smart HTTP). */
  measure: 'api' | 'git';
  run(size: number): Promise<GrowthRun>;
}

export interface GrowthRun {
  size: number;
  api: number;
  git: number;
  writes: number;
  wallMs: number;
  seedMs: number;
  exitCode: number;
  /** What the run found, to show that it did the work (e.g. "500 evaluated"). */
  result: string;
}

/**
 * Writes commits straight into the stand-in's repository with one `git fast-import` (seeding thousands of commits one
 * `git` process at a time takes minutes): each entry adds one file on top of `branch`'s tip (or of `from`, creating
 * `branch`).
 */
async function fastCommits(repo: RepoHandle, commits: { branch: string; from?: string; file: string; content: string; message: string }[]): Promise<void> {
  const tips = new Map<string, string>();
  const tipOf = async (ref: string): Promise<string> => {
    if (!tips.has(ref)) tips.set(ref, (await repo.git(['rev-parse', `refs/heads/${ref}`])).trim());
    return tips.get(ref)!;
  };
  let stream = '';
  let mark = 0;
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (const c of commits) {
    const parent = tips.has(c.branch) ? `:${tips.get(c.branch)}` : await tipOf(c.from ?? c.branch);
    mark += 1;
    stream +=
      `commit refs/heads/${c.branch}\nmark :${mark}\nauthor alice <alice@example.com> 1780000000 +0000\ncommitter alice <alice@example.com> 1780000000 +0000\n` +
      data(c.message) +
      `from ${parent}\nM 100644 inline ${c.file}\n${data(c.content)}\n`;
    tips.set(c.branch, String(mark));
  }
  const child = spawn('git', ['--git-dir', repo.gitDir, 'fast-import', '--quiet', '--force'], { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<void>((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import: ${stderr}`)))));
  child.stdin.end(stream);
  await done;
}

/** Pages of 100 a size takes. */
export const pages = (size: number): number => Math.ceil(size / 100);

async function measured(
  sb: BenchSandbox,
  size: number,
  seedMs: number,
  run: () => ReturnType<typeof runAction>,
  result: (outputs: Record<string, string>) => string,
) {
  sb.freezeClock();
  const { result: r, log } = await logged(sb, run);
  sb.assertNoViolations();
  const c = countRequests(log);
  return {
    size,
    api: c.api,
    git: c.git,
    writes: c.writes,
    wallMs: Math.round(r.durationMs),
    seedMs: Math.round(seedMs),
    exitCode: r.exitCode,
    result: result(r.outputs),
  };
}

/** freeze-guard sweep over `size` open pull requests into dev during a freeze, with path rules (docs-only PRs allowed). */
async function sweep(size: number): Promise<GrowthRun> {
  const sb = await startSandbox();
  try {
    const t = performance.now();
    const repo = await sb.createRepo('acme/app', {
      defaultBranch: 'main',
      branches: ['dev', 'stg'],
      files: { 'README.md': '# app\n', '.github/portal-release.yml': 'freeze:\n  allow:\n    paths: ["docs/**"]\n' },
    });
    await repo.createRelease({ tag: 'v3.0.0', target: 'main', publishedAt: '2026-06-01T12:00:00Z' });
    await fastCommits(
      repo,
      Array.from({ length: size }, (_, i) => ({
        branch: `topic-${i}`,
        from: 'dev',
        file: i % 2 ? `docs/page-${i}.md` : `src/f${i}.ts`,
        content: `${i}\n`,
        message: `feat: change ${i}\n`,
      })),
    );
    for (let i = 0; i < size; i++) await repo.openPullRequest({ head: `topic-${i}`, base: 'dev', title: `feat: change ${i}`, user: 'alice' });
    return await measured(
      sb,
      size,
      performance.now() - t,
      () =>
        runAction({
          action: 'freeze-guard',
          inputs: { mode: 'sweep', now: '2026-06-12T12:00:00Z', 'dry-run': true },
          eventName: 'schedule',
          event: scheduleEvent('17 6 * * *'),
          repository: repo.fullName,
          apiUrl: sb.apiUrl,
          serverUrl: sb.serverUrl,
          token: sb.token,
          env: RUN_ENV,
          timeoutMs: 600_000,
        }),
      (o) => {
        const evaluated = JSON.parse(o.evaluated ?? '[]') as { decision: string }[];
        return `${evaluated.length} evaluated, ${evaluated.filter((e) => e.decision === 'blocked').length} blocked`;
      },
    );
  } finally {
    await sb.close();
  }
}

/** milestone-check of a milestone of `size` items (issues, a third of them open, every seventh a blocker). */
async function milestone(size: number): Promise<GrowthRun> {
  const sb = await startSandbox();
  try {
    const t = performance.now();
    const repo = await sb.createRepo('acme/app', { branches: ['dev', 'stg'] });
    const number = repo.createMilestone('v5.0.0').number as number;
    for (let i = 0; i < size; i++) {
      repo.createIssue({ title: `Issue ${i}`, milestone: number, state: i % 3 ? 'closed' : 'open', labels: i % 7 ? [] : ['must-have'] });
    }
    const repository = await apiGet(sb, `/repos/${repo.fullName}`);
    return await measured(
      sb,
      size,
      performance.now() - t,
      () =>
        runAction({
          action: 'milestone-check',
          inputs: { now: RUN_NOW, version: '5.0.0', 'fail-on-blockers': false, 'dry-run': true },
          eventName: 'workflow_dispatch',
          event: workflowDispatchEvent({ ref: 'main', repo: repository }),
          repository: repo.fullName,
          apiUrl: sb.apiUrl,
          serverUrl: sb.serverUrl,
          token: sb.token,
          env: RUN_ENV,
          timeoutMs: 600_000,
        }),
      (o) => `${(JSON.parse(o.blockers ?? '[]') as unknown[]).length} open blocker(s)`,
    );
  } finally {
    await sb.close();
  }
}

/**
 * backport-cherry-pick audit with `size` hotfixes on main missing from stg and dev, each of whose files stg and dev
 * changed otherwise (so every one goes through the patch-id test, which reads blobs).
 */
async function audit(size: number): Promise<GrowthRun> {
  const sb = await startSandbox();
  try {
    const t = performance.now();
    const repo = await sb.createRepo('acme/app', { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
    repo.createLabel('backport-drift', { description: 'drift' });
    await fastCommits(
      repo,
      Array.from({ length: size }, (_, i) => [
        { branch: 'main', file: `hotfix/f${i}.txt`, content: `fix ${i}\n`, message: `fix: hotfix ${i}\n` },
        { branch: 'stg', file: `hotfix/f${i}.txt`, content: `other ${i}\n`, message: `chore: other ${i}\n` },
        { branch: 'dev', file: `hotfix/f${i}.txt`, content: `other ${i}\n`, message: `chore: other ${i}\n` },
      ]).flat(),
    );
    return await measured(
      sb,
      size,
      performance.now() - t,
      () =>
        runAction({
          action: 'backport-cherry-pick',
          inputs: { now: RUN_NOW, mode: 'audit', 'dry-run': true },
          eventName: 'schedule',
          event: scheduleEvent('0 6 * * *'),
          repository: repo.fullName,
          apiUrl: sb.apiUrl,
          serverUrl: sb.serverUrl,
          token: sb.token,
          env: RUN_ENV,
          timeoutMs: 600_000,
        }),
      (o) => `${o.drift ?? '?'} missing change(s) found`,
    );
  } finally {
    await sb.close();
  }
}

/**
 * backport-cherry-pick of one squash-merged fix labelled for `size` target branches (`release/1` … each labelled
 * `backport release/<n>`), in dry-run: every target is judged, fetched and picked locally, nothing is written.
 */
async function backportTargets(size: number): Promise<GrowthRun> {
  const sb = await startSandbox();
  try {
    const t = performance.now();
    const targets = Array.from({ length: size }, (_, i) => `release/${i + 1}`);
    const repo = await sb.createRepo('acme/backend', {
      defaultBranch: 'main',
      branches: ['dev', 'stg', ...targets],
      files: { 'app.txt': 'one\ntwo\nthree\n', 'README.md': '# app\n' },
    });
    // A major release inside the backport window, so that fixes are backported (bench/scenarios.ts does the same).
    await repo.createRelease({ tag: 'v2.0.0', target: 'main', publishedAt: '2026-06-01T00:00:00Z' });
    const labels = [...targets.map((b) => `backport ${b}`), 'bug'];
    for (const l of labels) repo.createLabel(l, { description: l });
    await repo.createBranch('fix/paging', 'dev');
    await repo.commit('fix/paging', { 'app.txt': 'one\nTWO\nthree\n' }, 'fix: off-by-one in paging', { author: 'alice' });
    const pr = await repo.openPullRequest({ head: 'fix/paging', base: 'dev', title: 'fix: off-by-one in paging', labels, user: 'alice' });
    await repo.mergePullRequest(pr.number as number, { method: 'squash' });
    const merged = await repo.pullRequest(pr.number as number);
    return await measured(
      sb,
      size,
      performance.now() - t,
      () =>
        runAction({
          action: 'backport-cherry-pick',
          inputs: { now: RUN_NOW, 'dry-run': true },
          eventName: 'pull_request',
          event: pullRequestEvent('closed', merged, merged.base.repo, { merged: true }),
          repository: repo.fullName,
          apiUrl: sb.apiUrl,
          serverUrl: sb.serverUrl,
          token: sb.token,
          env: RUN_ENV,
          timeoutMs: 600_000,
        }),
      (o) => {
        const results = Object.values(JSON.parse(o.results ?? '{}') as Record<string, { state: string; reason?: string }>);
        const other = results.find((r) => r.state !== 'planned');
        return `${results.filter((r) => r.state === 'planned').length} of ${results.length} target(s) planned${other ? ` (${other.state}: ${other.reason ?? ''})` : ''}`;
      },
    );
  } finally {
    await sb.close();
  }
}

/** promote-rc's RC promotion dev → stg over `size` commits on dev since the last release, in dry-run. */
async function promotion(size: number): Promise<GrowthRun> {
  const sb = await startSandbox();
  try {
    const t = performance.now();
    const repo = await sb.createRepo('acme/app', { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
    await repo.createTag('v1.2.0', 'main', 'Release v1.2.0');
    await fastCommits(
      repo,
      Array.from({ length: size }, (_, i) => ({ branch: 'dev', file: `src/f${i}.ts`, content: `${i}\n`, message: `feat: change ${i}\n` })),
    );
    const repository = await apiGet(sb, `/repos/${repo.fullName}`);
    return await measured(
      sb,
      size,
      performance.now() - t,
      () =>
        runAction({
          action: 'promote-rc',
          inputs: { now: RUN_NOW, 'dry-run': true },
          eventName: 'workflow_dispatch',
          event: workflowDispatchEvent({ ref: 'main', repo: repository }),
          repository: repo.fullName,
          apiUrl: sb.apiUrl,
          serverUrl: sb.serverUrl,
          token: sb.token,
          env: RUN_ENV,
          timeoutMs: 600_000,
        }),
      (o) => `${o.operation ?? '?'}: ${o.tag ?? 'no tag'}`,
    );
  } finally {
    await sb.close();
  }
}

export const GROWTH: GrowthCase[] = [
  {
    id: 'sweep',
    action: 'freeze-guard',
    unit: 'open pull requests (path rules on)',
    perPage: 1,
    benchSizes: [10, 100, 500],
    ciSizes: [5, 105],
    measure: 'api',
    run: sweep,
  },
  {
    id: 'milestone-check',
    action: 'milestone-check',
    unit: 'milestone items',
    perPage: 1,
    benchSizes: [30, 300, 3000],
    ciSizes: [30, 130],
    measure: 'api',
    run: milestone,
  },
  {
    id: 'audit',
    action: 'backport-cherry-pick',
    unit: 'missing changes',
    perPage: 0,
    benchSizes: [10, 100, 1000],
    ciSizes: [2, 12],
    measure: 'git',
    run: audit,
  },
  {
    id: 'backport',
    action: 'backport-cherry-pick',
    unit: 'target branches',
    perPage: 0,
    perItem: 2,
    benchSizes: [1, 2, 4, 8],
    ciSizes: [1, 2],
    measure: 'api',
    run: backportTargets,
  },
  {
    id: 'promotion',
    action: 'promote-rc',
    unit: 'commits promoted',
    perPage: 1,
    benchSizes: [10, 100, 1200],
    ciSizes: [10, 110],
    measure: 'api',
    run: promotion,
  },
];

/** The requests a case's model predicts above the smallest run's. */
function modelled(c: GrowthCase, size: number, first: number): number {
  return c.perPage * (pages(size) - pages(first)) + (c.perItem ?? 0) * (size - first);
}

/** True when the runs grow as the model says: every run costs the smallest run plus perPage per extra page (plus perItem per extra item). */
export function growsByPages(c: GrowthCase, runs: GrowthRun[]): boolean {
  const [first, ...rest] = runs;
  if (!first) return false;
  const cost = (r: GrowthRun): number => (c.measure === 'api' ? r.api : r.git);
  return rest.every((r) => cost(r) - cost(first) === modelled(c, r.size, first.size));
}
