// Orchestration tier: tag-and-release's definition from the source, in this process (through the
// CLI), against the stand-in. A change to a rule fails here without a rebuild of dist/.
import { describe, expect, it } from 'vitest';
import { mergeSuiteReleasePr, writes } from '../../sandbox/testing.ts';
import { runInProcess, useSandbox } from '../../sandbox/use-sandbox.ts';

const sandbox = useSandbox();

describe('tag-and-release in-process', () => {
  it('refuses a SHA without a green smoke run, then tags and releases it once it is green; a re-run writes nothing', async () => {
    const sb = sandbox();
    const repo = await sb.createRepo('acme/release-in-process', { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
    await repo.commit('stg', { 'CHANGELOG.md': '2.0.0\n' }, 'feat!: new storage engine');
    const { sha } = await mergeSuiteReleasePr(repo, '2.0.0');
    const args = ['tag-and-release', '--repo', repo.fullName, '--sha', sha, '--smoke-workflow', 'smoke.yml', '--now', '2027-01-04T10:00:00Z', '--json'];

    sb.clearRequests();
    const refused = await runInProcess(sb, args);
    expect(refused.code).toBe(1);
    expect(refused.json?.failure).toMatch(/smoke\.yml/);
    expect(writes(sb.requests())).toEqual([]);

    repo.addWorkflowRun({ workflowFile: 'smoke.yml', headSha: sha, conclusion: 'success', event: 'push', headBranch: 'main' });
    const released = await runInProcess(sb, args);
    expect(released.code, released.stderr + JSON.stringify(released.json)).toBe(0);
    expect(released.json?.outputs).toMatchObject({ tag: 'v2.0.0', version: '2.0.0', sha, created: true });
    expect((await repo.git(['rev-parse', 'refs/tags/v2.0.0^{commit}'])).trim()).toBe(sha);
    expect((await repo.git(['rev-parse', 'refs/tags/v2^{commit}'])).trim()).toBe(sha);
    expect(repo.releases().map((r) => [r.tag_name, r.draft])).toEqual([['v2.0.0', false]]);

    sb.clearRequests();
    const again = await runInProcess(sb, args);
    expect(again.code, again.stderr).toBe(0);
    expect(again.json?.outputs).toMatchObject({ created: false, 'release-url': released.json?.outputs['release-url'] });
    expect(writes(sb.requests())).toEqual([]);
  });
});
