import { describe, expect, it } from 'vitest';
import { findBlockers, isPastDue, renderMilestoneTitle, type MilestoneEntry } from './milestone.ts';

const rules = { blockerLabels: ['must-have', 'release-blocker'], requireAllClosed: false, triageLabels: [] as string[] };

function item(o: Partial<MilestoneEntry> & { number: number }): MilestoneEntry {
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

describe('isPastDue', () => {
  const now = new Date('2027-01-15T08:00:00Z');
  it('is past due only when open, dated, and the date is before now', () => {
    expect(isPastDue({ state: 'open', dueOn: '2027-01-15T07:59:59Z' }, now)).toBe(true);
    expect(isPastDue({ state: 'open', dueOn: '2027-01-15T08:00:00Z' }, now)).toBe(false);
    expect(isPastDue({ state: 'closed', dueOn: '2020-01-01T00:00:00Z' }, now)).toBe(false);
    expect(isPastDue({ state: 'open', dueOn: null }, now)).toBe(false);
    expect(isPastDue({ state: 'open', dueOn: 'not a date' }, now)).toBe(false);
    expect(isPastDue(null, now)).toBe(false);
  });
});
