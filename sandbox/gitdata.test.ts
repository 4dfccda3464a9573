// The stand-in's git data API (blobs, trees, commits) writes real objects into the bare repository
// and marks the commits GitHub would sign as verified.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { Sandbox } from './index.ts';

let sb: Sandbox;

beforeAll(async () => {
  sb = await Sandbox.start();
});

afterAll(async () => {
  await sb?.close();
});

afterEach(() => {
  try {
    sb.assertNoViolations();
  } finally {
    sb.clearViolations();
  }
});

async function gh(method: string, path: string, body?: unknown, token = sb.token): Promise<{ status: number; body: any }> {
  const res = await fetch(`${sb.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

it('blobs, trees and commits are real git objects: modes, symlinks, binary content and deletions as asked', async () => {
  const repo = await sb.createRepo('org/data', { files: { 'a.txt': 'a\n', 'dir/b.txt': 'b\n', 'dir/c.txt': 'c\n' } });
  const P = '/repos/org/data';
  const head = (await repo.refSha('main'))!;
  const baseTree = (await repo.git(['rev-parse', `${head}^{tree}`])).trim();
  const binary = Buffer.from([0, 1, 2, 255, 254, 10]);
  const blob = await gh('POST', `${P}/git/blobs`, { content: binary.toString('base64'), encoding: 'base64' });
  expect(blob.status).toBe(201);
  expect((await repo.git(['cat-file', '-t', blob.body.sha])).trim()).toBe('blob');
  const tree = await gh('POST', `${P}/git/trees`, {
    base_tree: baseTree,
    tree: [
      { path: 'bin/tool', mode: '100755', type: 'blob', content: '#!/bin/sh\necho hi\n' },
      { path: 'link', mode: '120000', type: 'blob', content: 'a.txt' },
      { path: 'data.bin', mode: '100644', type: 'blob', sha: blob.body.sha },
      { path: 'dir/b.txt', mode: '100644', type: 'blob', sha: null },
    ],
  });
  expect(tree.status).toBe(201);
  const listed = (await repo.git(['ls-tree', '-r', tree.body.sha])).trim().split('\n');
  const modes = Object.fromEntries(listed.map((l) => [l.split('\t')[1], l.split(' ')[0]]));
  expect(modes).toEqual({ 'a.txt': '100644', 'bin/tool': '100755', 'data.bin': '100644', 'dir/c.txt': '100644', link: '120000' });
  expect(tree.body.tree.map((e: { path: string }) => e.path)).toEqual(['a.txt', 'bin', 'data.bin', 'dir', 'link']);
  const made = await gh('POST', `${P}/git/commits`, { message: 'through the API\n\nbody', tree: tree.body.sha, parents: [head] });
  expect(made.status).toBe(201);
  expect(made.body.verification).toMatchObject({ verified: true, reason: 'valid' });
  expect(made.body.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
  // The bytes as sent: git's object id of exactly those bytes.
  const id = createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${binary.length}\0`), binary]))
    .digest('hex');
  expect((await repo.git(['rev-parse', `${made.body.sha}:data.bin`])).trim()).toBe(id);
  expect((await repo.git(['log', '-1', '--format=%P%x00%B', made.body.sha])).trim()).toBe(`${head}\0through the API\n\nbody`);
  // Read back through the REST commit endpoints: still verified; a pushed (or fixture) commit is not.
  expect((await gh('GET', `${P}/commits/${made.body.sha}`)).body.commit.verification.verified).toBe(true);
  expect((await gh('GET', `${P}/git/commits/${head}`)).body.verification).toMatchObject({ verified: false, reason: 'unsigned' });
});

it('a custom author, committer or a user token makes an unsigned commit', async () => {
  const repo = await sb.createRepo('org/unsigned', { files: { 'a.txt': 'a\n' } });
  const P = '/repos/org/unsigned';
  const head = (await repo.refSha('main'))!;
  const tree = (await repo.git(['rev-parse', `${head}^{tree}`])).trim();
  const author = { name: 'Alice', email: 'alice@example.com', date: '2026-01-02T03:04:05Z' };
  const withAuthor = await gh('POST', `${P}/git/commits`, { message: 'm', tree, parents: [head], author });
  expect(withAuthor.body.verification.verified).toBe(false);
  expect(withAuthor.body.author).toMatchObject({ name: 'Alice', email: 'alice@example.com' });
  sb.addUser('bob');
  repo.setPermission('bob', 'write');
  const userToken = sb.addToken('bob');
  const byUser = await gh('POST', `${P}/git/commits`, { message: 'm', tree, parents: [head] }, userToken);
  expect(byUser.status).toBe(201);
  expect(byUser.body.verification.verified).toBe(false);
});

it('answers 422 as GitHub does for a bad base tree, entry, tree or parent, and 404 for an unknown tree', async () => {
  const repo = await sb.createRepo('org/errors', { files: { 'a.txt': 'a\n' } });
  const P = '/repos/org/errors';
  const head = (await repo.refSha('main'))!;
  const tree = (await repo.git(['rev-parse', `${head}^{tree}`])).trim();
  const missing = 'f'.repeat(40);
  const before = await repo.git(['count-objects', '-v']);
  expect((await gh('POST', `${P}/git/trees`, { base_tree: head, tree: [] })).body.message).toBe('base_tree is not a valid tree oid');
  expect((await gh('POST', `${P}/git/trees`, { tree: [{ path: 'x', mode: '100644', type: 'blob', sha: missing }] })).body.message).toBe(
    `tree.sha ${missing} is not a valid blob`,
  );
  expect((await gh('POST', `${P}/git/trees`, { tree: [{ path: '../x', mode: '100644', type: 'blob', content: 'x' }] })).status).toBe(422);
  expect((await gh('POST', `${P}/git/trees`, { tree: [{ path: 'x', mode: '040000', type: 'blob', content: 'x' }] })).status).toBe(422);
  expect((await gh('POST', `${P}/git/commits`, { message: 'm', tree: missing, parents: [head] })).body.message).toBe('Tree SHA does not exist');
  expect((await gh('POST', `${P}/git/commits`, { message: 'm', tree, parents: [missing] })).status).toBe(422);
  expect((await gh('GET', `${P}/git/trees/${missing}`)).status).toBe(404);
  // Nothing was written by the refused requests.
  expect(await repo.git(['count-objects', '-v'])).toBe(before);
});

it('"require signed commits": a merge commit may bring only verified commits onto the branch; the rule shows in the branch rules', async () => {
  const repo = await sb.createRepo('org/rule', { branches: ['stg'], files: { 'a.txt': 'a\n' } });
  const P = '/repos/org/rule';
  repo.protectBranch('stg', { requiredChecks: [], via: 'ruleset', requiredSignatures: true });
  const rules = await gh('GET', `${P}/rules/branches/stg`);
  expect(rules.body.map((x: { type: string }) => x.type)).toContain('required_signatures');
  await repo.createBranch('pushed', 'stg');
  await repo.commit('pushed', { 'a.txt': 'pushed\n' }, 'unsigned change');
  const pr = await repo.openPullRequest({ head: 'pushed', base: 'stg', title: 'unsigned' });
  const refused = await gh('PUT', `${P}/pulls/${pr.number}/merge`, { merge_method: 'merge' });
  expect(refused).toMatchObject({ status: 405, body: { message: 'The base branch requires all commits to be signed.' } });
  // Made through the API, signed: the same change merges, and GitHub's merge commit is signed too.
  const tip = (await repo.refSha('stg'))!;
  const tree = await gh('POST', `${P}/git/trees`, {
    base_tree: (await repo.git(['rev-parse', `${tip}^{tree}`])).trim(),
    tree: [{ path: 'a.txt', mode: '100644', type: 'blob', content: 'signed\n' }],
  });
  const made = await gh('POST', `${P}/git/commits`, { message: 'signed change', tree: tree.body.sha, parents: [tip] });
  expect((await gh('POST', `${P}/git/refs`, { ref: 'refs/heads/signed', sha: made.body.sha })).status).toBe(201);
  const signedPr = await repo.openPullRequest({ head: 'signed', base: 'stg', title: 'signed' });
  const merged = await gh('PUT', `${P}/pulls/${signedPr.number}/merge`, { merge_method: 'merge' });
  expect(merged.status).toBe(200);
  expect((await gh('GET', `${P}/git/commits/${merged.body.sha}`)).body.verification.verified).toBe(true);
});
