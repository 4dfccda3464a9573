/**
 * Integration: immutable-release-safe publishing, through the bundle (dist/tag-and-release) under
 * Node 24 against the stand-in with GitHub's immutable-releases rules. Rebuild the bundle first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { apiGet, mergeSuiteReleasePr, writes, errorsOf, runRelease, type ReleaseRun as Run } from '../../sandbox/testing.ts';
import type { RequestLogEntry } from '../../sandbox/server.ts';

let sb: Sandbox;
let counter = 0;
const SMOKE = 'native-install-smoke.yml';
const SUITE = 'github-actions[bot]';

beforeAll(async () => {
  sb = await Sandbox.start();
});
afterAll(async () => {
  try {
    sb.assertNoViolations();
  } finally {
    await sb?.close();
  }
});

async function newRepo(name: string): Promise<RepoHandle> {
  counter += 1;
  return sb.createRepo(`acme/${name}-${counter}`, { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
}

const mine = (repo: RepoHandle, e: RequestLogEntry): boolean => e.path.split('?')[0]!.includes(`/repos/${repo.fullName}/`);

const act = (repo: RepoHandle, how: { push?: string; inputs?: Record<string, string> }) => runRelease(sb, repo, how, (e) => mine(repo, e));
const errors = (r: Parameters<typeof errorsOf>[0]): string => errorsOf(r).join('\n');

function smoke(repo: RepoHandle, sha: string, branch = 'main'): void {
  repo.addWorkflowRun({ workflowFile: SMOKE, headSha: sha, conclusion: 'success', event: 'push', headBranch: branch });
}

/** What a run decided, without the names, SHAs and ids that differ between two repositories. */
function decisions(r: Run): unknown {
  return {
    exit: r.exitCode,
    errors: errors(r),
    results: r.results.map((x) => ({
      status: x.status,
      created: x.created,
      'previous-tag': x['previous-tag'],
      'tag-action': x['tag-action'],
      'release-action': x['release-action'],
      'major-tag': x['major-tag'],
    })),
    requests: r.requests.map((e) => `${e.method} ${e.route} ${e.status}`),
  };
}

/** The stand-in's record of a release (what `make_latest` was set to is not part of the REST shape). */
function releaseRecord(repo: RepoHandle, tag: string): { makeLatest: string; draft: boolean; immutable?: boolean } {
  const all = (sb.snapshot() as { repos: Record<string, { releases: { tag: string; makeLatest: string; draft: boolean; immutable?: boolean }[] }> }).repos;
  return all[repo.fullName]!.releases.find((x) => x.tag === tag)!;
}

/** A release cycle: rc.1 from stg, 1.0.0, a re-run, 1.1.0 (moves v1), then a 1.0.1 after it (never "latest"). */
async function cycle(repo: RepoHandle): Promise<Run[]> {
  const runs: Run[] = [];
  await repo.commit('stg', { 'CHANGELOG.md': '1.0.0\n' }, 'chore: prepare 1.0.0');
  const rc = (await repo.refSha('stg'))!;
  smoke(repo, rc, 'stg');
  runs.push(await act(repo, { inputs: { version: '1.0.0-rc.1', sha: rc } }));
  const v100 = (await mergeSuiteReleasePr(repo, '1.0.0')).sha;
  smoke(repo, v100);
  runs.push(await act(repo, { push: v100 }));
  runs.push(await act(repo, { push: v100 }));
  await repo.commit('stg', { 'CHANGELOG.md': '1.1.0\n' }, 'chore: prepare 1.1.0');
  const v110 = (await mergeSuiteReleasePr(repo, '1.1.0')).sha;
  smoke(repo, v110);
  runs.push(await act(repo, { push: v110 }));
  runs.push(await act(repo, { inputs: { version: '1.0.1', sha: v100 } }));
  return runs;
}

describe('tag-and-release: immutable-release-safe publishing (bundle against the stand-in)', () => {
  it('creates each release as a draft, completes it, publishes it once; an RC is published with make_latest false', async () => {
    const repo = await newRepo('draft-first');
    await repo.commit('stg', { 'CHANGELOG.md': '2.0.0\n' }, 'chore: prepare 2.0.0');
    const rc = (await repo.refSha('stg'))!;
    smoke(repo, rc, 'stg');
    // Seen by the stand-in right before the publication: the release exists, complete, as a draft.
    let atPublish: { draft: boolean; body: string } | undefined;
    sb.injectFault({
      kind: 'before',
      method: 'PATCH',
      route: '/repos/{owner}/{repo}/releases/{release_id}',
      run: () => {
        const [r] = repo.releases();
        atPublish = { draft: r!.draft as boolean, body: String(r!.body) };
      },
    });
    const r = await act(repo, { inputs: { version: '2.0.0-rc.1', sha: rc } });
    expect(r.exitCode, errors(r)).toBe(0);
    const releaseWrites = writes(r.requests).filter((e) => e.route.startsWith('/repos/{owner}/{repo}/releases') && !e.route.endsWith('generate-notes'));
    expect(releaseWrites.map((e) => `${e.method} ${e.route}`)).toEqual([
      'POST /repos/{owner}/{repo}/releases',
      'PATCH /repos/{owner}/{repo}/releases/{release_id}',
    ]);
    expect(atPublish).toMatchObject({ draft: true, body: expect.stringContaining('<!-- portal-release:release tag=v2.0.0-rc.1') });
    expect(repo.releases()).toEqual([expect.objectContaining({ tag_name: 'v2.0.0-rc.1', draft: false, prerelease: true })]);
    expect(releaseRecord(repo, 'v2.0.0-rc.1').makeLatest).toBe('false');
    expect(r.results[0]).toMatchObject({ status: 'released', created: true, 'release-action': 'created' });
  });

  it('a repository with immutable releases on sees no failure and no difference: same decisions, same requests; its releases are immutable', async () => {
    const plain = await newRepo('mutable');
    const locked = await newRepo('immutable');
    locked.setImmutableReleases(true);
    const a = await cycle(plain);
    const b = await cycle(locked);
    for (const r of [...a, ...b]) expect(r.exitCode, errors(r)).toBe(0);
    expect(b.map(decisions)).toEqual(a.map(decisions));
    expect(b[2]!.results[0]).toMatchObject({ status: 'unchanged', 'release-action': 'unchanged' });
    expect(b[4]!.results[0]).toMatchObject({ status: 'released', 'major-tag': expect.stringContaining('skip') });
    expect(locked.releases().map((x) => [x.tag_name, x.immutable])).toEqual(
      expect.arrayContaining([
        ['v1.0.0-rc.1', true],
        ['v1.0.0', true],
        ['v1.1.0', true],
        ['v1.0.1', true],
      ]),
    );
    expect(plain.releases().every((x) => x.immutable === false)).toBe(true);
    expect(releaseRecord(locked, 'v1.0.0-rc.1').makeLatest).toBe('false');
    expect(releaseRecord(locked, 'v1.0.1').makeLatest).toBe('false');
    expect((await apiGet<{ tag_name: string }>(sb, `/repos/${locked.fullName}/releases/latest`)).tag_name).toBe('v1.1.0');

    // The stand-in does enforce the rules the runs respected: the tag of an immutable release can
    // neither move nor be deleted, and the release's tag cannot be edited.
    const headers = { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' };
    const other = (await locked.refSha('main'))!;
    const move = await fetch(`${sb.apiUrl}/repos/${locked.fullName}/git/refs/tags/v1.0.0`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ sha: other, force: true }),
    });
    expect(move.status).toBe(422);
    const del = await fetch(`${sb.apiUrl}/repos/${locked.fullName}/git/refs/tags/v1.0.0`, { method: 'DELETE', headers });
    expect(del.status).toBe(422);
    const id = locked.releases().find((x) => x.tag_name === 'v1.0.0')!.id;
    const retag = await fetch(`${sb.apiUrl}/repos/${locked.fullName}/releases/${String(id)}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ tag_name: 'v1.0.0-moved' }),
    });
    expect(retag.status).toBe(422);
    const rename = await fetch(`${sb.apiUrl}/repos/${locked.fullName}/releases/${String(id)}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ name: 'One' }),
    });
    expect(rename.status).toBe(200);
  }, 300_000);

  it("completes the suite's draft left by a run that stopped midway, removes the suite's duplicate draft, and leaves a person's draft alone", async () => {
    const repo = await newRepo('crashed');
    repo.setImmutableReleases(true);
    await repo.commit('stg', { 'CHANGELOG.md': '3.0.0\n' }, 'chore: prepare 3.0.0');
    const sha = (await mergeSuiteReleasePr(repo, '3.0.0')).sha;
    smoke(repo, sha);
    const left = await repo.createRelease({ tag: 'v3.0.0', target: sha, draft: true, body: 'Notes the stopped run wrote.', author: SUITE });
    const twin = await repo.createRelease({ tag: 'v3.0.0', target: sha, draft: true, body: 'A second draft of the suite.', author: SUITE });
    const person = await repo.createRelease({ tag: 'v3.0.0', target: sha, draft: true, body: 'My own draft.', author: 'alice' });
    const r = await act(repo, { push: sha });
    expect(r.exitCode, errors(r)).toBe(0);
    const byId = new Map(repo.releases().map((x) => [x.id, x]));
    expect(byId.get(left.id)).toMatchObject({ draft: false, body: 'Notes the stopped run wrote.', immutable: true });
    expect(byId.has(twin.id)).toBe(false);
    expect(byId.get(person.id)).toMatchObject({ draft: true, body: 'My own draft.' });
    expect(repo.releases()).toHaveLength(2);
    expect(r.results[0]).toMatchObject({ status: 'released', created: true, 'release-action': 'published-draft' });
    expect(r.summary).toContain(`a draft release for v3.0.0 by alice (id ${String(person.id)}) exists; it is not the suite's and was left alone`);

    const again = await act(repo, { push: sha });
    expect(again.exitCode, errors(again)).toBe(0);
    expect(writes(again.requests)).toEqual([]);
    expect(repo.releases()).toHaveLength(2);
  });

  it('two runs at once on an immutable repository: both green, one published release, no draft left', async () => {
    const repo = await newRepo('race-immutable');
    repo.setImmutableReleases(true);
    await repo.commit('stg', { 'CHANGELOG.md': '4.0.0\n' }, 'chore: prepare 4.0.0');
    const sha = (await mergeSuiteReleasePr(repo, '4.0.0')).sha;
    smoke(repo, sha);
    const [a, b] = await Promise.all([act(repo, { push: sha }), act(repo, { push: sha })]);
    expect([a.exitCode, b.exitCode], `${errors(a)}\n${errors(b)}`).toEqual([0, 0]);
    expect(repo.releases()).toEqual([expect.objectContaining({ tag_name: 'v4.0.0', draft: false, immutable: true })]);
  });
});
