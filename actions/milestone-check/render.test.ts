import { describe, expect, it } from 'vitest';
import { pickCommand } from '../../shared/presence.ts';
import { renderReport, reportComment, type RepoReport } from './render.ts';

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
