// Bounded (shallow, blob-less) fetches must decide exactly as the whole history does. Real git: a bare server
// repository with a history long enough that a shallow fetch cuts through every proof, and the scratch clone.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../sandbox/index.ts';
import { BoundedHistory, depthToMergeBase, Git } from './git.ts';
import { MemoryLogger } from './logger.ts';
import { decidePresence, fetchForPresence, placeCommits, type MergedChange } from './presence.ts';

let root: string;
let server: string;
let work: string;
/** The same history served by the stand-in's git smart HTTP (`git http-backend`, protocol v2). */
let sb: Sandbox;
let httpUrl: string;
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (args: string[], cwd = work): string => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
const commit = (file: string, content: string, message: string): string => {
  execFileSync('bash', ['-c', 'printf "%s" "$1" > "$2"', '_', content, file], { cwd: work });
  git(['add', file]);
  git(['commit', '-q', '-m', message]);
  return git(['rev-parse', 'HEAD']);
};
const filler = (branch: string, n: number): void => {
  for (let i = 0; i < n; i++) commit(`${branch}-filler.txt`, `${branch} ${i}\n`, `chore: ${branch} filler ${i}`);
};

const c = {} as Record<string, string>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bounded-history-'));
  server = join(root, 'server.git');
  work = join(root, 'work');
  git(['init', '-q', '--bare', '--initial-branch=main', server], root);
  git(['config', 'uploadpack.allowFilter', 'true'], server);
  git(['config', 'uploadpack.allowAnySHA1InWant', 'true'], server);
  git(['init', '-q', '--initial-branch=main', work], root);
  commit('base.txt', 'base\n', 'initial');
  // A change merged long before dev and main diverged: on main by ancestry, far below both tips.
  c.early = commit('early.txt', 'early\n', 'fix: early (#1)');
  filler('common', 30);
  git(['checkout', '-q', '-b', 'dev']);
  c.picked = commit('picked.txt', 'picked\n', 'fix: picked with -x (#2)');
  c.samePatch = commit('same.txt', 'same\n', 'fix: same patch (#3)');
  filler('dev', 12);
  // A merge commit of a two-commit branch, its commits later brought to main without -x.
  git(['checkout', '-q', '-b', 'topic']);
  c.t1 = commit('t1.txt', 't1\n', 'fix: topic one');
  c.t2 = commit('t2.txt', 't2\n', 'fix: topic two');
  git(['checkout', '-q', 'dev']);
  git(['merge', '-q', '--no-ff', '-m', 'Merge pull request #4 from acme/topic', 'topic']);
  c.merge4 = git(['rev-parse', 'HEAD']);
  filler('dev2', 12);
  c.r1 = commit('r1.txt', 'one\n', 'fix: rebase part one');
  c.r2 = commit('r2.txt', 'two\n', 'fix: rebase part two');
  c.lost = commit('lost.txt', 'lost\n', 'fix: lost (#6)');
  git(['checkout', '-q', 'main']);
  // The picks land right after the divergence: a shallow fetch of main's tip does not reach them.
  git(['cherry-pick', '-x', c.picked]);
  commit('same.txt', 'same\n', 'Hotfix: the same change, written again');
  git(['cherry-pick', c.t1, c.t2]);
  filler('main', 25);
  git(['push', '-q', server, 'main', 'dev']);
  sb = await Sandbox.start();
  const repo = await sb.createRepo('acme/app', { defaultBranch: 'main', branches: ['dev'] });
  git(['push', '-q', '--force', repo.gitDir, 'main', 'dev']);
  httpUrl = `${sb.serverUrl}/acme/app.git`;
});

afterAll(async () => {
  await sb?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

function change(number: number, mergeCommit: string, commitCount = 1, lastCommitHeadline = ''): MergedChange {
  return { number, title: `#${number}`, url: `https://github.com/acme/app/pull/${number}`, mergeCommit, mergedAt: null, commitCount, lastCommitHeadline };
}

const changes = (): MergedChange[] => [
  change(1, c.early!),
  change(2, c.picked!),
  change(3, c.samePatch!),
  change(4, c.merge4!, 2, 'fix: topic two'),
  change(5, c.r2!, 2, 'fix: rebase part two'),
  change(6, c.lost!),
];

async function decide(
  depth: number | undefined,
  transport: 'file' | 'http' = 'file',
): Promise<{ verdicts: unknown; shallowAtFirst: boolean; extraFetches: number }> {
  const logger = new MemoryLogger();
  const scratch = await Git.scratch({ logger, parent: root, serverUrl: sb.serverUrl, token: sb.token });
  try {
    await scratch.addRemote('origin', transport === 'http' ? httpUrl : `file://${server}`);
    const history = await fetchForPresence(
      scratch,
      { targetBranch: 'main', mergeCommits: changes().map((x) => x.mergeCommit), baseBranches: ['dev'], depth },
      logger,
    );
    const shallowAtFirst = (await scratch.shallowCommits()).size > 0;
    const verdicts = await decidePresence({
      git: scratch,
      changes: changes(),
      logger,
      history,
      mergedInto: async () => ({ references: [], promotions: [] }),
    });
    return { verdicts, shallowAtFirst, extraFetches: history.extraFetches };
  } finally {
    await scratch.dispose();
  }
}

describe('bounded fetches decide as the whole history does (real git)', () => {
  it('milestone presence: ancestry far back, -x trailer, patch-id, a merge, a rebase chain and a missing change', async () => {
    const whole = await decide(undefined);
    expect(whole.shallowAtFirst).toBe(false);
    const byNumber = new Map((whole.verdicts as { number: number; present: boolean; method?: string }[]).map((v) => [v.number, v]));
    expect([1, 2, 3, 4, 5, 6].map((n) => [byNumber.get(n)!.present, byNumber.get(n)!.method])).toEqual([
      [true, 'ancestry'],
      [true, 'cherry-pick-trailer'],
      [true, 'patch-id'],
      [true, 'patch-id'],
      [false, undefined],
      [false, undefined],
    ]);
    // Depth 1 and 3 cut through every proof: the fetch is deepened (at worst to the whole history) until the
    // proofs' walks are whole, and every verdict, evidence and commit list equals the whole history's.
    for (const depth of [1, 3]) {
      const bounded = await decide(depth);
      expect(bounded.shallowAtFirst).toBe(true);
      expect(bounded.extraFetches).toBeGreaterThan(0);
      expect(bounded.verdicts).toEqual(whole.verdicts);
    }
  });

  it("deepens the same way through the stand-in's git smart HTTP (protocol v2 deepen and filter)", async () => {
    const whole = await decide(undefined, 'http');
    const bounded = await decide(3, 'http');
    expect(bounded.shallowAtFirst).toBe(true);
    expect(bounded.extraFetches).toBeGreaterThan(0);
    expect(bounded.verdicts).toEqual(whole.verdicts);
    expect(whole.verdicts).toEqual((await decide(undefined)).verdicts);
  });

  it('a depth from the divergence counts is enough on its own when the proofs stay above the merge base', async () => {
    const ahead = Number(git(['rev-list', '--count', 'main..dev']));
    const behind = Number(git(['rev-list', '--count', 'dev..main']));
    const onlyAboveBase = async (depth: number | undefined) => {
      const logger = new MemoryLogger();
      const scratch = await Git.scratch({ logger, parent: root });
      try {
        await scratch.addRemote('origin', `file://${server}`);
        const bounded = changes().filter((x) => x.number !== 1);
        const history = await fetchForPresence(
          scratch,
          { targetBranch: 'main', mergeCommits: bounded.map((x) => x.mergeCommit), baseBranches: ['dev'], depth },
          logger,
        );
        const verdicts = await decidePresence({
          git: scratch,
          changes: bounded,
          logger,
          history,
          mergedInto: async () => ({ references: [], promotions: [] }),
        });
        return { verdicts, shallow: (await scratch.shallowCommits()).size > 0, extraFetches: history.extraFetches };
      } finally {
        await scratch.dispose();
      }
    };
    const whole = await onlyAboveBase(undefined);
    const bounded = await onlyAboveBase(depthToMergeBase(ahead, behind, 1));
    expect(bounded.verdicts).toEqual(whole.verdicts);
    expect(bounded.shallow).toBe(true);
    expect(bounded.extraFetches).toBe(0);
  });

  it('backport placement: ancestry, trailer and patch-id found through a deepened fetch, as with the whole history', async () => {
    const place = async (depth: number | undefined) => {
      const logger = new MemoryLogger();
      const scratch = await Git.scratch({ logger, parent: root });
      try {
        await scratch.addRemote('origin', `file://${server}`);
        const history = new BoundedHistory(scratch, 'origin', ['+refs/heads/main:refs/remotes/origin/main', c.lost!, c.merge4!, c.early!], depth);
        await history.fetch();
        const picks = [c.early!, c.picked!, c.samePatch!, c.t1!, c.t2!, c.r1!, c.lost!];
        const found = new Map<string, unknown>();
        for (const p of picks) {
          const placed = await placeCommits(scratch, 'refs/remotes/origin/main', [p], [], { history: depth ? history : undefined });
          found.set(p, placed.get(p) ?? null);
        }
        return { found, extraFetches: history.extraFetches };
      } finally {
        await scratch.dispose();
      }
    };
    const whole = await place(undefined);
    expect([...whole.found.values()].map((x) => (x as { proof?: string } | null)?.proof ?? null)).toEqual([
      'ancestry',
      'cherry-pick-trailer',
      'patch-id',
      'patch-id',
      'patch-id',
      null,
      null,
    ]);
    const bounded = await place(2);
    expect(bounded.extraFetches).toBeGreaterThan(0);
    expect(bounded.found).toEqual(whole.found);
  });
});
