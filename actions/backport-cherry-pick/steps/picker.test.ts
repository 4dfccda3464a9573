import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../../shared/logger.ts';
import { MAX_SPARSE_PATHS, remoteRef, Workspace } from './picker.ts';

// Real git: a bare "server" repo with a blob filter allowed, reached over file://, and the Workspace against it.

let root: string;
let bare: string;
let work: string;
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: '',
  GIT_AUTHOR_NAME: 'alice',
  GIT_AUTHOR_EMAIL: 'alice@example.com',
  GIT_COMMITTER_NAME: 'alice',
  GIT_COMMITTER_EMAIL: 'alice@example.com',
};
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();

async function commit(file: string, content: string, message: string): Promise<string> {
  await writeFile(join(work, file), content);
  git(work, 'add', file);
  git(work, 'commit', '-q', '-m', message);
  return git(work, 'rev-parse', 'HEAD');
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bp-picker-'));
  env.HOME = root;
  bare = join(root, 'server.git');
  work = join(root, 'work');
  git(root, 'init', '-q', '--bare', '--initial-branch=main', bare);
  git(bare, 'config', 'uploadpack.allowFilter', 'true');
  git(bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
  git(root, 'init', '-q', '--initial-branch=main', work);
  await commit('a.txt', '1\n2\n3\n', 'initial');
  git(work, 'branch', 'stg');
  git(work, 'switch', '-q', '-c', 'dev');
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function open(): Promise<Workspace> {
  return Workspace.open({
    parent: root,
    logger: new MemoryLogger(),
    serverUrl: 'http://unused.invalid',
    token: '',
    repo: { owner: 'o', repo: 'r' },
    identity: { name: 'bot', email: 'bot@example.com' },
    url: `file://${bare}`,
  });
}

describe('Workspace (real git)', () => {
  it('fetches blob-less, picks with -x keeping the author, and finds the change by trailer afterwards', async () => {
    const fix = await commit('a.txt', '1\nTWO\n3\n', 'fix: two');
    git(work, 'push', '-q', bare, 'main', 'stg', 'dev');
    const ws = await open();
    try {
      expect([...(await ws.existingBranches(['stg', 'nope']))]).toEqual(['stg']);
      await ws.fetch(['stg'], [fix]);
      expect(git(ws.git.cwd, 'config', 'remote.origin.promisor')).toBe('true');
      const plan = await ws.planPicks(fix, fix, [{ sha: fix, message: 'fix: two' }]);
      expect(plan.commits).toEqual([fix]);
      expect((await ws.findPresent(remoteRef('stg'), [fix])).size).toBe(0);
      const picked = await ws.pick('backport/1-to-stg', remoteRef('stg'), plan.commits, 'abort');
      expect(picked.outcome).toBe('picked');
      expect(git(ws.git.cwd, 'log', '-1', '--format=%an|%cn|%B', 'HEAD')).toBe(`alice|bot|fix: two\n\n(cherry picked from commit ${fix})`);
      await ws.push('backport/1-to-stg');
      git(work, 'fetch', '-q', bare, 'backport/1-to-stg:backport/1-to-stg');
      // Merging the backport makes the change present on stg by its trailer.
      git(work, 'push', '-q', bare, 'backport/1-to-stg:stg');
      await ws.fetch(['stg'], []);
      expect(await ws.findPresent(remoteRef('stg'), [fix])).toEqual(
        new Map([[fix, { proof: 'cherry-pick-trailer', on: git(work, 'rev-parse', 'backport/1-to-stg') }]]),
      );
      expect(await ws.findPresent(remoteRef('dev'), [fix]).catch(() => 'no ref')).toBe('no ref');
    } finally {
      await ws.dispose();
    }
  });

  it('tells rebase merges from squash merges by the subjects of the last N commits', async () => {
    const base = git(work, 'rev-parse', 'HEAD');
    const c1 = await commit('b.txt', 'b\n', 'fix: b');
    const c2 = await commit('c.txt', 'c\n', 'fix: c');
    git(work, 'push', '-q', bare, 'dev');
    const ws = await open();
    try {
      await ws.fetch(['dev'], [c2]);
      const prCommits = [
        { sha: 'a'.repeat(40), message: 'fix: b' },
        { sha: 'b'.repeat(40), message: 'fix: c' },
      ];
      expect(await ws.planPicks(c2, 'c'.repeat(40), prCommits)).toEqual({ method: 'rebase', commits: [c1, c2] });
      expect(await ws.planPicks(c2, 'c'.repeat(40), [prCommits[1]!, prCommits[0]!])).toEqual({ method: 'squash', commits: [c2] });
      expect(await ws.mergeBase(c1, base)).toBe(base);
    } finally {
      await ws.dispose();
    }
  });

  it('checks out only the files the picks change, follows a rename the target made, and commits a conflict outside that set as a draft', async () => {
    // main: many files; the target renamed one of them and changed another; dev fixes both.
    git(work, 'switch', '-q', 'main');
    for (let i = 0; i < 20; i++) await writeFile(join(work, `many-${i}.txt`), `${i}\n`);
    await writeFile(join(work, 'moved.txt'), 'alpha\nbeta\ngamma\ndelta\nepsilon\n');
    await writeFile(join(work, 'clash.txt'), 'one\n');
    git(work, 'add', '--all');
    git(work, 'commit', '-q', '-m', 'chore: files');
    git(work, 'switch', '-q', '-c', 'rel');
    git(work, 'mv', 'moved.txt', 'renamed.txt');
    await writeFile(join(work, 'clash.txt'), 'release\n');
    git(work, 'commit', '-q', '-am', 'chore: rename on the release branch');
    git(work, 'switch', '-q', 'main');
    git(work, 'switch', '-q', '-c', 'fixes');
    const fixMoved = await commit('moved.txt', 'alpha\nbeta\nGAMMA\ndelta\nepsilon\n', 'fix: gamma');
    const fixClash = await commit('clash.txt', 'fixed\n', 'fix: clash');
    git(work, 'push', '-q', bare, 'rel', 'fixes');
    const ws = await open();
    try {
      await ws.fetch(['rel'], [fixClash]);
      const clean = await ws.pick('backport/2-to-rel', remoteRef('rel'), [fixMoved], 'abort');
      expect(clean.outcome).toBe('picked');
      // Nothing but the picked commit's path is written, and the target has it under another name (renamed.txt,
      // outside the limit): no file at all, yet git carried the fix across the rename.
      expect((await readdir(ws.git.cwd)).filter((f) => f !== '.git').sort()).toEqual([]);
      expect(git(ws.git.cwd, 'show', 'HEAD:renamed.txt')).toBe('alpha\nbeta\nGAMMA\ndelta\nepsilon');
      expect(git(ws.git.cwd, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n')).toHaveLength(23);
      const draft = await ws.pick('backport/3-to-rel', remoteRef('rel'), [fixMoved, fixClash], 'commit');
      expect(draft.outcome).toBe('conflict');
      expect(draft.conflicts).toEqual([{ at: fixClash, files: ['clash.txt'] }]);
      expect(git(ws.git.cwd, 'show', 'HEAD:clash.txt')).toContain('<<<<<<<');
      expect(git(ws.git.cwd, 'show', 'HEAD:renamed.txt')).toContain('GAMMA');
      expect(git(ws.git.cwd, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n')).toHaveLength(23);
      expect(git(ws.git.cwd, 'status', '--porcelain')).toBe('');

      // A pick changing more paths than the limit takes is checked out whole.
      git(work, 'switch', '-q', 'fixes');
      for (let i = 0; i <= MAX_SPARSE_PATHS; i++) await writeFile(join(work, `wide-${i}.txt`), `${i}\n`);
      git(work, 'add', '--all');
      git(work, 'commit', '-q', '-m', 'fix: wide');
      const wide = git(work, 'rev-parse', 'HEAD');
      git(work, 'push', '-q', bare, 'fixes');
      await ws.fetch(['rel'], [wide]);
      expect((await ws.pick('backport/4-to-rel', remoteRef('rel'), [wide], 'abort')).outcome).toBe('picked');
      expect((await readdir(ws.git.cwd)).filter((f) => f !== '.git')).toHaveLength(23 + MAX_SPARSE_PATHS + 1);
    } finally {
      await ws.dispose();
    }
  });
});
