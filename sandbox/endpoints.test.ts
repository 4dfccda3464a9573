// Every implemented route answers with a body that passes GitHub's documented response schema.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Sandbox, routes } from './index.ts';

let sb: Sandbox;

beforeAll(async () => {
  sb = await Sandbox.start();
});

afterAll(async () => {
  await sb?.close();
});

async function gh(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${sb.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${sb.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

it('serves every implemented route without response-schema violations', async () => {
  const repo = await sb.createRepo('org/all', { branches: ['dev', 'stg'], files: { 'README.md': 'r\n', 'docs/a.md': 'a\n' } });
  sb.addUser('alice');
  repo.setPermission('alice', 'write');
  repo.setPermission('github-actions[bot]', 'admin');
  await repo.createBranch('topic', 'dev');
  const c1 = await repo.commit('topic', { 'docs/a.md': 'a2\n', 'b.txt': 'b\n' }, 'topic change', { author: 'alice' });
  const ms = repo.createMilestone('v1', { description: 'first' });
  repo.protectBranch('main', { requiredChecks: ['ci/test'] });
  repo.protectBranch('dev', { requiredChecks: ['ci/test'], via: 'ruleset' });
  const P = '/repos/org/all';
  const calls: [string, string, unknown?][] = [
    ['GET', P],
    ['GET', `${P}/branches`],
    ['GET', `${P}/branches/dev`],
    ['GET', `${P}/branches/main`],
    ['GET', `${P}/rules/branches/dev`],
    ['GET', `${P}/contents/docs`],
    ['GET', `${P}/contents/README.md?ref=dev`],
    ['GET', `${P}/git/ref/heads/main`],
    ['GET', `${P}/git/matching-refs/heads/`],
    ['GET', `${P}/git/commits/${c1}`],
    ['GET', `${P}/commits?sha=topic&per_page=1&page=2`],
    ['GET', `${P}/commits/topic`],
    ['GET', `${P}/compare/main...topic`],
    ['GET', `${P}/tags`],
    ['POST', `${P}/pulls`, { title: 'Topic', head: 'topic', base: 'dev', body: 'closes #3', draft: false }],
    ['GET', `${P}/pulls?state=all&sort=updated&direction=asc&base=dev`],
    ['GET', `${P}/pulls/1`],
    ['PATCH', `${P}/pulls/1`, { title: 'Topic (edited)', body: 'b' }],
    ['GET', `${P}/pulls/1/files`],
    ['GET', `${P}/pulls/1/commits`],
    ['POST', `${P}/pulls/1/requested_reviewers`, { reviewers: ['alice'] }],
    ['POST', `${P}/pulls/1/reviews`, { event: 'REQUEST_CHANGES', body: 'please fix' }],
    ['GET', `${P}/pulls/1/reviews`],
    ['GET', `${P}/commits/${c1}/pulls`],
    ['POST', `${P}/issues`, { title: 'Issue', labels: ['bug', { name: 'docs' }], milestone: ms.number, assignees: ['alice'] }],
    ['GET', `${P}/issues?state=all&labels=bug&milestone=*&creator=github-actions[bot]&sort=updated`],
    ['GET', `${P}/issues/2`],
    ['PATCH', `${P}/issues/2`, { state: 'closed', state_reason: 'not_planned', milestone: null, labels: ['docs'] }],
    ['POST', `${P}/issues/2/comments`, { body: 'hello' }],
    ['GET', `${P}/issues/2/comments`],
    ['GET', `${P}/issues/2/events`],
    ['GET', `${P}/issues/2/labels`],
    ['POST', `${P}/issues/2/labels`, { labels: ['x1'] }],
    ['PUT', `${P}/issues/2/labels`, { labels: ['x2'] }],
    ['DELETE', `${P}/issues/2/labels/x2`],
    ['POST', `${P}/issues/2/assignees`, { assignees: ['alice'] }],
    ['GET', `${P}/labels`],
    ['POST', `${P}/labels`, { name: 'freeze-exception', color: 'ff0000', description: 'ok' }],
    ['GET', `${P}/labels/freeze-exception`],
    ['PATCH', `${P}/labels/freeze-exception`, { color: '00ff00' }],
    ['GET', `${P}/milestones?state=all`],
    ['POST', `${P}/milestones`, { title: 'v2', due_on: '2030-01-01T00:00:00Z' }],
    ['GET', `${P}/milestones/1`],
    ['PATCH', `${P}/milestones/1`, { description: 'changed' }],
    ['GET', `${P}/collaborators/alice/permission`],
    ['POST', `${P}/statuses/${c1}`, { state: 'success', context: 'ci', target_url: 'https://ci.example.com/1', description: 'ok' }],
    ['GET', `${P}/commits/topic/status`],
    ['GET', `${P}/commits/topic/statuses`],
    ['GET', `${P}/commits/topic/check-runs`],
    ['POST', `${P}/releases`, { tag_name: 'v0.1.0', target_commitish: 'main', name: 'v0.1.0', generate_release_notes: true }],
    ['GET', `${P}/releases`],
    ['GET', `${P}/releases/latest`],
    ['GET', `${P}/releases/tags/v0.1.0`],
    ['POST', `${P}/releases/generate-notes`, { tag_name: 'v0.2.0', target_commitish: 'main' }],
    // The repository setting "immutable releases" (an admin's): on, read, off.
    ['PUT', `${P}/immutable-releases`],
    ['GET', `${P}/immutable-releases`],
    ['DELETE', `${P}/immutable-releases`],
    ['GET', `${P}/actions/runs?branch=topic`],
    ['GET', `${P}/deployments?environment=production`],
    ['PUT', `${P}/pulls/1/merge`, { merge_method: 'merge', commit_title: 'Merge topic' }],
    ['GET', `${P}/pulls/1`],
    ['GET', '/rate_limit'],
  ];
  const run = repo.addWorkflowRun({ workflowFile: 'ci.yml', headSha: c1, conclusion: 'success', headBranch: 'topic', event: 'pull_request' });
  repo.addDeployment({ sha: c1, environment: 'production', state: 'success' });
  calls.push(['GET', `${P}/actions/workflows/ci.yml/runs?event=pull_request&status=completed`], ['GET', `${P}/actions/runs/${run.id}`]);
  const seen = new Set<string>();
  for (const [method, path, body] of calls) {
    const res = await gh(method, path, body);
    expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
    if (method === 'POST' && path.endsWith('/releases')) {
      const id = res.body.id;
      const more = [
        ['GET', `${P}/releases/${id}`],
        ['PATCH', `${P}/releases/${id}`, { body: 'edited', make_latest: 'true' }],
      ] as const;
      for (const [m2, p2, b2] of more) expect((await gh(m2, p2, b2)).status).toBe(200);
    }
  }
  // An installation token (the default one) is refused "Get the authenticated user"; a user token answers.
  expect((await gh('GET', '/user')).status).toBe(403);
  const userToken = sb.addToken('alice');
  const me = await fetch(`${sb.apiUrl}/user`, { headers: { authorization: `Bearer ${userToken}` } });
  expect(me.status).toBe(200);
  expect(((await me.json()) as { login: string }).login).toBe('alice');
  const comments = await gh('GET', `${P}/issues/2/comments`);
  expect((await gh('PATCH', `${P}/issues/comments/${comments.body[0].id}`, { body: 'x' })).status).toBe(200);
  expect((await gh('GET', `${P}/issues/comments/${comments.body[0].id}`)).status).toBe(200);
  expect((await gh('DELETE', `${P}/issues/comments/${comments.body[0].id}`)).status).toBe(204);
  const deps = await gh('GET', `${P}/deployments`);
  expect((await gh('GET', `${P}/deployments/${deps.body[0].id}`)).status).toBe(200);
  expect((await gh('GET', `${P}/deployments/${deps.body[0].id}/statuses`)).status).toBe(200);
  // Closing keyword in the PR body closed #3? (#3 does not exist; nothing to do) and the merge was recorded.
  expect(repo.issue(1).state).toBe('closed');
  // The git data API: a blob, a tree on a commit's tree, a commit on top (signed: an installation token, no author given).
  const blob = await gh('POST', `${P}/git/blobs`, { content: Buffer.from('bin\0ary').toString('base64'), encoding: 'base64' });
  expect(blob.status).toBe(201);
  const parent = await gh('GET', `${P}/git/commits/${c1}`);
  const tree = await gh('POST', `${P}/git/trees`, {
    base_tree: parent.body.tree.sha,
    tree: [{ path: 'bin/x', mode: '100755', type: 'blob', sha: blob.body.sha }],
  });
  expect(tree.status).toBe(201);
  expect((await gh('GET', `${P}/git/trees/${tree.body.sha}`)).status).toBe(200);
  const made = await gh('POST', `${P}/git/commits`, { message: 'through the API', tree: tree.body.sha, parents: [c1] });
  expect(made.status).toBe(201);
  expect(made.body.verification.verified).toBe(true);
  for (const e of sb.requests()) seen.add(`${e.method} ${e.route}`);
  const untested = Object.keys(routes).filter(
    (k) => !seen.has(k) && !k.startsWith('DELETE /repos/{owner}/{repo}/releases') && !k.startsWith('DELETE /repos/{owner}/{repo}/git/refs'),
  );
  const gitTagRoutes = [
    'POST /repos/{owner}/{repo}/git/tags',
    'GET /repos/{owner}/{repo}/git/tags/{tag_sha}',
    'POST /repos/{owner}/{repo}/git/refs',
    'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  ];
  expect(untested.filter((k) => !gitTagRoutes.includes(k))).toEqual([]);
  sb.assertNoViolations();
});
