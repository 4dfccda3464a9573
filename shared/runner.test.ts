// The runner contract against @actions/core itself: for the same calls, both must write the same bytes
// (stdout commands, the output file, the summary file, the exit code).
import * as core from '@actions/core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as runner from './runner.ts';

const TRICKY = [
  'plain',
  '',
  'line one\nline two\r\nthree',
  '100% done: a, b, c',
  '::error::not a command',
  '%0A already escaped %25',
  'emoji 🧭 and <html> & "quotes"',
];

const ANNOTATIONS: (runner.AnnotationProperties | undefined)[] = [
  undefined,
  {},
  { title: 'Policy: key, value' },
  { title: 't', file: '.github/portal-release.yml', startLine: 12 },
  { file: 'a,b:c.yml', startLine: 0, endLine: 3, startColumn: 2, endColumn: 9 },
  { title: '' },
];

let dir = '';
const saved = { ...process.env };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'portal-release-runner-'));
});

afterEach(async () => {
  process.env = { ...saved };
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** What `fn` writes to stdout, and the exit code it sets. */
async function capture(fn: () => unknown): Promise<{ stdout: string; exitCode: typeof process.exitCode }> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.exitCode = undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { stdout: chunks.join(''), exitCode };
}

describe('runner contract, byte for byte as @actions/core writes it', () => {
  it('log lines and annotations', async () => {
    for (const message of TRICKY) {
      expect(await capture(() => runner.debug(message))).toEqual(await capture(() => core.debug(message)));
      expect(await capture(() => runner.info(message))).toEqual(await capture(() => core.info(message)));
      expect(await capture(() => runner.setSecret(message))).toEqual(await capture(() => core.setSecret(message)));
      for (const a of ANNOTATIONS) {
        expect(await capture(() => runner.notice(message, a))).toEqual(await capture(() => core.notice(message, a)));
        expect(await capture(() => runner.warning(message, a))).toEqual(await capture(() => core.warning(message, a)));
        expect(await capture(() => runner.error(message, a))).toEqual(await capture(() => core.error(message, a)));
      }
    }
  });

  it('a failure sets exit code 1 and writes an error annotation', async () => {
    const ours = await capture(() => runner.setFailed('Input "mode": expected check or sweep'));
    expect(ours).toEqual(await capture(() => core.setFailed('Input "mode": expected check or sweep')));
    expect(ours.exitCode).toBe(1);
  });

  it('groups, also when the grouped work throws', async () => {
    const ok = async () => 'done';
    expect(await capture(() => runner.group('Reading, the policy', ok))).toEqual(await capture(() => core.group('Reading, the policy', ok)));
    const boom = async () => {
      throw new Error('boom');
    };
    const ours = await capture(() => runner.group('g', boom).catch(() => undefined));
    expect(ours).toEqual(await capture(() => core.group('g', boom).catch(() => undefined)));
    expect(ours.stdout).toBe('::group::g\n::endgroup::\n');
  });

  it('outputs through GITHUB_OUTPUT: the same heredoc, each with its own random delimiter', async () => {
    const file = join(dir, 'output');
    const values = ['1', '', 'a\nb', '{"json":[1,2]}', 'x<<EOF\nEOF'];
    const write = async (set: (name: string, value: string) => void): Promise<string> => {
      await writeFile(file, '');
      process.env.GITHUB_OUTPUT = file;
      for (const [i, v] of values.entries()) set(`out-${i}`, v);
      return readFile(file, 'utf8');
    };
    const ours = await write(runner.setOutput);
    const theirs = await write(core.setOutput);
    const normalize = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_ID');
    expect(normalize(ours)).toBe(normalize(theirs));
    const delimiters = ours.match(/ghadelimiter_[0-9a-f-]{36}/g) ?? [];
    expect(new Set(delimiters).size).toBe(values.length);
  });

  it('outputs without GITHUB_OUTPUT fall back to the stdout command', async () => {
    delete process.env.GITHUB_OUTPUT;
    expect(await capture(() => runner.setOutput('plan', 'a\nb'))).toEqual(await capture(() => core.setOutput('plan', 'a\nb')));
  });

  it('a missing output file is refused, as @actions/core refuses it', async () => {
    process.env.GITHUB_OUTPUT = join(dir, 'absent');
    expect(() => runner.setOutput('a', 'b')).toThrow(`Missing file at path: ${join(dir, 'absent')}`);
    expect(() => core.setOutput('a', 'b')).toThrow(`Missing file at path: ${join(dir, 'absent')}`);
  });

  it('the job summary: appended with a line end; no summary file is an error', async () => {
    const file = join(dir, 'summary');
    await writeFile(file, 'before\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    runner.appendSummary('## ours | <b>x</b>');
    await core.summary.addRaw('## ours | <b>x</b>', true).write();
    const text = await readFile(file, 'utf8');
    expect(text).toBe('before\n## ours | <b>x</b>\n## ours | <b>x</b>\n');
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(() => runner.appendSummary('x')).toThrow(/GITHUB_STEP_SUMMARY/);
  });
});
