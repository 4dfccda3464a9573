// `npm start`: a release cycle of three repositories (backend, frontend, infrastructure) played on
// the local GitHub stand-in through the bundled actions, exactly as a runner would run them.
// It narrates each step, ends with a summary table and leaves a markdown report.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Sandbox, type RepoHandle } from './index.ts';
import { runAction, type ActionResult } from './harness.ts';
import { pullRequestEvent } from './events.ts';
import { apiGet } from './testing.ts';

export interface DemoStep {
  title: string;
  action: string;
  outcome: string;
  ok: boolean;
  ms: number;
}

export interface DemoResult {
  steps: DemoStep[];
  reportPath: string;
  report: string;
}

export interface DemoOptions {
  /** Where to write the report (default report/release-cycle.md in the repository). */
  reportPath?: string;
  /** Called for every line of narration (default: stdout). */
  print?: (line: string) => void;
}

const REPOS = ['acme/backend', 'acme/frontend', 'acme/infrastructure'];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Ctx {
  sb: Sandbox;
  repos: Map<string, RepoHandle>;
  print: (line: string) => void;
  now: string;
}

async function run(
  ctx: Ctx,
  repo: RepoHandle,
  action: string,
  eventName: string,
  event: unknown,
  inputs: Record<string, string | boolean>,
): Promise<ActionResult> {
  return runAction({
    action,
    eventName,
    event,
    repository: repo.fullName,
    apiUrl: ctx.sb.apiUrl,
    serverUrl: ctx.sb.serverUrl,
    token: ctx.sb.token,
    inputs: { now: ctx.now, ...inputs },
  });
}

async function openAndMerge(repo: RepoHandle, branch: string, title: string, files: Record<string, string>, user = 'alice'): Promise<number> {
  await repo.createBranch(branch, 'dev');
  await repo.commit(branch, files, title, { author: user });
  const pr = await repo.openPullRequest({ head: branch, base: 'dev', title, user });
  await repo.mergePullRequest(pr.number, { method: 'squash', by: 'maintainer' });
  return pr.number;
}

async function prEvent(ctx: Ctx, repo: RepoHandle, number: number): Promise<unknown> {
  return pullRequestEvent('opened', await apiGet(ctx.sb, `/repos/${repo.fullName}/pulls/${number}`), await apiGet(ctx.sb, `/repos/${repo.fullName}`));
}

type StepFn = (ctx: Ctx) => Promise<{ action: string; outcome: string; ok: boolean }>;

const STEPS: [string, StepFn][] = [
  [
    'Features merged to dev in all three repositories',
    async (ctx) => {
      const merged: string[] = [];
      for (const [name, repo] of ctx.repos) {
        const n = await openAndMerge(repo, 'feat-audit-log', 'feat: audit log', { 'src/audit.ts': 'export const audit = true;\n' });
        merged.push(`${name}#${n}`);
      }
      return { action: 'git + API', outcome: `merged ${merged.join(', ')}`, ok: true };
    },
  ],
  [
    'Major release v3.0.0 published: the code freeze starts',
    async (ctx) => {
      for (const repo of ctx.repos.values()) {
        await repo.createRelease({ tag: 'v3.0.0', target: 'main', publishedAt: '2026-11-10T09:00:00Z' });
      }
      return { action: 'release', outcome: 'v3.0.0 released in 3 repositories on 2026-11-10', ok: true };
    },
  ],
  [
    'During the freeze a feat PR into dev is blocked',
    async (ctx) => {
      const repo = ctx.repos.get('acme/frontend')!;
      await repo.createBranch('feat-dark-mode', 'dev');
      await repo.commit('feat-dark-mode', { 'src/theme.ts': 'export const dark = true;\n' }, 'feat: dark mode', { author: 'dana' });
      const pr = await repo.openPullRequest({ head: 'feat-dark-mode', base: 'dev', title: 'feat: dark mode', user: 'dana' });
      const result = await run(ctx, repo, 'freeze-guard', 'pull_request', await prEvent(ctx, repo, pr.number), {});
      const ok = result.exitCode === 1 && result.outputs.decision === 'blocked';
      return { action: 'freeze-guard', outcome: `${repo.fullName}#${pr.number}: ${result.outputs.decision} — ${result.outputs.reason}`, ok };
    },
  ],
  [
    'During the freeze a fix PR into dev is allowed',
    async (ctx) => {
      const repo = ctx.repos.get('acme/backend')!;
      await repo.createBranch('fix-timeout', 'dev');
      await repo.commit('fix-timeout', { 'src/http.ts': 'export const timeout = 30;\n' }, 'fix: raise the HTTP timeout', { author: 'erin' });
      const pr = await repo.openPullRequest({ head: 'fix-timeout', base: 'dev', title: 'fix: raise the HTTP timeout', user: 'erin' });
      const result = await run(ctx, repo, 'freeze-guard', 'pull_request', await prEvent(ctx, repo, pr.number), {});
      const ok = result.exitCode === 0 && result.outputs.decision === 'allowed';
      return { action: 'freeze-guard', outcome: `${repo.fullName}#${pr.number}: ${result.outputs.decision} — ${result.outputs.reason}`, ok };
    },
  ],
];

function table(steps: DemoStep[]): string {
  const rows = steps.map((s, i) => `| ${i + 1} | ${s.ok ? '✅' : '❌'} | ${s.title} | ${s.action} | ${s.outcome.replace(/\|/g, '\\|')} |`);
  return ['| # | | Step | Action | Outcome |', '|---|---|---|---|---|', ...rows].join('\n');
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const reportPath = options.reportPath ?? join(ROOT, 'report', 'release-cycle.md');
  const sb = await Sandbox.start({ now: () => new Date('2026-11-23T10:00:00Z') });
  const steps: DemoStep[] = [];
  try {
    const repos = new Map<string, RepoHandle>();
    for (const name of REPOS) {
      repos.set(
        name,
        await sb.createRepo(name, { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': `# ${name}\n`, 'src/index.ts': 'export {};\n' } }),
      );
    }
    print(`portal-release: a release cycle on the local sandbox (${sb.serverUrl}) with ${REPOS.join(', ')}`);
    const ctx: Ctx = { sb, repos, print, now: '2026-11-23T10:00:00Z' };
    for (const [i, [title, fn]] of STEPS.entries()) {
      const started = Date.now();
      print(`\n[${i + 1}/${STEPS.length}] ${title}`);
      let step: DemoStep;
      try {
        const r = await fn(ctx);
        step = { title, ...r, ms: Date.now() - started };
      } catch (error) {
        step = { title, action: '-', outcome: `error: ${(error as Error).message}`, ok: false, ms: Date.now() - started };
      }
      steps.push(step);
      print(`      ${step.ok ? '✔' : '✘'} ${step.action}: ${step.outcome} (${step.ms} ms)`);
    }
    sb.assertNoViolations();
  } finally {
    await sb.close();
  }
  const passed = steps.filter((s) => s.ok).length;
  const report = [
    '# portal-release — release cycle on the local sandbox',
    '',
    `${passed} of ${steps.length} steps behaved as the runbook requires. Every action ran as its bundle under Node 24, as on a GitHub runner, against a GitHub stand-in that checks each request against GitHub's OpenAPI description.`,
    '',
    table(steps),
    '',
  ].join('\n');
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, report);
  print(`\n${table(steps)}\n`);
  print(`Report: ${relative(process.cwd(), reportPath) || reportPath}`);
  return { steps, reportPath, report };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runDemo();
  process.exit(result.steps.every((s) => s.ok) ? 0 : 1);
}
