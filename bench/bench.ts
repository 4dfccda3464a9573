/**
 * `npm run bench`: measures, in one run on this machine, and writes bench/RESULTS.md and bench/results.json:
 *   1. API requests per operation for every scenario of bench/budgets.ts, against the README budgets, and the
 *      re-run matrix (three runs leave the state of one);
 *   2. start-up: each bundle (the CLI included) as a process under Node 24 against a floor bundle of @actions/core +
 *      @actions/github (built with ncc into a temp dir), alternated pair by pair: time, CPU and peak memory, up to
 *      the README's policy file read, parsed and validated (the goal), the same runs to their own end, and failing
 *      on a missing input;
 *   3. git at scale: backport-cherry-pick and milestone-check's presence check on a generated repository of
 *      50,000 commits with 2,000 commits of divergence, git time (git's own trace of every git command the action
 *      runs), wall time and bytes fetched, against a full clone;
 *   4. milestone-check on 300 items over 3 repositories: requests and wall time;
 *   5. the fault matrix of every action's main scenario (also run in CI by bench/faults.test.ts);
 *   6. growth: requests of the sweep, milestone-check and the drift audit over sizes (bench/growth.ts);
 * and, first, each goal of the performance work beside its figure from the same run.
 * Not run in CI (it takes several minutes). Run with: npm run bench
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as prettier from 'prettier';
import { parse as parseYaml } from 'yaml';
import { inputEnvName, node24Path, REPO_ROOT, runAction } from '../sandbox/harness.ts';
import { pullRequestEvent, workflowDispatchEvent } from '../sandbox/events.ts';
import { apiGet, readmePolicy } from '../sandbox/testing.ts';
import type { RepoHandle } from '../sandbox/index.ts';
import { BUDGETS, MILESTONE_300_BUDGET, type Budget } from './budgets.ts';
import { KNOWN_BUGS } from './known.ts';
import { countingProxy, generateHistory, gitTimeOf, type GitTime } from './bigrepo.ts';
import { GROWTH, growsByPages, pages, type GrowthCase, type GrowthRun } from './growth.ts';
import { faultCase, FAULT_KINDS, reference, scenarioRuns, type FaultCaseResult, type Measured, type ScenarioRuns } from './matrix.ts';
import {
  ACTIONS,
  bundleExists,
  countRequests,
  logged,
  MAIN,
  milestoneCreateMissing,
  pool,
  RUN_ENV,
  RUN_NOW,
  startSandbox,
  type ActionName,
  RERUN_SCENARIOS,
} from './scenarios.ts';

const run = promisify(execFile);
const log = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};
const ms = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ms`;
const kib = (n: number): string => `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KiB`;
const mib = (n: number): string => `${(n / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// ---------------------------------------------------------------------------------------------
// Machine
// ---------------------------------------------------------------------------------------------

async function machine(): Promise<Record<string, string | number>> {
  const node24 = await node24Path();
  const [{ stdout: nodeVersion }, { stdout: gitVersion }] = await Promise.all([run(node24, ['--version']), run('git', ['--version'])]);
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: nodeVersion.trim(),
    benchNode: process.version,
    git: gitVersion.trim().replace(/^git version /, ''),
    loadAverage1m: Number(os.loadavg()[0]!.toFixed(2)),
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Budgets and the re-run matrix
// ---------------------------------------------------------------------------------------------

interface BudgetRow {
  id: string;
  readme: string;
  measured: { api: number; writes: number; git: number };
  budget: { api: number; writes?: number; git?: number };
  within: boolean;
  known?: string;
  wallMs: number;
}

function measuredOf(b: Budget, r: ScenarioRuns): Measured {
  return b.phase === 'dry-run' ? r.dryRun! : b.phase === 'second' ? r.runs[1]! : r.runs[0]!;
}

async function budgets(): Promise<{ rows: BudgetRow[]; reruns: { id: string; same: boolean; laterWrites: string[]; exits: number[] }[] }> {
  const active = RERUN_SCENARIOS.filter((s) => bundleExists(s.action));
  const out = await pool(active, 4, (s) => scenarioRuns(s, { dryRun: BUDGETS.some((b) => b.scenario.id === s.id && b.phase === 'dry-run') }));
  const byId = new Map(active.map((s, i) => [s.id, out[i]!]));
  const rows = BUDGETS.filter((b) => byId.has(b.scenario.id)).map((b) => {
    const m = measuredOf(b, byId.get(b.scenario.id)!);
    const c = m.counts;
    const within = c.api <= b.api && (b.writes === undefined || c.writes <= b.writes) && (b.git === undefined || c.git <= b.git);
    return {
      id: b.id,
      readme: b.readme,
      measured: { api: c.api, writes: c.writes, git: c.git },
      budget: { api: b.api, ...(b.writes !== undefined ? { writes: b.writes } : {}), ...(b.git !== undefined ? { git: b.git } : {}) },
      within,
      ...(b.known ? { known: b.known.note } : {}),
      wallMs: Math.round(m.wallMs),
    };
  });
  const reruns = active.map((s) => {
    const r = byId.get(s.id)!;
    return { id: s.id, same: r.same, laterWrites: r.laterWrites, exits: r.runs.map((x) => x.exitCode) };
  });
  return { rows, reruns };
}

// ---------------------------------------------------------------------------------------------
// 2. Start-up: whole processes against the floor bundle, alternated pair by pair
// ---------------------------------------------------------------------------------------------

/** Inputs and event that get each action past input parsing to the policy file read and its first step. */
const STARTUP: Record<ActionName, { eventName: string; event: unknown; inputs: Record<string, string> }> = {
  'freeze-guard': { eventName: 'schedule', event: { schedule: '0 6 * * *' }, inputs: { mode: 'sweep' } },
  'milestone-check': { eventName: 'workflow_dispatch', event: { inputs: {}, ref: 'refs/heads/main' }, inputs: { version: '1.0.0' } },
  'backport-cherry-pick': { eventName: 'schedule', event: { schedule: '0 6 * * *' }, inputs: { mode: 'audit' } },
  'promote-rc': { eventName: 'workflow_dispatch', event: { inputs: {}, ref: 'refs/heads/main' }, inputs: { stage: 'rc' } },
  'tag-and-release': { eventName: 'workflow_dispatch', event: { inputs: {}, ref: 'refs/heads/main' }, inputs: { sha: 'a'.repeat(40), version: '1.0.0' } },
};

/** The start-up goal: every bundle within 5 % of the floor (time, CPU and peak memory). */
export const STARTUP_GOAL = 1.05;

async function actionDefaults(action: string): Promise<Record<string, string>> {
  try {
    const doc = parseYaml(await readFile(path.join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
    return Object.fromEntries(
      Object.entries(doc.inputs ?? {})
        .filter(([, v]) => v?.default !== undefined && v.default !== null)
        .map(([k, v]) => [k, String(v.default)]),
    );
  } catch {
    return {};
  }
}

interface ProcessSample {
  wallMs: number;
  cpuMs: number | null;
  rssKiB: number | null;
  exitCode: number;
  /** Whether the policy file was requested (and so parsed) during the run. */
  readPolicy: boolean;
}

interface StartupRow {
  bundle: string;
  /** Bytes of the entry file, and of every file of the bundle (lazily loaded chunks included). */
  bytes: number;
  totalBytes: number;
  /** Medians of the bundle's own runs. */
  wallMs: number;
  cpuMs: number | null;
  rssKiB: number | null;
  /** Medians of the per-pair ratios bundle / floor (each pair run back to back). */
  ratio: number;
  cpuRatio: number | null;
  rssRatio: number | null;
  pairs: number;
  readPolicy: boolean;
  exitCodes: number[];
  met: boolean;
}

/**
 * - `policy`: to the policy validated: the bench's preloaded hook ends each process when it prints its policy line
 *   (an action or the CLI: `Policy: …`, printed once the file is read, parsed and validated; the floor: `policy
 *   file: N bytes`, once it is read);
 * - `whole`: the same runs to their own end: each bundle goes on to its first step and fails there (the action's
 *   own work, reported beside the goal, not part of it);
 * - `missing-input`: no token: every process fails on its first required input (loading the bundle alone).
 */
type StartupMode = 'policy' | 'whole' | 'missing-input';

/** The line each process prints once its policy is in hand (see StartupMode). */
const POLICY_LINE = /^(?:Policy: |policy file: )/m;

interface StartupResult {
  mode: StartupMode;
  floor: { wallMs: number; cpuMs: number | null; rssKiB: number | null; bytes: number };
  rows: StartupRow[];
}

async function buildFloor(dir: string): Promise<string> {
  const out = path.join(dir, 'floor');
  const ncc = path.join(REPO_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  await run(process.execPath, [ncc, 'build', path.join(REPO_ROOT, 'bench', 'floor', 'index.ts'), '-o', out, '--quiet', '--no-source-map-register'], {
    cwd: REPO_ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return path.join(out, 'index.js');
}

async function bundleBytes(entry: string): Promise<{ bytes: number; totalBytes: number }> {
  const dir = path.dirname(entry);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  const sizes = await Promise.all(files.map(async (f) => (await stat(path.join(dir, f))).size));
  return { bytes: (await stat(entry)).size, totalBytes: sizes.reduce((a, b) => a + b, 0) };
}

/**
 * Start-up as whole processes (spawn to exit) under Node 24, in two modes:
 * - `policy`: the token is given and a loopback server answers the policy file read with the README's full
 *   example and 404 to every other request, so each bundle reads, parses and validates a realistic policy file
 *   and then fails cleanly on its next request; the floor (`bench/floor/index.ts`) reads the same file;
 * - `missing-input`: no token, so every process (floor included) fails on its first required input: the cost of
 *   loading the bundle alone.
 * Floor and bundle run back to back (pair by pair, the pairs' order rotating each round) so the machine's drift
 * hits both alike; ratios are medians of the per-pair ratios. CPU time and peak memory are what each process
 * reports at exit (a preloaded hook, the same for all).
 */
async function startup(rounds: number): Promise<StartupResult[]> {
  const node24 = await node24Path();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'portal-release-bench-startup-'));
  const policy = await readmePolicy();
  let policyRead = false;
  const server = createServer((req, res) => {
    req.resume();
    if (/\/contents\/\.github(%2F|\/)portal-release\.yml/.test(req.url ?? '')) {
      policyRead = true;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(policy),
          name: 'portal-release.yml',
          path: '.github/portal-release.yml',
          sha: 'b'.repeat(40),
          content: Buffer.from(policy).toString('base64'),
        }),
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  try {
    log('building the floor bundle (@actions/core + @actions/github) with ncc');
    const floorEntry = await buildFloor(tmp);
    interface Spec {
      name: string;
      entry: string;
      args: string[];
      env: Record<string, string>;
    }
    const specs: Spec[] = [];
    const baseEnv = async (name: string, eventName: string, event: unknown): Promise<Record<string, string>> => {
      const home = path.join(tmp, `home-${name.replace(/[^a-z-]/g, '')}`);
      await mkdir(path.join(home, 'runner-temp'), { recursive: true });
      const eventPath = path.join(home, 'event.json');
      await writeFile(eventPath, JSON.stringify(event));
      return {
        PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH ?? ''}`,
        HOME: home,
        RUNNER_TEMP: path.join(home, 'runner-temp'),
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_REPOSITORY_OWNER: 'acme',
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: apiUrl,
        GITHUB_SERVER_URL: apiUrl.replace(/\/api\/v3$/, ''),
        GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: '1',
        GITHUB_OUTPUT: path.join(home, 'output'),
        GITHUB_STEP_SUMMARY: path.join(home, 'summary'),
        ...RUN_ENV,
      };
    };
    specs.push({ name: 'floor', entry: floorEntry, args: [], env: { ...(await baseEnv('floor', 'workflow_dispatch', {})), INPUT_TOKEN: 'ghs_bench' } });
    for (const a of ACTIONS.filter(bundleExists)) {
      const spec = STARTUP[a];
      const env = await baseEnv(a, spec.eventName, spec.event);
      const inputs = { ...(await actionDefaults(a)), token: 'ghs_bench', now: RUN_NOW, ...spec.inputs };
      for (const [k, v] of Object.entries(inputs)) env[inputEnvName(k)] = v.replace(/\$\{\{\s*github\.token\s*\}\}/, 'ghs_bench');
      specs.push({ name: a, entry: path.join(REPO_ROOT, 'dist', a, 'index.js'), args: [], env });
    }
    const cli = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
    if (existsSync(cli)) {
      const env = await baseEnv('cli', 'schedule', {});
      specs.push({
        name: 'cli (portal-release freeze-guard)',
        entry: cli,
        args: ['freeze-guard', '--mode', 'sweep', '--repo', 'acme/app'],
        env: { ...env, GITHUB_TOKEN: 'ghs_bench' },
      });
    }
    const withoutToken = (env: Record<string, string>): Record<string, string> =>
      Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'INPUT_TOKEN' && k !== 'GITHUB_TOKEN'));

    // CPU time and peak memory as the process itself sees them at exit (microseconds, unlike GNU time's 10 ms):
    // a preloaded hook, the same for the floor and every bundle. With BENCH_STOP_AT it also ends the process
    // (exit code 0) right after it writes a line matching that pattern to stdout or stderr.
    const usageFile = path.join(tmp, 'usage.json');
    const hook = path.join(tmp, 'usage-hook.mjs');
    await writeFile(
      hook,
      [
        "import { writeFileSync } from 'node:fs';",
        `process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssKiB: u.maxRSS })); });`,
        'if (process.env.BENCH_STOP_AT) {',
        "  const stopAt = new RegExp(process.env.BENCH_STOP_AT, 'm');",
        '  for (const stream of [process.stdout, process.stderr]) {',
        '    const write = stream.write;',
        '    stream.write = function (chunk, ...rest) { const done = write.call(this, chunk, ...rest); if (stopAt.test(String(chunk))) process.exit(0); return done; };',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const once = (spec: Spec, mode: StartupMode): Promise<ProcessSample> =>
      new Promise((resolve, reject) => {
        policyRead = false;
        rmSync(usageFile, { force: true });
        // The runner creates the step's output and summary files before the step starts.
        writeFileSync(spec.env.GITHUB_OUTPUT!, '');
        writeFileSync(spec.env.GITHUB_STEP_SUMMARY!, '');
        const env = mode === 'missing-input' ? withoutToken(spec.env) : mode === 'policy' ? { ...spec.env, BENCH_STOP_AT: POLICY_LINE.source } : spec.env;
        const t0 = performance.now();
        const child = spawn(node24, ['--import', pathToFileURL(hook).href, spec.entry, ...spec.args], { env, stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', (code) => {
          const wallMs = performance.now() - t0;
          const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; rssKiB: number }) : null;
          resolve({ wallMs, cpuMs: usage?.cpuMs ?? null, rssKiB: usage?.rssKiB ?? null, exitCode: code ?? -1, readPolicy: policyRead });
        });
      });

    const results: StartupResult[] = [];
    for (const mode of ['policy', 'whole', 'missing-input'] as const) {
      const floor = specs[0]!;
      const others = specs.slice(1);
      const floorSamples: ProcessSample[] = [];
      const samples = new Map<string, { own: ProcessSample; floor: ProcessSample }[]>(others.map((s) => [s.name, []]));
      // Warm the file cache, then pair each bundle with a floor run right before it, rotating the order each round.
      for (const s of specs) await once(s, mode);
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < others.length; i++) {
          const spec = others[(i + r) % others.length]!;
          const f = await once(floor, mode);
          const own = await once(spec, mode);
          floorSamples.push(f);
          samples.get(spec.name)!.push({ own, floor: f });
        }
      }
      const med = (xs: (number | null)[]): number | null => (xs.some((x) => x === null) || xs.length === 0 ? null : median(xs as number[]));
      const floorBytes = await bundleBytes(floor.entry);
      const rows: StartupRow[] = [];
      for (const spec of others) {
        const pairs = samples.get(spec.name)!;
        const ratio = median(pairs.map((p) => p.own.wallMs / p.floor.wallMs));
        const cpuRatio = med(pairs.map((p) => (p.own.cpuMs !== null && p.floor.cpuMs ? p.own.cpuMs / p.floor.cpuMs : null)));
        const rssRatio = med(pairs.map((p) => (p.own.rssKiB !== null && p.floor.rssKiB ? p.own.rssKiB / p.floor.rssKiB : null)));
        const sizes = await bundleBytes(spec.entry);
        rows.push({
          bundle: spec.name,
          ...sizes,
          wallMs: median(pairs.map((p) => p.own.wallMs)),
          cpuMs: med(pairs.map((p) => p.own.cpuMs)),
          rssKiB: med(pairs.map((p) => p.own.rssKiB)),
          ratio,
          cpuRatio,
          rssRatio,
          pairs: pairs.length,
          readPolicy: pairs.every((p) => p.own.readPolicy),
          exitCodes: [...new Set(pairs.map((p) => p.own.exitCode))],
          met: ratio <= STARTUP_GOAL && (cpuRatio === null || cpuRatio <= STARTUP_GOAL) && (rssRatio === null || rssRatio <= STARTUP_GOAL),
        });
      }
      results.push({
        mode,
        floor: {
          wallMs: median(floorSamples.map((x) => x.wallMs)),
          cpuMs: med(floorSamples.map((x) => x.cpuMs)),
          rssKiB: med(floorSamples.map((x) => x.rssKiB)),
          bytes: floorBytes.bytes,
        },
        rows,
      });
    }
    return results;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Git at scale
// ---------------------------------------------------------------------------------------------

/** An action run on the large repository is stopped after this long (its figures are then those reached by then). */
const PRESENCE_TIMEOUT_MS = 180_000;

interface GitScale {
  commits: number;
  divergence: { devAheadOfMain: number; mainAheadOfDev: number };
  generateMs: number;
  repackMs: number;
  packBytes: number;
  fullClone: { wallMs: number; bytes: number; requests: number };
  blobless: { wallMs: number; bytes: number; requests: number };
  backport: { wallMs: number; git: GitTime; bytes: number; gitRequests: number; api: number; exitCode: number; timedOut: boolean; result: string };
  presence: {
    wallMs: number;
    git: GitTime;
    bytes: number;
    gitRequests: number;
    api: number;
    exitCode: number;
    timedOut: boolean;
    items: number;
    missing: number;
    summaryLine: string;
  };
}

async function gitAtScale(): Promise<GitScale> {
  const shape = { common: 46_000, devOnly: 2_000, mainOnly: 2_000, files: 1_000 };
  const sb = await startSandbox();
  const proxy = await countingProxy(sb.serverUrl);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'portal-release-bench-git-'));
  try {
    const repo = await sb.createRepo('acme/big', { defaultBranch: 'main', files: { 'README.md': '# big\n' } });
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: tmp };
    log(`generating ${(shape.common + shape.devOnly + shape.mainOnly).toLocaleString('en-US')} commits with git fast-import`);
    let t = performance.now();
    const commits = await generateHistory(repo.gitDir, shape, env);
    const generateMs = performance.now() - t;
    t = performance.now();
    await run('git', ['--git-dir', repo.gitDir, 'repack', '-a', '-d', '-q'], { env, maxBuffer: 64 * 1024 * 1024 });
    const repackMs = performance.now() - t;
    const { stdout: count } = await run('git', ['--git-dir', repo.gitDir, 'count-objects', '-v'], { env });
    const packBytes = Number(/size-pack: (\d+)/.exec(count)?.[1] ?? 0) * 1024;
    const ahead = async (a: string, b: string): Promise<number> => Number((await repo.git(['rev-list', '--count', `${b}..${a}`])).trim());
    const divergence = { devAheadOfMain: await ahead('dev', 'main'), mainAheadOfDev: await ahead('main', 'dev') };
    const labels = ['backport main', 'backport stg', 'bug', 'must-have'];
    for (const l of labels) repo.createLabel(l, { description: l });
    await repo.createRelease({ tag: 'v9.0.0', target: 'main', publishedAt: '2026-06-01T00:00:00Z' });

    // Presence: 20 fixes merged on dev in the release milestone; 8 picked to main with -x, 6 re-applied without a
    // trailer (equal patch), 6 never picked.
    log('seeding 20 milestone pull requests and the picks on main');
    const milestone = repo.createMilestone('v9.1.0').number as number;
    for (let i = 0; i < 20; i++) {
      const file = `fixes/fix-${i}.txt`;
      await repo.createBranch(`fix-${i}`, 'dev');
      await repo.commit(`fix-${i}`, { [file]: `fix ${i}\n` }, `fix: change ${i}`, { author: 'alice' });
      const pr = await repo.openPullRequest({
        head: `fix-${i}`,
        base: 'dev',
        title: `fix: change ${i}`,
        milestone,
        labels: i % 5 ? [] : ['must-have'],
        user: 'alice',
      });
      const sha = await repo.mergePullRequest(pr.number as number, { method: 'squash' });
      if (i < 8) await repo.commit('main', { [file]: `fix ${i}\n` }, `fix: change ${i}\n\n(cherry picked from commit ${sha})`);
      else if (i < 14) await repo.commit('main', { [file]: `fix ${i}\n` }, `Hotfix ${i} on main`);
    }
    // Backport: a fix merged on dev, labelled for main (2,000 commits away on both sides).
    await repo.createBranch('fix/paging', 'dev');
    await repo.commit('fix/paging', { 'src/paging.txt': 'fixed\n' }, 'fix: off-by-one in paging', { author: 'alice' });
    const bp = await repo.openPullRequest({
      head: 'fix/paging',
      base: 'dev',
      title: 'fix: off-by-one in paging',
      labels: ['backport main', 'bug'],
      user: 'alice',
    });
    await repo.mergePullRequest(bp.number as number, { method: 'squash' });
    const merged = await repo.pullRequest(bp.number as number);
    const repository = await apiGet(sb, `/repos/${repo.fullName}`);

    const clone = async (args: string[]): Promise<{ wallMs: number; bytes: number; requests: number }> => {
      const dir = await mkdtemp(path.join(tmp, 'clone-'));
      proxy.reset();
      const started = performance.now();
      await run('git', ['clone', '--quiet', ...args, `${proxy.url}/${repo.fullName}.git`, dir], { env, maxBuffer: 64 * 1024 * 1024 });
      const wallMs = performance.now() - started;
      await rm(dir, { recursive: true, force: true });
      return { wallMs, bytes: proxy.gitBytesDown(), requests: proxy.gitRequests() };
    };
    log('full clone');
    const fullClone = await clone(['--bare']);
    log('blob-less clone');
    const blobless = await clone(['--bare', '--filter=blob:none']);

    const act = async (action: ActionName, eventName: string, event: unknown, inputs: Record<string, string | boolean>, timeoutMs: number) => {
      proxy.reset();
      // git's own timing of every git command the action runs (GIT_TRACE2_EVENT appends one JSON line per event).
      const trace = path.join(tmp, `${action}.trace2.json`);
      const { result, log: requests } = await logged(sb, () =>
        runAction({
          action,
          inputs: { now: RUN_NOW, ...inputs },
          eventName,
          event,
          repository: repo.fullName,
          apiUrl: sb.apiUrl,
          serverUrl: proxy.url,
          token: sb.token,
          // Without the pauses between writes (1 s, 3 s when people are notified): they are the same on any
          // repository and would hide the git cost this section compares with a clone.
          env: { ...RUN_ENV, PORTAL_RELEASE_WRITE_PACING: 'off', GIT_TRACE2_EVENT: trace },
          timeoutMs,
        }),
      );
      const git = gitTimeOf(existsSync(trace) ? await readFile(trace, 'utf8') : '');
      return { result, git, counts: countRequests(requests), bytes: proxy.gitBytesDown() };
    };
    log('backport-cherry-pick on the large repository');
    const b = await act(
      'backport-cherry-pick',
      'pull_request',
      pullRequestEvent('closed', merged, merged.base.repo, { merged: true }),
      {},
      PRESENCE_TIMEOUT_MS,
    );
    log('milestone-check presence on the large repository');
    const m = await act(
      'milestone-check',
      'workflow_dispatch',
      workflowDispatchEvent({ ref: 'main', repo: repository }),
      {
        version: '9.1.0',
        'target-branch': 'main',
        'fail-on-blockers': false,
      },
      PRESENCE_TIMEOUT_MS,
    );
    const missing = JSON.parse(m.result.outputs.missing ?? '[]') as unknown[];
    sb.assertNoViolations();
    return {
      commits,
      divergence,
      generateMs,
      repackMs,
      packBytes,
      fullClone,
      blobless,
      backport: {
        wallMs: b.result.durationMs,
        git: b.git,
        bytes: b.bytes,
        gitRequests: b.counts.git,
        api: b.counts.api,
        exitCode: b.result.exitCode,
        timedOut: b.result.timedOut,
        result: ((r?: { state?: string; reason?: string }) => (r ? `${r.state ?? '?'} (${r.reason ?? ''})` : 'no result for main'))(
          JSON.parse(b.result.outputs.results ?? '{}').main,
        ),
      },
      presence: {
        wallMs: m.result.durationMs,
        git: m.git,
        bytes: m.bytes,
        gitRequests: m.counts.git,
        api: m.counts.api,
        exitCode: m.result.exitCode,
        timedOut: m.result.timedOut,
        items: 20,
        missing: missing.length,
        summaryLine: /\d+\/\d+ \((?:[^()]|\([^()]*\))*\)/.exec(m.result.summary)?.[0] ?? '',
      },
    };
  } finally {
    await proxy.close();
    await sb.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. milestone-check: 300 items over 3 repositories
// ---------------------------------------------------------------------------------------------

interface Milestone300 {
  items: number;
  api: number;
  git: number;
  total: number;
  budget: number;
  wallMs: number;
  seedMs: number;
  exitCode: number;
  missing: number;
}

async function milestone300(): Promise<Milestone300> {
  const sb = await startSandbox();
  try {
    const started = performance.now();
    /** `pulls` fixes merged on dev and promoted to main; `picked` more picked with -x; `lost` never picked; `issues` issues. */
    const seed = async (name: string, o: { pulls: number; picked: number; lost: number; issues: number }): Promise<RepoHandle> => {
      const repo = await sb.createRepo(`acme/${name}`, { branches: ['dev', 'stg'] });
      const milestone = repo.createMilestone('v5.0.0').number as number;
      const merge = async (i: number): Promise<string> => {
        await repo.createBranch(`change-${i}`, 'dev');
        await repo.commit(`change-${i}`, { [`src/${i}.txt`]: `${i}\n` }, `fix: change ${i}`);
        const pr = await repo.openPullRequest({ head: `change-${i}`, base: 'dev', title: `fix: change ${i}`, milestone, labels: i % 7 ? [] : ['must-have'] });
        return repo.mergePullRequest(pr.number as number, { method: 'squash' });
      };
      for (let i = 0; i < o.pulls; i++) await merge(i);
      const promotion = await repo.openPullRequest({ head: 'dev', base: 'main', title: 'Promote dev to main' });
      await repo.mergePullRequest(promotion.number as number, { method: 'merge' });
      for (let i = o.pulls; i < o.pulls + o.picked + o.lost; i++) {
        const sha = await merge(i);
        if (i < o.pulls + o.picked) await repo.commit('main', { [`src/${i}.txt`]: `${i}\n` }, `fix: change ${i}\n\n(cherry picked from commit ${sha})`);
      }
      for (let i = 0; i < o.issues; i++) {
        repo.createIssue({ title: `Issue ${i}`, milestone, state: i % 3 ? 'closed' : 'open', labels: i % 3 ? ['must-have'] : ['documentation'] });
      }
      return repo;
    };
    log('seeding 300 milestone items over 3 repositories');
    const [a, b, c] = await Promise.all([
      seed('app', { pulls: 20, picked: 0, lost: 0, issues: 110 }),
      seed('web', { pulls: 27, picked: 3, lost: 0, issues: 55 }),
      seed('infra', { pulls: 29, picked: 0, lost: 1, issues: 55 }),
    ]);
    const items = [a!, b!, c!].reduce((n, r) => n + r.issues().filter((i) => i.milestone).length, 0);
    const seedMs = performance.now() - started;
    const repository = await apiGet(sb, `/repos/${a!.fullName}`);
    const { result, log: requests } = await logged(sb, () =>
      runAction({
        action: 'milestone-check',
        inputs: { now: RUN_NOW, version: '5.0.0', repos: `${b!.fullName},${c!.fullName}`, 'fail-on-blockers': false },
        eventName: 'workflow_dispatch',
        event: workflowDispatchEvent({ ref: 'main', repo: repository }),
        repository: a!.fullName,
        apiUrl: sb.apiUrl,
        serverUrl: sb.serverUrl,
        token: sb.token,
        env: RUN_ENV,
        timeoutMs: 300_000,
      }),
    );
    const counts = countRequests(requests);
    sb.assertNoViolations();
    return {
      items,
      api: counts.api,
      git: counts.git,
      total: counts.api + counts.git,
      budget: MILESTONE_300_BUDGET.total,
      wallMs: result.durationMs,
      seedMs,
      exitCode: result.exitCode,
      missing: (JSON.parse(result.outputs.missing ?? '[]') as unknown[]).length,
    };
  } finally {
    await sb.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Fault matrix
// ---------------------------------------------------------------------------------------------

interface FaultSummary {
  scenario: string;
  cells: number;
  absorbed: number;
  clearErrors: number;
  internalErrors: number;
  crashes: number;
  converged: number;
  failures: FaultCaseResult[];
}

async function faultMatrix(): Promise<FaultSummary[]> {
  const out: FaultSummary[] = [];
  for (const scenario of [...Object.values(MAIN), milestoneCreateMissing].filter((s) => bundleExists(s.action))) {
    log(`fault matrix: ${scenario.id}`);
    const ref = await reference(scenario);
    const cells = await pool([...ref.log.keys()], 6, (i) => faultCase(scenario, ref, i, FAULT_KINDS[i % FAULT_KINDS.length]!));
    out.push({
      scenario: scenario.id,
      cells: cells.length,
      absorbed: cells.filter((c) => c.absorbed).length,
      clearErrors: cells.filter((c) => c.faulted === 'clear-error').length,
      internalErrors: cells.filter((c) => c.faulted === 'internal-error').length,
      crashes: cells.filter((c) => c.faulted === 'crash').length,
      converged: cells.filter((c) => c.converged).length,
      failures: cells.filter((c) => !c.converged || c.faulted === 'internal-error' || c.faulted === 'crash'),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 6. Growth: requests over sizes (bench/growth.ts)
// ---------------------------------------------------------------------------------------------

interface GrowthResult {
  id: GrowthCase['id'];
  unit: string;
  measure: 'api' | 'git';
  perPage: number;
  perItem: number;
  runs: GrowthRun[];
  byPages: boolean;
}

async function growth(): Promise<GrowthResult[]> {
  const out: GrowthResult[] = [];
  for (const c of GROWTH) {
    const runs: GrowthRun[] = [];
    for (const size of c.benchSizes) {
      log(`growth: ${c.id} over ${size} ${c.unit}`);
      runs.push(await c.run(size));
    }
    out.push({ id: c.id, unit: c.unit, measure: c.measure, perPage: c.perPage, perItem: c.perItem ?? 0, runs, byPages: growsByPages(c, runs) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(0)} %`;
const outcomeTime = (x: { wallMs: number; timedOut: boolean }): string => (x.timedOut ? `> ${ms(PRESENCE_TIMEOUT_MS)} (stopped)` : ms(x.wallMs));

const ratioCell = (x: number | null): string => (x === null ? '–' : `${x.toFixed(2)}×`);

function startupMarkdown(results: StartupResult[]): string[] {
  const out: string[] = [];
  const policy = results.find((x) => x.mode === 'policy');
  const pairs = policy?.rows[0]?.pairs ?? 0;
  out.push(
    '## 2. Start-up against the toolkit floor (Node 24)',
    '',
    'Each bundle runs as a process under Node 24 with the runner contract (inputs, event file, output and summary files). The floor is the',
    'smallest action on `@actions/core` + `@actions/github` (`bench/floor/index.ts`, built with ncc into a temp dir at bench time).',
    `Floor and bundle run back to back, ${pairs} pairs per bundle, the order of the pairs rotating each round; ratios are medians of the`,
    `per-pair ratios. CPU = user + system time and memory = peak RSS, as each process reports them at exit (\`process.resourceUsage()\`, from a preloaded hook, the same for all). Goal: every ratio ≤ ${STARTUP_GOAL.toFixed(2)}×.`,
    '',
  );
  const about: Record<StartupMode, string> = {
    policy:
      "**To the policy validated (the goal)**: the token is given and a loopback server answers the policy file read with the README's full configuration example (404 to anything else). Each bundle reads, parses and validates it and prints `Policy: …`; the floor reads the same file and prints `policy file: N bytes`. The bench's hook ends every process right after that line, so both have done the same start-up: load, first request, and for the bundles the YAML and the schema.",
    whole:
      "**Whole process (not a goal)**: the same runs left to their own end. After the policy each bundle goes on to its first step and fails there on the 404: a request (freeze-guard, milestone-check, tag-and-release), a `git ls-remote` (backport-cherry-pick audit), a request then the failure alert (promote-rc). That is the action's own work, not start-up; the floor has none.",
    'missing-input': '**Missing input**: no token; every process, the floor included, fails on its first required input (the cost of loading the bundle).',
  };
  for (const res of results) {
    out.push(
      about[res.mode],
      '',
      `Floor: ${kib(res.floor.bytes)}, ${ms(res.floor.wallMs)}, CPU ${res.floor.cpuMs === null ? '–' : ms(res.floor.cpuMs)}, peak RSS ${res.floor.rssKiB === null ? '–' : `${(res.floor.rssKiB / 1024).toFixed(1)} MiB`}.`,
      '',
      '| Bundle | Entry (all chunks) | Wall | CPU | Peak RSS | Wall ratio | CPU ratio | RSS ratio | Exit | Policy read | Goal |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|',
    );
    for (const x of res.rows) {
      out.push(
        `| ${x.bundle} | ${kib(x.bytes)} (${kib(x.totalBytes)}) | ${ms(x.wallMs)} | ${x.cpuMs === null ? '–' : ms(x.cpuMs)} | ${x.rssKiB === null ? '–' : `${(x.rssKiB / 1024).toFixed(1)} MiB`} | ${ratioCell(x.ratio)} | ${ratioCell(x.cpuRatio)} | ${ratioCell(x.rssRatio)} | ${x.exitCodes.join(', ')} | ${x.readPolicy ? 'yes' : 'no'} | ${res.mode === 'whole' ? '– (not a goal)' : x.met ? 'met' : '**not met**'} |`,
      );
    }
    out.push('');
  }
  return out;
}

interface Goal {
  goal: string;
  figure: string;
  met: boolean;
}

/** Each goal of the performance work beside its figure from this run. */
function goals(r: { budgets: BudgetRow[]; startup: StartupResult[]; git: GitScale; growth: GrowthResult[] }): Goal[] {
  const out: Goal[] = [];
  const pctOf = (part: number, whole: number): number => (100 * part) / whole;
  for (const res of r.startup.filter((x) => x.mode !== 'whole')) {
    const worst = (pick: (x: StartupRow) => number | null): number => Math.max(...res.rows.map((x) => pick(x) ?? Infinity));
    const wall = worst((x) => x.ratio);
    const cpu = worst((x) => x.cpuRatio);
    const rss = worst((x) => x.rssRatio);
    out.push({
      goal: `Start-up of every bundle (CLI included) ≤ ${STARTUP_GOAL.toFixed(2)}× the floor (${res.mode === 'policy' ? 'to the README policy file read, parsed and validated' : 'failing on a missing input'}): time, CPU, peak memory`,
      figure: `worst ${wall.toFixed(2)}× time, ${cpu.toFixed(2)}× CPU, ${rss.toFixed(2)}× peak RSS`,
      met: wall <= STARTUP_GOAL && cpu <= STARTUP_GOAL && rss <= STARTUP_GOAL,
    });
  }
  const g = r.git;
  for (const [name, x] of [
    ['backport', g.backport],
    ['milestone presence', g.presence],
  ] as const) {
    const share = pctOf(x.bytes, g.fullClone.bytes);
    out.push({
      goal: `Git bytes of ${name} at ${g.commits.toLocaleString('en-US')} commits ≤ 10 % of a full clone, git time ≤ the clone's`,
      figure: `${share.toFixed(1)} % of the clone's bytes; git ${ms(x.git.wallMs)} vs ${ms(g.fullClone.wallMs)} (the whole run ${ms(x.wallMs)})`,
      met: !x.timedOut && x.git.commands > 0 && share <= 10 && x.git.wallMs <= g.fullClone.wallMs,
    });
  }
  const budget = (id: string): BudgetRow | undefined => r.budgets.find((b) => b.id === id);
  const allowed = budget('freeze-guard/check-allowed');
  const blocked = budget('freeze-guard/check-blocked');
  if (allowed && blocked) {
    out.push({
      goal: 'A freeze check ≤ 4 requests when allowed, ≤ 5 when blocked',
      figure: `${allowed.measured.api} allowed, ${blocked.measured.api} blocked`,
      met: allowed.measured.api <= 4 && blocked.measured.api <= 5,
    });
  }
  for (const x of r.growth) {
    const cost = (run: GrowthRun): number => (x.measure === 'api' ? run.api : run.git);
    const sizes = x.runs.map((run) => `${run.size.toLocaleString('en-US')} → ${cost(run)}`).join(', ');
    out.push({
      goal: {
        audit: "The drift audit's git requests independent of the number of missing changes",
        sweep: "A sweep's path rules read in the paged query: requests grow by pages of 100, not by pull requests",
        'milestone-check': 'milestone-check: requests grow by pages of 100 items, not by items',
        promotion: 'promotion (promote-rc, RC): requests grow by pages of 100 commits, not by commits',
        backport: `backport over target branches: a fixed ${x.perItem} requests per target (its existing pull request looked up, its divergence counted), none per commit`,
      }[x.id],
      figure: `${x.measure === 'api' ? 'API' : 'git'} requests by ${x.unit}: ${sizes}`,
      met: x.byPages,
    });
  }
  return out;
}

function growthMarkdown(results: GrowthResult[]): string[] {
  const out: string[] = [
    '## 6. Growth: requests over sizes',
    '',
    "Each size is seeded into a fresh stand-in and run once in dry-run (the whole plan is computed, nothing is written, so Octokit's",
    'pacing of writes does not hide the reads); requests come from the request log (`bench/growth.ts`; smaller sizes are asserted in CI by',
    '`bench/growth.test.ts`). "By pages" = every run costs the smallest run plus one request per extra page of 100 (the audit: none; a backport: its fixed cost per target branch).',
    '',
    '| Operation | Size | API requests | git requests | Pages of 100 | Wall time | Seeding | Result |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const x of results) {
    for (const run of x.runs) {
      out.push(
        `| ${x.id} | ${run.size.toLocaleString('en-US')} ${x.unit} | ${run.api} | ${run.git} | ${pages(run.size)} | ${ms(run.wallMs)} | ${ms(run.seedMs)} | exit ${run.exitCode}: ${run.result} |`,
      );
    }
  }
  out.push('');
  for (const x of results) {
    const model = x.perItem ? `by ${x.perItem} per item and by pages` : 'by pages';
    out.push(`- ${x.id}: ${x.byPages ? `grows ${model} (met)` : `**does not grow ${model} (not met)**`}.`);
  }
  out.push('');
  return out;
}

function markdown(r: {
  date: string;
  machine: Record<string, string | number>;
  durationMs: number;
  budgets: BudgetRow[];
  reruns: { id: string; same: boolean; laterWrites: string[]; exits: number[] }[];
  startup: StartupResult[];
  git: GitScale;
  milestone: Milestone300;
  faults: FaultSummary[];
  growth: GrowthResult[];
}): string {
  const m = r.machine;
  const lines: string[] = [];
  const push = (...l: string[]): void => {
    lines.push(...l);
  };
  push(
    '# Benchmarks and reliability figures',
    '',
    `Produced by \`npm run bench\` (\`bash bench/run.sh\`) on ${r.date}, in one run of ${(r.durationMs / 60_000).toFixed(1)} minutes; every figure below comes from that run.`,
    'Regenerate with the same command; the CI part (request budgets, growth budgets, fault, re-run and hostile-input matrices) runs in `npm test` from `bench/*.test.ts`.',
    '',
    '## Goals',
    '',
    '| Goal | Figure (this run) | Met |',
    '|---|---|---|',
    ...goals(r).map((x) => `| ${x.goal} | ${x.figure} | ${x.met ? 'met' : '**not met**'} |`),
    '',
    '## Machine',
    '',
    '| | |',
    '|---|---|',
    `| CPU | ${m.cpus} cores (${m.cpuModel}) |`,
    `| Memory | ${m.memoryGiB} GiB |`,
    `| OS | ${m.os} |`,
    `| Node (bundles, as on runners: node24) | ${m.node} |`,
    `| Node (bench driver) | ${m.benchNode} |`,
    `| git | ${m.git} |`,
    `| Load average (1 min) at start | ${m.loadAverage1m} |`,
    '',
    'Timings on a shared 2-core machine vary by tens of percent from run to run; request counts and bytes do not.',
    '',
    '## 1. API requests per operation',
    '',
    "From the stand-in's request log, one fresh deterministic sandbox per scenario (`bench/scenarios.ts`). `api` = REST + GraphQL (what",
    "GITHUB_TOKEN's 1,000 requests per hour per repository pay for), `writes` = REST requests other than GET, `git` = smart-HTTP requests",
    '(a fetch or push is two: ref advertisement + pack). Budgets are the numbers each README states (`bench/budgets.ts`); CI fails when one is exceeded.',
    '',
    '| Scenario | api (budget) | writes (budget) | git (budget) | Within | Wall time of the run |',
    '|---|---:|---:|---:|---|---:|',
  );
  for (const b of r.budgets) {
    const cell = (x: number, y: number | undefined): string => `${x} (${y ?? '–'})${y !== undefined && x > y ? ' ⚠' : ''}`;
    push(
      `| ${b.id} | ${cell(b.measured.api, b.budget.api)} | ${cell(b.measured.writes, b.budget.writes)} | ${cell(b.measured.git, b.budget.git)} | ${b.within ? 'yes' : b.known ? 'known¹' : '**no**'} | ${ms(b.wallMs)} |`,
    );
  }
  const knownNote = r.budgets.find((b) => b.known)?.known;
  if (knownNote) push('', `¹ ${knownNote}. API and write counts match the README exactly; only the git column is over.`);
  push(
    '',
    `Wall time is dominated by Octokit's throttling, which keeps at least one second between writes and between GraphQL queries.`,
    '',
    '### Re-run matrix (three runs on the same event)',
    '',
    '| Scenario | Exit codes | State after 3 runs = after 1 | Writes on runs 2–3 |',
    '|---|---|---|---|',
  );
  for (const x of r.reruns)
    push(`| ${x.id} | ${x.exits.join(', ')} | ${x.same ? 'yes' : '**no**'} | ${x.laterWrites.length ? x.laterWrites.join(', ') : 'none'} |`);
  push('', ...startupMarkdown(r.startup));
  const g = r.git;
  push(
    '',
    '## 3. Git cost at scale',
    '',
    `A repository of ${g.commits.toLocaleString('en-US')} generated commits (\`git fast-import\`, ${ms(g.generateMs)}; \`git repack -a -d\` ${ms(g.repackMs)}; pack ${mib(g.packBytes)}),`,
    `1,000 files; \`dev\` is ${g.divergence.devAheadOfMain.toLocaleString('en-US')} commits ahead of \`main\` and \`main\` ${g.divergence.mainAheadOfDev.toLocaleString('en-US')} ahead of \`dev\`.`,
    "Served by the stand-in's git smart HTTP through a counting proxy: bytes are what git received.",
    '',
    '| Operation | git time | Wall time of the run | Bytes fetched | git requests | API requests | Result |',
    '|---|---:|---:|---:|---:|---:|---|',
    `| full \`git clone --bare\` | ${ms(g.fullClone.wallMs)} | ${ms(g.fullClone.wallMs)} | ${mib(g.fullClone.bytes)} | ${g.fullClone.requests} | – | baseline |`,
    `| \`git clone --bare --filter=blob:none\` | ${ms(g.blobless.wallMs)} | ${ms(g.blobless.wallMs)} | ${mib(g.blobless.bytes)} | ${g.blobless.requests} | – | for reference |`,
    `| backport-cherry-pick: fix merged on dev, \`backport main\` | ${ms(g.backport.git.wallMs)} (${g.backport.git.commands} commands) | ${outcomeTime(g.backport)} | ${mib(g.backport.bytes)} (${pct(g.backport.bytes, g.fullClone.bytes)} of a clone) | ${g.backport.gitRequests.toLocaleString('en-US')} | ${g.backport.api} | ${g.backport.timedOut ? '**stopped**' : `exit ${g.backport.exitCode}: ${g.backport.result}`} |`,
    `| milestone-check presence: ${g.presence.items} merged PRs vs \`main\` | ${ms(g.presence.git.wallMs)} (${g.presence.git.commands} commands) | ${outcomeTime(g.presence)} | ${mib(g.presence.bytes)} (${pct(g.presence.bytes, g.fullClone.bytes)} of a clone) | ${g.presence.gitRequests.toLocaleString('en-US')} | ${g.presence.api} | ${g.presence.timedOut ? '**stopped** (did not finish)' : `exit ${g.presence.exitCode}: on branch ${g.presence.summaryLine}, ${g.presence.missing} missing`} |`,
    '',
    "The git time of an action is git's own account of every git command it ran (`GIT_TRACE2_EVENT`: from each command's start to its exit,",
    'overlaps counted once; fetches, the lazy blob fetches of a checkout and a pick, the push and the local commands); it is what the goal',
    "compares with the clone, which is all the git an action that clones has to do. The wall time of the run also holds Node's start-up and",
    'the API requests (the same whichever way the history is fetched; the stand-in answers them from git on this repository, tens to hundreds',
    "of milliseconds each); GitHub's pauses between writes are left out here (they do not depend on the repository; section 1 includes",
    'them). Both actions fetch the target',
    "branch and the merged commits without blobs (`--filter=blob:none`) only down to their merge base (a depth from GitHub's compare counts),",
    'deepening only when a proof walks past it (`shared/git.ts`, `BoundedHistory`); the generated files are one line each, so commits and',
    'trees are nearly all of a pack.',
    ...(g.presence.timedOut || g.backport.timedOut
      ? ['', `**An action did not finish** on this repository within ${ms(PRESENCE_TIMEOUT_MS)}: see its git requests above.`]
      : []),
    '',
    '## 4. milestone-check: 300 items over 3 repositories',
    '',
    '| Items | API requests | git requests | Total (budget) | Wall time | Missing found |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${r.milestone.items} | ${r.milestone.api} | ${r.milestone.git} | ${r.milestone.total} (${r.milestone.budget}) | ${ms(r.milestone.wallMs)} | ${r.milestone.missing} |`,
    '',
    `Seeding the three repositories took ${ms(r.milestone.seedMs)}. ${r.milestone.total} requests (REST, GraphQL and git) against a budget of ${r.milestone.budget} (\`bench/budgets.ts\`): ${r.milestone.total <= r.milestone.budget ? 'within' : '**over**'}.`,
    '',
    '## 5. Fault matrix',
    '',
    "Every request of each action's main scenario fails in turn (kinds rotate per index: a 502 on every attempt, past the retries; a",
    'secondary rate limit; a connection reset); then a second, undisturbed run. "Converged" = `snapshot()` equals one undisturbed run in a',
    'twin sandbox, with the stand-in\'s random port (inside URLs and annotated tag messages) as the only volatile part. "Absorbed" = the',
    'faulted run alone already reached that state (Octokit retried).',
    '',
    '| Scenario | Cells | Absorbed | Clear error | Internal error | Crash | Converged |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const f of r.faults)
    push(`| ${f.scenario} | ${f.cells} | ${f.absorbed} | ${f.clearErrors} | ${f.internalErrors} | ${f.crashes} | ${f.converged}/${f.cells} |`);
  const failures = r.faults.flatMap((f) => f.failures.map((c) => ({ scenario: f.scenario, c })));
  if (failures.length) {
    push('', 'Cells that did not end cleanly:', '');
    for (const { scenario, c } of failures) {
      push(
        `- ${scenario} #${c.index} ${c.kind} on ${c.request}: ${c.faulted}${c.faultedError ? ` — ${c.faultedError.slice(0, 240)}` : ''}${c.converged ? '' : ' — **did not converge**'}`,
      );
    }
  }
  push(
    '',
    `Secondary rate limits are injected with \`retry-after: 1\`: @octokit/plugin-throttling reads \`retry-after: 0\` as absent and waits its 60 s fallback.`,
    '',
    ...growthMarkdown(r.growth),
    '## Known bugs (their cases are skipped in CI until fixed)',
    '',
    'Found by the matrices (`bench/known.ts`); `BENCH_KNOWN_BUGS=1` runs their cases to check a fix.',
    '',
    ...Object.entries(KNOWN_BUGS).map(([id, text]) => `- **${id}**: ${text}.`),
    '',
  );
  return lines.join('\n');
}

/** Keeps this machine out of the committed files: no absolute paths, no loopback ports (they appear in quoted error messages). */
function scrub(text: string): string {
  return text
    .split(REPO_ROOT)
    .join('<repo>')
    .split(os.tmpdir())
    .join('<tmp>')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>');
}

async function main(): Promise<void> {
  // `--only <section>` (budgets, startup, git, milestone, faults, growth) prints that section's figures and writes nothing.
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  if (only) {
    const sections: Record<string, () => Promise<unknown>> = {
      budgets,
      startup: () => startup(5),
      git: gitAtScale,
      milestone: milestone300,
      faults: faultMatrix,
      growth,
    };
    const section = sections[only];
    if (!section) throw new Error(`--only takes one of: ${Object.keys(sections).join(', ')}`);
    process.stdout.write(`${JSON.stringify(await section(), null, 2)}\n`);
    return;
  }
  const started = performance.now();
  const date = new Date().toISOString().slice(0, 10);
  const info = await machine();
  log('1/6 request budgets and re-run matrix');
  const { rows, reruns } = await budgets();
  log('2/6 start-up');
  const startupRows = await startup(15);
  log('3/6 git at scale');
  const git = await gitAtScale();
  log('4/6 milestone-check 300 × 3');
  const milestone = await milestone300();
  log('5/6 fault matrix');
  const faults = await faultMatrix();
  log('6/6 growth');
  const growthResults = await growth();
  const durationMs = performance.now() - started;
  const results = {
    date,
    command: 'npm run bench',
    machine: info,
    durationMs: Math.round(durationMs),
    budgets: rows,
    reruns,
    startup: startupRows,
    git,
    milestone300: milestone,
    faults,
    growth: growthResults,
    goals: goals({ budgets: rows, startup: startupRows, git, growth: growthResults }),
  };
  // Formatted as the project's Prettier configuration wants it, so `npm run lint` accepts the committed file.
  const jsonFile = path.join(REPO_ROOT, 'bench', 'results.json');
  const json = scrub(JSON.stringify(results));
  await writeFile(jsonFile, await prettier.format(json, { ...(await prettier.resolveConfig(jsonFile)), filepath: jsonFile }));
  await writeFile(
    path.join(REPO_ROOT, 'bench', 'RESULTS.md'),
    scrub(markdown({ date, machine: info, durationMs, budgets: rows, reruns, startup: startupRows, git, milestone, faults, growth: growthResults })),
  );
  log(`done in ${(durationMs / 60_000).toFixed(1)} min: bench/RESULTS.md, bench/results.json`);
}

await main();
process.exit(0);
