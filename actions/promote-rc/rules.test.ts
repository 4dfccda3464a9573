import { describe, expect, it } from 'vitest';
import type { ChangedFile, Permission, Review } from '../../shared/github/index.ts';
import { commit, pull } from './testkit.ts';
import { releaseTags } from '../../shared/versions.ts';
import {
  approvals,
  approversToCheck,
  bumpMessages,
  changesInRange,
  checklistItems,
  chooseRc,
  chooseVersion,
  closingIssues,
  contentVerdict,
  judgeGate,
} from './rules.ts';

const file = (filename: string, sha: string, status = 'modified', previousFilename: string | null = null): ChangedFile => ({
  filename,
  sha,
  status,
  previousFilename,
});
const names = { base: 'stg', head: 'dev' };

describe('contentVerdict (squash-safe "already on staging")', () => {
  it('is present when head has no commits of its own', () => {
    expect(contentVerdict({ aheadBy: 0, files: [] }, null, names).present).toBe(true);
  });

  it('is present when base holds the same blobs for every path head changed (squash merge)', () => {
    const v = contentVerdict(
      { aheadBy: 3, files: [file('a.ts', 'A2'), file('b.ts', 'B1', 'added')] },
      { files: [file('b.ts', 'B1', 'added'), file('a.ts', 'A2')] },
      names,
    );
    expect(v.present).toBe(true);
  });

  it('is not present when any changed path differs, and names it', () => {
    const v = contentVerdict({ aheadBy: 2, files: [file('a.ts', 'A3'), file('b.ts', 'B1')] }, { files: [file('a.ts', 'A2'), file('b.ts', 'B1')] }, names);
    expect(v).toMatchObject({ present: false, paths: ['a.ts'] });
  });

  it('treats deletions and renames by path', () => {
    const head = { aheadBy: 1, files: [file('old.ts', '0000', 'removed'), file('new.ts', 'N1', 'renamed', 'moved.ts')] };
    expect(contentVerdict(head, { files: [file('new.ts', 'N1', 'renamed', 'moved.ts'), file('old.ts', '0000', 'removed')] }, names).present).toBe(true);
    expect(contentVerdict(head, { files: [file('new.ts', 'N1', 'added')] }, names)).toMatchObject({ present: false, paths: ['old.ts', 'moved.ts'] });
  });

  it('is not present when base changed nothing, or when the file list is truncated', () => {
    expect(contentVerdict({ aheadBy: 1, files: [file('a', '1')] }, null, names).present).toBe(false);
    const many = Array.from({ length: 300 }, (_, i) => file(`f${i}`, 'x'));
    expect(contentVerdict({ aheadBy: 1, files: many }, { files: many }, names).present).toBe(false);
  });

  it('is present when the commits change no file (empty commits)', () => {
    expect(contentVerdict({ aheadBy: 2, files: [] }, null, names).present).toBe(true);
  });
});

describe('versions', () => {
  const tags = releaseTags(['v1.2.0', 'v1.3.0-rc.1', 'v1.3.0-rc.2', 'v1.1.0', 'v2.0.0-rc.1', 'nightly', 'v1.3.0-beta.1'], 'v');
  const latest = tags.find((t) => t.tag === 'v1.2.0')!;

  it('bumps the latest stable from conventional messages', () => {
    expect(chooseVersion({ latest, explicit: undefined, bump: 'auto', messages: ['fix: a', 'feat: b'], prefix: 'v' }).version).toBe('1.3.0');
    expect(chooseVersion({ latest, explicit: undefined, bump: 'auto', messages: ['fix: a', 'feat(api)!: b'], prefix: 'v' }).version).toBe('2.0.0');
    expect(chooseVersion({ latest, explicit: undefined, bump: 'auto', messages: ['fix: a\n\nBREAKING CHANGE: gone'], prefix: 'v' }).version).toBe('2.0.0');
    expect(chooseVersion({ latest, explicit: undefined, bump: 'auto', messages: ['Update readme'], prefix: 'v' })).toMatchObject({
      version: '1.2.1',
      bump: 'patch',
    });
    expect(chooseVersion({ latest, explicit: undefined, bump: 'minor', messages: ['feat!: x'], prefix: 'v' }).version).toBe('1.3.0');
    expect(chooseVersion({ latest: null, explicit: undefined, bump: 'auto', messages: ['feat: first'], prefix: 'v' }).version).toBe('0.1.0');
  });

  it('accepts an explicit version above the latest release and refuses a collision', () => {
    expect(chooseVersion({ latest, explicit: '1.4.0', bump: 'auto', messages: [], prefix: 'v' })).toMatchObject({ version: '1.4.0', bump: 'explicit' });
    expect(() => chooseVersion({ latest, explicit: '1.2.0', bump: 'auto', messages: [], prefix: 'v' })).toThrow(/v1\.2\.0 would collide/);
    expect(() => chooseVersion({ latest, explicit: '1.1.5', bump: 'auto', messages: [], prefix: 'v' })).toThrow(/above 1\.2\.0/);
  });

  it('numbers RCs per version, ignoring other versions and identifiers, and reuses the tag already on the commit', () => {
    expect(chooseRc(tags, '1.3.0', 'v', 'rc', 'other', 'sha')).toEqual({ tag: 'v1.3.0-rc.3', rc: 3, reused: false });
    expect(chooseRc(tags, '1.3.0', 'v', 'rc', 'sha', 'sha')).toEqual({ tag: 'v1.3.0-rc.2', rc: 2, reused: true });
    expect(chooseRc(tags, '1.4.0', 'v', 'rc', null, 'sha')).toEqual({ tag: 'v1.4.0-rc.1', rc: 1, reused: false });
  });
});

describe('changes in a range', () => {
  it('matches merged pull requests by merge commit and collects closed issues', () => {
    const commits = [
      commit('c1', 'feat: a (#3)'),
      commit('c2', 'direct push'),
      commit('c3', 'Merge pull request #5 from acme/x\n\nfix: b'),
      commit('c4', 'fix: inner'),
    ];
    const pulls = [
      pull(3, 'c1', 'feat: a', 'Closes #10, fixes #11'),
      pull(5, 'c3', 'fix: b', 'Resolves: #10'),
      pull(7, 'zz', 'feat: elsewhere'),
      pull(8, 'c2', 'never merged', '', false),
    ];
    const changes = changesInRange(commits, pulls);
    expect(changes.pulls.map((p) => p.number)).toEqual([3, 5]);
    expect(changes.orphanCommits.map((c) => c.sha)).toEqual(['c2', 'c4']);
    expect(changes.issues).toEqual([
      { number: 10, via: 3 },
      { number: 11, via: 3 },
    ]);
    expect(bumpMessages(changes, commits)).toEqual([
      'feat: a',
      'fix: b',
      'feat: a (#3)',
      'direct push',
      'Merge pull request #5 from acme/x\n\nfix: b',
      'fix: inner',
    ]);
  });

  it('finds closing keywords only', () => {
    expect(closingIssues('Fixes #1 and refs #2; closed #3, resolve #4')).toEqual([1, 3, 4]);
  });
});

describe('release gate', () => {
  it('reads task-list items outside code fences', () => {
    const body = '- [x] one\n* [ ] two\n1. [X] three\n```\n- [ ] not a box\n```\n- [] nope\n  - [ ] nested';
    expect(checklistItems(body)).toEqual([
      { text: 'one', done: true },
      { text: 'two', done: false },
      { text: 'three', done: true },
      { text: 'nested', done: false },
    ]);
  });

  const review = (id: number, author: string, state: string, commitId: string, at: string): Review => ({ id, author, state, commitId, submittedAt: at });
  const perms = new Map<string, Permission>([
    ['alice', 'write'],
    ['carol', 'admin'],
    ['bob', 'read'],
  ]);

  it('counts only the latest decisive review per person, on the head, with write access, not by the author', () => {
    const reviews = [
      review(1, 'alice', 'APPROVED', 'old', '2026-01-01T00:00:00Z'),
      review(2, 'carol', 'APPROVED', 'head', '2026-01-01T00:00:00Z'),
      review(3, 'carol', 'COMMENTED', 'head', '2026-01-02T00:00:00Z'),
      review(4, 'bob', 'APPROVED', 'head', '2026-01-01T00:00:00Z'),
      review(5, 'dave', 'APPROVED', 'head', '2026-01-01T00:00:00Z'),
      review(6, 'dave', 'CHANGES_REQUESTED', 'head', '2026-01-03T00:00:00Z'),
      review(7, 'bot', 'APPROVED', 'head', '2026-01-01T00:00:00Z'),
    ];
    expect(approvals(reviews, 'head', 'bot', perms)).toEqual({ counted: ['carol'], stale: ['alice'], unauthorised: ['bob'], changesRequested: ['dave'] });
    expect(approversToCheck(reviews, 'head', 'bot')).toEqual(['bob', 'carol']);
  });

  it('is green only with every box ticked, enough approvals and the pinned head', () => {
    const facts = { counted: ['carol'], stale: [], unauthorised: [], changesRequested: [] };
    const items = [{ text: 'a', done: true }];
    expect(judgeGate({ items, approvals: facts, required: 1, headSha: 'h'.repeat(40), pinnedSha: 'h'.repeat(40) })).toMatchObject({
      state: 'success',
      missing: [],
    });
    const red = judgeGate({
      items: [...items, { text: 'Rollback plan', done: false }],
      approvals: { ...facts, counted: [], stale: ['alice'] },
      required: 1,
      headSha: 'a'.repeat(40),
      pinnedSha: 'b'.repeat(40),
    });
    expect(red.state).toBe('failure');
    expect(red.missing).toEqual([
      expect.stringContaining('is not the pinned staging commit bbbbbbb'),
      '1 of 2 checklist item(s) not ticked: "Rollback plan".',
      expect.stringContaining('0 of 1 approval(s) on the current head aaaaaaa by people with write access (not counted, given before the latest push: alice)'),
    ]);
    expect(red.description).toBe('Missing: head is not the pinned commit; 1/2 checklist item(s) open; 0/1 approval(s) on head.');
    expect(judgeGate({ items: [], approvals: facts, required: 0, headSha: 'h', pinnedSha: 'h' }).missing).toEqual([
      'The validation checklist is missing from the description.',
    ]);
    const forged = judgeGate({
      items,
      approvals: facts,
      required: 1,
      headSha: 'c'.repeat(40),
      pinnedSha: 'c'.repeat(40),
      pinnedOnStaging: false,
      staging: 'stg',
    });
    expect(forged).toMatchObject({ state: 'failure', description: 'Missing: pinned commit not on staging.' });
    expect(forged.missing).toEqual(['The pinned commit ccccccc is not on stg: only a commit tested on staging may be released.']);
  });
});
