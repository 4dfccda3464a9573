import { describe, expect, it } from 'vitest';
import { findMarker } from '../../shared/markers.ts';
import { inline } from '../../shared/text.ts';
import { renderChecklistTemplate, renderRcBody, renderReleaseBody, VALIDATION_CHECKLIST } from './render.ts';
import { checklistItems, type RangeChanges } from './rules.ts';
import { pull } from './testkit.ts';

describe('bodies', () => {
  const changes: RangeChanges = { pulls: [pull(3, 'c1', 'feat: <b>bold</b> @team')], orphanCommits: [], issues: [{ number: 9, via: 3 }] };

  it('neutralises untrusted titles', () => {
    expect(inline('a <script>\n @org/team | x')).toBe('a &lt;script&gt; @\u200borg/team \\| x');
  });

  it("shows the milestone's due date, and past due only when the run's clock says so", () => {
    const milestone = {
      number: 7,
      title: 'v1.3.0',
      state: 'open' as const,
      htmlUrl: 'https://github.com/acme/app/milestone/7',
      openIssues: 2,
      closedIssues: 5,
      dueOn: '2027-01-15T08:00:00Z',
    };
    const body = (pastDue: boolean) =>
      renderRcBody({
        tag: 'v1.3.0-rc.1',
        version: '1.3.0',
        sha: 'a'.repeat(40),
        development: 'dev',
        staging: 'stg',
        headBranch: 'portal-release/rc-stg',
        previousTag: 'v1.2.0',
        changes,
        milestone: { title: 'v1.3.0', milestone, pastDue },
        serverUrl: 'https://github.com',
        repository: 'acme/app',
      });
    expect(body(false)).toContain('— 5 closed, 2 open. Due 2027-01-15.');
    expect(body(false)).not.toContain('past due');
    expect(body(true)).toContain('Due 2027-01-15 — **past due**');
    expect(body(false).replace(/ Due 2027-01-15\./, '')).toContain('— 5 closed, 2 open.');
  });

  it('carries the marker the gate and re-runs rely on', () => {
    const rc = renderRcBody({
      tag: 'v1.3.0-rc.1',
      version: '1.3.0',
      sha: 'a'.repeat(40),
      development: 'dev',
      staging: 'stg',
      headBranch: 'portal-release/rc-stg',
      previousTag: 'v1.2.0',
      changes,
      milestone: { title: 'v1.3.0', milestone: null },
      serverUrl: 'https://github.com',
      repository: 'acme/app',
    });
    expect(findMarker(rc, 'promotion')?.attrs).toEqual({ stage: 'rc', base: 'stg', tag: 'v1.3.0-rc.1', version: '1.3.0', sha: 'a'.repeat(40) });
    expect(rc).toContain('#3 feat: &lt;b&gt;bold&lt;/b&gt; @\u200bteam (alice)');
    expect(rc).toContain('- #9 (via #3)');
    const release = renderReleaseBody({
      tag: 'v1.3.0',
      version: '1.3.0',
      rcTag: 'v1.3.0-rc.1',
      sha: 'b'.repeat(40),
      staging: 'stg',
      production: 'main',
      headBranch: 'portal-release/release-main',
      previousTag: 'v1.2.0',
      changes,
      candidates: [{ number: 4, title: 'Release candidate v1.3.0-rc.1' }],
      milestone: { title: 'v1.3.0', milestone: null },
      checklist: VALIDATION_CHECKLIST.join('\n'),
      checklistSource: 'built-in',
      requiredApprovals: 2,
      gateContext: 'portal-release/release-gate',
    });
    expect(findMarker(release, 'release-pr')?.attrs).toMatchObject({ tag: 'v1.3.0', rc: 'v1.3.0-rc.1', sha: 'b'.repeat(40) });
    expect(checklistItems(release)).toHaveLength(5);
    expect(release).toContain('2 approval(s)');
  });

  it('fills checklist template placeholders', () => {
    expect(renderChecklistTemplate('- [ ] {tag} / {version} / {rc} {other}\n', { tag: 'v1.3.0', version: '1.3.0', rc: 'v1.3.0-rc.2' })).toBe(
      '- [ ] v1.3.0 / 1.3.0 / v1.3.0-rc.2 {other}',
    );
  });
});
