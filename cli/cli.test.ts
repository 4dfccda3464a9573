// The CLI against the GitHub stand-in: the same ActionDefinitions the bundles run, driven by flags.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess, useSandbox } from '../sandbox/use-sandbox.ts';
import { parse as parseYaml } from 'yaml';
import type { Sandbox } from '../sandbox/index.ts';
import { type RepoHandle } from '../sandbox/index.ts';
import { assertDistFresh, node24Path, REPO_ROOT } from '../sandbox/harness.ts';
import { pullRequestEvent } from '../sandbox/events.ts';
import { apiGet, writes } from '../sandbox/testing.ts';
import { readableSummary, type JsonResult } from './cli.ts';
import { COMMANDS } from './commands.ts';
import type { PlanEntry } from '../shared/plan.ts';

const sandbox = useSandbox();
let sb: Sandbox;
let counter = 0;
const NOW = '2026-11-23T12:00:00Z';

beforeAll(async () => {
  sb = sandbox();
});

/** The CLI in this process, as the stand-in's default token. */
const cli = (argv: string[], env: Record<string, string> = {}) => runInProcess(sb, argv, env);

async function frozenRepo(): Promise<RepoHandle> {
  counter += 1;
  const repo = await sb.createRepo(`acme/cli${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
  await repo.createRelease({ tag: 'v3.0.0', target: 'main', publishedAt: '2026-11-10T12:00:00Z' });
  return repo;
}

async function openPr(repo: RepoHandle, title: string): Promise<number> {
  counter += 1;
  const branch = `topic-${counter}`;
  await repo.createBranch(branch, 'dev');
  await repo.commit(branch, { [`src/f${counter}.ts`]: 'export {};\n' }, title);
  const pr = await repo.openPullRequest({ head: branch, base: 'dev', title, user: 'alice' });
  return pr.number as number;
}

describe('help and usage errors', () => {
  it('lists every command, and each command lists every input of its action.yml (the token excepted)', async () => {
    const tool = await cli(['--help']);
    expect(tool.code).toBe(0);
    for (const c of COMMANDS) expect(tool.stdout).toContain(`  ${c.name}`);
    expect(COMMANDS.map((c) => c.name).sort()).toEqual(['backport-cherry-pick', 'freeze-guard', 'milestone-check', 'promote-rc', 'tag-and-release']);
    // Each command loads its own action's definition (lazily, when it runs).
    for (const c of COMMANDS) expect((await c.load()).name).toBe(c.name);
    for (const c of COMMANDS) {
      const help = await cli([c.name, '--help']);
      expect(help.code, help.stderr).toBe(0);
      const yml = parseYaml(await readFile(path.join(REPO_ROOT, 'actions', c.name, 'action.yml'), 'utf8')) as {
        inputs: Record<string, unknown>;
        outputs: Record<string, unknown>;
      };
      for (const input of Object.keys(yml.inputs)) {
        if (input === 'token') expect(help.stdout).not.toMatch(/--token\b/);
        else expect(help.stdout).toMatch(new RegExp(`^  --${input} `, 'm'));
      }
      for (const output of Object.keys(yml.outputs)) expect(help.stdout).toMatch(new RegExp(`^  ${output}$`, 'm'));
    }
    expect((await cli(['help', 'milestone-check'])).stdout).toContain('--comment-on <value>');
  });

  it('refuses an unknown option, a token on the command line, an unknown command and a missing token, in one sentence each', async () => {
    const bad = await cli(['freeze-guard', '--repo', 'acme/x', '--mdoe', 'sweep']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      'portal-release: Unknown option --mdoe for freeze-guard; its inputs are --config, --config-ref, --mode, --branches, --fail-on-block, --now, --dry-run (see portal-release freeze-guard --help).\n',
    );
    const token = await cli(['freeze-guard', '--token', 'ghp_secret']);
    expect(token.code).toBe(1);
    expect(token.stderr).toContain('export it as GITHUB_TOKEN');
    expect(token.stderr).not.toContain('ghp_secret');
    expect((await cli(['freeze-gaurd'])).stderr).toContain('Unknown command "freeze-gaurd"; commands are freeze-guard, milestone-check');
    const noToken = await cli(['freeze-guard', '--repo', 'acme/x'], { GITHUB_TOKEN: '' });
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/^portal-release: GITHUB_TOKEN is not set/);
    const badEnum = await cli(['freeze-guard', '--repo', 'acme/x', '--mode', 'audit', '--json']);
    expect(badEnum.code).toBe(1);
    expect(JSON.parse(badEnum.stdout)).toEqual({
      outputs: {},
      summary: '',
      failure: 'Input "mode": "audit" is not valid. Valid values are: [check, sweep, discipline].',
    });
    expect(sb.requests().filter((r) => r.path.includes('/repos/acme/x'))).toEqual([]);
    // A failure that quotes the token (here a mistyped input) prints it masked, in --json as on stderr.
    for (const json of [['--json'], []]) {
      const leak = await cli(['freeze-guard', '--repo', 'acme/x', '--mode', sb.token, ...json]);
      expect(leak.code).toBe(1);
      expect(leak.stdout + leak.stderr).not.toContain(sb.token);
      expect(json.length ? (JSON.parse(leak.stdout) as { failure: string }).failure : leak.stderr).toContain('Input "mode": "***" is not valid');
    }
  });

  it('renders a job summary for a terminal', () => {
    expect(readableSummary('## ❄️ freeze-guard\n\n**Frozen** &lt;x&gt;<!-- portal-release:m -->\n<sub>Policy</sub>')).toBe(
      '❄️ freeze-guard\n───────────────\n\nFrozen <x>\nPolicy',
    );
  });
});

describe('freeze-guard through the CLI', () => {
  it('blocks a feat pull request during the freeze (--pull-request, --json), writes the status, and never prints the token', async () => {
    const repo = await frozenRepo();
    const number = await openPr(repo, 'feat: dark mode');
    const run = await cli(['freeze-guard', '--repo', repo.fullName, '--pull-request', String(number), '--now', NOW, '--json', '--debug']);
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(run.stdout) as JsonResult;
    expect(result.outputs.decision).toBe('blocked');
    expect(result.outputs.frozen).toBe(true);
    expect(result.failure).toMatch(/^Blocked by the code freeze: /);
    expect(result.summary).toContain('## ❄️ freeze-guard');
    expect(run.stderr).toContain(`portal-release freeze-guard: ${result.failure}`);
    const pr = await apiGet(sb, `/repos/${repo.fullName}/pulls/${number}`);
    const statuses = await apiGet<{ statuses: { context: string; state: string }[] }>(
      sb,
      `/repos/${repo.fullName}/commits/${(pr.head as { sha: string }).sha}/status`,
    );
    expect(statuses.statuses).toEqual([expect.objectContaining({ context: 'portal-release/freeze', state: 'failure' })]);
    expect(run.stdout + run.stderr).not.toContain(sb.token);
  });

  it('allows a fix pull request given as --event-file, in readable form, and a dry-run sweep writes nothing', async () => {
    const repo = await frozenRepo();
    const number = await openPr(repo, 'fix: raise the timeout');
    await openPr(repo, 'feat: audit log');
    const dir = await mkdtemp(path.join(tmpdir(), 'cli-event-'));
    try {
      const eventFile = path.join(dir, 'event.json');
      const payload = pullRequestEvent('opened', await apiGet(sb, `/repos/${repo.fullName}/pulls/${number}`), await apiGet(sb, `/repos/${repo.fullName}`));
      await writeFile(eventFile, JSON.stringify(payload));
      const run = await cli(['freeze-guard', '--repo', repo.fullName, '--event-file', eventFile, `--now=${NOW}`]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^Outputs:\n {2}frozen: true\n {2}decision: allowed\n/m);
      expect(run.stdout).toContain('freeze-guard\n────');
      expect(run.stdout).not.toContain('<!--');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const before = sb.requests().length;
    const plan = await cli(['freeze-guard', '--repo', repo.fullName, '--mode', 'sweep', '--dry-run', '--now', NOW]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(writes(sb.requests().slice(before))).toEqual([]);
    // The plan comes from the recorder: what is already right (kept), then what a run would write (planned).
    expect(plan.stdout).toMatch(
      /^Plan \(dry run — nothing was written\):\n {2}kept {5}status "portal-release\/freeze" on [0-9a-f]{7} already says success: .*\n {2}planned {2}set status "portal-release\/freeze" = failure on [0-9a-f]{7}: Blocked: /,
    );
    expect(plan.stdout).toContain('decision: blocked');
    expect(plan.stderr).toContain('notice: freeze-guard: dry run');

    // --json carries the same plan as the `plan` output; the real run's plan lists the same steps, done; a re-run keeps them all.
    const sweep = async (...extra: string[]): Promise<PlanEntry[]> => {
      const r = await cli(['freeze-guard', '--repo', repo.fullName, '--mode', 'sweep', '--now', NOW, '--json', ...extra]);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as JsonResult).outputs.plan as PlanEntry[];
    };
    const dryPlan = await sweep('--dry-run');
    expect(writes(sb.requests().slice(before))).toEqual([]);
    expect(dryPlan.map((e) => e.status)).toEqual(['kept', 'planned']);
    const realPlan = await sweep();
    expect(realPlan).toEqual(dryPlan.map((e) => ({ ...e, status: e.status === 'planned' ? 'done' : e.status })));
    const rerun = await sweep();
    expect(rerun.map((e) => e.status)).toEqual(['kept', 'kept']);
    expect(rerun[1]!.step).toMatch(/^status "portal-release\/freeze" on [0-9a-f]{7} already says failure: Blocked: /);
  });
});

describe('the plan of a run that fails midway', () => {
  it('lists the steps done before the failure and the failed one, in --json and in text', async () => {
    const repo = await frozenRepo();
    await openPr(repo, 'feat: one');
    await openPr(repo, 'feat: two');
    // The second status write is refused: the first one stands, and the plan says so.
    const refuse = () =>
      sb.injectFault({
        route: new RegExp(`^/repos/${repo.fullName}/statuses/`),
        method: 'POST',
        index: 1,
        kind: 'status',
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
      });
    refuse();
    const run = await cli(['freeze-guard', '--repo', repo.fullName, '--mode', 'sweep', '--now', NOW, '--json']);
    sb.clearFaults();
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as JsonResult;
    expect(result.failure).toBeTruthy();
    expect((result.outputs.plan as PlanEntry[]).map((e) => e.status)).toEqual(['done', 'failed']);

    // The next run completes the refused write; a third pull request's write is refused this time.
    await openPr(repo, 'feat: three');
    refuse();
    const text = await cli(['freeze-guard', '--repo', repo.fullName, '--mode', 'sweep', '--now', NOW]);
    sb.clearFaults();
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /^Plan \(up to the failure\):\n {2}kept {5}status "portal-release\/freeze" on [0-9a-f]{7} already says failure: .*\n {2}done {5}set status .*\n {2}failed {3}set status "portal-release\/freeze" = failure on [0-9a-f]{7}: /,
    );
  });
});

describe('milestone-check through the CLI', () => {
  it('reports a must-have fix merged on dev but missing from main, with the pick command (--json), and passes once it is picked', async () => {
    counter += 1;
    const repo = await sb.createRepo(`acme/ms${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
    const milestone = (await repo.createMilestone('v1.2.0')).number as number;
    await repo.createBranch('fix-install', 'dev');
    await repo.commit('fix-install', { 'install.sh': 'apt-get install default-mysql-client\n' }, 'fix: install the MySQL client');
    const pr = await repo.openPullRequest({ head: 'fix-install', base: 'dev', title: 'fix: install the MySQL client', milestone, labels: ['must-have'] });
    const mergeSha = await repo.mergePullRequest(pr.number as number, { method: 'squash' });
    const before = sb.requests().length;
    const run = await cli(['milestone-check', '--repo', repo.fullName, '--version', '1.2.0', '--json']);
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(run.stdout) as JsonResult;
    expect(result.outputs.ready).toBe(false);
    expect(result.outputs.missing).toEqual([expect.objectContaining({ number: pr.number, command: `git cherry-pick -x ${mergeSha}` })]);
    expect(result.failure).toMatch(/^Release milestone "v1.2.0" is not ready: 0 blocker\(s\) and 1 merged change\(s\) missing from "main"/);
    expect(writes(sb.requests().slice(before))).toEqual([]);

    await repo.commit('main', { 'install.sh': 'apt-get install default-mysql-client\n' }, 'Hotfix the installer on main');
    const again = await cli(['milestone-check', '--repo', repo.fullName, '--version', 'v1.2.0']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('  ready: true');
  });
});

describe('the bundle (dist/cli/index.js)', () => {
  it('runs as an executable (its #!/usr/bin/env node line) and prints the same JSON as the library', async () => {
    assertDistFresh();
    const bundle = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
    expect((await readFile(bundle, 'utf8')).split('\n', 1)[0]).toBe('#!/usr/bin/env node');
    const repo = await frozenRepo();
    const number = await openPr(repo, 'docs: freeze rules');
    // The `node` on PATH is Node 24 (the actions' runtime, as in CI), found through the shebang.
    const node = await node24Path();
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        bundle,
        ['freeze-guard', '--repo', repo.fullName, '--pull-request', String(number), '--now', NOW, '--json'],
        {
          env: {
            PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`,
            GITHUB_TOKEN: sb.token,
            GITHUB_API_URL: sb.apiUrl,
            GITHUB_SERVER_URL: sb.serverUrl,
          },
          timeout: 120_000,
        },
        (error, out, err) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out, stderr: err }),
      );
    });
    expect(code, stderr).toBe(0);
    expect((JSON.parse(stdout) as JsonResult).outputs).toMatchObject({ decision: 'allowed', frozen: true });
    expect(stderr).toBe('');
  });
});
