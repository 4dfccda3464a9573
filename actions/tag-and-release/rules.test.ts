import { describe, expect, it } from 'vitest';
import type { Deployment, Issue, WorkflowRun } from '../../shared/github/index.ts';
import { InputReader, mapInputSource } from '../../shared/inputs.ts';
import { releaseTags } from '../../shared/versions.ts';
import { parseInputs } from './main.ts';
import { decideMajorTag, freezeUntil, judgeDeployments, judgeSmokeRuns, milestoneBlockers, nextMilestone, parseVersion, shouldMakeLatest } from './rules.ts';

const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const tags = (...names: string[]) => releaseTags(names, 'v');
const v = (version: string) => parseVersion(version, 'v', 'rc', 'test');

describe('parseVersion', () => {
  it('accepts stable and rc versions with or without the prefix', () => {
    expect(v('3.2.0')).toMatchObject({ tag: 'v3.2.0', version: '3.2.0', rc: null, major: 3 });
    expect(v('v3.2.0-rc.4')).toMatchObject({ tag: 'v3.2.0-rc.4', base: '3.2.0', rc: 4 });
    expect(parseVersion('release-1.0.0', 'release-', 'rc', 'x').tag).toBe('release-1.0.0');
  });

  it.each(['3.2', '3.2.0-beta.1', '3.2.0+build.1', 'latest', '03.2.0'])('refuses %s naming the valid forms', (bad) => {
    expect(() => parseVersion(bad, 'v', 'rc', 'Input "version"')).toThrow(/Input "version": .* is not a release version X\.Y\.Z or X\.Y\.Z-rc\.N/);
  });
});

describe('shouldMakeLatest', () => {
  it('is true only for the highest stable release', () => {
    const all = tags('v3.1.0', 'v3.2.0-rc.1', 'v3.2.0-rc.2', 'v3.2.0');
    expect(shouldMakeLatest(v('3.2.0'), all)).toBe(true);
    expect(shouldMakeLatest(v('3.2.0-rc.2'), all)).toBe(false);
    expect(shouldMakeLatest(v('3.1.1'), [...all, ...tags('v3.1.1')])).toBe(false);
    expect(shouldMakeLatest(v('4.0.0'), [...all, ...tags('v4.0.0-rc.1')])).toBe(true);
  });
});

describe('decideMajorTag', () => {
  const base = { enabled: true, prefix: 'v', sha: SHA, current: OTHER };
  const all = tags('v3.1.0', 'v3.2.0-rc.1', 'v3.2.0', 'v4.0.0');

  it('creates the tag when missing, leaves it when right, moves it only forward', () => {
    expect(decideMajorTag({ ...base, tag: v('3.2.0'), all, current: null })).toMatchObject({ action: 'create', name: 'v3' });
    expect(decideMajorTag({ ...base, tag: v('3.2.0'), all, current: SHA })).toMatchObject({ action: 'unchanged' });
    expect(decideMajorTag({ ...base, tag: v('3.2.0'), all, ancestry: 'ahead' })).toMatchObject({ action: 'move' });
    expect(decideMajorTag({ ...base, tag: v('3.2.0'), all, ancestry: 'behind' })).toMatchObject({ action: 'skip', warn: true, reason: /never moved back/ });
    expect(decideMajorTag({ ...base, tag: v('3.2.0'), all, ancestry: 'diverged' })).toMatchObject({ action: 'skip', warn: true, reason: /only moved forward/ });
  });

  it('never points at a prerelease or at an older release of the major', () => {
    expect(decideMajorTag({ ...base, tag: v('3.2.0-rc.1'), all, ancestry: 'ahead' })).toMatchObject({ action: 'skip', reason: /prerelease/ });
    const later = [...all, ...tags('v3.1.1')];
    expect(decideMajorTag({ ...base, tag: v('3.1.1'), all: later, ancestry: 'ahead' })).toMatchObject({
      action: 'skip',
      reason: /not the newest 3\.x release \(v3\.2\.0 is\)/,
    });
    // The newest of another major does not matter.
    expect(decideMajorTag({ ...base, tag: v('3.2.0'), all, ancestry: 'ahead' }).action).toBe('move');
    expect(decideMajorTag({ ...base, enabled: false, tag: v('3.2.0'), all, current: null })).toMatchObject({ action: 'skip', reason: /off/ });
  });
});

describe('freezeUntil', () => {
  const at = new Date('2026-03-01T12:00:00Z');
  it('is the publication plus freeze.after-major-days for X.0.0 only', () => {
    expect(freezeUntil(v('4.0.0'), at, 30)).toBe('2026-03-31T12:00:00.000Z');
    expect(freezeUntil(v('4.1.0'), at, 30)).toBeNull();
    expect(freezeUntil(v('4.0.1'), at, 30)).toBeNull();
    expect(freezeUntil(v('4.0.0-rc.1'), at, 30)).toBeNull();
    expect(freezeUntil(v('4.0.0'), at, 0)).toBeNull();
  });
});

const run = (id: number, headSha: string, status: string, conclusion: string | null): WorkflowRun => ({
  id,
  name: 'smoke',
  headSha,
  headBranch: 'main',
  status,
  conclusion,
  htmlUrl: `https://github.example/runs/${id}`,
  event: 'push',
  createdAt: '2026-01-01T00:00:00Z',
});

describe('judgeSmokeRuns', () => {
  const args = { sha: SHA, workflow: 'native-install-smoke.yml', repo: 'acme/app', branch: 'main' };
  it('passes only with a completed successful run on exactly this SHA', () => {
    expect(judgeSmokeRuns({ ...args, runs: [run(1, OTHER, 'completed', 'success'), run(2, SHA, 'completed', 'success')] })).toMatchObject({
      ok: true,
      url: 'https://github.example/runs/2',
    });
  });

  it('says what is missing and how to get it', () => {
    expect(judgeSmokeRuns({ ...args, runs: [] })).toMatchObject({
      ok: false,
      detail: /No run of native-install-smoke\.yml in acme\/app tested aaaaaaaaaaaa: run .* re-run this job/,
    });
    // A green run of another commit does not count, even if the API filter let it through.
    expect(judgeSmokeRuns({ ...args, runs: [run(1, OTHER, 'completed', 'success')] })).toMatchObject({ ok: false, detail: /No run/ });
    expect(judgeSmokeRuns({ ...args, runs: [run(3, SHA, 'in_progress', null)] })).toMatchObject({ ok: false, detail: /still in_progress/ });
    expect(judgeSmokeRuns({ ...args, runs: [run(4, SHA, 'completed', 'failure')] })).toMatchObject({ ok: false, detail: /run 4 .* concluded failure/ });
  });

  it('judges by the newest completed run on the SHA: an older green run does not outweigh a newer failure', () => {
    const at = (r: WorkflowRun, createdAt: string): WorkflowRun => ({ ...r, createdAt });
    const green = at(run(7, SHA, 'completed', 'success'), '2026-01-01T00:00:00Z');
    const failed = at(run(5, SHA, 'completed', 'failure'), '2026-01-02T00:00:00Z');
    // Listed in any order, with the newer run's id lower: the creation time decides.
    expect(judgeSmokeRuns({ ...args, runs: [green, failed] })).toMatchObject({
      ok: false,
      detail: /run 5 .* concluded failure \(the older green run 7 does not count/,
    });
    const fixed = at(run(9, SHA, 'completed', 'success'), '2026-01-03T00:00:00Z');
    expect(judgeSmokeRuns({ ...args, runs: [failed, fixed, green] })).toMatchObject({ ok: true, url: 'https://github.example/runs/9' });
    // A run still in progress does not hide the newest completed one.
    const pending = at(run(11, SHA, 'in_progress', null), '2026-01-04T00:00:00Z');
    expect(judgeSmokeRuns({ ...args, runs: [pending, failed, green] })).toMatchObject({ ok: false, detail: /run 5 .* concluded failure/ });
  });
});

describe('judgeDeployments', () => {
  const dep = (id: number, sha = SHA, environment = 'production'): Deployment => ({ id, sha, environment, createdAt: '2026-01-01T00:00:00Z' });
  const args = { sha: SHA, environment: 'production', repo: 'acme/app' };
  it('needs a deployment of the SHA to the environment whose newest status is success', () => {
    expect(judgeDeployments({ ...args, deployments: [{ deployment: dep(1), states: ['success', 'in_progress'] }] }).ok).toBe(true);
    expect(judgeDeployments({ ...args, deployments: [{ deployment: dep(1), states: ['failure', 'success'] }] })).toMatchObject({
      ok: false,
      detail: /"failure"/,
    });
    expect(judgeDeployments({ ...args, deployments: [{ deployment: dep(1, SHA, 'staging'), states: ['success'] }] })).toMatchObject({
      ok: false,
      detail: /No deployment of aaaaaaaaaaaa to production/,
    });
  });
});

describe('milestones', () => {
  const issue = (number: number, labels: string[], state: 'open' | 'closed' = 'open'): Issue => ({
    number,
    title: `#${number}`,
    body: '',
    state,
    labels,
    author: 'x',
    htmlUrl: '',
    isPullRequest: false,
    milestone: null,
  });
  it("finds open blockers by milestone-check's rule: a blocker label, every open item when required, a missing triage label", () => {
    const items = [issue(1, ['Must-Have']), issue(2, ['enhancement']), issue(3, ['release-blocker'], 'closed')];
    const rules = { blockerLabels: ['must-have', 'release-blocker'], requireAllClosed: false, triageLabels: [] };
    expect(milestoneBlockers('acme/app', items, rules).map((i) => i.number)).toEqual([1]);
    expect(milestoneBlockers('acme/app', items, { ...rules, requireAllClosed: true }).map((i) => i.number)).toEqual([1, 2]);
    expect(milestoneBlockers('acme/app', items, { ...rules, triageLabels: ['severity:'] }).map((i) => i.number)).toEqual([1, 2]);
  });
  it('picks the next milestone: the lowest open release milestone above the release, else the next minor one to create', () => {
    const ms = (list: [number, string, 'open' | 'closed'][]) => list.map(([number, title, state]) => ({ number, title, state }));
    const all = ms([
      [1, 'v3.0.0', 'open'],
      [2, 'v3.2.0', 'open'],
      [3, 'v3.1.0', 'open'],
      [4, 'v3.0.5', 'closed'],
      [5, 'Backlog', 'open'],
      [6, 'v3.1.0-rc.1', 'open'],
    ]);
    expect(nextMilestone('{tag}', 'v', v('3.0.0'), all)).toEqual({ title: 'v3.1.0', number: 3 });
    expect(nextMilestone('{tag}', 'v', v('3.2.0'), all)).toEqual({ title: 'v3.3.0', number: null });
    expect(nextMilestone('Release {version} (web)', 'v', v('1.4.2'), ms([[9, 'Release 1.4.3 (web)', 'open']]))).toEqual({
      title: 'Release 1.4.3 (web)',
      number: 9,
    });
    expect(nextMilestone('Release {version} (web)', 'v', v('1.4.2'), ms([[9, 'Release 1x4.3 (web)', 'open']]))).toEqual({
      title: 'Release 1.5.0 (web)',
      number: null,
    });
  });
});

describe('inputs and the train', () => {
  const read = (values: Record<string, string>) => parseInputs(new InputReader(mapInputSource(values)));
  it('parses every input once, with actionable errors', () => {
    expect(read({ sha: SHA.toUpperCase(), repos: 'acme/a, acme/b\nacme/c', 'require-milestone': 'true' })).toMatchObject({
      sha: SHA,
      repos: [
        { owner: 'acme', repo: 'a' },
        { owner: 'acme', repo: 'b' },
        { owner: 'acme', repo: 'c' },
      ],
      requireMilestone: true,
      dryRun: false,
    });
    expect(() => read({ sha: 'abc123' })).toThrow(/Input "sha": "abc123" is not a full 40-character commit SHA/);
    expect(() => read({ repos: 'not a repo' })).toThrow(/Input "repos": "not a repo" is not a repository name/);
    expect(() => read({ 'smoke-workflow': '../x.yml' })).toThrow(/Input "smoke-workflow"/);
    expect(() => read({ 'dry-run': 'yes' })).toThrow(/Valid values are: \[true, false\]/);
  });
});
