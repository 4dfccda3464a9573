// Growth budgets in CI: each operation's requests grow by pages of 100, not by items (counts are deterministic; the
// bench measures the larger sizes and the wall times).
import { describe, expect, it } from 'vitest';
import { bundleExists } from './scenarios.ts';
import { GROWTH, growsByPages, pages } from './growth.ts';

describe('requests grow by pages of 100, not by items', () => {
  for (const c of GROWTH) {
    it.skipIf(!bundleExists(c.action))(`${c.id}: ${c.ciSizes.join(' vs ')} ${c.unit}`, { timeout: 600_000 }, async () => {
      const runs = [];
      for (const size of c.ciSizes) runs.push(await c.run(size));
      for (const r of runs) expect(r.exitCode, r.result).toBe(0);
      expect(runs.map((r) => r.writes)).toEqual(runs.map(() => 0));
      const cost = runs.map((r) => (c.measure === 'api' ? r.api : r.git));
      // e.g. sweep: 5 pull requests → 3 requests, 105 → 4 (one more GraphQL page), never one per pull request.
      // A backport costs its pull request lookup and divergence count per target branch, nothing per commit.
      expect(cost[1]! - cost[0]!).toBe(c.perPage * (pages(c.ciSizes[1]!) - pages(c.ciSizes[0]!)) + (c.perItem ?? 0) * (c.ciSizes[1]! - c.ciSizes[0]!));
      expect(growsByPages(c, runs)).toBe(true);
    });
  }
});
