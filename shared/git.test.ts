import { createServer, type IncomingHttpHeaders } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git, sparsePattern } from './git.ts';
import { MemoryLogger } from './logger.ts';

const identity = { name: 'Portal Release', email: 'portal-release@example.invalid' };
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'git-test-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function repoWith(files: Record<string, string>[]): Promise<{ git: Git; shas: string[] }> {
  const git = await Git.scratch({ logger: new MemoryLogger(), identity, parent: root });
  const shas: string[] = [];
  for (const [i, commit] of files.entries()) {
    for (const [path, content] of Object.entries(commit)) {
      await import('node:fs/promises').then((fs) => fs.writeFile(join(git.cwd, path), content));
      await git.run(['add', '--', path]);
    }
    await git.run(['commit', '--quiet', '-m', `commit ${i}`]);
    shas.push((await git.revParse('HEAD'))!);
  }
  return { git, shas };
}

describe('Git adapter', () => {
  it('refuses hostile ref names before git sees them', async () => {
    const git = await Git.scratch({ logger: new MemoryLogger(), parent: root });
    for (const bad of [
      '--upload-pack=touch pwned',
      '-x',
      '$(touch pwned)',
      ';rm -rf ~',
      'a..b',
      'a b',
      'refs/heads/x.lock',
      '',
      'x~1',
      'x^',
      'x:y',
      '.hidden',
      'a/./b',
    ]) {
      await expect(git.checkRefFormat(bad, 'branch'), bad).rejects.toThrow(/is not a valid branch name/);
    }
    await git.checkRefFormat('release/3.2', 'branch');
    await git.checkRefFormat('backport/12-to-stg', 'branch');
  });

  it('cherry-picks with -x, reports empty picks as empty and conflicts as conflicts', async () => {
    const { git, shas } = await repoWith([{ 'a.txt': 'one\n' }, { 'a.txt': 'two\n' }, { 'b.txt': 'b\n' }]);
    const [base, change, other] = shas as [string, string, string];
    await git.checkoutNew('target', base);
    const picked = await git.cherryPick([change]);
    expect(picked.outcome).toBe('picked');
    expect(await git.run(['log', '-1', '--format=%B'])).toContain(`(cherry picked from commit ${change})`);
    const empty = await git.cherryPick([change]);
    expect(empty.outcome).toBe('empty');
    await git.checkoutNew('conflicting', base);
    await import('node:fs/promises').then((fs) => fs.writeFile(join(git.cwd, 'a.txt'), 'three\n'));
    await git.run(['commit', '--quiet', '-am', 'diverge']);
    const conflict = await git.cherryPick([other, change]);
    expect(conflict.outcome).toBe('conflict');
    expect(conflict.picked).toEqual([other]);
    expect(conflict.conflictAt).toBe(change);
    expect(conflict.conflictedFiles).toEqual(['a.txt']);
    await git.abortCherryPick();
  });

  it('writes only the named files to the working tree, whatever their names hold, and picks and conflicts there', async () => {
    const odd = ['a*b.txt', '[x].txt', 'trail ', '!bang', '#hash', 'back\\slash', 'dir/q?.md'];
    const files = Object.fromEntries(['plain.txt', 'ab.txt', 'x.txt', 'trail', 'bang', 'dir/q.md', ...odd].map((f) => [f, `${f}\n`]));
    const git = await Git.scratch({ logger: new MemoryLogger(), identity, parent: root });
    const fs = await import('node:fs/promises');
    await fs.mkdir(join(git.cwd, 'dir'));
    for (const [f, content] of Object.entries(files)) await fs.writeFile(join(git.cwd, f), content);
    await git.run(['add', '--all']);
    await git.run(['commit', '--quiet', '-m', 'files']);
    const base = (await git.revParse('HEAD'))!;
    // A change to the odd files and to plain.txt, picked onto a target where plain.txt conflicts.
    for (const f of [...odd, 'plain.txt']) await fs.writeFile(join(git.cwd, f), `${f} changed\n`);
    await git.run(['commit', '--quiet', '-am', 'change']);
    const change = (await git.revParse('HEAD'))!;
    expect([...(await git.changedPaths([change]))].sort()).toEqual([...odd, 'plain.txt'].sort());

    const written = async (): Promise<string[]> =>
      (await fs.readdir(git.cwd, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && !join(e.parentPath, e.name).includes('/.git/'))
        .map((e) => join(e.parentPath, e.name).slice(git.cwd.length + 1))
        .sort();
    expect(await git.limitWorktree(odd)).toBe(true);
    await git.checkoutNew('target', base);
    expect(await written()).toEqual([...odd].sort());
    expect(await git.run(['status', '--porcelain'])).toBe('');
    const picked = await git.cherryPick([change]);
    expect(picked.outcome).toBe('picked');
    expect((await git.run(['show', '-z', '--name-only', '--format=', 'HEAD'])).split('\0').filter(Boolean).sort()).toEqual([...odd, 'plain.txt'].sort());
    expect(await git.run(['ls-tree', '-r', '--name-only', 'HEAD'])).toContain('ab.txt');

    // A target where plain.txt (outside the limit) diverged: the pick conflicts there and git writes it out.
    await git.limitWorktree(null);
    await git.checkoutNew('conflicting', base);
    await fs.writeFile(join(git.cwd, 'plain.txt'), 'diverged\n');
    await git.run(['commit', '--quiet', '-am', 'diverge']);
    expect(await git.limitWorktree(['a*b.txt'])).toBe(true);
    await git.checkoutNew('conflicting-2', 'conflicting');
    const conflict = await git.cherryPick([change]);
    expect(conflict.outcome).toBe('conflict');
    expect(conflict.conflictedFiles).toEqual(['plain.txt']);
    expect(await fs.readFile(join(git.cwd, 'plain.txt'), 'utf8')).toContain('<<<<<<<');
    await git.abortCherryPick();

    expect(await git.limitWorktree(null)).toBe(false);
    await git.checkoutNew('whole', base);
    expect(await written()).toEqual(Object.keys(files).sort());
    expect(await git.limitWorktree(['line\nbreak'])).toBe(false);
    expect(sparsePattern('a*b.txt')).toBe('/a\\*b.txt');
  });

  it('finds equivalent changes by patch-id and ancestry', async () => {
    const { git, shas } = await repoWith([{ 'a.txt': 'one\n' }, { 'a.txt': 'two\n' }]);
    await git.checkoutNew('copy', shas[0]!);
    await git.cherryPick([shas[1]!]);
    const copy = (await git.revParse('HEAD'))!;
    const ids = await git.patchIds([shas[1]!, copy]);
    expect(ids.get(shas[1]!)).toBeDefined();
    expect(ids.get(shas[1]!)).toBe(ids.get(copy));
    expect(await git.isAncestor(shas[0]!, copy)).toBe(true);
    expect(await git.isAncestor(shas[1]!, copy)).toBe(false);
    const messages = await git.messages([`${shas[0]}..${copy}`]);
    expect(messages.get(copy)).toContain('cherry picked from commit');
  });

  it('sends the token only as an HTTP header from the environment: never in argv, config, URLs or logs', async () => {
    const token = 'ghs_SECRETtoken1234567890';
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end(`denied for ${token}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const serverUrl = `http://127.0.0.1:${port}`;
    const logger = new MemoryLogger();
    const trace = join(root, 'trace.txt');
    const git = await Git.scratch({ logger, token, serverUrl, parent: root, env: { GIT_TRACE: trace, GIT_CURL_VERBOSE: '0' } });
    try {
      await git.addRemote('origin', git.remoteUrl(serverUrl, { owner: 'acme', repo: 'backend' }));
      const error = await git.fetch('origin', ['+refs/heads/main:refs/remotes/origin/main']).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/git fetch failed/);
      expect(error?.message).not.toContain(token);
    } finally {
      server.close();
    }
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]!.authorization).toBe(`basic ${basic}`);
    const traced = await readFile(trace, 'utf8');
    expect(traced).toContain('git fetch');
    expect(traced).not.toContain(token);
    expect(traced).not.toContain(basic);
    expect(await readFile(join(git.cwd, '.git', 'config'), 'utf8')).not.toContain(basic);
    expect(await git.run(['remote', 'get-url', 'origin'])).not.toContain(token);
    expect(JSON.stringify(logger.lines)).not.toContain(token);
    expect(JSON.stringify(logger.lines)).not.toContain(basic);
  });
});
