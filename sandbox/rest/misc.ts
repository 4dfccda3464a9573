// Commit statuses and check runs, releases, Actions workflow runs, deployments.
import * as o from '../objects.ts';
import * as ops from '../ops.ts';
import type { RepoState, WorkflowRunRec } from '../state.ts';
import { ApiError, intParam, notFound, paginate, repoOf, requirePerm, sortDir, validationFailed } from './util.ts';
import type { Api, ApiRequest, Routes } from './util.ts';

async function shaOf(r: RepoState, ref: string): Promise<string> {
  const sha = await r.git.resolveCommitish(ref);
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${ref}`);
  return sha;
}

function latestPerContext(r: RepoState, sha: string) {
  const byCtx = new Map<string, (typeof r.statuses)[number]>();
  for (const s of r.statuses) if (s.sha === sha) byCtx.set(s.context, s);
  return [...byCtx.values()];
}

function checkRun(api: Api, r: RepoState, w: WorkflowRunRec): Record<string, unknown> {
  const url = `${o.repoUrl(api, r)}/check-runs/${w.id}`;
  return {
    id: w.id,
    head_sha: w.headSha,
    node_id: o.nodeId('CheckRun', w.id),
    external_id: String(w.id),
    url,
    html_url: `${o.htmlUrl(api, r)}/actions/runs/${w.id}/job/${w.id}`,
    details_url: `${o.htmlUrl(api, r)}/actions/runs/${w.id}/job/${w.id}`,
    status: w.status === 'completed' || w.status === 'in_progress' || w.status === 'queued' ? w.status : 'queued',
    conclusion: w.conclusion,
    started_at: w.createdAt,
    completed_at: w.status === 'completed' ? w.updatedAt : null,
    output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${url}/annotations` },
    name: w.name,
    check_suite: { id: w.id + 1 },
    app: null,
    pull_requests: [],
  };
}

function releaseOr404(req: ApiRequest) {
  const r = repoOf(req);
  const rel = r.releases.find((x) => x.id === intParam(req.params.release_id));
  if (!rel) throw notFound();
  return { r, rel };
}

function latestRelease(r: RepoState) {
  const candidates = r.releases.filter((x) => !x.draft && !x.prerelease && x.makeLatest !== 'false');
  return sortDir(candidates, (x) => (x.publishedAt ?? '') + String(x.id).padStart(12, '0'), 'desc')[0];
}

function runsFiltered(r: RepoState, req: ApiRequest, workflowId?: number): WorkflowRunRec[] {
  const q = req.query;
  let runs = r.workflowRuns.filter((w) => workflowId === undefined || w.workflowId === workflowId);
  const headSha = q.get('head_sha');
  if (headSha) runs = runs.filter((w) => w.headSha === headSha);
  const branch = q.get('branch');
  if (branch) runs = runs.filter((w) => w.headBranch === branch);
  const event = q.get('event');
  if (event) runs = runs.filter((w) => w.event === event);
  const actor = q.get('actor');
  if (actor) runs = runs.filter((w) => w.actor === actor);
  const status = q.get('status');
  if (status) runs = runs.filter((w) => w.status === status || w.conclusion === status);
  return sortDir(runs, (w) => w.id, 'desc');
}

async function runsResponse(api: Api, r: RepoState, req: ApiRequest, runs: WorkflowRunRec[]) {
  const res = paginate(api, req, runs, (x) => x);
  const list = [];
  for (const w of res.body as WorkflowRunRec[]) list.push(o.workflowRun(api, r, w, await r.git.commitInfo(w.headSha)));
  return { ...res, body: { total_count: runs.length, workflow_runs: list } };
}

export const miscRoutes: Routes = {
  'POST /repos/{owner}/{repo}/statuses/{sha}': async (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const sha = req.params.sha!;
    if (!/^[0-9a-f]{40}$/.test(sha) || (await r.git.objectType(sha)) !== 'commit') throw new ApiError(422, `No commit found for SHA: ${sha}`);
    const b = req.body as { state: 'error' | 'failure' | 'pending' | 'success'; target_url?: string | null; description?: string | null; context?: string };
    const now = api.state.iso();
    const s = {
      id: api.state.nextId(),
      sha,
      state: b.state,
      context: b.context ?? 'default',
      description: b.description ?? null,
      targetUrl: b.target_url ?? null,
      creator: req.login,
      createdAt: now,
      updatedAt: now,
    };
    r.statuses.push(s);
    return { status: 201, body: o.status(api, r, s), headers: { location: `${o.repoUrl(api, r)}/statuses/${sha}` } };
  },

  'GET /repos/{owner}/{repo}/commits/{ref}/status': async (req, api) => {
    const r = repoOf(req);
    const sha = await shaOf(r, req.params.ref!);
    const latest = latestPerContext(r, sha);
    const state = latest.some((s) => s.state === 'error' || s.state === 'failure')
      ? 'failure'
      : latest.length === 0 || latest.some((s) => s.state === 'pending')
        ? 'pending'
        : 'success';
    return {
      status: 200,
      body: {
        state,
        statuses: latest.map((s) => {
          const full = o.status(api, r, s);
          delete full.creator;
          return full;
        }),
        sha,
        total_count: latest.length,
        repository: o.minimalRepository(api, r),
        commit_url: `${o.repoUrl(api, r)}/commits/${sha}`,
        url: `${o.repoUrl(api, r)}/commits/${sha}/status`,
      },
    };
  },

  'GET /repos/{owner}/{repo}/commits/{ref}/statuses': async (req, api) => {
    const r = repoOf(req);
    const sha = await shaOf(r, req.params.ref!);
    const list = r.statuses.filter((s) => s.sha === sha).reverse();
    return paginate(api, req, list, (s) => o.status(api, r, s));
  },

  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': async (req, api) => {
    const r = repoOf(req);
    const sha = await shaOf(r, req.params.ref!);
    let runs = r.workflowRuns.filter((w) => w.headSha === sha);
    const name = req.query.get('check_name');
    if (name) runs = runs.filter((w) => w.name === name);
    const status = req.query.get('status');
    if (status) runs = runs.filter((w) => w.status === status);
    const res = paginate(api, req, runs, (w) => checkRun(api, r, w));
    return { ...res, body: { total_count: runs.length, check_runs: res.body } };
  },

  'GET /repos/{owner}/{repo}/releases': (req, api) => {
    const r = repoOf(req);
    const list = sortDir(r.releases, (x) => x.createdAt + String(x.id).padStart(12, '0'), 'desc');
    return paginate(api, req, list, (x) => o.release(api, r, x));
  },

  'GET /repos/{owner}/{repo}/releases/latest': (req, api) => {
    const r = repoOf(req);
    const rel = latestRelease(r);
    if (!rel) throw notFound();
    return { status: 200, body: o.release(api, r, rel) };
  },

  'GET /repos/{owner}/{repo}/releases/tags/{tag}': (req, api) => {
    const r = repoOf(req);
    const rel = r.releases.find((x) => x.tag === req.params.tag && !x.draft);
    if (!rel) throw notFound();
    return { status: 200, body: o.release(api, r, rel) };
  },

  'GET /repos/{owner}/{repo}/releases/{release_id}': (req, api) => {
    const { r, rel } = releaseOr404(req);
    return { status: 200, body: o.release(api, r, rel) };
  },

  'POST /repos/{owner}/{repo}/releases': async (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const b = req.body as {
      tag_name: string;
      target_commitish?: string;
      name?: string;
      body?: string;
      draft?: boolean;
      prerelease?: boolean;
      make_latest?: 'true' | 'false' | 'legacy';
      generate_release_notes?: boolean;
    };
    let body = b.body ?? null;
    let name = b.name ?? null;
    if (b.generate_release_notes) {
      const notesOpts: { tag: string; target?: string } = { tag: b.tag_name };
      if (b.target_commitish) notesOpts.target = b.target_commitish;
      const notes = await ops.generateNotes(api.state, r, api.serverUrl, notesOpts);
      body = body ? `${body}\n\n${notes.body}` : notes.body;
      name = name ?? notes.name;
    }
    const opts: ops.NewRelease = { tag: b.tag_name, name, body, draft: !!b.draft, prerelease: !!b.prerelease, author: req.login };
    if (b.target_commitish) opts.target = b.target_commitish;
    if (b.make_latest) opts.makeLatest = b.make_latest;
    const rel = await ops.createRelease(api.state, r, opts);
    return { status: 201, body: o.release(api, r, rel), headers: { location: `${o.repoUrl(api, r)}/releases/${rel.id}` } };
  },

  'PATCH /repos/{owner}/{repo}/releases/{release_id}': async (req, api) => {
    const { r, rel } = releaseOr404(req);
    requirePerm(req, 'write');
    const b = req.body as {
      tag_name?: string;
      target_commitish?: string;
      name?: string;
      body?: string;
      draft?: boolean;
      prerelease?: boolean;
      make_latest?: 'true' | 'false' | 'legacy';
    };
    // An immutable release keeps its tag and target; its title, notes, prerelease flag and "latest" stay editable.
    if (rel.immutable && ((b.tag_name !== undefined && b.tag_name !== rel.tag) || (b.target_commitish !== undefined && b.target_commitish !== rel.target))) {
      throw validationFailed('Release', 'tag_name', 'custom', 'Cannot change the tag of an immutable release');
    }
    if (rel.immutable && b.draft === true) throw validationFailed('Release', 'draft', 'custom', 'Cannot unpublish an immutable release');
    if (b.tag_name !== undefined && b.tag_name !== rel.tag) {
      if (r.releases.some((x) => x !== rel && x.tag === b.tag_name && !x.draft)) throw validationFailed('Release', 'tag_name', 'already_exists');
      rel.tag = b.tag_name;
    }
    // Publishing a draft whose tag already has a published release is refused like creating one (one release per tag).
    const publishing = b.draft === false && rel.draft;
    if (publishing && r.releases.some((x) => x !== rel && x.tag === rel.tag && !x.draft)) throw validationFailed('Release', 'tag_name', 'already_exists');
    if (publishing) ops.refuseBurnedTag(r, rel.tag);
    if (b.target_commitish !== undefined) rel.target = b.target_commitish;
    if (b.name !== undefined) rel.name = b.name;
    if (b.body !== undefined) rel.body = b.body;
    if (b.prerelease !== undefined) rel.prerelease = b.prerelease;
    if (b.make_latest !== undefined) rel.makeLatest = b.make_latest;
    if (publishing) {
      await ops.ensureTag(r, rel.tag, rel.target);
      // Checked again after the await: two concurrent requests must not both publish a release of one tag.
      if (r.releases.some((x) => x !== rel && x.tag === rel.tag && !x.draft)) throw validationFailed('Release', 'tag_name', 'already_exists');
      rel.draft = false;
      rel.publishedAt = api.state.iso();
      rel.immutable = !!r.immutableReleases;
    } else if (b.draft === true) rel.draft = true;
    if (!rel.draft) await ops.ensureTag(r, rel.tag, rel.target);
    return { status: 200, body: o.release(api, r, rel) };
  },

  'DELETE /repos/{owner}/{repo}/releases/{release_id}': (req) => {
    const { r, rel } = releaseOr404(req);
    requirePerm(req, 'write');
    r.releases.splice(r.releases.indexOf(rel), 1);
    // The tag of a deleted immutable release may then be deleted, but its name is never usable again.
    if (rel.immutable) (r.burnedTags ??= new Set()).add(rel.tag);
    return { status: 204 };
  },

  // The repository setting "immutable releases" (GET answers 404 when it is off).
  'GET /repos/{owner}/{repo}/immutable-releases': (req) => {
    const r = repoOf(req);
    requirePerm(req, 'admin');
    if (!r.immutableReleases) throw notFound();
    return { status: 200, body: { enabled: true, enforced_by_owner: false } };
  },

  'PUT /repos/{owner}/{repo}/immutable-releases': (req) => {
    const r = repoOf(req);
    requirePerm(req, 'admin');
    r.immutableReleases = true;
    return { status: 204 };
  },

  'DELETE /repos/{owner}/{repo}/immutable-releases': (req) => {
    const r = repoOf(req);
    requirePerm(req, 'admin');
    r.immutableReleases = false;
    return { status: 204 };
  },

  'POST /repos/{owner}/{repo}/releases/generate-notes': async (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const b = req.body as { tag_name: string; target_commitish?: string; previous_tag_name?: string; configuration_file_path?: string };
    const opts: { tag: string; target?: string; previousTag?: string; configPath?: string } = { tag: b.tag_name };
    if (b.target_commitish) opts.target = b.target_commitish;
    if (b.previous_tag_name) opts.previousTag = b.previous_tag_name;
    if (b.configuration_file_path) opts.configPath = b.configuration_file_path;
    return { status: 200, body: await ops.generateNotes(api.state, r, api.serverUrl, opts) };
  },

  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': async (req, api) => {
    const r = repoOf(req);
    const wid = req.params.workflow_id!;
    const id = /^\d+$/.test(wid) ? Number(wid) : r.workflows.get(wid.replace(/^\.github\/workflows\//, ''));
    if (id === undefined || ![...r.workflows.values()].includes(id)) throw notFound();
    return runsResponse(api, r, req, runsFiltered(r, req, id));
  },

  'GET /repos/{owner}/{repo}/actions/runs': async (req, api) => {
    const r = repoOf(req);
    return runsResponse(api, r, req, runsFiltered(r, req));
  },

  'GET /repos/{owner}/{repo}/actions/runs/{run_id}': async (req, api) => {
    const r = repoOf(req);
    const w = r.workflowRuns.find((x) => x.id === intParam(req.params.run_id));
    if (!w) throw notFound();
    return { status: 200, body: o.workflowRun(api, r, w, await r.git.commitInfo(w.headSha)) };
  },

  'GET /repos/{owner}/{repo}/deployments': (req, api) => {
    const r = repoOf(req);
    const q = req.query;
    let list = r.deployments;
    for (const [key, get] of [
      ['sha', (d: (typeof list)[number]) => d.sha],
      ['ref', (d: (typeof list)[number]) => d.ref],
      ['environment', (d: (typeof list)[number]) => d.environment],
    ] as const) {
      const v = q.get(key);
      if (v) list = list.filter((d) => get(d) === v);
    }
    return paginate(
      api,
      req,
      sortDir(list, (d) => d.id, 'desc'),
      (d) => o.deployment(api, r, d),
    );
  },

  'GET /repos/{owner}/{repo}/deployments/{deployment_id}': (req, api) => {
    const r = repoOf(req);
    const d = r.deployments.find((x) => x.id === intParam(req.params.deployment_id));
    if (!d) throw notFound();
    return { status: 200, body: o.deployment(api, r, d) };
  },

  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (req, api) => {
    const r = repoOf(req);
    const d = r.deployments.find((x) => x.id === intParam(req.params.deployment_id));
    if (!d) throw notFound();
    return paginate(api, req, [...d.statuses].reverse(), (s) => o.deploymentStatus(api, r, d, s));
  },
};
