/**
 * Integration: the bundled action (dist/tag-and-release) runs as a child process under Node 24
 * against the sandbox stand-in. Rebuild the bundle before running these.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushEvent, workflowDispatchEvent } from '../../sandbox/events.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { Sandbox, type RepoHandle } from '../../sandbox/index.ts';
import { asDone, mergeSuiteReleasePr, openSuiteReleasePr, planOf } from '../../sandbox/testing.ts';

let sb: Sandbox;
let counter = 0;
/** Requests per scenario, printed at the end (the README's budget table comes from here). */
const budget: { scenario: string; total: number; writes: number }[] = [];

beforeAll(async () => {
  sb = await Sandbox.start();
});

afterAll(async () => {
  budget.sort((a, b) => a.scenario.localeCompare(b.scenario));
  if (budget.length)
    process.stdout.write(`\ntag-and-release request budget:\n${budget.map((b) => `  ${b.scenario}: ${b.total} requests (${b.writes} writes)`).join('\n')}\n`);
  try {
    sb.assertNoViolations();
  } finally {
    await sb?.close();
  }
});

// Tests run concurrently (each action run spends most of its time in the 1 s pause Octokit's
// throttling keeps between writes), each on its own repositories: requests, spec violations and
// snapshots are therefore always filtered to the repositories of the test.
const touches = (repos: RepoHandle[], path: string): boolean => {
  const p = `${path.split('?')[0]}/`;
  return repos.some((r) => p.includes(`/repos/${r.fullName}/`));
};

function stateOf(...repos: RepoHandle[]): string {
  const all = (sb.snapshot() as { repos: Record<string, unknown> }).repos;
  return JSON.stringify(repos.map((r) => all[r.fullName]));
}

const SMOKE = 'native-install-smoke.yml';

function unique(name: string): string {
  counter += 1;
  return `acme/${name}-${counter}`;
}

// A refused or failed release also opens the release tracking issue (shared/alerts.test.ts tests it):
// here it is off, so that "a refusal writes nothing" is about the release itself.
const NO_ALERTS = 'alerts:\n  tracking-issue: false\n';

async function newRepo(name: string, policy = '', extra: Record<string, string> = {}): Promise<RepoHandle> {
  return sb.createRepo(unique(name), {
    defaultBranch: 'main',
    branches: ['dev', 'stg'],
    files: { 'README.md': '# app\n', '.github/portal-release.yml': `${policy}${NO_ALERTS}`, ...extra },
  });
}

async function repoJson(repo: RepoHandle): Promise<Record<string, unknown>> {
  const res = await fetch(`${sb.apiUrl}/repos/${repo.fullName}`, { headers: { authorization: `token ${sb.token}` } });
  return (await res.json()) as Record<string, unknown>;
}

/** A feature PR merged into `base`; returns the merge commit. */
async function mergeFeature(repo: RepoHandle, title: string, opts: { base?: string; labels?: string[] } = {}): Promise<string> {
  counter += 1;
  const branch = `feature/${counter}`;
  await repo.createBranch(branch, opts.base ?? 'main');
  await repo.commit(branch, { [`src/${counter}.txt`]: `${title}\n` }, title);
  const pr = await repo.openPullRequest({ head: branch, base: opts.base ?? 'main', title, labels: opts.labels ?? [] });
  return repo.mergePullRequest(pr.number as number);
}

/** The release PR stg → main as promote-rc opens it (its login, head branch and pinned marker), merged; returns the merge commit. */
async function mergeReleasePr(repo: RepoHandle, version: string): Promise<string> {
  await repo.commit('stg', { 'CHANGELOG.md': `${version}\n` }, `chore: prepare ${version}`);
  return (await mergeSuiteReleasePr(repo, version)).sha;
}

function smoke(repo: RepoHandle, sha: string, conclusion: 'success' | 'failure' = 'success'): void {
  repo.addWorkflowRun({ workflowFile: SMOKE, headSha: sha, conclusion, event: 'push', headBranch: 'main' });
}

interface Run extends ActionResult {
  requests: ReturnType<Sandbox['requests']>;
  writes: ReturnType<Sandbox['requests']>;
  results: Record<string, unknown>[];
}

async function act(
  repo: RepoHandle,
  how: {
    push?: string;
    pushTag?: { tag: string; after: string };
    smokeRun?: { sha: string; branch: string; event?: string; headRepository?: string };
    inputs?: Record<string, string | boolean>;
    scenario?: string;
    involved?: RepoHandle[];
  },
): Promise<Run> {
  const json = await repoJson(repo);
  const involved = how.involved ?? [repo];
  const start = sb.requests().length;
  const event = how.pushTag
    ? pushEvent({ ref: `refs/tags/${how.pushTag.tag}`, before: '0'.repeat(40), after: how.pushTag.after, repo: json, pusher: { name: repo.owner } })
    : how.push
      ? pushEvent({ ref: 'refs/heads/main', before: '0'.repeat(39) + '1', after: how.push, repo: json, pusher: { name: repo.owner } })
      : how.smokeRun
        ? workflowRunEvent(repo, json, how.smokeRun.sha, how.smokeRun.branch, how.smokeRun)
        : workflowDispatchEvent({ ref: 'main', repo: json, inputs: how.inputs ?? {} });
  const result = await runAction({
    action: 'tag-and-release',
    inputs: how.inputs ?? {},
    eventName: how.push || how.pushTag ? 'push' : how.smokeRun ? 'workflow_run' : 'workflow_dispatch',
    event,
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
  });
  const requests = sb
    .requests()
    .slice(start)
    .filter((r) => r.route !== 'git' && touches(involved, r.path));
  const violations = sb.violations().filter((v) => touches(involved, v.path));
  expect(violations, 'GitHub API spec violations').toEqual([]);
  const writes = requests.filter((r) => r.method !== 'GET');
  if (how.scenario) budget.push({ scenario: how.scenario, total: requests.length, writes: writes.length });
  const results = result.outputs.results ? (JSON.parse(result.outputs.results) as Record<string, unknown>[]) : [];
  return { ...result, requests, writes, results };
}

/** The `workflow_run` (completed) event of the smoke workflow, with the fields the action reads. */
function workflowRunEvent(
  repo: RepoHandle,
  json: Record<string, unknown>,
  sha: string,
  branch: string,
  from: { event?: string; headRepository?: string } = {},
): Record<string, unknown> {
  const run = repo.workflowRuns().find((w) => w.headSha === sha && w.workflowFile === SMOKE);
  return {
    action: 'completed',
    workflow_run: {
      id: run?.id ?? 1,
      name: 'native-install-smoke',
      head_sha: sha,
      head_branch: branch,
      status: 'completed',
      conclusion: run?.conclusion ?? 'success',
      event: from.event ?? 'push',
      head_repository: { full_name: from.headRepository ?? repo.fullName },
    },
    repository: json,
    sender: json.owner,
  };
}

function errors(r: ActionResult): string {
  return r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');
}

async function tagCommit(repo: RepoHandle, tag: string): Promise<string | null> {
  const ref = await repo.refSha(`refs/tags/${tag}`);
  return ref ? (await repo.git(['rev-parse', `${tag}^{commit}`])).trim() : null;
}

async function latestTag(repo: RepoHandle): Promise<string | null> {
  const res = await fetch(`${sb.apiUrl}/repos/${repo.fullName}/releases/latest`, { headers: { authorization: `token ${sb.token}` } });
  return res.status === 200 ? ((await res.json()) as { tag_name: string }).tag_name : null;
}

describe.concurrent('tag-and-release, bundled, against the sandbox', () => {
  describe('gates: nothing is written before they pass', () => {
    it('refuses without any smoke run and writes nothing', async () => {
      const repo = await newRepo('no-smoke');
      const sha = await mergeReleasePr(repo, '1.0.0');
      const before = stateOf(repo);
      const r = await act(repo, { push: sha, scenario: 'refused: no smoke run (push)' });
      expect(r.exitCode).toBe(1);
      expect(errors(r)).toMatch(/native-install-smoke\.yml was not found in acme\/no-smoke-\d+.*run it on [0-9a-f]{12} and re-run this job/);
      expect(r.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
      expect(r.writes).toEqual([]);
      expect(stateOf(repo)).toBe(before);
      expect(r.results[0]).toMatchObject({ status: 'refused', tag: 'v1.0.0', sha });
      expect(r.outputs.created).toBe('false');
    });

    it('refuses when the only green smoke run tested another SHA', async () => {
      const repo = await newRepo('other-sha');
      const older = await repo.refSha('main');
      smoke(repo, older!);
      const sha = await mergeReleasePr(repo, '1.0.0');
      smoke(repo, sha, 'failure');
      const before = stateOf(repo);
      const r = await act(repo, { push: sha });
      expect(r.exitCode).toBe(1);
      expect(errors(r)).toMatch(new RegExp(`native-install-smoke\\.yml run \\d+ on ${sha.slice(0, 12)} .* concluded failure`));
      expect(r.writes).toEqual([]);
      expect(stateOf(repo)).toBe(before);
      expect(await repo.refSha('refs/tags/v1.0.0')).toBeNull();
    });

    it('judges the newest completed smoke run on the SHA: an older green run after a newer failure does not count', async () => {
      const repo = await newRepo('smoke-newest');
      const sha = await mergeReleasePr(repo, '1.0.0');
      smoke(repo, sha);
      smoke(repo, sha, 'failure');
      const before = stateOf(repo);
      const r = await act(repo, { push: sha });
      expect(r.exitCode).toBe(1);
      expect(errors(r)).toMatch(/native-install-smoke\.yml run \d+ on [0-9a-f]{12} .* concluded failure \(the older green run \d+ does not count/);
      expect(r.writes).toEqual([]);
      expect(stateOf(repo)).toBe(before);
      smoke(repo, sha);
      const fixed = await act(repo, { push: sha });
      expect(fixed.exitCode, errors(fixed)).toBe(0);
      expect(await tagCommit(repo, 'v1.0.0')).toBe(sha);
    });

    it('requires the deployment and the milestone when asked, then closes the milestone and opens one docs issue', async () => {
      const policy = 'release:\n  deployment-environment: production\n  docs-issue: true\n';
      const repo = await newRepo('gates', policy);
      const milestone = repo.createMilestone('v2.1.0');
      const blocker = repo.createIssue({ title: 'must fix', labels: ['must-have'], milestone: milestone.number as number });
      repo.createIssue({ title: 'nice to have', labels: ['enhancement'], milestone: milestone.number as number });
      const sha = await mergeReleasePr(repo, '2.1.0');
      smoke(repo, sha);
      const refused = await act(repo, { push: sha, inputs: { 'require-milestone': true } });
      expect(refused.exitCode).toBe(1);
      expect(errors(refused)).toMatch(/No deployment of [0-9a-f]{12} to production/);
      expect(errors(refused)).toMatch(new RegExp(`Milestone "v2.1.0" .* 1 open blocker\\(s\\): #${blocker.number as number}`));
      expect(refused.writes).toEqual([]);

      repo.addDeployment({ sha, environment: 'production', state: 'success' });
      repo.setIssueState(blocker.number as number, 'closed');
      const ok = await act(repo, { push: sha, inputs: { 'require-milestone': true }, scenario: 'released with deployment + milestone gates + docs issue' });
      expect(ok.exitCode, errors(ok)).toBe(0);
      expect(repo.milestones()[0]!.state).toBe('closed');
      const docs = repo.issues().filter((i) => String(i.body ?? '').includes('portal-release:docs-follow-up tag=v2.1.0'));
      expect(docs).toHaveLength(1);
      expect(ok.results[0]).toMatchObject({ status: 'released', milestone: '"v2.1.0" closed', 'docs-issue': `#${docs[0]!.number as number}` });

      const again = await act(repo, { push: sha, inputs: { 'require-milestone': true }, scenario: 're-run with all gates (nothing to do)' });
      expect(again.exitCode, errors(again)).toBe(0);
      expect(again.writes).toEqual([]);
      expect(repo.issues().filter((i) => String(i.body ?? '').includes('portal-release:docs-follow-up'))).toHaveLength(1);
    });
  });

  describe('tag and release', () => {
    it('tags the green SHA and releases it once; a re-run changes nothing', async () => {
      const repo = await newRepo('happy');
      await mergeFeature(repo, 'feat: first feature');
      const sha = await mergeReleasePr(repo, '1.0.0');
      smoke(repo, sha);

      const dry = await act(repo, { push: sha, inputs: { 'dry-run': true, now: '2027-02-01T09:00:00Z' }, scenario: 'dry run (plan only)' });
      expect(dry.exitCode, errors(dry)).toBe(0);
      expect(dry.writes).toEqual([]);
      // Not published yet: the rehearsal's instant dates the freeze the major release would start.
      expect(dry.outputs['freeze-until']).toBe('2027-03-03T09:00:00.000Z');
      // The plan names the repository of each step (a release can span several).
      const name = repo.fullName;
      const dryPlan = planOf(dry);
      expect(dryPlan).toEqual([
        { step: `${name}: create the annotated tag v1.0.0 at ${sha.slice(0, 12)}`, status: 'planned' },
        {
          step: `${name}: create the release v1.0.0 as a draft with its notes (first release: notes of the whole history), then publish it, marked latest`,
          status: 'planned',
        },
        { step: `${name}: create the floating tag v1 at v1.0.0`, status: 'planned' },
      ]);
      expect(dry.summary).toMatch(/would create the release v1\.0\.0/);
      expect(dry.summary).toContain(`| ${name}: create the floating tag v1 at v1.0.0 | planned |`);
      expect(dry.results[0]).toMatchObject({ status: 'planned' });

      const r = await act(repo, { push: sha, scenario: 'first release (push, single repo)' });
      expect(r.exitCode, errors(r)).toBe(0);
      expect(r.outputs).toMatchObject({ tag: 'v1.0.0', version: '1.0.0', sha, created: 'true', 'previous-tag': '' });
      // The tag is an annotated tag object at exactly the SHA.
      expect((await repo.git(['cat-file', '-t', 'refs/tags/v1.0.0'])).trim()).toBe('tag');
      expect(await tagCommit(repo, 'v1.0.0')).toBe(sha);
      const releases = repo.releases();
      expect(releases).toHaveLength(1);
      expect(releases[0]).toMatchObject({ tag_name: 'v1.0.0', draft: false, prerelease: false, html_url: r.outputs['release-url'] });
      expect(releases[0]!.body).toMatch(/feat: first feature/);
      expect(await latestTag(repo)).toBe('v1.0.0');
      expect(await tagCommit(repo, 'v1')).toBe(sha);
      // 1.0.0 is a major release: freeze-guard's freeze runs 30 days from its publication.
      const published = Date.parse(releases[0]!.published_at as string);
      expect(r.outputs['freeze-until']).toBe(new Date(published + 30 * 86_400_000).toISOString());
      expect(r.summary).toContain('v1.0.0');
      // The real run on the same state did exactly what the dry run planned.
      expect(planOf(r)).toEqual(asDone(dryPlan));

      const before = stateOf(repo);
      const again = await act(repo, { push: sha, scenario: 're-run (nothing to do)' });
      expect(again.exitCode, errors(again)).toBe(0);
      expect(again.writes).toEqual([]);
      expect(stateOf(repo)).toBe(before);
      expect(again.outputs).toMatchObject({ created: 'false', 'release-url': r.outputs['release-url'] });
      expect(again.results[0]).toMatchObject({ status: 'unchanged', 'tag-action': 'exists', 'release-action': 'unchanged' });
      expect(planOf(again)).toEqual([
        { step: `${name}: the tag v1.0.0 is already at ${sha.slice(0, 12)}`, status: 'kept' },
        { step: `${name}: the release v1.0.0 is already published and complete`, status: 'kept' },
        { step: `${name}: the floating tag v1 already points at v1.0.0`, status: 'kept' },
      ]);
    });

    it('errors when the tag already exists on another SHA and leaves it untouched', async () => {
      const repo = await newRepo('conflict');
      const old = (await repo.refSha('main'))!;
      await repo.createTag('v1.2.0', old, 'hand-made tag');
      const sha = await mergeReleasePr(repo, '1.2.0');
      smoke(repo, sha);
      const before = stateOf(repo);
      const r = await act(repo, { push: sha });
      expect(r.exitCode).toBe(1);
      expect(errors(r)).toMatch(
        new RegExp(`Tag v1\\.2\\.0 in acme/conflict-\\d+ already points at ${old.slice(0, 12)}, not at ${sha.slice(0, 12)}: release tags are never moved`),
      );
      expect(r.writes).toEqual([]);
      expect(stateOf(repo)).toBe(before);
    });

    it('converges when another run publishes the same release while this run completes its draft (422 already_exists: its own draft removed, the other kept)', async () => {
      const repo = await newRepo('race-release');
      const sha = await mergeReleasePr(repo, '1.0.0');
      smoke(repo, sha);
      // The other run writes right before this run's POST …/releases reaches GitHub.
      sb.injectFault({
        kind: 'before',
        method: 'POST',
        route: `/repos/${repo.fullName}/releases`,
        run: async () => {
          await repo.createRelease({ tag: 'v1.0.0', target: sha, body: 'Notes written by the other run.' });
        },
      });
      const r = await act(repo, { push: sha, scenario: 'release race: 422 already_exists re-read and accepted' });
      expect(r.exitCode, errors(r)).toBe(0);
      const releaseWrites = r.writes.filter(
        (x) => x.route.startsWith('/repos/{owner}/{repo}/releases') && x.route !== '/repos/{owner}/{repo}/releases/generate-notes',
      );
      // The draft is created, its publication refused (the other release is published), and the draft removed.
      expect(releaseWrites.map((x) => `${x.method} ${x.status}`)).toEqual(['POST 201', 'PATCH 422', 'DELETE 204']);
      expect(repo.releases()).toHaveLength(1);
      expect(repo.releases()[0]).toMatchObject({ tag_name: 'v1.0.0', body: 'Notes written by the other run.', draft: false });
      expect(r.results[0]).toMatchObject({ status: 'released', created: false, 'tag-action': 'created' });
      expect(r.summary).toMatch(
        /the release v1\.0\.0 was published meanwhile \(a concurrent run\), on the same commit; kept, and this run's draft \d+ removed/,
      );
      expect(await tagCommit(repo, 'v1.0.0')).toBe(sha);
    });

    it('accepts a release tag created meanwhile on the same commit, and fails without writing a release when it was created on another commit', async () => {
      const same = await newRepo('race-tag');
      const sha = await mergeReleasePr(same, '1.0.0');
      smoke(same, sha);
      sb.injectFault({
        kind: 'before',
        method: 'POST',
        route: `/repos/${same.fullName}/git/refs`,
        run: () => same.createTag('v1.0.0', sha, 'other run').then(() => undefined),
      });
      const ok = await act(same, { push: sha });
      expect(ok.exitCode, errors(ok)).toBe(0);
      expect(ok.results[0]).toMatchObject({ status: 'released', 'tag-action': 'exists' });
      expect(same.releases()).toHaveLength(1);

      const other = await newRepo('race-tag-other');
      const old = (await other.refSha('main'))!;
      const wanted = await mergeReleasePr(other, '1.0.0');
      smoke(other, wanted);
      sb.injectFault({
        kind: 'before',
        method: 'POST',
        route: `/repos/${other.fullName}/git/refs`,
        run: () => other.createTag('v1.0.0', old, 'someone else').then(() => undefined),
      });
      const bad = await act(other, { push: wanted });
      expect(bad.exitCode).toBe(1);
      expect(errors(bad)).toMatch(new RegExp(`Tag v1\\.0\\.0 in ${other.fullName} already points at ${old.slice(0, 12)}, not at ${wanted.slice(0, 12)}`));
      expect(other.releases()).toEqual([]);
      expect(await tagCommit(other, 'v1.0.0')).toBe(old);
    });

    it('two runs racing on the same release (a second concurrent run) both end green with one tag and one release', async () => {
      const repo = await newRepo('race-both');
      const sha = await mergeReleasePr(repo, '2.0.0');
      smoke(repo, sha);
      const [a, b] = await Promise.all([act(repo, { push: sha }), act(repo, { push: sha })]);
      expect([a.exitCode, b.exitCode], `${errors(a)}\n${errors(b)}`).toEqual([0, 0]);
      expect(repo.releases()).toHaveLength(1);
      expect(await tagCommit(repo, 'v2.0.0')).toBe(sha);
      expect(await tagCommit(repo, 'v2')).toBe(sha);
    });

    it("completes the suite's own draft release for the tag (a run that stopped midway) instead of creating a second release", async () => {
      const repo = await newRepo('draft');
      const sha = await mergeReleasePr(repo, '1.3.0');
      smoke(repo, sha);
      await repo.createRelease({ tag: 'v1.3.0', draft: true, name: 'v1.3.0', body: 'Hand-written notes.', author: 'github-actions[bot]' });
      const r = await act(repo, { inputs: { version: '1.3.0', sha } });
      expect(r.exitCode, errors(r)).toBe(0);
      const releases = repo.releases();
      expect(releases).toHaveLength(1);
      expect(releases[0]).toMatchObject({ draft: false, body: 'Hand-written notes.' });
      expect((await repo.git(['cat-file', '-t', 'refs/tags/v1.3.0'])).trim()).toBe('tag');
      expect(r.results[0]).toMatchObject({ 'release-action': 'published-draft', created: true });
    });

    it('takes the notes of a stable release after rc.1..rc.3 from the last stable release, with release.yml categories', async () => {
      const releaseYml = 'changelog:\n  categories:\n    - title: Features\n      labels: [feature]\n    - title: Fixes\n      labels: [bug]\n';
      const repo = await newRepo('notes', '', { '.github/release.yml': releaseYml });
      const v100 = await mergeFeature(repo, 'feat: base', { labels: ['feature'] });
      await repo.createRelease({ tag: 'v1.0.0', target: v100 });
      const rc1 = await mergeFeature(repo, 'feat: two', { labels: ['feature'] });
      await repo.createTag('v1.1.0-rc.1', rc1, 'rc.1');
      const rc2 = await mergeFeature(repo, 'fix: three', { labels: ['bug'] });
      await repo.createTag('v1.1.0-rc.2', rc2, 'rc.2');
      const rc3 = await mergeFeature(repo, 'fix: four', { labels: ['bug'] });
      await repo.createTag('v1.1.0-rc.3', rc3, 'rc.3');
      smoke(repo, rc3);
      const r = await act(repo, { inputs: { version: 'v1.1.0', sha: rc3 }, scenario: 'release after three RCs (dispatch with sha)' });
      expect(r.exitCode, errors(r)).toBe(0);
      expect(r.outputs['previous-tag']).toBe('v1.0.0');
      const body = String(repo.releases().find((x) => x.tag_name === 'v1.1.0')!.body);
      expect(body).toMatch(/### Features\n\* feat: two/);
      expect(body).toMatch(/### Fixes\n\* fix: three[^\n]*\n\* fix: four/);
      expect(body).toContain('compare/v1.0.0...v1.1.0');
      expect(body).not.toContain('feat: base');

      // An RC's notes start from the previous RC.
      const rc4 = await mergeFeature(repo, 'fix: five', { base: 'stg', labels: ['bug'] });
      smoke(repo, rc4);
      const pre = await act(repo, { inputs: { version: '1.2.0-rc.1', sha: rc4 } });
      expect(pre.exitCode, errors(pre)).toBe(0);
      expect(pre.outputs['previous-tag']).toBe('v1.1.0');
      expect(repo.releases().find((x) => x.tag_name === 'v1.2.0-rc.1')).toMatchObject({ prerelease: true });
      expect(await latestTag(repo)).toBe('v1.1.0');
    });

    it('refuses a dispatched SHA that is not on the production branch', async () => {
      const repo = await newRepo('off-branch');
      await repo.createBranch('side', 'main');
      const side = await repo.commit('side', { 'x.txt': 'x' }, 'side work');
      smoke(repo, side);
      const r = await act(repo, { inputs: { version: '1.0.0', sha: side } });
      expect(r.exitCode).toBe(1);
      expect(errors(r)).toMatch(/is not on main/);
      expect(r.writes).toEqual([]);
    });
  });

  describe('floating major tag', () => {
    it('moves v3 from 3.1.0 to 3.2.0, not to 3.2.0-rc.1, and not back to 3.1.1', async () => {
      const repo = await newRepo('major');
      const a = await mergeFeature(repo, 'feat: a');
      smoke(repo, a);
      expect((await act(repo, { inputs: { version: '3.1.0', sha: a } })).exitCode).toBe(0);
      expect(await tagCommit(repo, 'v3')).toBe(a);

      const b = await mergeFeature(repo, 'feat: b', { base: 'stg' });
      smoke(repo, b);
      const rc = await act(repo, { inputs: { version: '3.2.0-rc.1', sha: b } });
      expect(rc.exitCode, errors(rc)).toBe(0);
      expect(rc.results[0]).toMatchObject({ 'major-tag': 'v3: skip' });
      expect(await tagCommit(repo, 'v3')).toBe(a);

      const c = await mergeReleasePr(repo, '3.2.0');
      smoke(repo, c);
      const stable = await act(repo, { push: c, scenario: 'release moving the major tag forward (push)' });
      expect(stable.exitCode, errors(stable)).toBe(0);
      expect(stable.results[0]).toMatchObject({ 'major-tag': 'v3: move', 'previous-tag': 'v3.1.0' });
      expect(await tagCommit(repo, 'v3')).toBe(c);
      expect(await latestTag(repo)).toBe('v3.2.0');

      const d = await mergeFeature(repo, 'fix: backport');
      smoke(repo, d);
      const patch = await act(repo, { inputs: { version: '3.1.1' } });
      expect(patch.exitCode, errors(patch)).toBe(0);
      expect(patch.outputs.sha).toBe(d);
      expect(patch.results[0]).toMatchObject({ 'major-tag': 'v3: skip', status: 'released' });
      expect(await tagCommit(repo, 'v3')).toBe(c);
      expect(await latestTag(repo)).toBe('v3.2.0');
      expect(repo.releases().find((x) => x.tag_name === 'v3.1.1')).toMatchObject({ prerelease: false, draft: false });
    });
  });

  describe('release train', () => {
    it('releases the repos whose gates pass, fails naming the other, and a re-run completes it', async () => {
      const frontend = await newRepo('frontend');
      const infra = await newRepo('infra');
      const backend = await newRepo('backend', `repos: [${frontend.fullName}, ${infra.fullName}]\n`);
      const sha = await mergeReleasePr(backend, '4.0.0');
      smoke(backend, sha);
      const fe = await mergeReleasePr(frontend, '4.0.0');
      smoke(frontend, fe);
      const inf = await mergeReleasePr(infra, '4.0.0');
      smoke(infra, inf, 'failure');

      const involved = [backend, frontend, infra];
      const first = await act(backend, { push: sha, scenario: 'train of 3, one refused (push)', involved });
      expect(first.exitCode).toBe(1);
      expect(errors(first)).toMatch(new RegExp(`v4\\.0\\.0 was not released in ${infra.fullName}\\. ${infra.fullName}: .*concluded failure`));
      expect(first.results.map((x) => [x.repo, x.status])).toEqual([
        [backend.fullName, 'released'],
        [frontend.fullName, 'released'],
        [infra.fullName, 'refused'],
      ]);
      expect(await tagCommit(backend, 'v4.0.0')).toBe(sha);
      expect(await tagCommit(frontend, 'v4.0.0')).toBe(fe);
      expect(await infra.refSha('refs/tags/v4.0.0')).toBeNull();
      expect(infra.releases()).toEqual([]);
      expect(first.outputs).toMatchObject({ tag: 'v4.0.0', sha, created: 'true' });

      smoke(infra, inf);
      const second = await act(backend, { push: sha, scenario: 're-run completing the third repo', involved });
      expect(second.exitCode, errors(second)).toBe(0);
      expect(second.results.map((x) => [x.repo, x.status])).toEqual([
        [backend.fullName, 'unchanged'],
        [frontend.fullName, 'unchanged'],
        [infra.fullName, 'released'],
      ]);
      expect(await tagCommit(infra, 'v4.0.0')).toBe(inf);
      expect(infra.releases()).toHaveLength(1);
      // Only the third repository was written to.
      expect(second.writes.every((w) => w.path.includes(`/repos/${infra.fullName}/`))).toBe(true);
      expect(second.writes.length).toBeGreaterThan(0);
    });

    it('waits for a repository whose release pull request is still open (its previous release is not tagged with the new version); a later run completes the train', async () => {
      const frontend = await newRepo('fe-open');
      const backend = await newRepo('be-open', `repos: [${frontend.fullName}]\n`);
      // The frontend's previous release is the head of its main branch, green.
      const previous = await mergeReleasePr(frontend, '3.9.0');
      await frontend.createTag('v3.9.0', previous, 'previous release');
      smoke(frontend, previous);
      // A person's pull request from the suite's branch name, carrying a marker for 4.0.0, merged: not a release commit.
      await frontend.commit('stg', { 'fe.txt': 'four\n' }, 'feat: frontend 4');
      await frontend.commit('portal-release/release-main', { 'forged.txt': 'x\n' }, 'chore: forged', { author: 'alice' });
      const forged = await frontend.openPullRequest({
        head: 'portal-release/release-main',
        base: 'main',
        title: 'Release v4.0.0',
        body: '<!-- portal-release:release-pr stage=release base=main tag=v4.0.0 version=4.0.0 rc=v4.0.0-rc.1 -->',
        user: 'alice',
      });
      const forgedSha = await frontend.mergePullRequest(forged.number as number);
      smoke(frontend, forgedSha);
      const open = await openSuiteReleasePr(frontend, '4.0.0');
      const sha = await mergeReleasePr(backend, '4.0.0');
      smoke(backend, sha);

      const involved = [backend, frontend];
      const first = await act(backend, { push: sha, scenario: 'train of 2, one waiting (push)', involved });
      expect(first.exitCode, errors(first)).toBe(0);
      expect(first.results.map((x) => [x.repo, x.status])).toEqual([
        [backend.fullName, 'released'],
        [frontend.fullName, 'waiting'],
      ]);
      expect(first.results[0]).toMatchObject({ sha, 'commit-from': expect.stringMatching(/push to main, release PR #\d+/) });
      expect(first.results[1]).toMatchObject({ sha: '', 'waiting-for': expect.stringContaining(`#${open.number} for v4.0.0 to be merged`) });
      expect(first.outputs.waiting).toBe(frontend.fullName);
      expect(first.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContainEqual(
        expect.stringMatching(new RegExp(`v4\\.0\\.0 is not released in ${frontend.fullName} yet: it waits for .*#${open.number}`)),
      );
      expect(first.summary).toContain(`${frontend.fullName}#${forged.number as number} carries a \`release-pr\` marker for v4.0.0, but it was opened by alice`);
      expect(first.summary).toMatch(/⏳ waiting/);
      expect(await frontend.refSha('refs/tags/v4.0.0')).toBeNull();
      expect(frontend.releases()).toEqual([]);
      expect(first.writes.every((w) => w.path.includes(`/repos/${backend.fullName}/`))).toBe(true);

      const merged = await frontend.mergePullRequest(open.number);
      smoke(frontend, merged);
      const second = await act(backend, { push: sha, scenario: 're-run completing the waiting repo', involved });
      expect(second.exitCode, errors(second)).toBe(0);
      expect(second.results.map((x) => [x.repo, x.status])).toEqual([
        [backend.fullName, 'unchanged'],
        [frontend.fullName, 'released'],
      ]);
      expect(second.results[1]).toMatchObject({ sha: merged, 'commit-from': `the merge of its release pull request #${open.number}` });
      expect(second.outputs.waiting).toBe('');
      expect(await tagCommit(frontend, 'v4.0.0')).toBe(merged);
      expect(await tagCommit(frontend, 'v3.9.0')).toBe(previous);
    });

    it('releases another repository at the commit given in repo-shas, after its own gates', async () => {
      const other = await newRepo('given');
      const main = await newRepo('lead-given', `repos: [${other.fullName}]\n`);
      const sha = await mergeReleasePr(main, '6.0.0');
      smoke(main, sha);
      const pick = (await other.refSha('main'))!;
      await mergeFeature(other, 'feat: not in this release');
      const r = await act(main, { inputs: { version: '6.0.0', sha, 'repo-shas': `${other.fullName}=${pick}` }, involved: [main, other] });
      expect(r.exitCode).toBe(1);
      expect(r.results[1]).toMatchObject({ status: 'refused', sha: pick, 'commit-from': 'input repo-shas' });
      expect(await other.refSha('refs/tags/v6.0.0')).toBeNull();
      smoke(other, pick);
      const ok = await act(main, { inputs: { version: '6.0.0', sha, 'repo-shas': `${other.fullName}=${pick}` }, involved: [main, other] });
      expect(ok.exitCode, errors(ok)).toBe(0);
      expect(await tagCommit(other, 'v6.0.0')).toBe(pick);
      const bad = await act(main, { inputs: { version: '6.0.0', 'repo-shas': `acme/elsewhere=${pick}` }, involved: [main, other] });
      expect(bad.exitCode).toBe(1);
      expect(errors(bad)).toMatch(/repo-shas.*names acme\/elsewhere, which is not among the repos to release/);
      expect(bad.writes).toEqual([]);
    });

    it('completes the release of a repo whose branch moved on since it was tagged, without moving the tag', async () => {
      const other = await newRepo('moved');
      const main = await newRepo('lead', `repos: [${other.fullName}]\n`);
      const sha = await mergeReleasePr(main, '5.1.0');
      smoke(main, sha);
      const tagged = (await other.refSha('main'))!;
      smoke(other, tagged);
      await other.createTag('v5.1.0', tagged, 'tagged by an earlier run that stopped midway');
      await mergeFeature(other, 'feat: after the release');
      const r = await act(main, { push: sha, involved: [main, other] });
      expect(r.exitCode, errors(r)).toBe(0);
      expect(r.results[1]).toMatchObject({ repo: other.fullName, sha: tagged, status: 'released', 'tag-action': 'exists' });
      expect(await tagCommit(other, 'v5.1.0')).toBe(tagged);
      expect(other.releases()).toHaveLength(1);
    });
  });

  describe('a pushed release tag (how portal-release releases itself)', () => {
    it("releases the commit an annotated tag names, with the tag's version, after green CI on it; once; never a commit off production", async () => {
      const repo = await newRepo('suite');
      const sha = await mergeFeature(repo, 'fix: ready to ship');
      repo.addWorkflowRun({ workflowFile: 'ci.yml', headSha: sha, conclusion: 'success', event: 'push', headBranch: 'main' });
      // An annotated tag: the push payload's `after` is the tag object, not the commit.
      const tagObject = await repo.createTag('v1.4.0', sha, 'portal-release v1.4.0');
      expect(tagObject).not.toBe(sha);
      const inputs = { 'smoke-workflow': 'ci.yml', repos: repo.fullName };
      const r = await act(repo, { pushTag: { tag: 'v1.4.0', after: tagObject }, inputs, scenario: 'release on a pushed release tag' });
      expect(r.exitCode, errors(r)).toBe(0);
      expect(r.outputs).toMatchObject({ tag: 'v1.4.0', version: '1.4.0', sha, created: 'true' });
      expect(r.results[0]).toMatchObject({ 'tag-action': 'exists', status: 'released' });
      expect(await tagCommit(repo, 'v1')).toBe(sha);
      expect(repo.releases().map((x) => x.tag_name)).toEqual(['v1.4.0']);
      const again = await act(repo, { pushTag: { tag: 'v1.4.0', after: tagObject }, inputs });
      expect(again.exitCode, errors(again)).toBe(0);
      expect(again.writes).toEqual([]);

      // The floating major tag moving (or any tag that is not a release tag) releases nothing.
      const major = await act(repo, { pushTag: { tag: 'v1', after: sha }, inputs });
      expect(major.exitCode, errors(major)).toBe(0);
      expect(major.summary).toMatch(/Nothing to release: the pushed tag "v1" is not a release tag/);
      expect(major.writes).toEqual([]);

      // A tag on a commit that never reached production is refused, with CI green on it or not.
      const stray = await repo.commit('dev', { 'wip.txt': 'wip\n' }, 'feat: unfinished');
      repo.addWorkflowRun({ workflowFile: 'ci.yml', headSha: stray, conclusion: 'success', event: 'push', headBranch: 'dev' });
      await repo.createTag('v1.5.0', stray);
      const off = await act(repo, { pushTag: { tag: 'v1.5.0', after: stray }, inputs });
      expect(off.exitCode).toBe(1);
      expect(errors(off)).toMatch(/\(tag v1\.5\.0\) is not on main/);
      expect(off.writes).toEqual([]);
      // A version input that disagrees with the pushed tag is refused.
      const mismatch = await act(repo, { pushTag: { tag: 'v1.4.0', after: tagObject }, inputs: { ...inputs, version: '1.4.1' } });
      expect(mismatch.exitCode).toBe(1);
      expect(errors(mismatch)).toMatch(/Input "version".*pushed tag is v1\.4\.0/);
    }, 300_000);
  });

  describe('events without a release', () => {
    it('does nothing on a push to production that is not a release PR merge', async () => {
      const repo = await newRepo('hotfix');
      const sha = await mergeFeature(repo, 'fix: hot');
      const r = await act(repo, { push: sha });
      expect(r.exitCode, errors(r)).toBe(0);
      expect(r.writes).toEqual([]);
      expect(r.outputs.tag).toBe('');
      expect(r.summary).toMatch(/Nothing to release/);
    });

    it('chained after the smoke workflow (workflow_run), releases what it just tested; a run on another branch is ignored', async () => {
      const repo = await newRepo('chained');
      const sha = await mergeReleasePr(repo, '2.4.0');
      smoke(repo, sha);
      const r = await act(repo, { smokeRun: { sha, branch: 'main' }, scenario: 'release chained after the smoke run (workflow_run)' });
      expect(r.exitCode, errors(r)).toBe(0);
      expect(r.outputs).toMatchObject({ tag: 'v2.4.0', sha, created: 'true' });
      expect(await tagCommit(repo, 'v2.4.0')).toBe(sha);
      // A fork's pull request run on a branch named "main", or a run of another repository, proves nothing.
      for (const untrusted of [{ event: 'pull_request' }, { headRepository: 'mallory/backend' }]) {
        const r2 = await act(repo, { smokeRun: { sha, branch: 'main', ...untrusted } });
        expect(r2.exitCode, errors(r2)).toBe(0);
        expect(r2.summary).toMatch(/Nothing to release: the completed workflow run .*(pull_request|mallory\/backend)/);
        expect(r2.writes).toEqual([]);
      }
      const elsewhere = await act(repo, { smokeRun: { sha, branch: 'dev' } });
      expect(elsewhere.exitCode, errors(elsewhere)).toBe(0);
      expect(elsewhere.summary).toMatch(/Nothing to release: .*not the production branch main/);
      expect(elsewhere.writes).toEqual([]);
    });

    it('rejects an invalid version input with the valid forms', async () => {
      const repo = await newRepo('bad-input');
      const r = await act(repo, { inputs: { version: '3.2' } });
      expect(r.exitCode).toBe(1);
      expect(errors(r)).toMatch(/Input "version": "3.2" is not a release version X\.Y\.Z or X\.Y\.Z-rc\.N/);
      expect(r.requests.length).toBeLessThanOrEqual(1);
    });
  });
});
