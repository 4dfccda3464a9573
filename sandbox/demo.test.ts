import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from './demo.ts';

describe('npm start (the release cycle on the sandbox)', () => {
  it('plays the whole cycle through the bundled actions, every step as the runbook requires, and writes the report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'demo-'));
    const lines: string[] = [];
    try {
      const result = await runDemo({ reportPath: join(dir, 'report.md'), print: (l) => lines.push(l) });
      const failed = result.steps.filter((s) => !s.ok);
      expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
      // Every step of the cycle, in order (a sandbox violation would add a failing step).
      expect(result.steps.map((s) => s.title)).toEqual([
        'Three repositories of the release train at v2.4.0',
        'Features merged to dev (freeze-guard: no freeze in force)',
        'Release candidate v3.0.0-rc.1 promoted dev → stg in the three repositories',
        'UAT finds a bug: the fix lands on dev and rc.2 is promoted',
        'Release pull requests stg → main with the validation checklist; the gate is red',
        'milestone-check catches a must-have fix missing from the release branch',
        'The fix is picked onto stg, the release PR re-pinned, and milestone-check passes',
        'Checklist ticked and approved by a maintainer: the release gate turns green in every repository of the train',
        'Release PRs merged, CD deploys, the native-install smoke run is green on each deployed SHA',
        'tag-and-release: v3.0.0 tagged and released in all three repositories',
        'Code freeze: a feat PR into dev is blocked',
        'Branch discipline: a stray PR into stg is blocked',
        'Code freeze: a fix PR into dev is allowed',
        'Security hotfix into main: the required statuses say "not a release pull request", it merges and is released as v3.0.1',
        'The hotfix is merged back to stg and dev by pull request',
        'Drift ledger: the hotfix is tracked until every branch has it, then back to zero',
      ]);
      // Every step that names an action really ran it and talked to the stand-in.
      for (const s of result.steps.filter((x) => x.action !== 'git + API')) expect(s.requests, s.title).toBeGreaterThan(0);
      expect(result.actionRuns).toBeGreaterThanOrEqual(20);

      const report = await readFile(join(dir, 'report.md'), 'utf8');
      expect(report).toBe(result.report);
      expect(report).toContain(`${result.steps.length} of ${result.steps.length} steps behaved as the runbook requires`);
      expect(report).toMatch(/\| promote-rc \| acme\/backend#\d+ fixed on dev → acme\/backend@v3\.0\.0-rc\.2 via acme\/backend#\d+ \|/);
      expect(report).toMatch(/not ready: acme\/frontend#\d+ is merged but not on stg — `git cherry-pick -x [0-9a-f]{40}`/);
      expect(report).toContain('acme/backend@v3.0.0, acme/frontend@v3.0.0, acme/infrastructure@v3.0.0 released');
      expect(report).toMatch(/\| freeze-guard \| acme\/frontend#\d+: blocked/);
      expect(report).toMatch(/\| freeze-guard \| acme\/backend#\d+: allowed/);
      expect(report).toContain('portal-release/release-gate green on the release PR of acme/backend, acme/frontend, acme/infrastructure');
      expect(report).toMatch(/acme\/backend#\d+: release-gate success, milestone success; merged and released as acme\/backend@v3\.0\.1/);
      expect(report).toContain('portal-release/release-gate = success — "Not a release pull request: nothing to hold."');
      expect(report).toContain('drift 1 → 0; ledger closed');

      const narration = lines.join('\n');
      expect(narration).toMatch(/^\[1\/16\] Three repositories/m);
      expect(narration).toMatch(/^\[16\/16\] Drift ledger/m);
      expect(narration).toContain('16 of 16 steps ok');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 600_000); // about 100 s on an idle 2-core machine; generous so a busy machine cannot fail it
});
