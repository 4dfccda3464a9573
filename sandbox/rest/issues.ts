// Issues (and PRs as issues), comments, events, labels, milestones, assignees.
import * as o from '../objects.ts';
import * as ops from '../ops.ts';
import type { IssueRec, RepoState } from '../state.ts';
import { ApiError, checkLengths, hasPerm, intParam, notFound, paginate, repoOf, requirePerm, sortDir, validationFailed } from './util.ts';
import type { ApiRequest, Routes } from './util.ts';

function issueOr404(req: ApiRequest): { r: RepoState; i: IssueRec } {
  const r = repoOf(req);
  const i = r.issues.get(intParam(req.params.issue_number));
  if (!i) throw notFound();
  return { r, i };
}

function labelNames(input: unknown): string[] {
  const arr = Array.isArray(input)
    ? input
    : input && typeof input === 'object' && Array.isArray((input as { labels?: unknown }).labels)
      ? (input as { labels: unknown[] }).labels
      : [];
  return arr.map((x) => (typeof x === 'string' ? x : ((x as { name?: string }).name ?? ''))).filter(Boolean);
}

export const issueRoutes: Routes = {
  'GET /repos/{owner}/{repo}/issues': (req, api) => {
    const r = repoOf(req);
    const q = req.query;
    const state = q.get('state') ?? 'open';
    let items = [...r.issues.values()].filter((i) => state === 'all' || i.state === state);
    const labels = q.get('labels');
    if (labels) {
      const want = labels
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
      items = items.filter((i) => want.every((w) => i.labels.some((l) => l.toLowerCase() === w)));
    }
    const ms = q.get('milestone');
    if (ms === 'none') items = items.filter((i) => i.milestone === null);
    else if (ms === '*') items = items.filter((i) => i.milestone !== null);
    else if (ms) items = items.filter((i) => String(i.milestone) === ms);
    const creator = q.get('creator');
    if (creator) items = items.filter((i) => i.user.toLowerCase() === creator.toLowerCase());
    const assignee = q.get('assignee');
    if (assignee === 'none') items = items.filter((i) => !i.assignees.length);
    else if (assignee === '*') items = items.filter((i) => i.assignees.length);
    else if (assignee) items = items.filter((i) => i.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase()));
    const since = q.get('since');
    if (since) items = items.filter((i) => i.updatedAt >= since);
    const sort = q.get('sort') ?? 'created';
    items = sortDir(
      items,
      (i) =>
        sort === 'updated'
          ? i.updatedAt + String(i.number).padStart(9, '0')
          : sort === 'comments'
            ? r.comments.filter((c) => c.issue === i.number).length
            : i.number,
      q.get('direction') ?? 'desc',
    );
    return paginate(api, req, items, (i) => o.issue(api, r, i));
  },

  'POST /repos/{owner}/{repo}/issues': (req, api) => {
    checkLengths('Issue', req.body);
    const r = repoOf(req);
    requirePerm(req, 'read');
    const b = req.body as {
      title: string | number;
      body?: string;
      labels?: unknown[];
      milestone?: number | string | null;
      assignees?: string[];
      assignee?: string;
    };
    const canTriage = hasPerm(r, req.login, 'triage');
    const i = ops.createIssue(api.state, r, {
      title: String(b.title),
      body: b.body ?? null,
      user: req.login,
      labels: canTriage ? labelNames(b.labels ?? []) : [],
      milestone: canTriage && b.milestone != null ? Number(b.milestone) : null,
      assignees: canTriage ? (b.assignees ?? (b.assignee ? [b.assignee] : [])) : [],
    });
    return { status: 201, body: o.issue(api, r, i), headers: { location: `${o.repoUrl(api, r)}/issues/${i.number}` } };
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}': (req, api) => {
    const { r, i } = issueOr404(req);
    return { status: 200, body: o.issue(api, r, i) };
  },

  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': async (req, api) => {
    checkLengths('Issue', req.body);
    const { r, i } = issueOr404(req);
    if (i.user.toLowerCase() !== req.login.toLowerCase()) requirePerm(req, 'triage');
    const b = req.body as {
      title?: string | number | null;
      body?: string | null;
      state?: 'open' | 'closed';
      state_reason?: string | null;
      milestone?: number | string | null;
      labels?: unknown[];
      assignees?: string[];
    };
    if (b.title != null) i.title = String(b.title);
    if (b.body !== undefined) i.body = b.body;
    if (b.milestone !== undefined) ops.setMilestone(api.state, r, i, b.milestone === null ? null : Number(b.milestone), req.login);
    if (b.labels !== undefined) {
      const want = labelNames(b.labels);
      for (const l of [...i.labels]) if (!want.some((w) => w.toLowerCase() === l.toLowerCase())) ops.removeLabel(api.state, r, i, l, req.login);
      ops.addLabels(api.state, r, i, want, req.login);
    }
    if (b.assignees !== undefined) {
      for (const a of b.assignees) api.state.user(a);
      i.assignees = [...b.assignees];
    }
    if (b.state !== undefined) {
      if (i.pull?.merged && b.state === 'open') throw validationFailed('Issue', 'state', 'invalid');
      if (i.pull && b.state === 'closed') await ops.refreshPull(r, i);
      ops.setState(api.state, r, i, b.state, req.login, b.state_reason ?? null);
    }
    i.updatedAt = api.state.iso();
    return { status: 200, body: o.issue(api, r, i) };
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (req, api) => {
    const { r, i } = issueOr404(req);
    const since = req.query.get('since');
    const list = r.comments.filter((c) => c.issue === i.number && (!since || c.updatedAt >= since));
    return paginate(api, req, list, (c) => o.comment(api, r, c));
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (req, api) => {
    checkLengths('IssueComment', req.body);
    const { r, i } = issueOr404(req);
    if (i.locked) requirePerm(req, 'write');
    const now = api.state.iso();
    const c = { id: api.state.nextId(), issue: i.number, user: req.login, body: String((req.body as { body: string }).body), createdAt: now, updatedAt: now };
    r.comments.push(c);
    i.updatedAt = now;
    return { status: 201, body: o.comment(api, r, c), headers: { location: `${o.repoUrl(api, r)}/issues/comments/${c.id}` } };
  },

  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (req, api) => {
    const r = repoOf(req);
    const c = r.comments.find((x) => x.id === intParam(req.params.comment_id));
    if (!c) throw notFound();
    return { status: 200, body: o.comment(api, r, c) };
  },

  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (req, api) => {
    checkLengths('IssueComment', req.body);
    const r = repoOf(req);
    const c = r.comments.find((x) => x.id === intParam(req.params.comment_id));
    if (!c) throw notFound();
    if (c.user.toLowerCase() !== req.login.toLowerCase()) requirePerm(req, 'write');
    c.body = String((req.body as { body: string }).body);
    c.updatedAt = api.state.iso();
    return { status: 200, body: o.comment(api, r, c) };
  },

  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (req) => {
    const r = repoOf(req);
    const idx = r.comments.findIndex((x) => x.id === intParam(req.params.comment_id));
    if (idx < 0) throw notFound();
    if (r.comments[idx]!.user.toLowerCase() !== req.login.toLowerCase()) requirePerm(req, 'write');
    r.comments.splice(idx, 1);
    return { status: 204 };
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}/events': (req, api) => {
    const { r, i } = issueOr404(req);
    return paginate(
      api,
      req,
      r.events.filter((e) => e.issue === i.number),
      (e) => o.issueEvent(api, r, e),
    );
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': (req, api) => {
    const { r, i } = issueOr404(req);
    return paginate(api, req, i.labels, (n) => o.labelByName(api, r, n));
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (req, api) => {
    const { r, i } = issueOr404(req);
    requirePerm(req, 'triage');
    ops.addLabels(api.state, r, i, labelNames(req.body), req.login);
    return { status: 200, body: i.labels.map((n) => o.labelByName(api, r, n)) };
  },

  'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels': (req, api) => {
    const { r, i } = issueOr404(req);
    requirePerm(req, 'triage');
    const want = labelNames(req.body);
    for (const l of [...i.labels]) if (!want.some((w) => w.toLowerCase() === l.toLowerCase())) ops.removeLabel(api.state, r, i, l, req.login);
    ops.addLabels(api.state, r, i, want, req.login);
    return { status: 200, body: i.labels.map((n) => o.labelByName(api, r, n)) };
  },

  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': (req, api) => {
    const { r, i } = issueOr404(req);
    requirePerm(req, 'triage');
    if (!ops.removeLabel(api.state, r, i, req.params.name!, req.login)) throw new ApiError(404, 'Label does not exist');
    return { status: 200, body: i.labels.map((n) => o.labelByName(api, r, n)) };
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/assignees': (req, api) => {
    const { r, i } = issueOr404(req);
    requirePerm(req, 'triage');
    for (const a of (req.body as { assignees?: string[] })?.assignees ?? []) {
      api.state.user(a);
      if (!i.assignees.some((x) => x.toLowerCase() === a.toLowerCase())) {
        i.assignees.push(a);
        ops.addEvent(api.state, r, i.number, 'assigned', req.login, { assignee: a });
      }
    }
    return { status: 201, body: o.issue(api, r, i) };
  },

  'GET /repos/{owner}/{repo}/labels': (req, api) => {
    const r = repoOf(req);
    return paginate(api, req, [...r.labels.values()], (l) => o.label(api, r, l));
  },

  'POST /repos/{owner}/{repo}/labels': (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const b = req.body as { name: string; color?: string; description?: string };
    if (r.labels.has(b.name.toLowerCase())) throw validationFailed('Label', 'name', 'already_exists');
    const l = ops.ensureLabel(api.state, r, b.name, b.color?.replace(/^#/, ''), b.description ?? null);
    return { status: 201, body: o.label(api, r, l) };
  },

  'GET /repos/{owner}/{repo}/labels/{name}': (req, api) => {
    const r = repoOf(req);
    const l = r.labels.get(req.params.name!.toLowerCase());
    if (!l) throw notFound();
    return { status: 200, body: o.label(api, r, l) };
  },

  'PATCH /repos/{owner}/{repo}/labels/{name}': (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const l = r.labels.get(req.params.name!.toLowerCase());
    if (!l) throw notFound();
    const b = req.body as { new_name?: string; color?: string; description?: string };
    if (b.new_name && b.new_name !== l.name) {
      for (const i of r.issues.values()) i.labels = i.labels.map((x) => (x.toLowerCase() === l.name.toLowerCase() ? b.new_name! : x));
      r.labels.delete(l.name.toLowerCase());
      l.name = b.new_name;
      r.labels.set(l.name.toLowerCase(), l);
    }
    if (b.color) l.color = b.color.replace(/^#/, '');
    if (b.description !== undefined) l.description = b.description;
    return { status: 200, body: o.label(api, r, l) };
  },

  'GET /repos/{owner}/{repo}/milestones': (req, api) => {
    const r = repoOf(req);
    const state = req.query.get('state') ?? 'open';
    let items = [...r.milestones.values()].filter((m) => state === 'all' || m.state === state);
    const sort = req.query.get('sort') ?? 'due_on';
    items = sortDir(
      items,
      (m) => (sort === 'completeness' ? m.number : (m.dueOn ?? '9999') + String(m.number).padStart(9, '0')),
      req.query.get('direction') ?? 'asc',
    );
    return paginate(api, req, items, (m) => o.milestone(api, r, m));
  },

  'POST /repos/{owner}/{repo}/milestones': (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const b = req.body as { title: string; state?: 'open' | 'closed'; description?: string; due_on?: string };
    const m = ops.createMilestone(api.state, r, b.title, req.login, { state: b.state ?? 'open', description: b.description ?? null, dueOn: b.due_on ?? null });
    return { status: 201, body: o.milestone(api, r, m), headers: { location: `${o.repoUrl(api, r)}/milestones/${m.number}` } };
  },

  'GET /repos/{owner}/{repo}/milestones/{milestone_number}': (req, api) => {
    const r = repoOf(req);
    const m = r.milestones.get(intParam(req.params.milestone_number));
    if (!m) throw notFound();
    return { status: 200, body: o.milestone(api, r, m) };
  },

  'PATCH /repos/{owner}/{repo}/milestones/{milestone_number}': (req, api) => {
    const r = repoOf(req);
    requirePerm(req, 'write');
    const m = r.milestones.get(intParam(req.params.milestone_number));
    if (!m) throw notFound();
    const b = req.body as { title?: string; state?: 'open' | 'closed'; description?: string; due_on?: string };
    if (b.title !== undefined) m.title = b.title;
    if (b.description !== undefined) m.description = b.description;
    if (b.due_on !== undefined) m.dueOn = b.due_on;
    if (b.state !== undefined && b.state !== m.state) {
      m.state = b.state;
      m.closedAt = b.state === 'closed' ? api.state.iso() : null;
    }
    m.updatedAt = api.state.iso();
    return { status: 200, body: o.milestone(api, r, m) };
  },
};
