import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/config.ts';
import type { RunContext } from '../../shared/context.ts';
import { InputReader, mapInputSource } from '../../shared/inputs.ts';
import type { MilestoneItem } from './items.ts';
import { defaultTargetBranch, parseInputs, trainRepos } from './main.ts';
import { pickCommand } from '../../shared/presence.ts';
import { findBlockers, renderMilestoneTitle, renderReport, reportComment, type RepoReport } from './report.ts';

const rules = { blockerLabels: ['must-have', 'release-blocker'], requireAllClosed: false, triageLabels: [] as string[] };

function item(o: Partial<MilestoneItem> & { number: number }): MilestoneItem {
  return { kind: 'issue', title: `item ${o.number}`, url: `https://github.com/acme/app/issues/${o.number}`, state: 'open', labels: [], ...o };
}

describe('renderMilestoneTitle', () => {
  it('renders {tag} and {version}', () => {
    expect(renderMilestoneTitle('{tag}', '3.2.0', 'v')).toBe('v3.2.0');
    expect(renderMilestoneTitle('Release {version}', '3.2.0', 'v')).toBe('Release 3.2.0');
    expect(renderMilestoneTitle('backlog', undefined, 'v')).toBe('backlog');
  });
  it('asks for a version when the template needs one', () => {
    expect(() => renderMilestoneTitle('{tag}', undefined, 'v')).toThrow(/Set input "version"/);
  });
});

describe('findBlockers', () => {
  it('blocks on open must-haves (any case), not on other open items or closed ones', () => {
    const blockers = findBlockers(
      'acme/app',
      [item({ number: 1, labels: ['Must-Have'] }), item({ number: 2 }), item({ number: 3, labels: ['must-have'], state: 'closed' })],
      rules,
    );
    expect(blockers).toEqual([{ repo: 'acme/app', number: 1, title: 'item 1', url: expect.any(String), reason: 'open and labelled "Must-Have"' }]);
  });
  it('treats a blocker PR closed without merging as not fixed', () => {
    const blockers = findBlockers(
      'acme/app',
      [
        item({ number: 4, kind: 'pull', state: 'closed', labels: ['release-blocker'] }),
        item({ number: 5, kind: 'pull', state: 'merged', labels: ['release-blocker'] }),
      ],
      rules,
    );
    expect(blockers.map((b) => [b.number, b.reason])).toEqual([[4, 'labelled "release-blocker" but closed without merging (closed is not fixed)']]);
  });
  it('blocks every open item with require-all-closed, and open items missing triage labels', () => {
    const blockers = findBlockers('acme/app', [item({ number: 6, labels: ['severity:high'] }), item({ number: 7, state: 'closed' })], {
      ...rules,
      requireAllClosed: true,
      triageLabels: ['severity:', 'priority:'],
    });
    expect(blockers.map((b) => b.reason)).toEqual(['open (milestone.require-all-closed); no "priority:" label (milestone.triage-labels)']);
  });
});

describe('inputs and defaults', () => {
  const read = (values: Record<string, string>) => parseInputs(new InputReader(mapInputSource(values)));
  it('parses the train, booleans and the comment target', () => {
    const inputs = read({ repos: 'acme/web,\nacme/infra', 'create-missing': 'true', 'comment-on': '42' });
    expect(inputs.repos).toEqual([
      { owner: 'acme', repo: 'web' },
      { owner: 'acme', repo: 'infra' },
    ]);
    expect(inputs).toMatchObject({ createMissing: true, failOnBlockers: true, commentOn: 42, dryRun: false });
  });
  it('names the bad input', () => {
    expect(() => read({ repos: 'not a repo' })).toThrow(/Input "repos"/);
    expect(() => read({ 'comment-on': 'x' })).toThrow(/Input "comment-on"/);
    expect(() => read({ 'fail-on-blockers': 'yes' })).toThrow(/Valid values are: \[true, false\]/);
  });
  it('always puts the current repository first, without duplicates; the input replaces the policy list', () => {
    const current = { owner: 'acme', repo: 'app' };
    expect(trainRepos(current, [], ['acme/web', 'ACME/app']).map((r) => r.repo)).toEqual(['app', 'web']);
    expect(trainRepos(current, [{ owner: 'acme', repo: 'infra' }], ['acme/web']).map((r) => r.repo)).toEqual(['app', 'infra']);
  });
  it('checks production, or staging while the release PR into production is open', () => {
    const policy = defaultPolicy();
    const context = { payload: {} } as RunContext;
    expect(defaultTargetBranch(policy, context)).toBe('main');
    expect(defaultTargetBranch(policy, { ...context, payload: { pull_request: { base: { ref: 'main' } } } })).toBe('stg');
    expect(defaultTargetBranch(policy, { ...context, payload: { pull_request: { base: { ref: 'dev' } } } })).toBe('main');
  });
});

describe('renderReport', () => {
  const base: RepoReport = {
    repo: 'acme/app',
    repoUrl: 'https://github.com/acme/app',
    targetBranch: 'main',
    milestone: { title: 'v3.2.0', number: 1, url: 'https://github.com/acme/app/milestone/1', state: 'open', status: 'found' },
    counts: { issues: 1, pulls: 2, open: 0, merged: 2, changes: 2 },
    present: { ancestry: 1 },
    placed: [],
    unlinked: [],
    blockers: [],
    missing: [
      {
        repo: 'acme/app',
        number: 9,
        title: 'fix: a | b <script>',
        url: 'https://github.com/acme/app/pull/9',
        mergeCommit: 'a'.repeat(40),
        commits: ['a'.repeat(40)],
        command: pickCommand(['a'.repeat(40)]),
        reason: 'not an ancestor',
      },
    ],
  };
  it('renders the table, escapes titles and gives the pick commands', () => {
    const text = renderReport('v3.2.0', [base], false, { dryRun: false });
    expect(text).toContain('## ❌ Release milestone v3.2.0: not ready');
    expect(text).toContain('| 3 | 0 | 1/2 (1 merged) | 0 | 1 |');
    expect(text).toContain('fix: a \\| b &lt;script&gt;');
    expect(text).toContain(`git cherry-pick -x ${'a'.repeat(40)}   # #9`);
    expect(renderReport('v3.2.0', [base], false, { dryRun: false })).toBe(text);
  });

  it('keeps the comment within GitHub’s 65,536 characters, cutting whole lines and saying how many were left out', () => {
    const missing = Array.from({ length: 3000 }, (_, i) => ({ ...base.missing[0]!, number: i + 1, title: `fix: change number ${i + 1} ${'x'.repeat(40)}` }));
    const text = renderReport('v3.2.0', [{ ...base, missing }], false, { dryRun: false });
    expect(text.length).toBeGreaterThan(65_536);
    const comment = reportComment(text);
    expect([...comment].length).toBeLessThanOrEqual(65_536 - 200);
    expect(comment).toMatch(/_… and \d+ more line\(s\) not shown/);
    expect(comment.startsWith('## ❌ Release milestone v3.2.0: not ready')).toBe(true);
    expect(reportComment('short\nreport')).toBe('short\nreport');
  });
});
