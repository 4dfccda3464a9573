import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/config.ts';
import type { Release } from '../../shared/github/index.ts';
import { mapInputSource, InputReader } from '../../shared/inputs.ts';
import { parseInputs } from './main.ts';
import {
  backportTitle,
  carriedLabels,
  explicitTargets,
  isSafeBranchName,
  judgeBackport,
  labelMatcher,
  latestMajorRelease,
  parseBackportCommand,
  targetsOfPull,
  type PullFacts,
} from './rules.ts';

const policy = defaultPolicy();
const fix: PullFacts = { number: 7, title: 'fix: paging', labels: ['backport stg', 'bug'], baseRef: 'dev', headRef: 'fix/paging' };

function release(tag: string, publishedAt: string | null, extra: Partial<Release> = {}): Release {
  return {
    id: 1,
    tagName: tag,
    name: tag,
    body: '',
    draft: false,
    prerelease: false,
    targetCommitish: 'main',
    htmlUrl: '',
    publishedAt,
    createdAt: publishedAt ?? '',
    ...extra,
  };
}

describe('targets', () => {
  it('reads targets from labels matching the pattern, ignoring the base branch', () => {
    expect(targetsOfPull({ ...fix, labels: ['backport stg', 'backport dev', 'backport main', 'bug'] }, policy).map((t) => t.branch)).toEqual(['stg', 'main']);
    const custom = { ...policy, backport: { ...policy.backport, labelPattern: 'to:{branch}!' } };
    expect(labelMatcher(custom.backport.labelPattern)('to:release/1.x!')).toBe('release/1.x');
    expect(labelMatcher(custom.backport.labelPattern)('backport stg')).toBeNull();
  });

  it('merges a hotfix into production back to staging and development', () => {
    const hotfix = { ...fix, baseRef: 'main', labels: ['hotfix'], headRef: 'fix/x' };
    expect(targetsOfPull(hotfix, policy)).toEqual([
      { branch: 'stg', kind: 'merge-back', via: 'hotfix merged into production' },
      { branch: 'dev', kind: 'merge-back', via: 'hotfix merged into production' },
    ]);
    expect(targetsOfPull({ ...hotfix, labels: [], headRef: 'hotfix/login' }, policy).map((t) => t.kind)).toEqual(['merge-back', 'merge-back']);
    expect(targetsOfPull({ ...hotfix, baseRef: 'dev' }, policy)).toEqual([]);
  });

  it('parses /backport commands', () => {
    expect(parseBackportCommand('/backport stg, main\nplease')).toEqual(['stg', 'main']);
    expect(parseBackportCommand('/backport')).toEqual([]);
    expect(parseBackportCommand('  \n /backport dev')).toEqual(['dev']);
    expect(parseBackportCommand('please /backport stg')).toBeNull();
    expect(parseBackportCommand('/backporting')).toBeNull();
    expect(explicitTargets({ ...fix, baseRef: 'main', labels: ['hotfix'] }, ['stg', 'release-1'], policy, 'x').map((t) => t.kind)).toEqual([
      'merge-back',
      'backport',
    ]);
  });

  it('refuses names that could be read as options or shell syntax', () => {
    for (const bad of ['$(touch pwned)', '--upload-pack=x', ';rm -rf ~', '`id`', 'a..b', 'a b', 'stg/', '-x', 'x.lock', 'a@{1}'])
      expect(isSafeBranchName(bad)).toBe(false);
    for (const good of ['stg', 'release/1.x', 'hotfix-2026.06']) expect(isSafeBranchName(good)).toBe(true);
  });

  it('keeps a conventional title intact by default and never nests backport decorations', () => {
    const title = policy.backport.title;
    expect(backportTitle(title, 'stg', { number: 12, title: 'fix(api): y' })).toBe('fix(api): y (backport #12)');
    expect(backportTitle(title, 'main', { number: 40, title: 'fix: x (backport #12)' })).toBe('fix: x (backport #40)');
    expect(backportTitle(title, 'main', { number: 40, title: '[Backport stg] [backport dev] fix: x' })).toBe('fix: x (backport #40)');
    expect(backportTitle('[Backport {branch}] {title}', 'stg', { number: 7, title: '[Backport dev] fix: z' })).toBe('[Backport stg] fix: z');
    expect(backportTitle('{title} (#{number} → {branch})', 'stg', { number: 7, title: 'feat: w' })).toBe('feat: w (#7 → stg)');
    // A template placeholder typed into the original title is text, not a placeholder.
    expect(backportTitle(title, 'stg', { number: 9, title: 'docs: explain {branch} and {number}' })).toBe('docs: explain {branch} and {number} (backport #9)');
    expect(backportTitle(title, 'stg', { number: 9, title: 'x'.repeat(300) })).toHaveLength(256);
  });

  it('carries the listed labels, or every label with *, never a backport label or the conflict label', () => {
    const labels = ['bug', 'area:api', 'backport stg', 'needs-manual-backport', 'security'];
    expect(carriedLabels(labels, ['bug', 'security'], policy, 'needs-manual-backport')).toEqual(['bug', 'security']);
    expect(carriedLabels(labels, ['*'], policy, 'needs-manual-backport')).toEqual(['bug', 'area:api', 'security']);
    expect(carriedLabels(labels, [], policy, 'needs-manual-backport')).toEqual([]);
  });
});

describe('policy', () => {
  const major = release('v3.0.0', '2026-06-01T00:00:00Z');
  const at = (iso: string): Date => new Date(iso);

  it('allows fixes within the window after the latest major release and defers them afterwards', () => {
    expect(judgeBackport(fix, 'backport', policy, major, at('2026-06-30T23:00:00Z'))).toMatchObject({ allowed: true, rule: 'window' });
    const late = judgeBackport(fix, 'backport', policy, major, at('2026-07-01T00:00:00Z'));
    expect(late).toMatchObject({ allowed: false, rule: 'outside-window' });
    expect(late.reason).toContain('ended on 2026-07-01');
    expect(judgeBackport(fix, 'backport', policy, null, at('2026-06-02T00:00:00Z'))).toMatchObject({ allowed: false, rule: 'outside-window' });
  });

  it('always backports always-labels, never never-types, and always merges hotfixes back', () => {
    const late = at('2027-01-01T00:00:00Z');
    expect(judgeBackport({ ...fix, labels: ['security'] }, 'backport', policy, major, late)).toMatchObject({ allowed: true, rule: 'always-label' });
    expect(judgeBackport({ ...fix, title: 'feat(ui): dashboard' }, 'backport', policy, major, at('2026-06-02T00:00:00Z'))).toMatchObject({
      allowed: false,
      rule: 'never-type',
    });
    expect(judgeBackport({ ...fix, title: 'feat: x' }, 'merge-back', policy, null, late)).toMatchObject({ allowed: true, rule: 'hotfix' });
  });

  it('takes the latest published stable X.0.0 as the major release', () => {
    const releases = [
      release('v3.1.0', '2026-07-01T00:00:00Z'),
      release('v3.0.0', '2026-06-01T00:00:00Z'),
      release('v4.0.0-rc.1', '2026-07-02T00:00:00Z', { prerelease: true }),
      release('v4.0.0', null, { draft: true }),
      release('v2.0.0', '2026-01-01T00:00:00Z'),
    ];
    expect(latestMajorRelease(releases, policy)?.tagName).toBe('v3.0.0');
  });
});

describe('inputs', () => {
  const read = (values: Record<string, string>) => parseInputs(new InputReader(mapInputSource(values)));
  it('parses and explains bad values', () => {
    expect(read({ pr: '12', targets: 'stg, main', 'copy-labels': 'bug\nsecurity', conflict: 'draft' })).toMatchObject({
      pr: 12,
      targets: ['stg', 'main'],
      copyLabels: ['bug', 'security'],
      conflict: 'draft',
      mode: 'backport',
    });
    expect(() => read({ targets: '--upload-pack=x' })).toThrow(/Input "targets"/);
    expect(() => read({ mode: 'sweep' })).toThrow(/Valid values are: \[backport, audit\]/);
    expect(() => read({ 'committer-email': 'nobody' })).toThrow(/committer-email/);
  });
});
