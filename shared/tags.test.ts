import { describe, expect, it } from 'vitest';
import { useSandbox } from '../sandbox/use-sandbox.ts';
import { createOctokit, GitHub } from './github/index.ts';
import { MemoryLogger } from './logger.ts';
import { createAnnotatedTag } from './tags.ts';

const sandbox = useSandbox();

function port(): GitHub {
  const logger = new MemoryLogger();
  return new GitHub(createOctokit({ token: sandbox().token, apiUrl: sandbox().apiUrl, logger, retryBaseMs: 10 }), logger);
}

describe('createAnnotatedTag', () => {
  it('creates an annotated tag; a tag already on the same commit is kept, one on another commit is reported with its commit', async () => {
    const repo = await sandbox().createRepo('acme/tags', { branches: ['dev'] });
    const r = { owner: 'acme', repo: 'tags' };
    const main = (await repo.refSha('main'))!;
    await repo.commit('dev', { 'a.txt': 'a\n' }, 'feat: a');
    const dev = (await repo.refSha('dev'))!;
    const github = port();

    expect(await createAnnotatedTag(github, r, 'v1.0.0', main, 'v1.0.0')).toEqual({ outcome: 'created' });
    expect((await repo.git(['cat-file', '-t', 'refs/tags/v1.0.0'])).trim()).toBe('tag');
    expect(await createAnnotatedTag(github, r, 'v1.0.0', main, 'again')).toEqual({ outcome: 'exists' });
    expect(await createAnnotatedTag(github, r, 'v1.0.0', dev, 'elsewhere')).toEqual({ outcome: 'elsewhere', commit: main });
    // Never moved.
    expect(await github.resolveTag(r, 'v1.0.0')).toEqual({ commitSha: main, annotated: true });
  });

  it('peels a lightweight tag for free, an annotated one (or a tag of a tag) through its objects, and refuses a tag of a tree', async () => {
    const repo = await sandbox().createRepo('acme/peel', {});
    const r = { owner: 'acme', repo: 'peel' };
    const main = (await repo.refSha('main'))!;
    const github = port();
    await repo.git(['tag', 'light', main]);
    await repo.git(['tag', '-a', '-m', 'inner', 'inner', main]);
    await repo.git(['tag', '-a', '-m', 'outer', 'outer', 'inner']);
    const tree = (await repo.git(['rev-parse', 'main^{tree}'])).trim();
    await repo.git(['tag', '-a', '-m', 'a tree', 'tree-tag', tree]);
    for (const tag of ['light', 'inner', 'outer']) expect((await github.resolveTag(r, tag))?.commitSha, tag).toBe(main);
    expect(await github.resolveTag(r, 'missing')).toBeNull();
    await expect(github.resolveTag(r, 'tree-tag')).rejects.toThrow(/refs\/tags\/tree-tag in acme\/peel does not name a commit \(it names a tree\)/);
  });
});
