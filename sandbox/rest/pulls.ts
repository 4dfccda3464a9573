// Pull requests, reviews, merges.
import * as o from '../objects.ts';
import * as ops from '../ops.ts';
import type { IssueRec, RepoState } from '../state.ts';
import { ApiError, checkLengths, notFound, paginate, repoOf, requirePerm, sortDir, intParam } from './util.ts';
import type { Api, ApiRequest, Routes } from './util.ts';

function pullOr404(req: ApiRequest): { r: RepoState; i: IssueRec } {
  const r = repoOf(req);
  const i = r.issues.get(intParam(req.params.pull_number));
  if (!i?.pull) throw notFound();
  return { r, i };
}

async function fullPull(api: Api, r: RepoState, i: IssueRec): Promise<unknown> {
  return o.pull(api, r, i, await api.pullExtras(r, i, true), true);
}

async function simplePull(api: Api, r: RepoState, i: IssueRec): Promise<unknown> {
  return o.pull(api, r, i, await api.pullExtras(r, i, false), false);
}

async function pullRange(r: RepoState, i: IssueRec): Promise<{ base: string; head: string }> {
  await ops.refreshPull(r, i);
  const p = i.pull!;
  const mb = (await r.git.mergeBase(p.baseSha, p.headSha)) ?? p.baseSha;
  return { base: mb, head: p.headSha };
}

export const pullRoutes: Routes = {
  'GET /repos/{owner}/{repo}/pulls': async (req, api) => {
    const r = repoOf(req);
    const state = req.query.get('state') ?? 'open';
    const head = req.query.get('head');
    const base = req.query.get('base');
    let items = [...r.issues.values()].filter((i) => i.pull && (state === 'all' || i.state === state));
    if (head) {
      const [owner, branch] = head.includes(':') ? head.split(/:(.*)/s) : [r.owner, head];
      items = items.filter((i) => owner!.toLowerCase() === (i.pull!.headRepo ?? r.fullName).split('/')[0]!.toLowerCase() && i.pull!.head === branch);
    }
    if (base) items = items.filter((i) => i.pull!.base === base);
    const sort = req.query.get('sort') ?? 'created';
    const direction = req.query.get('direction') ?? (sort === 'created' || !req.query.get('sort') ? 'desc' : 'desc');
    items = sortDir(items, (i) => (sort === 'updated' ? i.updatedAt + String(i.number).padStart(9, '0') : i.number), direction);
    const res = paginate(api, req, items, (x) => x);
    const list = [];
    for (const i of res.body as IssueRec[]) list.push(await simplePull(api, r, i));
    return { ...res, body: list };
  },

  'POST /repos/{owner}/{repo}/pulls': async (req, api) => {
    checkLengths('PullRequest', req.body);
    const r = repoOf(req);
    requirePerm(req, 'read');
    const b = req.body as { title?: string; head: string; base: string; body?: string; draft?: boolean; maintainer_can_modify?: boolean; issue?: number };
    let title = b.title;
    if (b.issue !== undefined) {
      const existing = r.issues.get(b.issue);
      if (!existing || existing.pull) throw new ApiError(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', field: 'issue', code: 'invalid' }] });
      title = existing.title;
    }
    if (!title) throw new ApiError(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }] });
    const i = await ops.openPull(api.state, r, {
      head: b.head,
      base: b.base,
      title,
      body: b.body ?? null,
      user: req.login,
      draft: b.draft ?? false,
      maintainerCanModify: b.maintainer_can_modify ?? true,
    });
    return { status: 201, body: await fullPull(api, r, i), headers: { location: `${o.repoUrl(api, r)}/pulls/${i.number}` } };
  },

  'GET /repos/{owner}/{repo}/pulls/{pull_number}': async (req, api) => {
    const { r, i } = pullOr404(req);
    return { status: 200, body: await fullPull(api, r, i) };
  },

  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': async (req, api) => {
    checkLengths('PullRequest', req.body);
    const { r, i } = pullOr404(req);
    if (i.user !== req.login) requirePerm(req, 'triage');
    const b = req.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string; maintainer_can_modify?: boolean };
    if (b.base !== undefined && b.base !== i.pull!.base) {
      if (!(await r.git.refSha(`refs/heads/${b.base}`)))
        throw new ApiError(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }] });
      i.pull!.base = b.base;
    }
    if (b.title !== undefined) i.title = b.title;
    if (b.body !== undefined) i.body = b.body;
    if (b.maintainer_can_modify !== undefined) i.pull!.maintainerCanModify = b.maintainer_can_modify;
    if (b.state !== undefined && b.state !== i.state) {
      if (i.pull!.merged) throw new ApiError(422, 'Validation Failed', { errors: [{ resource: 'PullRequest', field: 'state', code: 'invalid' }] });
      if (b.state === 'open') {
        for (const other of r.issues.values()) {
          if (
            other !== i &&
            other.pull &&
            other.state === 'open' &&
            other.pull.head === i.pull!.head &&
            other.pull.headRepo === i.pull!.headRepo &&
            other.pull.base === i.pull!.base
          ) {
            throw new ApiError(422, 'Validation Failed', {
              errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${r.owner}:${i.pull!.head}.` }],
            });
          }
        }
      } else await ops.refreshPull(r, i);
      ops.setState(api.state, r, i, b.state, req.login);
    }
    i.updatedAt = api.state.iso();
    return { status: 200, body: await fullPull(api, r, i) };
  },

  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': async (req, api) => {
    const { r, i } = pullOr404(req);
    const { base, head } = await pullRange(r, i);
    const files = await r.git.diffFiles(base, head);
    return paginate(api, req, files, (f) => o.diffEntry(api, r, head, f));
  },

  'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits': async (req, api) => {
    const { r, i } = pullOr404(req);
    const { base, head } = await pullRange(r, i);
    const commits = await r.git.log(['--reverse', `${base}..${head}`]);
    return paginate(api, req, commits.slice(0, 250), (c) => o.commit(api, r, c));
  },

  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': (req, api) => {
    const { r, i } = pullOr404(req);
    return paginate(
      api,
      req,
      r.reviews.filter((v) => v.pull === i.number),
      (v) => o.review(api, r, v),
    );
  },

  'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': async (req, api) => {
    const { r, i } = pullOr404(req);
    const b = req.body as { commit_id?: string; body?: string; event?: string };
    await ops.refreshPull(r, i);
    if ((b.event === 'REQUEST_CHANGES' || b.event === 'COMMENT') && !b.body) {
      throw new ApiError(422, 'Unprocessable Entity', { errors: ['Review body is required'] });
    }
    if (b.event === 'APPROVE' && i.user.toLowerCase() === req.login.toLowerCase()) {
      throw new ApiError(422, 'Unprocessable Entity', { errors: ['Review Can not approve your own pull request'] });
    }
    const state = b.event === 'APPROVE' ? 'APPROVED' : b.event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : b.event === 'COMMENT' ? 'COMMENTED' : 'PENDING';
    const v = {
      id: api.state.nextId(),
      pull: i.number,
      user: req.login,
      state: state as 'APPROVED',
      body: b.body ?? '',
      commitId: b.commit_id ?? i.pull!.headSha,
      submittedAt: api.state.iso(),
    };
    r.reviews.push(v);
    i.pull!.requestedReviewers = i.pull!.requestedReviewers.filter((x) => x.toLowerCase() !== req.login.toLowerCase());
    return { status: 200, body: o.review(api, r, v) };
  },

  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge': async (req, api) => {
    const { r, i } = pullOr404(req);
    requirePerm(req, 'write');
    const b = (req.body ?? {}) as { commit_title?: string; commit_message?: string; sha?: string; merge_method?: 'merge' | 'squash' | 'rebase' };
    const opts: ops.MergeOpts = { by: req.login, method: b.merge_method ?? 'merge' };
    if (b.sha) opts.sha = b.sha;
    if (b.commit_title !== undefined) opts.commitTitle = b.commit_title;
    if (b.commit_message !== undefined) opts.commitMessage = b.commit_message;
    const sha = await ops.mergePull(api.state, r, i, opts);
    return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
  },

  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': async (req, api) => {
    const r = repoOf(req);
    const sha = await r.git.resolveCommitish(req.params.commit_sha!);
    if (!sha) throw new ApiError(422, `No commit found for SHA: ${req.params.commit_sha}`);
    const hits: IssueRec[] = [];
    for (const i of r.issues.values()) {
      if (!i.pull) continue;
      await ops.refreshPull(r, i);
      const p = i.pull;
      if (p.mergeCommitSha === sha || p.headSha === sha) {
        hits.push(i);
        continue;
      }
      if (i.state === 'open' || p.merged) {
        const inRange = (await r.git.git(['rev-list', `${p.baseSha}..${p.headSha}`])).split('\n').includes(sha);
        if (inRange) hits.push(i);
      }
    }
    const list = sortDir(hits, (i) => i.number, 'desc');
    const res = paginate(api, req, list, (x) => x);
    const body = [];
    for (const i of res.body as IssueRec[]) body.push(await simplePull(api, r, i));
    return { ...res, body };
  },

  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': async (req, api) => {
    const { r, i } = pullOr404(req);
    const b = req.body as { reviewers?: string[]; team_reviewers?: string[] };
    for (const login of b.reviewers ?? []) {
      if (login.toLowerCase() === i.user.toLowerCase()) {
        throw new ApiError(
          422,
          'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.',
        );
      }
      api.state.user(login);
      // The requested reviewers are a set: asking again for a reviewer whose request is pending changes
      // nothing (no second request, no second timeline event).
      if (i.pull!.requestedReviewers.some((x) => x.toLowerCase() === login.toLowerCase())) continue;
      i.pull!.requestedReviewers.push(login);
      ops.addEvent(api.state, r, i.number, 'review_requested', req.login);
    }
    return { status: 201, body: await simplePull(api, r, i) };
  },
};
