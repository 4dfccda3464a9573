import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from './demo.ts';

describe('npm start (the release cycle on the sandbox)', () => {
  it('plays every step through the bundled actions and writes the report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'demo-'));
    const lines: string[] = [];
    try {
      const result = await runDemo({ reportPath: join(dir, 'report.md'), print: (l) => lines.push(l) });
      const failed = result.steps.filter((s) => !s.ok);
      expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
      expect(result.steps.length).toBeGreaterThanOrEqual(4);
      const report = await readFile(join(dir, 'report.md'), 'utf8');
      expect(report).toContain(`${result.steps.length} of ${result.steps.length} steps behaved as the runbook requires`);
      expect(report).toMatch(/freeze-guard \| acme\/frontend#\d+: blocked/);
      expect(lines.join('\n')).toMatch(/\[1\/\d+\] Features merged to dev/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
