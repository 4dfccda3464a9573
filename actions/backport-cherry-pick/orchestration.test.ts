// Orchestration tier: backport-cherry-pick's definition from the source, in this process (through
// the CLI), with real git against the stand-in. A change to a rule fails here without a rebuild.
import { describe, expect, it } from 'vitest';
import { writes } from '../../sandbox/testing.ts';
import { runInProcess, useSandbox } from '../../sandbox/use-sandbox.ts';

const sandbox = useSandbox();

describe('backport-cherry-pick in-process', () => {
  it('backports a labelled fix to staging with -x provenance; a re-run finds its pull request and writes nothing', async () => {
    const sb = sandbox();
    const repo = await sb.createRepo('acme/backport-in-process', {
      defaultBranch: 'main',
      branches: ['dev', 'stg'],
      files: { 'app.txt': 'one\ntwo\nthree\n', 'README.md': '# app\n' },
    });
    await repo.createRelease({ tag: 'v2.0.0', target: 'main', publishedAt: '2026-06-01T00:00:00Z' });
    repo.createLabel('backport stg', { description: 'backport to stg' });
    await repo.createBranch('fix/two', 'dev');
    await repo.commit('fix/two', { 'app.txt': 'one\nTWO\nthree\n' }, 'fix: two is shouted');
    const pr = await repo.openPullRequest({ head: 'fix/two', base: 'dev', title: 'fix: two is shouted', labels: ['backport stg'] });
    const merged = await repo.mergePullRequest(pr.number as number, { method: 'squash' });
    const args = ['backport-cherry-pick', '--repo', repo.fullName, '--pr', String(pr.number), '--now', '2026-06-10T12:00:00Z', '--json'];

    const first = await runInProcess(sb, args);
    expect(first.code, first.stderr + JSON.stringify(first.json)).toBe(0);
    const results = first.json?.outputs.results as Record<string, { state: string; pr?: number }>;
    expect(results.stg).toMatchObject({ state: 'created' });
    const backport = (await repo.pullRequests()).find((p) => (p.base as { ref: string }).ref === 'stg' && p.state === 'open');
    expect(backport).toMatchObject({ number: results.stg!.pr, title: `fix: two is shouted (backport #${pr.number})` });
    const head = (backport!.head as { sha: string }).sha;
    expect(await repo.git(['show', '-s', '--format=%B', head])).toContain(`(cherry picked from commit ${merged})`);
    expect(await repo.git(['show', `${head}:app.txt`])).toBe('one\nTWO\nthree\n');

    sb.clearRequests();
    const again = await runInProcess(sb, args);
    expect(again.code, again.stderr).toBe(0);
    expect((again.json?.outputs.results as Record<string, { state: string }>).stg).toMatchObject({ state: 'exists' });
    expect(writes(sb.requests())).toEqual([]);
  });
});
