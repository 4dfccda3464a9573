// Integration: the shared presence engine's API-backed proofs through the milestone-check bundle and
// the stand-in: backport references in other tools' wordings corroborated by content, and squash-merged
// suite promotions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { withMarker } from '../../shared/markers.ts';
import { mergedPull, parseJson, runCheck, uniqueName } from './testkit.ts';

interface MissingOut {
  number: number;
  reason: string;
}
interface PlacedOut {
  number: number;
  proof: string;
  evidence: string;
}

let sb: Sandbox;

beforeAll(async () => {
  sb = await Sandbox.start();
});

afterAll(async () => {
  await sb?.close();
});

/** A must-have fix merged on dev, in milestone v1.2.0, never picked to main. */
async function fixOnDev(prefix: string): Promise<{ repo: RepoHandle; fix: { number: number; url: string } }> {
  const repo = await sb.createRepo(`acme/${uniqueName(prefix)}`, {
    branches: ['dev', 'stg'],
    files: { 'install.sh': 'apt-get install mysql-client\n', 'docs.md': '# docs\n' },
  });
  const milestone = repo.createMilestone('v1.2.0').number as number;
  const fix = await mergedPull(repo, {
    branch: 'fix-install',
    base: 'dev',
    files: { 'install.sh': 'apt-get install default-mysql-client\n' },
    title: 'fix: install the MySQL client',
    milestone,
    labels: ['must-have'],
  });
  return { repo, fix };
}

describe('backport references: wordings of common tools, corroborated by content', () => {
  it.each([
    [
      'Mergify',
      (n: number) => ({
        title: `fix: install the MySQL client (backport #${n})`,
        body: `This is an automatic backport of pull request #${n} done by [Mergify](https://mergify.com).`,
      }),
    ],
    [
      'sorenlouv/backport',
      (n: number, url: string) => ({
        title: `[main] fix: install the MySQL client (#${n})`,
        body: `# Backport\n\n - [fix: install the MySQL client (#${n})](${url})`,
      }),
    ],
  ])('a reworked backport in the %s wording places the fix', async (_tool, wording) => {
    const { repo, fix } = await fixOnDev('wording');
    // Reworked for main: a different patch (no patch-id) and no -x trailer, the same file.
    const { title, body } = wording(fix.number, fix.url);
    const backport = await mergedPull(repo, { branch: 'bp', base: 'main', files: { 'install.sh': 'apt-get install -y default-mysql-client\n' }, title, body });
    const result = await runCheck(sb, repo, { version: '1.2.0' });
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs.ready).toBe('true');
    expect(parseJson<PlacedOut[]>(result.outputs.placed)).toEqual([
      expect.objectContaining({ number: fix.number, proof: 'backport-reference', evidence: expect.stringContaining(`#${backport.number}`) }),
    ]);
    expect(result.summary).toContain('1 backport PR');
    sb.assertNoViolations();
  });

  it('a merged PR that merely says "Backport of #N" but changes other files proves nothing', async () => {
    const { repo, fix } = await fixOnDev('claim');
    const claim = await mergedPull(repo, {
      branch: 'docs',
      base: 'main',
      files: { 'docs.md': '# Docs\n' },
      title: 'docs: tidy',
      body: `Backport of #${fix.number}`,
    });
    const result = await runCheck(sb, repo, { version: '1.2.0', 'fail-on-blockers': false });
    expect(result.outputs.ready).toBe('false');
    const [missing] = parseJson<MissingOut[]>(result.outputs.missing);
    expect(missing).toMatchObject({ number: fix.number, reason: expect.stringContaining(`#${claim.number} says it carries it`) });
    expect(missing!.reason).toContain('install.sh');
    sb.assertNoViolations();
  });
});

describe('a squash-merged release candidate', () => {
  async function squashRc(user: string): Promise<{ repo: RepoHandle; pulls: number[]; rc: number }> {
    const repo = await sb.createRepo(`acme/${uniqueName('squash-rc')}`, { branches: ['dev', 'stg'], files: { 'a.txt': 'a\n', 'b.txt': 'b\n' } });
    const milestone = repo.createMilestone('v1.2.0').number as number;
    const one = await mergedPull(repo, { branch: 'f1', base: 'dev', files: { 'a.txt': 'a1\n' }, title: 'feat: one', milestone });
    const two = await mergedPull(repo, { branch: 'f2', base: 'dev', files: { 'b.txt': 'b2\n' }, title: 'fix: two', milestone });
    // The pull request promote-rc opens: its head branch, pinned to the dev commit it promotes.
    const source = (await repo.refSha('refs/heads/dev'))!;
    await repo.createBranch('portal-release/rc-stg', 'dev');
    const body = withMarker('Release candidate v1.2.0-rc.1', 'promotion', { stage: 'rc', base: 'stg', tag: 'v1.2.0-rc.1', version: '1.2.0-rc.1', sha: source });
    const rc = await repo.openPullRequest({ head: 'portal-release/rc-stg', base: 'stg', title: 'Release candidate v1.2.0-rc.1', body, user });
    await repo.mergePullRequest(rc.number as number, { method: 'squash' });
    return { repo, pulls: [one.number, two.number], rc: rc.number as number };
  }

  it('places the milestone pull requests on stg through the suite promotion that pinned their source', async () => {
    const { repo, pulls, rc } = await squashRc('github-actions[bot]');
    const result = await runCheck(sb, repo, { version: '1.2.0', 'target-branch': 'stg' });
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs.ready).toBe('true');
    const placed = parseJson<PlacedOut[]>(result.outputs.placed);
    expect(placed.map((p) => [p.number, p.proof])).toEqual(pulls.map((n) => [n, 'squash-promotion']));
    expect(placed[0]!.evidence).toContain(`#${rc}`);
    expect(result.summary).toContain('2 squash-merged promotion');
    sb.assertNoViolations();
  });

  it('a person’s look-alike promotion (same branch and marker) places nothing, and its marker is said to be ignored', async () => {
    const { repo, pulls } = await squashRc('mallory');
    const result = await runCheck(sb, repo, { version: '1.2.0', 'target-branch': 'stg', 'fail-on-blockers': false });
    expect(result.outputs.ready).toBe('false');
    expect(parseJson<MissingOut[]>(result.outputs.missing).map((m) => m.number)).toEqual(pulls);
    expect(result.summary).toContain('Markers ignored');
    sb.assertNoViolations();
  });
});
