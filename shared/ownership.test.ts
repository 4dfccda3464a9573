// Who the suite is, and which pull requests are its own: against the stand-in's per-token identities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RepoHandle } from '../sandbox/index.ts';
import { parsePolicy } from './config.ts';
import { createOctokit, GitHub, toPullRequest } from './github/index.ts';
import { ACTIONS_BOT, SuiteIdentity } from './identity.ts';
import { MemoryLogger } from './logger.ts';
import { renderMarker } from './markers.ts';
import { IgnoredMarkers, judgeMarkedPullRequest, judgePullRequest, promotionRole } from './ownership.ts';
import { boundBody, boundedList, boundTitle, inline } from './text.ts';

let sb: Sandbox;
let repo: RepoHandle;
const r = { owner: 'acme', repo: 'own' };
const policy = await parsePolicy('');

beforeAll(async () => {
  sb = await Sandbox.start();
  repo = await sb.createRepo('acme/own', { defaultBranch: 'main', branches: ['dev', 'stg'], files: { 'a.txt': 'a\n' } });
});
afterAll(async () => {
  await sb?.close();
});

function port(token: string): GitHub {
  const logger = new MemoryLogger();
  return new GitHub(createOctokit({ token, apiUrl: sb.apiUrl, logger, retryBaseMs: 10 }), logger);
}

const graphqlCalls = (from: number) =>
  sb
    .requests()
    .slice(from)
    .filter((e) => e.route === 'graphql');

describe('SuiteIdentity', () => {
  it('learns the token’s login from GraphQL viewer once per run, for installation and user tokens', async () => {
    const app = port(sb.addToken('release-app[bot]', undefined, { installation: true }));
    const start = sb.requests().length;
    const identity = new SuiteIdentity(app);
    expect(await identity.isSuite('release-app[bot]')).toBe(true);
    expect(await identity.isSuite('RELEASE-APP[bot]')).toBe(true);
    expect(await identity.isSuite('github-actions[bot]')).toBe(false);
    expect(await new SuiteIdentity(app).isSuite('mallory')).toBe(false);
    expect(graphqlCalls(start)).toHaveLength(1);
    expect(
      sb
        .requests()
        .slice(start)
        .filter((e) => e.route !== 'graphql'),
    ).toEqual([]);
    expect(await new SuiteIdentity(port(sb.addToken('carol'))).tokenLogin()).toBe('carol');
  });

  it('falls back to github-actions[bot] when the viewer query is refused', async () => {
    const refused = port(sb.addToken(ACTIONS_BOT, undefined, { installation: true, viewer: false }));
    const identity = new SuiteIdentity(refused);
    expect(await identity.tokenLogin()).toBe(ACTIONS_BOT);
    expect(await identity.describe()).toContain("the job's GITHUB_TOKEN");
  });

  it('trusts the policy’s logins without asking, and never an empty login', async () => {
    const github = port(sb.token);
    const start = sb.requests().length;
    const identity = new SuiteIdentity(github, ['old-release-app[bot]']);
    expect(await identity.isSuite('old-release-app[bot]')).toBe(true);
    expect(await identity.isSuite('')).toBe(false);
    expect(graphqlCalls(start)).toEqual([]);
  });

  it('accepts trusted-logins in the policy file and refuses what is not a login', async () => {
    expect((await parsePolicy('trusted-logins: ["release-app[bot]", ops-bot]\n')).trustedLogins).toEqual(['release-app[bot]', 'ops-bot']);
    expect((await parsePolicy('')).trustedLogins).toEqual([]);
    await expect(parsePolicy('trusted-logins: ["a b"]\n')).rejects.toThrow(/trusted-logins.0 has an invalid format/);
  });
});

describe('judgePullRequest', () => {
  it('owns only what the suite opened from its branch, into the role’s base, at the pinned commit', async () => {
    const github = port(sb.token);
    const identity = new SuiteIdentity(github);
    const stgSha = (await repo.refSha('stg'))!;
    await repo.commit('stg', { 'b.txt': 'b\n' }, 'b');
    const head = (await repo.refSha('stg'))!;
    await repo.git(['update-ref', 'refs/heads/portal-release/release-main', head]);
    const marker = (sha: string) => renderMarker('release-pr', { stage: 'release', base: 'main', tag: 'v1.0.0', version: '1.0.0', rc: 'v1.0.0-rc.1', sha });
    const suite = toPullRequest(
      await repo.openPullRequest({ head: 'portal-release/release-main', base: 'main', title: 'Release v1.0.0', body: marker(head), user: ACTIONS_BOT }),
    );
    const role = promotionRole('release-pr', policy);
    const ctx = { repo: r, identity };
    expect(await judgePullRequest(suite, 'release-pr', role, ctx)).toMatchObject({ verdict: 'suite', marker: { attrs: { version: '1.0.0' } } });
    expect(await judgePullRequest({ ...suite, author: 'mallory' }, 'release-pr', role, ctx)).toMatchObject({
      verdict: 'foreign',
      marked: true,
      reason: 'it was opened by mallory, not by the suite',
    });
    expect(await judgePullRequest({ ...suite, headRepo: 'mallory/own' }, 'release-pr', role, ctx)).toMatchObject({ verdict: 'foreign' });
    expect(await judgePullRequest({ ...suite, baseRef: 'dev' }, 'release-pr', role, ctx)).toMatchObject({ verdict: 'foreign' });
    expect(await judgePullRequest({ ...suite, body: marker(stgSha) }, 'release-pr', role, ctx)).toMatchObject({ verdict: 'suite-moved' });
    expect(await judgePullRequest({ ...suite, body: 'edited, marker gone' }, 'release-pr', role, ctx)).toEqual({ verdict: 'suite', marker: undefined });

    const ignored = new IgnoredMarkers();
    const judged = await judgeMarkedPullRequest({ ...suite, author: 'dependabot[bot]' }, policy, ctx);
    expect(judged?.kind).toBe('release-pr');
    expect(ignored.notePull(suite, 'release-pr', judged!.ownership)).toBe(true);
    expect(ignored.summary().join('\n')).toContain(
      `#${suite.number} carries a \`release-pr\` marker, but it was opened by dependabot\\[bot\\], not by the suite`,
    );
    expect(await judgeMarkedPullRequest({ ...suite, body: 'no marker' }, policy, ctx)).toBeNull();
  });
});

describe('untrusted text', () => {
  it('renders no mention, team ping, link, image or HTML from a title', () => {
    const title = '@org/admins see [x](https://evil.example) ![i](http://e/i.png) <img src=x> www.evil.example | ok';
    const out = inline(title);
    expect(out).not.toMatch(/@[A-Za-z]/);
    expect(out).not.toMatch(/(?<!\\)\[/);
    expect(out).not.toMatch(/https?:\/\//);
    expect(out).not.toMatch(/<img/);
    expect(out).not.toMatch(/www\./);
    expect(out).toContain('\\|');
  });

  it('keeps titles and bodies within GitHub’s limits and says what was cut', () => {
    expect([...boundTitle('t'.repeat(300))]).toHaveLength(256);
    expect(boundedList([1, 2, 3, 4], 2, (n) => `- ${n}`)).toEqual(['- 1', '- 2', '- … and 2 more']);
    const body = boundBody(
      Array.from({ length: 2000 }, (_, i) => `line ${i} ${'x'.repeat(60)}`),
      ['<sub>end</sub>'],
    );
    expect([...body].length).toBeLessThanOrEqual(65536);
    expect(body).toMatch(/… and \d+ more line\(s\) not shown/);
    expect(body.endsWith('<sub>end</sub>')).toBe(true);
  });
});
