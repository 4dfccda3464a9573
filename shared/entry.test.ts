import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction, type ActionDefinition } from './entry.ts';
import { UserError } from './errors.ts';

let dir: string;
let stdout: string[];
// One summary file serves every test (emptied before each).
let summaryDir: string;
const summaryFile = (): string => join(summaryDir, 'summary');

beforeAll(async () => {
  summaryDir = await mkdtemp(join(tmpdir(), 'entry-summary-'));
});
afterAll(async () => {
  await rm(summaryDir, { recursive: true, force: true });
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entry-'));
  await writeFile(join(dir, 'out'), '');
  await writeFile(summaryFile(), '');
  stdout = [];
  // The runner contract writes file commands to the files named in the process environment.
  vi.stubEnv('GITHUB_OUTPUT', join(dir, 'out'));
  vi.stubEnv('GITHUB_STEP_SUMMARY', summaryFile());
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
    GITHUB_STEP_SUMMARY: summaryFile(),
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
    expect(await readFile(summaryFile(), 'utf8')).toContain('## done');
    expect(stdout.join('')).toContain('::add-mask::ghs_entrytoken');
    expect(stdout.join('')).toContain('::error::Two blockers remain.');
  });

  it('hands every action one plan recorder: written only outside a dry run, listed in the plan output and the summary', async () => {
    let written = 0;
    const probe = definition(async (_inputs, { plan }) => {
      plan.keep('the label "release" already exists');
      await plan.write('open the tracking issue', () => {
        written++;
      });
      return { outputs: { decision: 'ok' }, summary: '## probe' };
    });
    expect(await runAction(probe, env({ 'INPUT_DRY-RUN': 'true' }))).toBe(0);
    expect(written).toBe(0);
    const planLine = (out: string): string => /plan<<(.*)\n(.*)\n/.exec(out)![2]!;
    expect(JSON.parse(planLine(await readFile(join(dir, 'out'), 'utf8')))).toEqual([
      { step: 'the label "release" already exists', status: 'kept' },
      { step: 'open the tracking issue', status: 'planned' },
    ]);
    const summary = await readFile(summaryFile(), 'utf8');
    expect(summary).toMatch(/^## probe\n\n### Plan\n/);
    expect(summary).toContain('| open the tracking issue | planned |');
    expect(stdout.join('')).toContain('[dry-run] would open the tracking issue');

    await writeFile(join(dir, 'out'), '');
    expect(await runAction(probe, env())).toBe(0);
    expect(written).toBe(1);
    expect(JSON.parse(planLine(await readFile(join(dir, 'out'), 'utf8')))[1]).toEqual({ step: 'open the tracking issue', status: 'done' });
  });

  it('keeps the plan of a run that fails midway in its summary: the failed step is named', async () => {
    const code = await runAction(
      definition(async (_inputs, { plan }) => {
        await plan.write('create the tag v1.2.0', () => undefined);
        await plan.write('create the release v1.2.0', () => {
          throw new UserError('conflict', 'The release v1.2.0 exists on another tag.');
        });
        return { outputs: {} };
      }),
      env(),
    );
    expect(code).toBe(1);
    const summary = await readFile(summaryFile(), 'utf8');
    expect(summary).toContain('The release v1.2.0 exists on another tag.');
    expect(summary).toContain('| create the tag v1.2.0 | done |\n| create the release v1.2.0 | failed |');
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
