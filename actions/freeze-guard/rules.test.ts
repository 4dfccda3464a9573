import { describe, expect, it } from 'vitest';
import { defaultPolicy, parsePolicy, type Policy } from '../../shared/config.ts';
import type { IssueEvent, Permission, Release } from '../../shared/github/index.ts';
import { freezeState, judge, type LazyFacts, type PullFacts } from './rules.ts';
import { latestMajorRelease } from '../../shared/releases.ts';

function release(tag: string, publishedAt: string | null, extra: Partial<Release> = {}): Release {
  return {
    id: 1,
    tagName: tag,
    name: tag,
    body: '',
    draft: false,
    prerelease: false,
    targetCommitish: 'main',
    htmlUrl: `https://example.test/releases/${tag}`,
    publishedAt,
    createdAt: publishedAt ?? '2026-01-01T00:00:00Z',
    ...extra,
  };
}

const at = (iso: string): Date => new Date(iso);

describe('freezeState', () => {
  const policy = defaultPolicy();

  it('is not frozen without a major release or window', () => {
    expect(freezeState(policy, [release('v3.1.0', '2026-11-20T00:00:00Z')], at('2026-11-23T00:00:00Z'))).toMatchObject({ frozen: false, ends: null });
  });

  it('freezes for after-major-days from the publication of the latest major release', () => {
    const releases = [release('v3.0.0', '2026-11-10T12:00:00Z'), release('v2.0.0', '2026-01-01T00:00:00Z')];
    const state = freezeState(policy, releases, at('2026-11-23T00:00:00Z'));
    expect(state.frozen).toBe(true);
    expect(state.ends?.toISOString()).toBe('2026-12-10T12:00:00.000Z');
    expect(state.active[0]).toMatchObject({ source: 'major-release', reason: '30-day code freeze after major release v3.0.0' });
    expect(freezeState(policy, releases, at('2026-12-10T12:00:00Z')).frozen).toBe(false);
    expect(freezeState(policy, releases, at('2026-12-10T11:59:59Z')).frozen).toBe(true);
  });

  it('ignores drafts, prereleases, unpublished and non-major releases', () => {
    const releases = [
      release('v4.0.0', null, { draft: true }),
      release('v4.0.0-rc.1', '2026-11-20T00:00:00Z', { prerelease: true }),
      release('v3.1.0', '2026-11-21T00:00:00Z'),
      release('v4.0.0', '2026-11-22T00:00:00Z', { prerelease: true }),
    ];
    expect(latestMajorRelease(releases, policy)).toBeNull();
  });

  it('honours explicit windows with an inclusive until day, and after-major-days: 0', async () => {
    const p = await parsePolicy('freeze:\n  after-major-days: 0\n  windows:\n    - {from: 2026-12-20, until: 2027-01-04, reason: holidays}\n');
    const releases = [release('v3.0.0', '2026-12-21T00:00:00Z')];
    expect(freezeState(p, releases, at('2026-12-19T23:59:59Z')).frozen).toBe(false);
    const state = freezeState(p, releases, at('2027-01-04T23:00:00Z'));
    expect(state).toMatchObject({ frozen: true, active: [{ source: 'window', reason: 'holidays' }] });
    expect(state.ends?.toISOString()).toBe('2027-01-05T00:00:00.000Z');
    expect(freezeState(p, releases, at('2027-01-05T00:00:00Z')).frozen).toBe(false);
  });
});

const pathsPolicy: Policy = await parsePolicy('freeze:\n  allow:\n    paths: ["docs/**", "**/*.md"]\n');

describe('judge', () => {
  const policy = pathsPolicy;
  const frozen = freezeState(policy, [release('v3.0.0', '2026-11-10T00:00:00Z')], at('2026-11-23T00:00:00Z'));

  function pr(title: string, extra: Partial<PullFacts> = {}): PullFacts {
    return { number: 7, title, body: '', author: 'alice', labels: [], headSha: 'a'.repeat(40), baseRef: 'dev', ...extra };
  }
  function lazy(
    files: string[] = ['src/app.ts'],
    events: IssueEvent[] = [],
    permissions: Record<string, Permission> = {},
    suite: { owned: boolean; kind: string; reason: string } | null = null,
  ): LazyFacts & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      suitePullRequest: async () => {
        calls.push('suite');
        return suite;
      },
      files: async () => {
        calls.push('files');
        return files;
      },
      labelEvents: async () => {
        calls.push('events');
        return events;
      },
      permission: async (user) => {
        calls.push(`permission:${user}`);
        return permissions[user] ?? 'none';
      },
    };
  }
  const labeled = (actor: string): IssueEvent => ({ event: 'labeled', actor, label: 'freeze-exception', createdAt: '2026-11-22T00:00:00Z' });

  it('does not judge when not frozen', async () => {
    const notFrozen = freezeState(policy, [], at('2026-11-23T00:00:00Z'));
    expect(await judge(pr('feat: x'), policy, notFrozen, lazy())).toMatchObject({ decision: 'not-frozen' });
  });

  it('allows fix and docs by type, blocks feat and breaking fixes', async () => {
    expect(await judge(pr('fix(api): null check'), policy, frozen, lazy())).toMatchObject({ decision: 'allowed', rule: 'type' });
    expect(await judge(pr('docs: install guide'), policy, frozen, lazy())).toMatchObject({ decision: 'allowed', rule: 'type' });
    const feat = await judge(pr('feat: new dashboard'), policy, frozen, lazy());
    expect(feat).toMatchObject({ decision: 'blocked' });
    expect(feat.reason).toBe('Code freeze: "feat" changes wait until 2026-12-10.');
    expect(await judge(pr('fix!: change the API'), policy, frozen, lazy())).toMatchObject({ decision: 'blocked' });
  });

  it('allows by label and by paths only when every file matches', async () => {
    expect(await judge(pr('Update things', { labels: ['bug'] }), policy, frozen, lazy())).toMatchObject({ decision: 'allowed', rule: 'label' });
    expect(await judge(pr('Update guide'), policy, frozen, lazy(['docs/a.md', 'README.md']))).toMatchObject({ decision: 'allowed', rule: 'paths' });
    expect(await judge(pr('Update guide'), policy, frozen, lazy(['docs/a.md', 'src/x.ts']))).toMatchObject({ decision: 'blocked' });
  });

  it('exempts pull requests the suite opened, and only those, asking only when the pull request would be blocked', async () => {
    const owned = { owned: true, kind: 'promotion', reason: '' };
    expect(await judge(pr('Release candidate v3.1.0-rc.1', { author: 'github-actions[bot]' }), policy, frozen, lazy([], [], {}, owned))).toMatchObject({
      decision: 'exempt',
      rule: 'suite-pr',
    });
    // Anyone can type the hidden marker: a pull request that is not the suite's is blocked, and says why.
    const foreign = { owned: false, kind: 'backport', reason: 'it was opened by dependabot[bot], not by the suite' };
    const sneaked = await judge(pr('feat: sneak in', { author: 'dependabot[bot]' }), policy, frozen, lazy([], [], {}, foreign));
    expect(sneaked).toMatchObject({ decision: 'blocked' });
    expect(sneaked.reason).toContain('Its backport marker is ignored: it was opened by dependabot[bot], not by the suite.');
    const allowed = lazy([], [], {}, owned);
    expect(await judge(pr('fix: allowed anyway'), policy, frozen, allowed)).toMatchObject({ decision: 'allowed' });
    expect(allowed.calls).not.toContain('suite');
  });

  it('counts only the exception label event that applied the label now on the pull request', async () => {
    const withLabel = pr('feat: urgent', { labels: ['freeze-exception'] });
    const unlabeled = (actor: string): IssueEvent => ({ event: 'unlabeled', actor, label: 'freeze-exception', createdAt: '2026-11-22T01:00:00Z' });
    // A maintainer granted it, then removed it; the author re-added it: the grant no longer counts.
    const readded = await judge(withLabel, policy, frozen, lazy([], [labeled('carol'), unlabeled('carol'), labeled('alice')], { carol: 'maintain' }));
    expect(readded.decision).toBe('blocked');
    expect(readded.reason).toContain('alice (who added it last) is the author');
    // Granted, removed, and the label is back from a writer: the writer decides (no).
    const byWriter = await judge(
      withLabel,
      policy,
      frozen,
      lazy([], [labeled('carol'), unlabeled('bob'), labeled('bob')], { carol: 'maintain', bob: 'write' }),
    );
    expect(byWriter.decision).toBe('blocked');
    // The latest grant by a maintainer counts even after an earlier refusal.
    expect(await judge(withLabel, policy, frozen, lazy([], [labeled('bob'), unlabeled('bob'), labeled('carol')], { carol: 'maintain' }))).toMatchObject({
      decision: 'allowed',
    });
  });

  it('counts the exception label only from a maintainer who is not the author', async () => {
    const withLabel = pr('feat: urgent', { labels: ['freeze-exception'] });
    const byAuthor = await judge(withLabel, policy, frozen, lazy([], [labeled('alice')]));
    expect(byAuthor.decision).toBe('blocked');
    expect(byAuthor.reason).toContain('alice (who added it last) is the author');
    const byWriter = await judge(withLabel, policy, frozen, lazy([], [labeled('bob')], { bob: 'write' }));
    expect(byWriter.reason).toContain('bob (who added it last) has write permission, not maintain or admin');
    const byMaintainer = await judge(withLabel, policy, frozen, lazy([], [labeled('bob'), labeled('carol')], { bob: 'write', carol: 'maintain' }));
    expect(byMaintainer).toMatchObject({ decision: 'allowed', rule: 'exception' });
    expect(byMaintainer.reason).toContain('carol (maintain)');
  });

  it('fetches files and events only when a rule needs them', async () => {
    const noPaths = defaultPolicy();
    const facts = lazy();
    await judge(pr('feat: x'), noPaths, freezeState(noPaths, [release('v3.0.0', '2026-11-10T00:00:00Z')], at('2026-11-23T00:00:00Z')), facts);
    expect(facts.calls).toEqual(['suite']);
  });
});
