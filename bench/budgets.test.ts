// Request budgets and the re-run matrix (CI). Each scenario is seeded once in a fresh sandbox and its action
// run on the same event: a dry run first when a budget asks for one, then three real runs.
// - Budgets: the requests of the measured run (bench/budgets.ts), from the stand-in's request log, must stay
//   within the numbers the action's README states. Counts are deterministic, not timings.
// - Re-run matrix: three runs leave the state of one (`snapshot()` compared, not exit codes), with the same
//   exit code every time and no write on runs 2 and 3.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, type Budget } from './budgets.ts';
import { scenarioRuns, type Measured, type ScenarioRuns } from './matrix.ts';
import { bundleExists, MAIN, pool, RERUN_SCENARIOS } from './scenarios.ts';

/** Re-run cells disabled by a known bug (id → the bug, named in the test's title): none at the moment. */
const KNOWN_RERUN_BUGS: Record<string, string> = {};

const active = RERUN_SCENARIOS.filter((s) => bundleExists(s.action));
const runs = new Map<string, ScenarioRuns>();

beforeAll(async () => {
  const out = await pool(active, 8, (s) => scenarioRuns(s, { dryRun: BUDGETS.some((b) => b.scenario.id === s.id && b.phase === 'dry-run') }));
  active.forEach((s, i) => runs.set(s.id, out[i]!));
  const lines = BUDGETS.filter((b) => runs.has(b.scenario.id)).map((b) => {
    const m = measuredRun(b).counts;
    return `  ${b.id}: api ${m.api}/${b.api}, writes ${m.writes}/${b.writes ?? '-'}, git ${m.git}/${b.git ?? '-'}`;
  });
  process.stdout.write(`\nrequest budgets (measured/budget):\n${lines.join('\n')}\n`);
}, 600_000);

function measuredRun(b: Budget): Measured {
  const r = runs.get(b.scenario.id)!;
  return b.phase === 'dry-run' ? r.dryRun! : b.phase === 'second' ? r.runs[1]! : r.runs[0]!;
}

function check(b: Budget, dimension: 'api' | 'writes' | 'git'): void {
  const r = runs.get(b.scenario.id);
  expect(r, `${b.scenario.id} did not run`).toBeDefined();
  expect(r!.violations, 'GitHub API spec violations').toEqual([]);
  const m = measuredRun(b);
  expect(m.counts[dimension], `${b.id}: ${dimension} requests (README: ${b.readme})\n${m.requests.join('\n')}`).toBeLessThanOrEqual(b[dimension]!);
}

describe('request budgets (README numbers)', () => {
  it('covers every action, once per scenario', () => {
    expect(new Set(BUDGETS.map((b) => b.id)).size).toBe(BUDGETS.length);
    expect(new Set(BUDGETS.map((b) => b.action))).toEqual(new Set(Object.keys(MAIN)));
    for (const b of BUDGETS) expect(RERUN_SCENARIOS, b.id).toContain(b.scenario);
  });

  for (const b of BUDGETS) {
    const dims = (['api', 'writes', 'git'] as const).filter((d) => b[d] !== undefined);
    const enforced = dims.filter((d) => b.known?.dimension !== d);
    it.skipIf(!bundleExists(b.action))(`${b.id}: ${enforced.map((d) => `${d} ≤ ${b[d]}`).join(', ')}`, () => {
      for (const d of enforced) check(b, d);
    });
    if (b.known) {
      // Known excess, reported to the lead (see the note in budgets.ts): measured and printed, not enforced until fixed.
      it.skip(`${b.id}: ${b.known.dimension} ≤ ${b[b.known.dimension]} — known: ${b.known.note}`, () => check(b, b.known!.dimension));
    }
  }
});

describe('re-run matrix: three runs on the same event leave the state of one', () => {
  for (const s of RERUN_SCENARIOS) {
    const known = KNOWN_RERUN_BUGS[s.id];
    (known ? it.skip : it.skipIf(!bundleExists(s.action)))(known ? `${s.id} — ${known}` : s.id, () => {
      const r = runs.get(s.id)!;
      const why = [`exit codes ${r.runs.map((x) => x.exitCode).join(', ')}`, ...r.diff, ...r.laterWrites].join('\n');
      expect(new Set(r.runs.map((x) => x.exitCode)).size, why).toBe(1);
      expect(r.same, why).toBe(true);
      expect(r.laterWrites, why).toEqual([]);
      expect(r.violations).toEqual([]);
    });
  }
});
