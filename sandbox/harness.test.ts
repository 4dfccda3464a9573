import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertDistFresh, inputEnvName, node24Path, parseFileCommands, parseWorkflowCommand, REPO_ROOT, runAction } from './harness.ts';
import { staleDist, writeStamp } from '../scripts/dist-stamp.ts';
import type { RunActionOptions } from './harness.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

const base: RunActionOptions = {
  action: 'echo-action',
  root: fixtures,
  eventName: 'pull_request',
  event: {
    action: 'opened',
    number: 42,
    pull_request: { number: 42, head: { ref: 'feature/x', sha: 'a'.repeat(40) }, base: { ref: 'dev' } },
  },
  repository: 'acme/portal',
  apiUrl: 'http://127.0.0.1:9/api/v3',
  serverUrl: 'http://127.0.0.1:9',
  token: 'ghs_secret123',
};

describe('pure parsers', () => {
  it('mangles input names like the runner (spaces -> _, hyphens kept)', () => {
    expect(inputEnvName('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('parses heredoc and key=value file commands', () => {
    const text = 'a<<EOF\nx\n\ny\nEOF\nb=1=2\nc<<D\nD\n';
    expect(parseFileCommands(text)).toEqual({ a: 'x\n\ny', b: '1=2', c: '' });
    expect(() => parseFileCommands('a<<EOF\nnever closed\n')).toThrow(/unterminated/);
  });

  it('unescapes workflow command properties and data', () => {
    expect(parseWorkflowCommand('::error file=a%2Cb%3Ac.ts,line=3::50%25%0Adone')).toEqual({
      command: 'error',
      properties: { file: 'a,b:c.ts', line: '3' },
      message: '50%\ndone',
    });
    expect(parseWorkflowCommand('plain text')).toBeNull();
  });
});

describe('runAction (fixture bundle as a child process)', () => {
  it('runs under Node 24 with the runner contract', async () => {
    const r = await runAction({
      ...base,
      inputs: { 'dry-run': true, 'my input': 7, mode: undefined },
      env: { EXTRA: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.timedOut).toBe(false);
    expect(r.outputs['node-version']).toMatch(/^v24\./);
    expect(r.outputs['node-version']).toBe((await import('node:child_process')).execFileSync(await node24Path(), ['--version'], { encoding: 'utf8' }).trim());
    // inputs: explicit values, hyphen kept, space mangled, action.yml defaults, ${{ github.token }} default
    expect(r.processEnv['INPUT_DRY-RUN']).toBe('true');
    expect(r.outputs['dry-run']).toBe('true');
    expect(r.outputs['my-input']).toBe('7');
    expect(r.outputs.message).toBe('hello from action.yml');
    expect(r.processEnv.INPUT_MODE).toBe('ok');
    expect(r.outputs.token).toBe('ghs_secret123');
    // outputs (heredoc, multi-line incl. blank line) + legacy ::set-output
    expect(r.outputs.multiline).toBe('line 1\nline 2\n\nline 4');
    expect(r.outputs.legacy).toBe('old style');
    expect(r.env).toEqual({ FROM_ACTION: 'value=with=equals' });
    expect(r.state).toEqual({ cleanup: 'yes' });
    expect(r.summary).toBe('## Summary\n\n- repo: acme/portal\n');
    expect(r.secretsMasked).toEqual(['ghs_secret123']);
    // annotations (stop-commands section ignored)
    expect(r.annotations).toEqual([
      { level: 'debug', message: 'debug line' },
      { level: 'notice', message: 'just so you know', title: 'A notice' },
      { level: 'warning', message: 'watch out: 100% sure', file: 'src/a, b.ts', line: 7, col: 3 },
    ]);
    // event file and derived GITHUB_* variables
    expect(r.outputs['event-name']).toBe('pull_request');
    expect(r.outputs['event-number']).toBe('42');
    expect(r.processEnv.GITHUB_REF).toBe('refs/pull/42/merge');
    expect(r.processEnv.GITHUB_HEAD_REF).toBe('feature/x');
    expect(r.processEnv.GITHUB_BASE_REF).toBe('dev');
    expect(r.processEnv.GITHUB_REPOSITORY_OWNER).toBe('acme');
    expect(r.processEnv.GITHUB_GRAPHQL_URL).toBe('http://127.0.0.1:9/api/v3/graphql');
    expect(r.outputs.cwd).toBe(r.processEnv.GITHUB_WORKSPACE);
    // clean environment: nothing from this process leaks except PATH
    const keys = (r.outputs['env-keys'] ?? '').split(',');
    expect(keys).toContain('EXTRA');
    expect(keys).toContain('GITHUB_STEP_SUMMARY');
    expect(keys).toContain('GIT_CONFIG_NOSYSTEM');
    expect(keys.filter((k) => /proxy/i.test(k) || k.startsWith('VITEST') || k === 'NODE_OPTIONS')).toEqual([]);
    expect(r.durationMs).toBeGreaterThan(0);
  });

  it('explicit inputs and opts.defaults override action.yml defaults', async () => {
    const r = await runAction({
      ...base,
      inputs: { message: 'explicit' },
      defaults: { 'dry-run': 'from-defaults', message: 'ignored' },
      token: 'other-token',
    });
    expect(r.outputs.message).toBe('explicit');
    expect(r.outputs['dry-run']).toBe('from-defaults');
    expect(r.outputs.token).toBe('other-token');
  });

  it('reports a failure exit code and an error annotation with file/line/title', async () => {
    const r = await runAction({
      ...base,
      inputs: { mode: 'fail' },
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: 'b'.repeat(40) },
    });
    expect(r.exitCode).toBe(1);
    expect(r.processEnv.GITHUB_SHA).toBe('b'.repeat(40));
    expect(r.processEnv.GITHUB_REF_NAME).toBe('main');
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([
      {
        level: 'error',
        message: 'freeze.until: not a date\nfix the file',
        file: '.github/portal-release.yml',
        line: 12,
        title: 'Invalid policy',
      },
    ]);
  });

  it('kills a hanging action after timeoutMs', async () => {
    const r = await runAction({ ...base, inputs: { mode: 'hang' }, timeoutMs: 500 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    expect(r.exitCode).toBe(137);
    expect(r.durationMs).toBeLessThan(10_000);
  });

  it('fails clearly when the bundle is missing', async () => {
    await expect(runAction({ ...base, action: 'no-such-action' })).rejects.toThrow(/dist\/no-such-action\/index.js/);
  });

  it('rejects an unsupported expression in an input default', async () => {
    await expect(runAction({ ...base, defaults: { message: '${{ secrets.X }}' } })).rejects.toThrow(/unsupported expression/);
  });
});

describe('a stale dist/ is refused', () => {
  it('the committed dist/ is the build of the sources on disk (else: run npm run build)', () => {
    expect(staleDist(REPO_ROOT)).toBeNull();
  });

  it('names the changed source and says to run npm run build; a missing stamp is refused too', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dist-stamp-'));
    try {
      await mkdir(path.join(root, 'actions', 'a'), { recursive: true });
      await mkdir(path.join(root, 'shared'), { recursive: true });
      await mkdir(path.join(root, 'cli'), { recursive: true });
      await mkdir(path.join(root, 'dist'), { recursive: true });
      await writeFile(path.join(root, 'package-lock.json'), '{}\n');
      await writeFile(path.join(root, 'actions', 'a', 'rules.ts'), 'export const limit = 1;\n');
      await writeFile(path.join(root, 'actions', 'a', 'rules.test.ts'), '// tests are not bundled\n');
      await writeFile(path.join(root, 'shared', 'text.ts'), 'export {};\n');
      expect(() => assertDistFresh(root)).toThrow(/dist\/sources.json is missing.*Run `npm run build`/);
      writeStamp(root);
      expect(staleDist(root)).toBeNull();
      // A test file changes nothing in a bundle.
      await writeFile(path.join(root, 'actions', 'a', 'rules.test.ts'), '// edited\n');
      expect(staleDist(root)).toBeNull();
      // A rule changed without a rebuild: refused, with the file and the command.
      await writeFile(path.join(root, 'actions', 'a', 'rules.ts'), 'export const limit = 2;\n');
      expect(() => assertDistFresh(root)).toThrow(
        'harness: dist/ is older than its sources (actions/a/rules.ts changed since the last build): run `npm run build`',
      );
      // Same content again (a checkout, a touch): fresh — contents decide, not times.
      await writeFile(path.join(root, 'actions', 'a', 'rules.ts'), 'export const limit = 1;\n');
      expect(staleDist(root)).toBeNull();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
