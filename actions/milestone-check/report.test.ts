import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/config.ts';
import { parseTrigger } from '../../shared/trigger.ts';
import type { RunContext } from '../../shared/context.ts';
import { InputReader, mapInputSource } from '../../shared/inputs.ts';
import { defaultTargetBranch, parseInputs } from './main.ts';
import { pickCommand } from '../../shared/presence.ts';
import { renderReport, reportComment, type RepoReport } from './report.ts';

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
  it('checks production, or staging while the release PR into production is open', () => {
    const policy = defaultPolicy();
    const on = (event: string, payload: Record<string, unknown>) => ({ trigger: parseTrigger(event, payload) }) as RunContext;
    const pull = (base: string) => ({ pull_request: { number: 7, base: { ref: base } } });
    expect(defaultTargetBranch(policy, on('workflow_dispatch', {}))).toBe('main');
    expect(defaultTargetBranch(policy, on('pull_request', pull('main')))).toBe('stg');
    expect(defaultTargetBranch(policy, on('pull_request', pull('dev')))).toBe('main');
    // A payload that merely contains a pull request (an issue comment's) is not a pull request event.
    expect(defaultTargetBranch(policy, on('issue_comment', pull('main')))).toBe('main');
  });
});

describe('renderReport', () => {
  const base: RepoReport = {
    repo: 'acme/app',
    repoUrl: 'https://github.com/acme/app',
    targetBranch: 'main',
    milestone: { title: 'v3.2.0', number: 1, url: 'https://github.com/acme/app/milestone/1', state: 'open', status: 'found', dueOn: null, pastDue: false },
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
