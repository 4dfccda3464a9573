// The error path, end to end: what a person reads when the network, the token, the repository name or the
// machine is wrong — through the bundles (runner contract) and the CLI, against the stand-in or a closed port.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../sandbox/index.ts';
import { node24Path, runAction } from '../sandbox/harness.ts';
import { pullRequestEvent, workflowDispatchEvent } from '../sandbox/events.ts';
import { apiGet, closedPort, errorsOf } from '../sandbox/testing.ts';
import { runCli } from '../cli/cli.ts';
import { MAIN, startSandbox } from '../bench/scenarios.ts';
import { MemoryLogger } from './logger.ts';
import { UserError, reportedFailure } from './errors.ts';

let sb: Sandbox;

beforeAll(async () => {
  sb = await Sandbox.start();
});
afterAll(async () => {
  await sb?.close();
});

async function cli(argv: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(argv, { env, stdout: () => {}, stderr: (t) => (stderr += t) });
  return { code, stderr };
}

describe('a network failure is named as one, with the host, after a short retry', () => {
  it('a refused connection (bundle): "network failure … 127.0.0.1:<port> … ECONNREFUSED", not "GitHub answered 500"', async () => {
    const repo = await sb.createRepo('acme/net-refused', { branches: ['dev'], files: { 'README.md': '# net\n' } });
    await repo.createBranch('topic', 'dev');
    await repo.commit('topic', { 'a.ts': 'export {};\n' }, 'fix: a');
    const opened = await repo.openPullRequest({ head: 'topic', base: 'dev', title: 'fix: a', user: 'alice' });
    const pr = await apiGet(sb, `/repos/acme/net-refused/pulls/${opened.number}`);
    const event = pullRequestEvent('opened', pr, await apiGet(sb, '/repos/acme/net-refused'));
    const port = await closedPort();
    const result = await runAction({
      action: 'freeze-guard',
      inputs: { now: '2026-06-10T12:00:00Z' },
      eventName: 'pull_request',
      event,
      repository: 'acme/net-refused',
      apiUrl: `http://127.0.0.1:${port}/api/v3`,
      serverUrl: `http://127.0.0.1:${port}`,
      token: sb.token,
    });
    const errors = errorsOf(result).join('\n');
    expect(result.exitCode, result.stdout).toBe(1);
    expect(errors).toContain('a network failure, not an answer from GitHub');
    expect(errors).toContain(`127.0.0.1:${port}`);
    expect(errors).toContain('ECONNREFUSED');
    expect(errors).toContain('also on a second try');
    expect(errors).not.toMatch(/GitHub answered|server error|bug in portal-release/);
  });

  it('a host name that does not resolve (CLI): the host and the DNS failure', async () => {
    const run = await cli(['freeze-guard', '--repo', 'acme/anything', '--pull-request', '1'], {
      GITHUB_TOKEN: 'ghs_whatever',
      GITHUB_API_URL: 'http://api.portal-release.invalid/api/v3',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('a network failure, not an answer from GitHub');
    expect(run.stderr).toContain('api.portal-release.invalid');
    expect(run.stderr).toMatch(/ENOTFOUND|EAI_AGAIN/);
    expect(run.stderr).not.toMatch(/GitHub answered|bug in portal-release/);
  });
});

describe('advice fits where the token came from', () => {
  it('a bad token in the CLI names GITHUB_TOKEN, not the `token` input or forks', async () => {
    await sb.createRepo('acme/cli-token', { branches: ['dev'] });
    const run = await cli(['freeze-guard', '--repo', 'acme/cli-token', '--pull-request', '1'], {
      GITHUB_TOKEN: 'ghs_not_a_token',
      GITHUB_API_URL: sb.apiUrl,
      GITHUB_SERVER_URL: sb.serverUrl,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('GitHub answered 401');
    expect(run.stderr).toContain('The token in GITHUB_TOKEN is invalid or expired');
    expect(run.stderr).not.toMatch(/`token` input|forks/);
  });
});

describe('a repository the token cannot reach is named as such', () => {
  it('tag-and-release (bundle) on a mistyped repository: "not reachable with this token", not "branch main was not found"', async () => {
    const real = await sb.createRepo('acme/real-name', { files: { 'README.md': '# real\n' } });
    const result = await runAction({
      action: 'tag-and-release',
      inputs: { now: '2026-06-10T12:00:00Z' },
      eventName: 'workflow_dispatch',
      // The event of a workflow in the real repository; the run is pointed at a name with a typo.
      event: workflowDispatchEvent({ ref: 'main', repo: await apiGet(sb, `/repos/${real.fullName}`) }),
      repository: 'acme/reel-name',
      apiUrl: sb.apiUrl,
      serverUrl: sb.serverUrl,
      token: sb.token,
    });
    const errors = errorsOf(result).join('\n');
    expect(result.exitCode, result.stdout).toBe(1);
    expect(errors).toContain('Repository acme/reel-name is not reachable with this token');
    expect(errors).not.toMatch(/branches\.production|was not found/);
  });

  it('the CLI says which option and variable to check', async () => {
    const run = await cli(['tag-and-release', '--repo', 'acme/no-such-repo'], {
      GITHUB_TOKEN: sb.token,
      GITHUB_API_URL: sb.apiUrl,
      GITHUB_SERVER_URL: sb.serverUrl,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Repository acme/no-such-repo is not reachable with this token');
    expect(run.stderr).toContain('the --repo option and the token in GITHUB_TOKEN');
  });
});

describe('a machine without git is a setup problem, not a bug', () => {
  it('milestone-check (bundle) with no git on PATH: one clear error naming git and PATH', async () => {
    const bench = await startSandbox();
    try {
      const prepared = await MAIN['milestone-check'].seed(bench);
      // Only Node's own folder on PATH: the bundle starts, git cannot.
      const result = await prepared.run({ env: { PATH: path.dirname(await node24Path()) } });
      const errors = errorsOf(result).join('\n');
      expect(result.exitCode, result.stdout).toBe(1);
      expect(errors).toContain('git could not be started (ENOENT');
      expect(errors).toContain('PATH');
      expect(errors).not.toMatch(/bug in portal-release|internal error/);
    } finally {
      await bench.close();
    }
  });
});

describe('a catch that keeps going (one target, one repository)', () => {
  it('reports a user error as it is, labels anything else as a bug and logs its stack at debug', () => {
    const logger = new MemoryLogger();
    expect(reportedFailure(new UserError('state', 'Branch stg is protected.'), logger)).toBe('Branch stg is protected.');
    expect(logger.text('debug')).toBe('');
    const bug = new TypeError("Cannot read properties of undefined (reading 'sha')");
    expect(reportedFailure(bug, logger)).toMatch(
      /^internal error: Cannot read properties .* \(a bug in portal-release; re-run with debug logging and report it\)$/,
    );
    expect(logger.text('debug')).toContain('TypeError: Cannot read properties');
    expect(logger.text('debug')).toMatch(/\n\s+at /);
  });
});
