// Orchestration tier: freeze-guard's definition from the source, in this process (through the CLI),
// against the stand-in. A change to a rule fails here without a rebuild of dist/.
import { describe, expect, it } from 'vitest';
import { writes } from '../../sandbox/testing.ts';
import { runInProcess, useSandbox } from '../../sandbox/use-sandbox.ts';

const sandbox = useSandbox();
const NOW = '2026-11-23T12:00:00Z';

describe('freeze-guard in-process', () => {
  it('during the freeze after v3.0.0 blocks a feature into dev and allows a fix; branch discipline fails a stray pull request into stg', async () => {
    const sb = sandbox();
    const repo = await sb.createRepo('acme/freeze-in-process', { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
    await repo.createRelease({ tag: 'v3.0.0', target: 'main', publishedAt: '2026-11-10T12:00:00Z' });
    const open = async (branch: string, base: string, title: string): Promise<number> => {
      await repo.createBranch(branch, base);
      await repo.commit(branch, { [`${branch}.txt`]: `${title}\n` }, title);
      return (await repo.openPullRequest({ head: branch, base, title })).number as number;
    };
    const feat = await open('feat-dark', 'dev', 'feat: dark mode');
    const fix = await open('fix-timeout', 'dev', 'fix: raise the timeout');
    const stray = await open('topic', 'stg', 'chore: tidy up');

    const blocked = await runInProcess(sb, ['freeze-guard', '--repo', repo.fullName, '--pull-request', String(feat), '--now', NOW, '--json']);
    expect(blocked.code).toBe(1);
    expect(blocked.json?.outputs).toMatchObject({ decision: 'blocked', frozen: true, 'freeze-ends': '2026-12-10T12:00:00.000Z' });

    const allowed = await runInProcess(sb, ['freeze-guard', '--repo', repo.fullName, '--pull-request', String(fix), '--now', NOW, '--json']);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.json?.outputs).toMatchObject({ decision: 'allowed' });

    const discipline = await runInProcess(sb, ['freeze-guard', '--repo', repo.fullName, '--mode', 'discipline', '--pull-request', String(stray), '--json']);
    expect(discipline.code).toBe(1);
    expect(discipline.json?.outputs).toMatchObject({ decision: 'blocked' });
    expect(discipline.json?.failure).toMatch(/^Branch discipline: /);

    // Re-runs converge: the statuses and the guidance comment are already right.
    sb.clearRequests();
    await runInProcess(sb, ['freeze-guard', '--repo', repo.fullName, '--pull-request', String(feat), '--now', NOW, '--json']);
    await runInProcess(sb, ['freeze-guard', '--repo', repo.fullName, '--mode', 'discipline', '--pull-request', String(stray), '--json']);
    expect(writes(sb.requests())).toEqual([]);
  });
});
