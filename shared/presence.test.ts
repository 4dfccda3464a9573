// Real git: a bare "server" repository (partial-clone capable) and the scratch clone the action uses.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from './git.ts';
import { MemoryLogger } from './logger.ts';
import { decidePresence, fetchForPresence, referencesPull, trailerFor, type BackportPull, type MergedChange, type PresenceVerdict } from './presence.ts';

let root: string;
let server: string;
let work: string;
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

const c = {} as Record<string, string>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'milestone-presence-'));
  server = join(root, 'server.git');
  work = join(root, 'work');
  git(['init', '-q', '--bare', '--initial-branch=main', server], root);
  git(['config', 'uploadpack.allowFilter', 'true'], server);
  git(['config', 'uploadpack.allowAnySHA1InWant', 'true'], server);
  git(['init', '-q', '--initial-branch=main', work], root);
  commit('base.txt', 'base\n', 'initial');
  c.onMain = commit('main.txt', 'main\n', 'fix: landed on main directly');
  git(['checkout', '-q', '-b', 'dev']);
  // A rebase merge of two commits: the last N first-parent commits of dev.
  c.r1 = commit('r1.txt', 'one\n', 'fix: rebase part one');
  c.r2 = commit('r2.txt', 'two\n', 'fix: rebase part two');
  // A squash merge later cherry-picked with -x.
  c.squashPicked = commit('s.txt', 'picked\n', 'fix: picked with -x (#2)');
  // A merge commit of a two-commit branch, its commits later picked without -x.
  git(['checkout', '-q', '-b', 'topic']);
  c.t1 = commit('t1.txt', 't1\n', 'fix: topic one');
  c.t2 = commit('t2.txt', 't2\n', 'fix: topic two');
  git(['checkout', '-q', 'dev']);
  git(['merge', '-q', '--no-ff', '-m', 'Merge pull request #3 from acme/topic', 'topic']);
  c.merge3 = git(['rev-parse', 'HEAD']);
  // A squash of two changes, brought to main as one equal patch.
  c.squash4 = commit('four.txt', 'four\nand more\n', 'fix: four (#4)');
  c.backported = commit('six.txt', 'six\n', 'fix: six (#6)');
  c.lost = commit('seven.txt', 'seven\n', 'fix: seven (#7)');
  // A merge commit of two commits, brought to main squashed into one commit (equal whole change).
  git(['checkout', '-q', '-b', 'topic2']);
  commit('u.txt', 'u1\n', 'fix: u part one');
  commit('u.txt', 'u1\nu2\n', 'fix: u part two');
  git(['checkout', '-q', 'dev']);
  git(['merge', '-q', '--no-ff', '-m', 'Merge pull request #11 from acme/topic2', 'topic2']);
  c.merge11 = git(['rev-parse', 'HEAD']);
  git(['checkout', '-q', 'main']);
  git(['cherry-pick', '-x', c.squashPicked]);
  git(['cherry-pick', c.t1, c.t2]);
  commit('four.txt', 'four\nand more\n', 'Backport four, reworded');
  commit('u.txt', 'u1\nu2\n', 'fix: u, squashed for main');
  c.backportSix = commit('six.txt', 'six, reworked\n', 'fix: six, reworked for main (#8)');
  c.notOnMain = git(['rev-parse', 'dev']);
  git(['push', '-q', server, 'main', 'dev']);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

function change(number: number, mergeCommit: string, commitCount = 1, lastCommitHeadline = ''): MergedChange {
  return {
    number,
    title: `#${number}`,
    url: `https://github.com/acme/app/pull/${number}`,
    mergeCommit,
    mergedAt: '2026-01-01T00:00:00Z',
    commitCount,
    lastCommitHeadline,
  };
}

async function decide(
  changes: MergedChange[],
  backports: BackportPull[] = [],
): Promise<{ verdicts: Map<number, PresenceVerdict>; asked: number[][]; partial: boolean }> {
  const logger = new MemoryLogger();
  const scratch = await Git.scratch({ logger, parent: root });
  const asked: number[][] = [];
  try {
    await scratch.addRemote('origin', `file://${server}`);
    await fetchForPresence(scratch, { targetBranch: 'main', mergeCommits: changes.map((x) => x.mergeCommit), baseBranches: ['dev'] }, logger);
    const partial = /^\?/m.test(await scratch.run(['rev-list', '--objects', '--missing=print', 'refs/portal-release/target']));
    const verdicts = await decidePresence({
      git: scratch,
      changes,
      logger,
      mergedInto: async (pending) => {
        asked.push(pending.map((p) => p.number));
        return { references: backports, promotions: [] };
      },
    });
    return { verdicts: new Map(verdicts.map((v) => [v.number, v])), asked, partial };
  } finally {
    await scratch.dispose();
  }
}

describe('decidePresence (real git, blobless partial clone)', () => {
  it('decides by ancestry, -x trailer, patch-id (per commit and whole change), backport PR, in that order', async () => {
    const { verdicts, asked, partial } = await decide(
      [
        change(1, c.r2!, 2, 'fix: rebase part two'),
        change(2, c.squashPicked!),
        change(3, c.merge3!, 2, 'fix: topic two'),
        change(4, c.squash4!),
        change(5, c.onMain!),
        change(6, c.backported!),
        change(7, c.lost!),
        change(11, c.merge11!, 2, 'fix: u part two'),
      ],
      [
        { number: 8, url: '', title: 'fix: six (backport)', body: 'Backport of #6', mergeCommit: c.backportSix! },
        { number: 9, url: '', title: 'fix: seven', body: 'Backport of #7', mergeCommit: c.notOnMain! },
      ],
    );
    expect(partial).toBe(true);
    const got = (n: number) => ({ present: verdicts.get(n)!.present, method: verdicts.get(n)!.method, commits: verdicts.get(n)!.commits });
    expect(got(1)).toEqual({ present: false, method: undefined, commits: [c.r1, c.r2] });
    expect(got(2)).toEqual({ present: true, method: 'cherry-pick-trailer', commits: [c.squashPicked] });
    expect(got(3)).toEqual({ present: true, method: 'patch-id', commits: [c.t1, c.t2] });
    expect(got(4)).toEqual({ present: true, method: 'patch-id', commits: [c.squash4] });
    expect(got(5)).toEqual({ present: true, method: 'ancestry', commits: [c.onMain] });
    expect(got(6)).toEqual({ present: true, method: 'backport-reference', commits: [c.backported] });
    expect(verdicts.get(6)!.evidence).toBe('backported by #8 ("Backport of #N", touches its 1 file(s))');
    expect(got(11)).toMatchObject({ present: true, method: 'patch-id-whole' });
    expect(got(11).commits).toHaveLength(2);
    // #9 references #7 but its merge commit is not on main: #7 stays missing.
    expect(got(7)).toEqual({ present: false, method: undefined, commits: [c.lost] });
    // The API is asked once, only about what git could not place.
    expect(asked).toEqual([[1, 6, 7]]);
  });

  it('asks nothing of the API when git places everything', async () => {
    const { verdicts, asked } = await decide([change(5, c.onMain!), change(2, c.squashPicked!)]);
    expect([...verdicts.values()].every((v) => v.present)).toBe(true);
    expect(asked).toEqual([]);
  });

  it('falls back to the base branches when a merge commit cannot be fetched by id, and reports it', async () => {
    const ghost = 'f'.repeat(40);
    const { verdicts } = await decide([change(5, c.onMain!), change(10, ghost)]);
    expect(verdicts.get(5)!.present).toBe(true);
    expect(verdicts.get(10)).toMatchObject({ present: false, commits: [], evidence: expect.stringContaining('could not be fetched') });
  });

  it('computes patch-ids of exactly the listed commits, never of their history', async () => {
    // A regression guard: walking the history below the listed commits made presence checks on
    // a 50,000-commit repository fetch blob after blob for minutes.
    const repo = new Git({ cwd: work, logger: new MemoryLogger() });
    const listed = [c.t1!, c.t2!];
    const ids = await repo.patchIds(listed, { noMerges: true });
    expect([...ids.keys()].sort()).toEqual([...listed].sort());
  });
});

describe('referencesPull: the default wordings of common backport tools', () => {
  const url = 'https://github.com/acme/app/pull/42';
  const says = (title: string, body = '', extra: string[] = []) => referencesPull({ title, body }, 42, url, extra);
  it.each([
    ['korthout/backport-action', '[Backport stg] fix: crash', 'Backport of #42 to `stg`.'],
    ['sorenlouv/backport title', '[stg] fix: crash (#42)', ''],
    [
      'sorenlouv/backport body',
      '[stg] fix: crash',
      '# Backport\n\nThis will backport the following commits from `main` to `stg`:\n - [fix: crash (#42)](https://github.com/acme/app/pull/42)',
    ],
    ['Mergify title', 'fix: crash (backport #42)', ''],
    ['Mergify body', 'fix: crash', 'This is an automatic backport of pull request #42 done by [Mergify](https://mergify.com).'],
    ['cherry-pick wording', 'fix: crash', 'Automated cherry-pick of #42 to stg.'],
    ['a link', 'fix: crash', `Same as ${url}, for stg.`],
    ['qualified reference', 'fix: crash', 'Backport of acme/app#42'],
  ])('%s', (_tool, title, body) => {
    expect(says(title, body)).not.toBeNull();
  });
  it('ignores other numbers, mentions and reverts; accepts policy patterns', () => {
    expect(says('fix: crash (#421)', 'Backport of #4')).toBeNull();
    expect(says('fix: crash', `Related to #42, see ${url}/files`)).toBeNull();
    expect(says('Revert "fix: crash (#42)"', '')).toBeNull();
    expect(says('fix: crash', 'ported from !42')).toBeNull();
    expect(says('fix: crash', 'ported from !42', ['ported from !{number}\\b'])).toBe('ported from !{number}\\b');
  });
  it('finds abbreviated -x trailers', () => {
    const named = new Map([['abcdef1', 'c1']]);
    expect(trailerFor(named, `abcdef1${'0'.repeat(33)}`)).toBe('c1');
    expect(trailerFor(named, `abcdef2${'0'.repeat(33)}`)).toBeUndefined();
  });
});

describe('referencesPull: the wordings accepted before', () => {
  const url = 'https://github.com/acme/app/pull/12';
  it('accepts "Backport of #N", a link, and a portal-release backport marker', () => {
    expect(referencesPull({ title: 'fix: x', body: 'Backport of #12 to main' }, 12, url)).not.toBeNull();
    expect(referencesPull({ title: '[main] fix: x (backport of acme/app#12)', body: '' }, 12, url)).not.toBeNull();
    expect(referencesPull({ title: 'fix', body: `Backported from ${url}.` }, 12, url)).not.toBeNull();
    expect(referencesPull({ title: 'fix', body: '<!-- portal-release:backport source=12 target=main -->\nbody' }, 12, url)).not.toBeNull();
  });
  it('refuses other numbers and mere mentions', () => {
    expect(referencesPull({ title: 'fix', body: 'Backport of #123' }, 12, url)).toBeNull();
    expect(referencesPull({ title: 'fix', body: `Backported from ${url}3` }, 12, url)).toBeNull();
    expect(referencesPull({ title: 'fix', body: 'See #12' }, 12, url)).toBeNull();
    expect(referencesPull({ title: 'fix', body: '<!-- portal-release:backport source=13 -->' }, 12, url)).toBeNull();
  });
});
