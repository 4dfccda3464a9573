import { describe, expect, it } from 'vitest';
import { bumpFor, parseConventional } from './conventional.ts';
import {
  bumpVersion,
  formatTag,
  isMajorRelease,
  latestStable,
  nextRcNumber,
  parseReleaseTag,
  parseStableVersion,
  previousTagFor,
  releaseTags,
} from './versions.ts';

describe('release tags', () => {
  it('parses stable and rc tags with the prefix', () => {
    expect(parseReleaseTag('v3.2.0', 'v')).toEqual({ tag: 'v3.2.0', version: '3.2.0', base: '3.2.0', rc: null, major: 3 });
    expect(parseReleaseTag('v3.2.0-rc.4', 'v')).toMatchObject({ base: '3.2.0', rc: 4 });
    expect(parseReleaseTag('release-1.0.0', 'release-')).toMatchObject({ version: '1.0.0' });
  });

  it('ignores tags of other shapes', () => {
    for (const t of ['3.2.0', 'v3', 'v3.2', 'v3.2.0-beta.1', 'v3.2.0-rc.x', 'v03.2.0', 'v3.2.0+build', 'v3.2.0-rc.1.2']) {
      expect(parseReleaseTag(t, 'v'), t).toBeNull();
    }
  });

  it('orders tags, finds the latest stable and the next rc', () => {
    const tags = releaseTags(['v3.1.0', 'v3.2.0-rc.1', 'v3.2.0-rc.2', 'v3.1.1', 'v2.9.9', 'junk', 'v3.3.0-rc.1'], 'v');
    expect(tags.map((t) => t.tag)).toEqual(['v3.3.0-rc.1', 'v3.2.0-rc.2', 'v3.2.0-rc.1', 'v3.1.1', 'v3.1.0', 'v2.9.9']);
    expect(latestStable(tags)?.tag).toBe('v3.1.1');
    expect(nextRcNumber(tags, '3.2.0')).toBe(3);
    expect(nextRcNumber(tags, '3.4.0')).toBe(1);
    expect(formatTag('v', '3.2.0', 3)).toBe('v3.2.0-rc.3');
  });

  it('chooses the previous tag for notes: stable from stable, rc.1 from stable, rc.N from rc.N-1', () => {
    const tags = releaseTags(['v3.1.0', 'v3.2.0-rc.1', 'v3.2.0-rc.2', 'v3.2.0-rc.3', 'v3.2.0'], 'v');
    const find = (t: string) => tags.find((x) => x.tag === t)!;
    expect(previousTagFor(find('v3.2.0'), tags)?.tag).toBe('v3.1.0');
    expect(previousTagFor(find('v3.2.0-rc.1'), tags)?.tag).toBe('v3.1.0');
    expect(previousTagFor(find('v3.2.0-rc.3'), tags)?.tag).toBe('v3.2.0-rc.2');
    expect(previousTagFor(find('v3.1.0'), tags)).toBeNull();
  });

  it('validates a version given by a person', () => {
    expect(parseStableVersion('v3.2.0', 'v')).toBe('3.2.0');
    expect(parseStableVersion('3.2.0', 'v')).toBe('3.2.0');
    expect(() => parseStableVersion('3.2', 'v')).toThrow(/Input "version": "3.2" is not a stable version/);
    expect(() => parseStableVersion('3.2.0-rc.1', 'v')).toThrow(/not a stable version/);
    expect(() => parseStableVersion('$(id)', 'v')).toThrow(/not a stable version/);
    const long = (() => {
      try {
        parseStableVersion('9'.repeat(65_536), 'v');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(long).toContain('… (65536 characters)');
    expect(long.length).toBeLessThan(300);
  });

  it('bumps and recognises a major release', () => {
    expect(bumpVersion('3.1.4', 'minor')).toBe('3.2.0');
    expect(bumpVersion('3.1.4', 'major')).toBe('4.0.0');
    expect(isMajorRelease('4.0.0')).toBe(true);
    expect(isMajorRelease('4.1.0')).toBe(false);
    expect(isMajorRelease('4.0.0-rc.1')).toBe(false);
  });
});

describe('conventional commits', () => {
  it('parses type, scope and breaking marks', () => {
    expect(parseConventional('feat(api)!: drop v1')).toEqual({ type: 'feat', scope: 'api', subject: 'drop v1', breaking: true });
    expect(parseConventional('fix: null check')).toMatchObject({ type: 'fix', breaking: false });
    expect(parseConventional('refactor: x\n\nBREAKING CHANGE: removes y')).toMatchObject({ type: 'refactor', breaking: true });
    expect(parseConventional('Update README')).toMatchObject({ type: null, breaking: false });
  });

  it('derives the bump from messages', () => {
    expect(bumpFor(['fix: a', 'docs: b'])).toBe('patch');
    expect(bumpFor(['fix: a', 'feat: b'])).toBe('minor');
    expect(bumpFor(['feat: a', 'feat!: b'])).toBe('major');
    expect(bumpFor(['chore: a\n\nBREAKING CHANGE: z'])).toBe('major');
    expect(bumpFor(['Merge branch x'])).toBeNull();
  });
});
