import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction, type ActionDefinition } from './entry.ts';
import { UserError } from './errors.ts';

let dir: string;
let stdout: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entry-'));
  await writeFile(join(dir, 'out'), '');
  await writeFile(join(dir, 'summary'), '');
  stdout = [];
  // @actions/core writes file commands to the files named in the process environment.
  vi.stubEnv('GITHUB_OUTPUT', join(dir, 'out'));
  vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary'));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    INPUT_TOKEN: 'ghs_entrytoken',
    GITHUB_REPOSITORY: 'acme/backend',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
    ...extra,
  };
}

function definition(run: ActionDefinition<{ dry: boolean }>['run']): ActionDefinition<{ dry: boolean }> {
  return { name: 'probe', parseInputs: (reader) => ({ dry: reader.boolean('dry-run', false) }), isDryRun: (i) => i.dry, run };
}

describe('runAction', () => {
  it('writes outputs and the summary, masks the token and fails with the outcome sentence', async () => {
    const code = await runAction(
      definition(async () => ({ outputs: { list: [1, 2], flag: true, empty: null }, summary: '## done', failure: 'Two blockers remain.' })),
      env(),
    );
    expect(code).toBe(1);
    const out = await readFile(join(dir, 'out'), 'utf8');
    expect(out).toMatch(/list<<.*\n\[1,2\]\n/);
    expect(out).toMatch(/flag<<.*\ntrue\n/);
    expect(await readFile(join(dir, 'summary'), 'utf8')).toContain('## done');
    expect(stdout.join('')).toContain('::add-mask::ghs_entrytoken');
    expect(stdout.join('')).toContain('::error::Two blockers remain.');
  });

  it('shows a user mistake as one sentence, without a stack', async () => {
    const code = await runAction(
      definition(async () => {
        throw new UserError('config', 'Invalid policy file: x.yml:3: y unknown key "y".');
      }),
      env(),
    );
    expect(code).toBe(1);
    expect(stdout.join('')).toContain('::error::Invalid policy file: x.yml:3: y unknown key "y".');
    expect(stdout.join('')).not.toContain('    at ');
  });

  it('reports an internal error as a bug, with the stack only in debug', async () => {
    const code = await runAction(
      definition(async () => {
        return (undefined as unknown as { x: () => never }).x();
      }),
      env(),
    );
    expect(code).toBe(1);
    const text = stdout.join('');
    expect(text).toMatch(/::error::portal-release probe hit an internal error: .*This is a bug in portal-release/);
    expect(text).toMatch(/::debug::TypeError/);
  });

  it('rejects a bad input before doing anything', async () => {
    const run = vi.fn();
    const code = await runAction(definition(run), env({ 'INPUT_DRY-RUN': 'maybe' }));
    expect(code).toBe(1);
    expect(run).not.toHaveBeenCalled();
    expect(stdout.join('')).toContain('::error::Input "dry-run": "maybe" is not a boolean. Valid values are: [true, false].');
  });
});
