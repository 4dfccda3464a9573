// Adversarial: a person's comment that quotes the milestone report is never taken for the suite's.
import { beforeAll, expect, it } from 'vitest';
import { useSandbox } from '../../sandbox/use-sandbox.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { runCheck, uniqueName, writes } from './testkit.ts';

const sandbox = useSandbox();
let sb: Sandbox;

beforeAll(async () => {
  sb = sandbox();
});

it('never edits or deletes a person’s comment that quotes the report, keeps one report of its own, and a re-run writes nothing', async () => {
  const repo = await sb.createRepo(`acme/${uniqueName('ms-outsider')}`, { branches: ['dev', 'stg'], files: { 'README.md': '# app\n' } });
  repo.createMilestone('v1.0.0');
  await repo.commit('stg', { 'CHANGELOG.md': '1.0.0\n' }, 'docs: changelog');
  const pr = (await repo.openPullRequest({ head: 'stg', base: 'main', title: 'Release v1.0.0' })).number as number;
  const quoted = '<!-- portal-release:milestone-check -->\n> ## ✅ Release milestone v1.0.0: ready\n\nReally?';
  repo.addComment(pr, quoted, 'alice');

  const first = await runCheck(sb, repo, { version: '1.0.0', 'comment-on': pr });
  expect(first.exitCode, first.stdout).toBe(0);
  const authors = () => repo.comments(pr).map((c) => (c.user as { login: string }).login);
  expect(repo.comments(pr)[0]).toMatchObject({ body: quoted });
  expect(authors()).toEqual(['alice', 'github-actions[bot]']);

  sb.clearRequests();
  const again = await runCheck(sb, repo, { version: '1.0.0', 'comment-on': pr });
  expect(again.exitCode).toBe(0);
  expect(writes(sb.requests())).toEqual([]);
  expect(authors()).toEqual(['alice', 'github-actions[bot]']);
  expect(repo.comments(pr)[0]).toMatchObject({ body: quoted });
});
