// Integration: the drift audit (bundle + stand-in) after release candidates squash-merged into
// staging: the squash commit is made of the source its suite promotion pinned, so it is no drift.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { scheduleEvent } from '../../sandbox/events.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { withMarker } from '../../shared/markers.ts';

let sb: Sandbox;
let counter = 0;

beforeAll(async () => {
  sb = await Sandbox.start();
}, 60_000);

afterAll(async () => {
  await sb?.close();
});

async function audit(repo: RepoHandle): Promise<ActionResult> {
  const result = await runAction({
    action: 'backport-cherry-pick',
    inputs: { now: '2026-06-10T12:00:00Z', mode: 'audit' },
    eventName: 'schedule',
    event: scheduleEvent('0 6 * * *'),
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
  });
  sb.assertNoViolations();
  return result;
}

/** Two fixes on dev, promoted to stg by a squash-merged RC pull request opened by `user`, released to main by a merge commit. */
async function squashedRc(user: string, release: 'merge' | 'squash' = 'merge'): Promise<RepoHandle> {
  counter += 1;
  const repo = await sb.createRepo(`acme/squashdrift${counter}-${process.pid}`, { branches: ['dev', 'stg'], files: { 'a.txt': 'a\n', 'b.txt': 'b\n' } });
  repo.createLabel('backport-drift', { description: 'drift' });
  for (const [branch, file] of [
    ['fix-a', 'a.txt'],
    ['fix-b', 'b.txt'],
  ] as const) {
    await repo.createBranch(branch, 'dev');
    await repo.commit(branch, { [file]: `${file} fixed\n` }, `fix: ${file}`);
    const pr = await repo.openPullRequest({ head: branch, base: 'dev', title: `fix: ${file}` });
    await repo.mergePullRequest(pr.number as number, { method: 'squash' });
  }
  const source = (await repo.refSha('refs/heads/dev'))!;
  await repo.createBranch('portal-release/rc-stg', 'dev');
  const body = withMarker('Release candidate v1.0.0-rc.1', 'promotion', { stage: 'rc', base: 'stg', tag: 'v1.0.0-rc.1', version: '1.0.0-rc.1', sha: source });
  const rc = await repo.openPullRequest({ head: 'portal-release/rc-stg', base: 'stg', title: 'Release candidate v1.0.0-rc.1', body, user });
  await repo.mergePullRequest(rc.number as number, { method: 'squash' });
  if (release === 'merge') {
    const pr = await repo.openPullRequest({ head: 'stg', base: 'main', title: 'Release v1.0.0' });
    await repo.mergePullRequest(pr.number as number, { method: 'merge' });
    return repo;
  }
  // The release pull request promote-rc opens, squash-merged too.
  const stg = (await repo.refSha('refs/heads/stg'))!;
  await repo.createBranch('portal-release/release-main', 'stg');
  const releaseBody = withMarker('Release v1.0.0', 'release-pr', {
    stage: 'release',
    base: 'main',
    tag: 'v1.0.0',
    version: '1.0.0',
    rc: 'v1.0.0-rc.1',
    sha: stg,
  });
  const pr = await repo.openPullRequest({ head: 'portal-release/release-main', base: 'main', title: 'Release v1.0.0', body: releaseBody, user });
  await repo.mergePullRequest(pr.number as number, { method: 'squash' });
  return repo;
}

describe('drift audit after a squash-merged release candidate', () => {
  it('does not report the RC squash commit as production drift, and says which proof placed it', async () => {
    const repo = await squashedRc('github-actions[bot]');
    const result = await audit(repo);
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs.drift).toBe('0');
    expect(result.summary).toContain('squash-promotion 1');
    expect(repo.issues().filter((i) => i.title.startsWith('Drift ledger'))).toEqual([]);
  });

  it('a squash-merged release over a squash-merged release candidate is no drift either (stg has its source; dev has every commit the source brought)', async () => {
    const repo = await squashedRc('github-actions[bot]', 'squash');
    const result = await audit(repo);
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs.drift).toBe('0');
    // On stg the release squash equals the RC squash patch for patch; dev needs the promotions.
    expect(result.summary).toContain('`stg` found on it by: patch-id 1');
    expect(result.summary).toContain('`dev` found on it by: squash-promotion 1');
  });

  it('a person’s look-alike RC pull request (same branch and marker) proves nothing: its squash commit is drift', async () => {
    const repo = await squashedRc('mallory');
    const result = await audit(repo);
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs.drift).toBe('1');
    expect(result.summary).toContain('Markers ignored');
  });
});
