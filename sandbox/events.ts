/**
 * Webhook payload builders for the events the suite reacts to, built from plain REST-shaped
 * objects (the stand-in's pull requests, repositories, issues, comments), plus a validator
 * against GitHub's published webhook schemas (`@octokit/openapi-webhooks`, OpenAPI 3.1).
 *
 * Builders are pure: no clock, no randomness — timestamps come from the objects passed in.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// Plain JSON objects (REST responses / webhook payloads).
export type Json = Record<string, unknown>;

export type PullRequestAction = 'opened' | 'synchronize' | 'edited' | 'labeled' | 'unlabeled' | 'reopened' | 'closed';

export interface PullRequestEventOptions {
  /** The label added/removed (labeled/unlabeled); default: the PR's last label. */
  label?: Json;
  /** Default: the PR's author (`pr.user`). */
  sender?: Json;
  /** For `closed`: whether the PR was merged (default false). */
  merged?: boolean;
  /** For `closed`: timestamp of closing/merging (default: pr.closed_at ?? pr.merged_at ?? pr.updated_at). */
  at?: string;
  /** For `closed` + merged: merge commit SHA (default: pr.merge_commit_sha ?? pr.head.sha). */
  mergeCommitSha?: string;
  /** For `synchronize`: previous and new head SHAs (default: after = pr.head.sha, before = 40 zeros). */
  before?: string;
  after?: string;
  /** For `edited`: the `changes` object (default `{}`). */
  changes?: Json;
}

const ZERO_SHA = '0'.repeat(40);

function clone<T>(v: T): T {
  return structuredClone(v);
}

function obj(v: unknown): Json {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
}

function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : fallback;
}

/** REST repository (full/minimal) -> the webhook `repository` shape. */
export function webhookRepository(repo: Json): Json {
  const r = clone(repo);
  // REST-only fields whose shapes the webhook schema does not describe.
  for (const k of [
    'parent',
    'source',
    'template_repository',
    'temp_clone_token',
    'network_count',
    'subscribers_count',
    'code_search_index_status',
    'security_and_analysis',
  ]) {
    delete r[k];
  }
  r.has_discussions ??= false;
  r.topics ??= [];
  r.visibility ??= r.private ? 'private' : 'public';
  r.is_template ??= false;
  r.web_commit_signoff_required ??= false;
  r.allow_forking ??= true;
  r.archived ??= false;
  r.disabled ??= false;
  r.custom_properties ??= {};
  return r;
}

function webhookTeam(team: unknown): Json {
  const t = clone(obj(team));
  t.type ??= 'organization';
  t.parent ??= null;
  return t;
}

function webhookLabel(label: unknown): Json {
  const l = clone(obj(label));
  l.description ??= null;
  l.default ??= false;
  return l;
}

/** REST pull request -> the webhook `pull_request` shape (state adjusted to `action`). */
export function webhookPullRequest(pr: Json, action: string, opts: PullRequestEventOptions = {}): Json {
  const p = clone(pr);
  const base = obj(p.base);
  const head = obj(p.head);
  if (base.repo) base.repo = webhookRepository(obj(base.repo));
  if (head.repo) head.repo = webhookRepository(obj(head.repo));
  if (Array.isArray(p.requested_teams)) p.requested_teams = p.requested_teams.map(webhookTeam);
  if (Array.isArray(p.labels)) p.labels = p.labels.map(webhookLabel);
  p.auto_merge ??= null;
  p.active_lock_reason ??= null;
  p.draft ??= false;
  if (action === 'closed') {
    const when = opts.at || str(p.closed_at) || str(p.merged_at) || str(p.updated_at);
    p.state = 'closed';
    p.closed_at = when;
    if (opts.merged) {
      p.merged = true;
      p.merged_at = when;
      p.merge_commit_sha = opts.mergeCommitSha || str(p.merge_commit_sha) || str(head.sha);
      p.merged_by ??= opts.sender ?? p.user ?? null;
      p.mergeable = null;
      p.mergeable_state = 'unknown';
    } else {
      p.merged = false;
      p.merged_at = null;
      p.merged_by = null;
    }
  } else {
    p.state = 'open';
    p.closed_at = null;
    p.merged_at = null;
    p.merged = false;
    p.merged_by = null;
  }
  return p;
}

/** `pull_request` webhook payload from a REST pull request and repository. */
export function pullRequestEvent(action: PullRequestAction, pr: Json, repo: Json, opts: PullRequestEventOptions = {}): Json {
  const pull = webhookPullRequest(pr, action, opts);
  const payload: Json = {
    action,
    number: pull.number,
    pull_request: pull,
    repository: webhookRepository(repo),
    sender: clone(opts.sender ?? obj(pr.user)),
  };
  if (action === 'labeled' || action === 'unlabeled') {
    const labels = Array.isArray(pr.labels) ? pr.labels : [];
    const label = opts.label ?? labels[labels.length - 1];
    if (!label) throw new Error(`pullRequestEvent(${action}): pass opts.label (the PR has no labels)`);
    payload.label = webhookLabel(label);
  }
  if (action === 'edited') payload.changes = clone(opts.changes ?? {});
  if (action === 'synchronize') {
    payload.before = opts.before ?? ZERO_SHA;
    payload.after = opts.after ?? str(obj(pull.head).sha);
  }
  return payload;
}

export type PullRequestReviewAction = 'submitted' | 'edited' | 'dismissed';

/** `pull_request_review` webhook payload from a REST review, pull request and repository. */
export function pullRequestReviewEvent(
  action: PullRequestReviewAction,
  review: Json,
  pr: Json,
  repo: Json,
  opts: { sender?: Json; changes?: Json } = {},
): Json {
  const r = clone(review);
  r.submitted_at ??= str(pr.updated_at);
  r.commit_id ??= str(obj(pr.head).sha);
  if (typeof r.state === 'string') r.state = r.state.toLowerCase();
  if (action === 'dismissed') r.state = 'dismissed';
  const payload: Json = {
    action,
    review: r,
    pull_request: webhookPullRequest(pr, str(pr.state) === 'closed' ? 'closed' : 'opened', { merged: pr.merged === true }),
    repository: webhookRepository(repo),
    sender: clone(opts.sender ?? obj(review.user)),
  };
  if (action === 'edited') payload.changes = clone(opts.changes ?? {});
  return payload;
}

export interface PushCommit {
  id: string;
  message: string;
  author: { name: string; email: string; username?: string; date?: string };
  committer?: { name: string; email: string; username?: string; date?: string };
  timestamp?: string;
  tree_id?: string;
  added?: string[];
  removed?: string[];
  modified?: string[];
  distinct?: boolean;
}

export interface PushEventOptions {
  ref: string;
  before: string;
  after: string;
  repo: Json;
  commits?: PushCommit[];
  pusher: { name: string; email?: string | null };
  sender?: Json;
  forced?: boolean;
  baseRef?: string | null;
}

/** The push payload's legacy repository shape (owner carries `name`/`email`; timestamps may be epoch seconds). */
function pushRepository(repo: Json): Json {
  const r = webhookRepository(repo);
  const owner = clone(obj(r.owner));
  owner.name ??= str(owner.login);
  owner.email ??= null;
  r.owner = owner;
  r.stargazers ??= r.stargazers_count ?? 0;
  r.master_branch ??= r.default_branch;
  // Legacy shape: `organization` is the org login, not an object.
  if (r.organization && typeof r.organization === 'object') r.organization = str(obj(r.organization).login);
  delete r.custom_properties;
  return r;
}

/** `push` webhook payload (built from scratch: the published example fails the current schema). */
export function pushEvent(o: PushEventOptions): Json {
  const repository = pushRepository(o.repo);
  const htmlUrl = str(repository.html_url);
  const commits = (o.commits ?? []).map((c) => {
    const author = { ...c.author };
    const committer = { ...(c.committer ?? c.author) };
    return {
      id: c.id,
      tree_id: c.tree_id ?? c.id,
      distinct: c.distinct ?? true,
      message: c.message,
      timestamp: c.timestamp ?? c.author.date ?? str(repository.pushed_at, '1970-01-01T00:00:00Z'),
      url: `${htmlUrl}/commit/${c.id}`,
      author,
      committer,
      added: c.added ?? [],
      removed: c.removed ?? [],
      modified: c.modified ?? [],
    };
  });
  const created = o.before === ZERO_SHA;
  const deleted = o.after === ZERO_SHA;
  return {
    ref: o.ref,
    before: o.before,
    after: o.after,
    repository,
    pusher: { name: o.pusher.name, email: o.pusher.email ?? null },
    sender: clone(o.sender ?? obj(o.repo.owner)),
    created,
    deleted,
    forced: o.forced ?? false,
    base_ref: o.baseRef ?? null,
    compare:
      created || deleted
        ? `${htmlUrl}/compare/${o.ref.replace(/^refs\/(heads|tags)\//, '')}`
        : `${htmlUrl}/compare/${o.before.slice(0, 12)}...${o.after.slice(0, 12)}`,
    commits,
    head_commit: deleted ? null : (commits[commits.length - 1] ?? null),
  };
}

/** `workflow_dispatch` payload. `ref` is a branch or tag name or full ref, as GitHub passes it. */
export function workflowDispatchEvent(o: { ref: string; inputs?: Record<string, unknown> | null; repo: Json; workflow?: string; sender?: Json }): Json {
  return {
    inputs: clone(o.inputs ?? {}),
    ref: o.ref.startsWith('refs/') ? o.ref : `refs/heads/${o.ref}`,
    repository: webhookRepository(o.repo),
    sender: clone(o.sender ?? obj(o.repo.owner)),
    workflow: o.workflow ?? '.github/workflows/release.yml',
  };
}

/** `schedule` is not a webhook: the runner's event file is just `{ "schedule": "<cron>" }`. */
export function scheduleEvent(cron: string): { schedule: string } {
  return { schedule: cron };
}

export interface MergeGroupEventOptions {
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  repo: Json;
  action?: 'checks_requested' | 'destroyed';
  headCommit?: { message?: string; timestamp?: string; treeId?: string; author?: { name: string; email: string } };
  sender?: Json;
  reason?: 'merged' | 'invalidated' | 'dequeued';
}

/** `merge_group` payload (merge queue). */
export function mergeGroupEvent(o: MergeGroupEventOptions): Json {
  const author = o.headCommit?.author ?? { name: 'GitHub', email: 'noreply@github.com' };
  const baseRef = o.baseRef.startsWith('refs/') ? o.baseRef : `refs/heads/${o.baseRef}`;
  const headRef = o.headRef.startsWith('refs/') ? o.headRef : `refs/heads/${o.headRef}`;
  const repository = webhookRepository(o.repo);
  const payload: Json = {
    action: o.action ?? 'checks_requested',
    merge_group: {
      head_sha: o.headSha,
      head_ref: headRef,
      base_sha: o.baseSha,
      base_ref: baseRef,
      head_commit: {
        id: o.headSha,
        tree_id: o.headCommit?.treeId ?? o.headSha,
        message: o.headCommit?.message ?? `Merge queue: ${headRef}`,
        timestamp: o.headCommit?.timestamp ?? str(repository.pushed_at, '1970-01-01T00:00:00Z'),
        author: { ...author },
        committer: { ...author },
      },
    },
    repository,
    sender: clone(o.sender ?? obj(o.repo.owner)),
  };
  if (o.action === 'destroyed') payload.reason = o.reason ?? 'merged';
  return payload;
}

export interface IssueCommentEventOptions {
  issue: Json;
  comment: Json;
  repo: Json;
  isPullRequest: boolean;
  action?: 'created' | 'edited' | 'deleted';
  sender?: Json;
  changes?: Json;
}

const EMPTY_REACTIONS = (url: string): Json => ({
  url: `${url}/reactions`,
  total_count: 0,
  '+1': 0,
  '-1': 0,
  laugh: 0,
  hooray: 0,
  confused: 0,
  heart: 0,
  rocket: 0,
  eyes: 0,
});

/** `issue_comment` payload; with `isPullRequest` the issue carries the `pull_request` link object. */
export function issueCommentEvent(o: IssueCommentEventOptions): Json {
  const issue = clone(o.issue);
  issue.active_lock_reason ??= null;
  issue.reactions ??= EMPTY_REACTIONS(str(issue.url));
  issue.performed_via_github_app ??= null;
  if (Array.isArray(issue.labels)) issue.labels = issue.labels.map((l) => (typeof l === 'string' ? webhookLabel({ name: l }) : webhookLabel(l)));
  const htmlUrl = str(issue.html_url);
  if (o.isPullRequest) {
    const existing = obj(issue.pull_request);
    issue.pull_request = {
      url: str(existing.url, str(issue.url).replace(/\/issues\/(\d+)$/, '/pulls/$1')),
      html_url: str(existing.html_url, htmlUrl.replace(/\/issues\/(\d+)$/, '/pull/$1')),
      diff_url: str(existing.diff_url, `${htmlUrl.replace(/\/issues\/(\d+)$/, '/pull/$1')}.diff`),
      patch_url: str(existing.patch_url, `${htmlUrl.replace(/\/issues\/(\d+)$/, '/pull/$1')}.patch`),
      merged_at: existing.merged_at ?? null,
    };
  } else {
    delete issue.pull_request;
  }
  const comment = clone(o.comment);
  comment.performed_via_github_app ??= null;
  comment.reactions ??= EMPTY_REACTIONS(str(comment.url));
  delete comment.pin;
  delete comment.minimized;
  const payload: Json = {
    action: o.action ?? 'created',
    issue,
    comment,
    repository: webhookRepository(o.repo),
    sender: clone(o.sender ?? obj(o.comment.user)),
  };
  if (o.action === 'edited') payload.changes = clone(o.changes ?? {});
  return payload;
}

// ---------------------------------------------------------------------------------------------
// Validation against @octokit/openapi-webhooks

type AjvCtor = typeof import('ajv/dist/2020.js').default;
type AjvInstance = InstanceType<AjvCtor>;
type AddFormats = typeof import('ajv-formats').default;

// CJS default interop: under Node the default import is the module object with `.default`.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvCtor }).default ?? Ajv2020Module) as AjvCtor;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

const SPEC_ID = 'https://portal-release.local/openapi-webhooks.json';
let ajv: AjvInstance | undefined;
let webhookKeys: Set<string> | undefined;
const validators = new Map<string, ValidateFunction>();

function getAjv(): { ajv: AjvInstance; keys: Set<string> } {
  if (!ajv || !webhookKeys) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json');
    const spec = JSON.parse(readFileSync(file, 'utf8')) as { webhooks: Record<string, unknown>; components: unknown };
    const instance = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(instance);
    // Only `components` is needed: the spec's internal `#/components/...` refs resolve against SPEC_ID.
    instance.addSchema({ $id: SPEC_ID, webhooks: spec.webhooks, components: spec.components }, undefined, undefined, false);
    ajv = instance;
    webhookKeys = new Set(Object.keys(spec.webhooks));
  }
  return { ajv, keys: webhookKeys };
}

/** The spec's `webhooks` key for an event and action, e.g. ('pull_request','closed') -> 'pull-request-closed'. */
export function webhookKey(eventName: string, action?: string | null): string {
  const ev = eventName.replace(/_/g, '-');
  return action ? `${ev}-${action.replace(/_/g, '-')}` : ev;
}

/**
 * Validates a payload against GitHub's published webhook schema for (eventName, action).
 * Returns human-readable errors (`/json/pointer message`), empty when valid.
 * `schedule` (not a webhook) is checked for its one-field shape.
 */
export function validateWebhook(eventName: string, action: string | null | undefined, payload: unknown): string[] {
  if (eventName === 'schedule') {
    const p = obj(payload);
    const errs: string[] = [];
    if (typeof p.schedule !== 'string' || p.schedule.trim().split(/\s+/).length !== 5) errs.push('/schedule must be a 5-field cron string');
    for (const k of Object.keys(p)) if (k !== 'schedule') errs.push(`/${k} is not part of a schedule event`);
    return errs;
  }
  const { ajv: a, keys } = getAjv();
  let key = webhookKey(eventName, action);
  if (!keys.has(key) && keys.has(webhookKey(eventName))) key = webhookKey(eventName);
  if (!keys.has(key)) return [`no webhook schema for ${eventName}${action ? `.${action}` : ''} (${key})`];
  let validate = validators.get(key);
  if (!validate) {
    const pointer = `#/webhooks/${key}/post/requestBody/content/application~1json/schema`;
    validate = a.compile({ $ref: `${SPEC_ID}${pointer}` });
    validators.set(key, validate);
  }
  if (validate(payload)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = e.keyword === 'required' || e.keyword === 'additionalProperties' || e.keyword === 'enum' ? ` ${JSON.stringify(e.params)}` : '';
    return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
  });
}
