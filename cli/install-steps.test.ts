import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { node24Path } from '../sandbox/harness.ts';
import { runCli } from './extract-install.ts';
import { InstallExtractionError, blockCommands, extractInstallSteps, renderInstallScript } from './install-steps.ts';

const pexec = promisify(execFile);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(HERE, 'extract-install.ts');
const ROOT = path.resolve(HERE, '..');

/** A README the way projects write them: prose, several marked sections, and code that must not run. */
const README = [
  '# Portal', // 1
  '',
  'Markers themselves, documented in a code block, are not a section:',
  '```markdown',
  '<!-- portal-release:install -->',
  '```',
  '',
  '## Install',
  '<!-- portal-release:install -->',
  'Prerequisites:', // 10
  '',
  '```bash',
  '# comments are kept; the shell ignores them',
  'echo "one" > step1.txt',
  '```',
  '',
  '```yaml',
  'config: not-a-command',
  '```',
  '', // 20
  '```console',
  '$ echo two \\',
  '    >> step2.txt',
  'sample output that is not run',
  '$ cat step1.txt',
  'one',
  '```',
  '',
  '```',
  'unlabelled: documentation only', // 30
  '```',
  '<!-- /portal-release:install -->',
  '',
  '## Usage',
  '```bash',
  'echo "outside the section" > never.txt',
  '```',
  '',
  '<!-- portal-release:install -->',
  '~~~sh', // 40
  'test -f step2.txt && echo three > step3.txt',
  '~~~',
  '````shell',
  "echo '```' > /dev/null",
  'echo four > step4.txt',
  '````',
  '```bash',
  '$ echo five > step5.txt',
  'five-output',
  '```', // 50
  '<!-- /portal-release:install -->',
  '',
].join('\n');

describe('extractInstallSteps', () => {
  it('takes only shell-like blocks of the marked sections, in order, with prompts stripped', () => {
    const procedure = extractInstallSteps(README);
    expect(procedure.sections).toBe(2);
    expect(procedure.blocks).toEqual([
      { language: 'bash', line: 12, commands: ['# comments are kept; the shell ignores them', 'echo "one" > step1.txt'] },
      { language: 'console', line: 21, commands: ['echo two \\', '    >> step2.txt', 'cat step1.txt'] },
      { language: 'sh', line: 40, commands: ['test -f step2.txt && echo three > step3.txt'] },
      { language: 'shell', line: 43, commands: ["echo '```' > /dev/null", 'echo four > step4.txt'] },
      { language: 'bash', line: 47, commands: ['echo five > step5.txt'] },
    ]);
    expect(procedure.skipped).toEqual([
      { language: 'yaml', line: 17, reason: 'not a shell block (yaml)' },
      { language: '', line: 29, reason: 'no language' },
    ]);
    const all = procedure.blocks.flatMap((b) => b.commands).join('\n');
    expect(all).not.toContain('never.txt');
    expect(all).not.toContain('sample output');
  });

  it('fails clearly when there is no section, or it is malformed or empty', () => {
    const fail = (text: string): string => {
      try {
        extractInstallSteps(text, 'docs/README.md');
      } catch (error) {
        expect(error).toBeInstanceOf(InstallExtractionError);
        return (error as Error).message;
      }
      throw new Error('expected an extraction error');
    };
    expect(fail('# x\n```bash\necho hi\n```\n')).toMatch(/^docs\/README\.md: no installation section found; put <!-- portal-release:install -->/);
    expect(fail('<!-- portal-release:install -->\n```bash\necho\n```\n')).toMatch(/docs\/README\.md:1: install section is never closed/);
    expect(fail('<!-- /portal-release:install -->\n')).toMatch(/:1: <!-- \/portal-release:install --> without an opening/);
    expect(fail('<!-- portal-release:install -->\n<!-- portal-release:install -->\n')).toMatch(/:2: install section opened again before the one at line 1/);
    expect(fail('<!-- portal-release:install -->\n```text\nhi\n```\n```console\nno prompt here\n```\n<!-- /portal-release:install -->\n')).toMatch(
      /the install section holds no commands; only ```sh, ```bash, ```shell, ```console code blocks are run/,
    );
    expect(fail('<!-- portal-release:install -->\n```bash\necho\n<!-- /portal-release:install -->\n')).toMatch(
      /:2: code fence inside the install section is never closed/,
    );
  });

  it('treats console continuations and CRLF line endings like a shell would', () => {
    expect(blockCommands('console', ['$ a \\', 'b \\', 'c', 'out', '$ d'])).toEqual(['a \\', 'b \\', 'c', 'd']);
    expect(blockCommands('bash', ['', 'x', '', 'y', ''])).toEqual(['x', '', 'y']);
    const crlf = '<!-- portal-release:install -->\r\n```sh\r\necho hi\r\n```\r\n<!-- /portal-release:install -->\r\n';
    expect(extractInstallSteps(crlf).blocks).toEqual([{ language: 'sh', line: 2, commands: ['echo hi'] }]);
  });
});

describe('the generated script and the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'extract-install-'));
    await writeFile(path.join(dir, 'README.md'), README);
    await writeFile(
      path.join(dir, 'BROKEN.md'),
      '<!-- portal-release:install -->\n```bash\necho before\nfalse\necho after > after.txt\n```\n<!-- /portal-release:install -->\n',
    );
    await writeFile(path.join(dir, 'NONE.md'), '# nothing to install\n');
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('runs the documented procedure under bash, and a failing command fails it', async () => {
    const script = renderInstallScript(extractInstallSteps(README, 'README.md'));
    expect(script).toMatch(/^#!\/usr\/bin\/env bash\n.*\nset -eo pipefail\nset -x\n\n# README\.md:12 \(bash\)\n/);
    const work = await mkdtemp(path.join(dir, 'run-'));
    await writeFile(path.join(work, 'install.sh'), script);
    await pexec('bash', ['install.sh'], { cwd: work });
    for (const [file, text] of [
      ['step1.txt', 'one\n'],
      ['step2.txt', 'two\n'],
      ['step3.txt', 'three\n'],
      ['step4.txt', 'four\n'],
      ['step5.txt', 'five\n'],
    ]) {
      expect(await readFile(path.join(work, file!), 'utf8')).toBe(text);
    }
    await expect(stat(path.join(work, 'never.txt'))).rejects.toThrow(/ENOENT/);

    const broken = renderInstallScript(extractInstallSteps(await readFile(path.join(dir, 'BROKEN.md'), 'utf8')));
    await writeFile(path.join(work, 'broken.sh'), broken);
    await expect(pexec('bash', ['broken.sh'], { cwd: work })).rejects.toMatchObject({ code: 1 });
    await expect(stat(path.join(work, 'after.txt'))).rejects.toThrow(/ENOENT/);
  });

  it('is a Node 24 command: writes the script, exits 1 without a section and 2 on bad usage', async () => {
    const node = await node24Path();
    const out = path.join(dir, 'install.sh');
    const ok = await pexec(node, [CLI, 'README.md', '--output', out], { cwd: dir });
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toContain('README.md: 5 block(s), 9 line(s) of commands in 2 install section(s)');
    expect(ok.stderr).toContain('README.md:17: skipped code block: not a shell block (yaml)');
    expect(await readFile(out, 'utf8')).toBe(renderInstallScript(extractInstallSteps(README, 'README.md')));
    expect((await stat(out)).mode & 0o111).not.toBe(0);

    await expect(pexec(node, [CLI, 'NONE.md'], { cwd: dir })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/NONE\.md: no installation section found/),
    });
    await expect(pexec(node, [CLI, '--format', 'yaml'], { cwd: dir })).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/^usage: /) });
  });

  it('prints the script (or JSON) on stdout when no output file is given', async () => {
    const io = { out: '', err: '' };
    const sink = { stdout: (t: string) => (io.out += t), stderr: (t: string) => (io.err += t) };
    expect(await runCli([path.join(dir, 'README.md'), '--format', 'json'], sink)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ sections: 2, blocks: [{ line: 12 }, { line: 21 }, { line: 40 }, { line: 43 }, { line: 47 }] });
    io.out = '';
    expect(await runCli([path.join(dir, 'README.md')], sink)).toBe(0);
    expect(io.out).toContain('echo "one" > step1.txt');
    expect(await runCli([path.join(dir, 'missing.md')], sink)).toBe(1);
    expect(io.err).toMatch(/Cannot read .*missing\.md: ENOENT/);
    expect(await runCli(['a.md', 'b.md'], sink)).toBe(2);
  });
});

describe('the native-install-smoke workflow', () => {
  interface Step {
    id?: string;
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }
  interface Workflow {
    on: { workflow_call: { inputs: Record<string, { default?: unknown }>; outputs: Record<string, { value: string }> } };
    permissions: Record<string, string>;
    jobs: { install: { permissions: Record<string, string>; outputs: Record<string, string>; steps: Step[] } };
  }

  it("tests exactly the run's commit with this extraction command, least permissions and no expressions in run:", async () => {
    const wf = parseYaml(await readFile(path.join(ROOT, '.github', 'workflows', 'native-install-smoke.yml'), 'utf8')) as Workflow;
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.install.permissions).toEqual({ contents: 'read' });
    // Every input has a default, so a schedule-triggered caller can pass none.
    for (const [name, input] of Object.entries(wf.on.workflow_call.inputs)) expect(input.default, name).toBeDefined();
    const steps = wf.jobs.install.steps;
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    // The consumer commit is the run's own SHA: the head_sha tag-and-release's gate relies on.
    expect(checkouts[0]!.with).toMatchObject({ ref: '${{ github.sha }}', 'persist-credentials': false });
    expect(checkouts[1]!.with).toMatchObject({ 'sparse-checkout': 'cli', path: '.portal-release' });
    const extract = steps.find((s) => s.run?.includes('extract-install.ts'))!;
    const script = /node \.portal-release\/(\S+extract-install\.ts)/.exec(extract.run!)![1]!;
    expect(path.join(ROOT, script)).toBe(CLI);
    // The script and everything it imports are inside the sparse checkout.
    expect(script.startsWith(`${checkouts[1]!.with!['sparse-checkout']}/`)).toBe(true);
    for (const step of steps) if (step.run) expect(step.run, step.run).not.toContain('${{');
    expect(wf.on.workflow_call.outputs.sha!.value).toBe('${{ jobs.install.outputs.sha }}');
    expect(wf.jobs.install.outputs.sha).toBe(`\${{ steps.${steps.find((s) => s.id === 'commit')!.id}.outputs.sha }}`);
  });
});
