// Orchestration tier: promote-rc's definition from the source, in this process (through the CLI),
// against the stand-in. A change to a rule fails here without a rebuild of dist/.
import { describe, expect, it } from 'vitest';
import { findMarker } from '../../shared/markers.ts';
import { writes } from '../../sandbox/testing.ts';
import { runInProcess, useSandbox } from '../../sandbox/use-sandbox.ts';

const sandbox = useSandbox();

describe('promote-rc in-process', () => {
  it('opens the release candidate pull request with its rc.1 tag from the source; a re-run writes nothing', async () => {
    const sb = sandbox();
    const repo = await sb.createRepo('acme/promote-in-process', { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
    await repo.createTag('v1.2.0', 'main', 'Release v1.2.0');
    await repo.createBranch('feature/csv', 'dev');
    await repo.commit('feature/csv', { 'csv.ts': 'export {}\n' }, 'feat: export to CSV');
    const feature = await repo.openPullRequest({ head: 'feature/csv', base: 'dev', title: 'feat: export to CSV' });
    await repo.mergePullRequest(feature.number as number, { method: 'squash' });
    const dev = (await repo.refSha('dev'))!;

    const first = await runInProcess(sb, ['promote-rc', '--repo', repo.fullName, '--json']);
    expect(first.code, first.stderr).toBe(0);
    // A feat since v1.2.0 is a minor bump: the conventional-commit rule decides the version.
    expect(first.json?.outputs).toMatchObject({ operation: 'created', tag: 'v1.3.0-rc.1', version: '1.3.0', 'previous-tag': 'v1.2.0', sha: dev });
    expect((await repo.git(['rev-parse', 'refs/tags/v1.3.0-rc.1^{commit}'])).trim()).toBe(dev);
    const open = (await repo.pullRequests()).filter((p) => p.state === 'open');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ title: 'Release candidate v1.3.0-rc.1', base: { ref: 'stg' }, head: { ref: 'portal-release/rc-stg', sha: dev } });
    expect(findMarker(String(open[0]!.body), 'promotion')?.attrs).toMatchObject({ stage: 'rc', tag: 'v1.3.0-rc.1', sha: dev });

    sb.clearRequests();
    const again = await runInProcess(sb, ['promote-rc', '--repo', repo.fullName, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.json?.outputs).toMatchObject({ tag: 'v1.3.0-rc.1', 'pr-number': first.json?.outputs['pr-number'] });
    expect(writes(sb.requests())).toEqual([]);
  });

  it('warns on the pull request when the release milestone is past due as of --now, and not before', async () => {
    const sb = sandbox();
    const repo = await sb.createRepo('acme/promote-due', { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
    await repo.createTag('v1.2.0', 'main', 'Release v1.2.0');
    repo.createMilestone('v1.2.1', { dueOn: '2027-01-15T08:00:00Z' });
    await repo.commit('dev', { 'fix.ts': 'export {}\n' }, 'fix: rounding');

    const before = await runInProcess(sb, ['promote-rc', '--repo', repo.fullName, '--now', '2027-01-15T07:59:59Z', '--json']);
    expect(before.code, before.stderr).toBe(0);
    const pr = (await repo.pullRequests()).find((p) => p.state === 'open')!;
    expect(String(pr.body)).toContain('Due 2027-01-15.');
    expect(String(pr.body)).not.toContain('past due');
    expect(before.stderr).not.toContain('past due');

    // Later, nothing new on dev: the run warns, and leaves the description (and the ticks people made in it) alone.
    const later = await runInProcess(sb, ['promote-rc', '--repo', repo.fullName, '--now', '2027-02-01T00:00:00Z', '--json']);
    expect(later.code, later.stderr).toBe(0);
    expect(later.stderr).toContain('Milestone "v1.2.1" was due 2027-01-15 and is still open.');
    expect(String((await repo.pullRequests()).find((p) => p.number === pr.number)!.body)).toBe(String(pr.body));

    // A new candidate rewrites the description: now with the milestone past due.
    await repo.commit('dev', { 'fix2.ts': 'export {}\n' }, 'fix: rounding again');
    const next = await runInProcess(sb, ['promote-rc', '--repo', repo.fullName, '--now', '2027-02-01T00:00:00Z', '--json']);
    expect(next.code, next.stderr).toBe(0);
    expect(next.json?.outputs).toMatchObject({ tag: 'v1.2.1-rc.2', 'pr-number': before.json?.outputs['pr-number'] });
    expect(String((await repo.pullRequests()).find((p) => p.number === pr.number)!.body)).toContain('Due 2027-01-15 — **past due**');
  });
});
