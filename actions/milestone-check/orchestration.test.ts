// Orchestration tier: milestone-check's definition from the source, in this process (through the
// CLI), with real git against the stand-in. A change to a rule fails here without a rebuild.
import { describe, expect, it } from 'vitest';
import { writes } from '../../sandbox/testing.ts';
import { runInProcess, useSandbox } from '../../sandbox/use-sandbox.ts';

const sandbox = useSandbox();

describe('milestone-check in-process', () => {
  it('reports an open must-have in one repository of the train and a fix missing from main in the other; ready once both are done', async () => {
    const sb = sandbox();
    const app = await sb.createRepo('acme/ms-app-in-process', { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
    const web = await sb.createRepo('acme/ms-web-in-process', { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# web\n' } });
    const appMilestone = app.createMilestone('v2.1.0').number as number;
    const webMilestone = web.createMilestone('v2.1.0').number as number;
    const blocker = web.createIssue({ title: 'Login broken on Safari', labels: ['must-have'], milestone: webMilestone }).number as number;
    await app.createBranch('fix-login', 'dev');
    await app.commit('fix-login', { 'login.ts': 'export const ok = true;\n' }, 'fix: login');
    const pr = await app.openPullRequest({ head: 'fix-login', base: 'dev', title: 'fix: login', milestone: appMilestone, labels: ['must-have'] });
    const mergeSha = await app.mergePullRequest(pr.number as number, { method: 'squash' });
    const args = ['milestone-check', '--repo', app.fullName, '--version', '2.1.0', '--repos', web.fullName, '--json'];

    sb.clearRequests();
    const first = await runInProcess(sb, args);
    expect(first.code).toBe(1);
    expect(first.json?.outputs.ready).toBe(false);
    expect(first.json?.outputs.blockers).toEqual([expect.objectContaining({ repo: web.fullName, number: blocker, reason: 'open and labelled "must-have"' })]);
    expect(first.json?.outputs.missing).toEqual([
      expect.objectContaining({ repo: app.fullName, number: pr.number, command: `git cherry-pick -x ${mergeSha}` }),
    ]);
    expect(writes(sb.requests())).toEqual([]);

    web.setIssueState(blocker, 'closed');
    const picked = (await app.git(['show', `${mergeSha}:login.ts`])).toString();
    await app.commit('main', { 'login.ts': picked }, 'fix: login (picked by hand)');
    const ready = await runInProcess(sb, args);
    expect(ready.code, ready.stderr).toBe(0);
    expect(ready.json?.outputs.ready).toBe(true);
    expect(ready.json?.outputs.placed).toEqual([expect.objectContaining({ repo: app.fullName, number: pr.number, proof: 'patch-id' })]);
  });
});
