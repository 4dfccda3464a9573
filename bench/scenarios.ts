/**
 * The main scenarios of every action, seeded into a Sandbox and run through the bundled action.
 *
 * Each scenario is deterministic: the stand-in's clock ticks one second per reading while the
 * scenario is seeded and stands still while the action runs, and the action's git commits get a
 * fixed committer date. Two sandboxes seeded with the same scenario therefore hold identical state
 * (ids, numbers, timestamps, SHAs), which is what lets the fault matrix compare `snapshot()`s whole.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Sandbox, type RepoHandle } from '../sandbox/index.ts';
import { REPO_ROOT, runAction, type ActionResult } from '../sandbox/harness.ts';
import { issueCommentEvent, pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent } from '../sandbox/events.ts';
import { apiGet, mergeSuiteReleasePr } from '../sandbox/testing.ts';
import type { RequestLogEntry } from '../sandbox/index.ts';

export type ActionName = 'freeze-guard' | 'milestone-check' | 'backport-cherry-pick' | 'promote-rc' | 'tag-and-release';
export const ACTIONS: ActionName[] = ['freeze-guard', 'milestone-check', 'backport-cherry-pick', 'promote-rc', 'tag-and-release'];

/** Fixed instants: the stand-in's clock starts at SEED_START; actions judge "now" as RUN_NOW. */
export const SEED_START = '2026-06-01T08:00:00Z';
export const RUN_NOW = '2026-06-10T12:00:00Z';

/**
 * Environment of every bundle run in bench/: a short retry back-off (shared/entry.ts) and a fixed
 * date for the commits an action makes with git (cherry-picks), so that their SHAs are reproducible.
 */
export const RUN_ENV: Record<string, string> = {
  PORTAL_RELEASE_RETRY_BASE_MS: '5',
  GIT_COMMITTER_DATE: '2026-06-10T12:00:00+0000',
};

type Inputs = Record<string, string | boolean | number | undefined>;

export interface RunOptions {
  inputs?: Inputs;
  env?: Record<string, string>;
}

/** A seeded scenario, ready to run. */
export interface Prepared {
  sb: Sandbox;
  repos: RepoHandle[];
  /** Runs the bundled action on the scenario's event (the same event every time). */
  run(options?: RunOptions): Promise<ActionResult>;
}

/** Knobs the hostile corpus turns; every field has a sensible default in each scenario. */
export interface Variant {
  /** Content of `.github/portal-release.yml` on the default branch (`undefined`: no file). */
  policy?: string;
  /** Extra inputs (override the scenario's). */
  inputs?: Inputs;
  /** Title of the pull request the scenario is about. */
  title?: string;
  /** Body of that pull request. */
  body?: string;
  /** Head branch of that pull request. */
  branch?: string;
  /** Labels of that pull request. */
  labels?: string[];
  /** File changed by that pull request (path → content). */
  files?: Record<string, string>;
  /** Text of the triggering comment (comment-triggered scenarios). */
  comment?: string;
}

export interface Scenario {
  id: string;
  action: ActionName;
  title: string;
  seed(sb: Sandbox, variant?: Variant): Promise<Prepared>;
  /** REST writes (`METHOD /route/template`) the scenario's action may send, whatever the input. */
  allowedWrites: string[];
  /** Refs the action may create or move (git pushes and the git refs API). */
  allowedRefs: RegExp;
}

const NO_REFS = /^$/;

// ---------------------------------------------------------------------------------------------
// Sandboxes with a deterministic clock.
// ---------------------------------------------------------------------------------------------

export interface BenchSandbox extends Sandbox {
  /** Stops the clock (call before running actions). */
  freezeClock(): void;
}

/** A Sandbox whose clock ticks 1 s per reading until `freezeClock()`, then stands still. */
export async function startSandbox(): Promise<BenchSandbox> {
  let t = Date.parse(SEED_START);
  let frozen = false;
  const sb = (await Sandbox.start({ now: () => new Date(frozen ? t : (t += 1000)) })) as BenchSandbox;
  sb.freezeClock = () => {
    frozen = true;
  };
  for (const login of ['alice', 'bob', 'carol']) sb.addUser(login);
  return sb;
}

/** True when the bundle of `action` exists (promote-rc and tag-and-release land later). */
export function bundleExists(action: ActionName): boolean {
  return existsSync(path.join(REPO_ROOT, 'dist', action, 'index.js'));
}

function runner(sb: Sandbox, repo: RepoHandle, action: ActionName, eventName: string, event: unknown, base: Inputs): Prepared['run'] {
  return (options: RunOptions = {}) => {
    (sb as BenchSandbox).freezeClock?.();
    return runAction({
      action,
      // Every action reads `now` (shared/entry.ts): timestamps it writes (tag objects) are reproducible.
      inputs: { now: RUN_NOW, ...base, ...options.inputs },
      eventName,
      event,
      repository: repo.fullName,
      apiUrl: sb.apiUrl,
      serverUrl: sb.serverUrl,
      token: sb.token,
      env: { ...RUN_ENV, ...options.env },
      timeoutMs: 90_000,
    });
  };
}

function withPolicy(files: Record<string, string>, policy: string | undefined): Record<string, string> {
  return policy === undefined ? files : { ...files, '.github/portal-release.yml': policy };
}

/** A branch from `base`, one commit, a pull request; merged with `method` unless `method` is undefined. */
async function pull(
  repo: RepoHandle,
  o: { head: string; base: string; title: string; body?: string; files: Record<string, string>; labels?: string[]; user?: string; milestone?: number },
): Promise<number> {
  await repo.createBranch(o.head, o.base);
  await repo.commit(o.head, o.files, o.title, { author: o.user ?? 'alice' });
  for (const l of o.labels ?? []) if (!repo.labels().some((x) => x.name === l)) repo.createLabel(l, { description: l });
  const pr = await repo.openPullRequest({
    head: o.head,
    base: o.base,
    title: o.title,
    body: o.body,
    labels: o.labels ?? [],
    user: o.user ?? 'alice',
    milestone: o.milestone,
  });
  return pr.number as number;
}

// ---------------------------------------------------------------------------------------------
// freeze-guard: a feat: pull request to dev during the freeze after a major release.
// ---------------------------------------------------------------------------------------------

const FREEZE_NOW = '2026-06-12T12:00:00Z';

async function freezeRepo(sb: Sandbox, v: Variant): Promise<RepoHandle> {
  const repo = await sb.createRepo('acme/app', {
    defaultBranch: 'main',
    branches: ['dev', 'stg'],
    files: withPolicy({ 'README.md': '# app\n', 'src/app.ts': 'export {};\n' }, v.policy),
  });
  await repo.createRelease({ tag: 'v3.0.0', target: 'main', publishedAt: '2026-06-01T12:00:00Z' });
  return repo;
}

async function freezeCheck(sb: Sandbox, v: Variant, title: string): Promise<Prepared> {
  const repo = await freezeRepo(sb, v);
  const n = await pull(repo, {
    head: v.branch ?? 'topic/dashboard',
    base: 'dev',
    title: v.title ?? title,
    body: v.body,
    files: v.files ?? { 'src/dash.ts': 'export const dash = 1;\n' },
    labels: v.labels,
  });
  const pr = await apiGet(sb, `/repos/${repo.fullName}/pulls/${n}`);
  const repository = await apiGet(sb, `/repos/${repo.fullName}`);
  const event = pullRequestEvent('opened', pr, repository);
  return { sb, repos: [repo], run: runner(sb, repo, 'freeze-guard', 'pull_request', event, { now: FREEZE_NOW, ...v.inputs }) };
}

const FREEZE_WRITES = [
  'POST /repos/{owner}/{repo}/statuses/{sha}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
];

export const freezeBlocked: Scenario = {
  id: 'freeze-guard/check-blocked',
  action: 'freeze-guard',
  title: 'check: feat PR blocked during the freeze (status + guidance comment)',
  seed: (sb, v = {}) => freezeCheck(sb, v, 'feat: new dashboard'),
  allowedWrites: FREEZE_WRITES,
  allowedRefs: NO_REFS,
};

export const freezeAllowed: Scenario = {
  id: 'freeze-guard/check-allowed',
  action: 'freeze-guard',
  title: 'check: fix PR allowed during the freeze (status)',
  seed: (sb, v = {}) => freezeCheck(sb, v, 'fix(api): handle null'),
  allowedWrites: FREEZE_WRITES,
  allowedRefs: NO_REFS,
};

// ---------------------------------------------------------------------------------------------
// milestone-check: a train of two repositories; the must-have fix never reached main; the report
// comment on the release PR and the milestone created where it is missing.
// ---------------------------------------------------------------------------------------------

async function milestoneTrain(sb: Sandbox, v: Variant, o: { createMissing: boolean }): Promise<Prepared> {
  const app = await sb.createRepo('acme/app', {
    branches: ['dev', 'stg'],
    files: withPolicy({ 'install.sh': 'apt-get install mysql-client\n', 'README.md': '# app\n' }, v.policy),
  });
  const web = await sb.createRepo('acme/web', { branches: ['dev', 'stg'] });
  if (!o.createMissing) web.createMilestone('v1.2.0');
  const milestone = app.createMilestone('v1.2.0').number as number;
  const feature = await pull(app, { head: 'feat-theme', base: 'dev', title: 'feat: theme', files: { 'theme.css': 'body {}\n' }, milestone });
  await app.mergePullRequest(feature, { method: 'squash' });
  for (const [head, base] of [
    ['dev', 'stg'],
    ['stg', 'main'],
  ] as const) {
    const pr = await app.openPullRequest({ head, base, title: `Promote ${head} to ${base}` });
    await app.mergePullRequest(pr.number as number, { method: 'merge' });
  }
  const fix = await pull(app, {
    head: v.branch ?? 'fix-install',
    base: 'dev',
    title: v.title ?? 'fix: install the MySQL client on Ubuntu 20.04',
    body: v.body,
    files: v.files ?? { 'install.sh': 'apt-get install default-mysql-client\n' },
    labels: v.labels ?? ['must-have'],
    milestone,
  });
  await app.mergePullRequest(fix, { method: 'squash' });
  app.createIssue({ title: 'Document the installer', milestone, state: 'closed', labels: ['documentation'] });
  await app.commit('stg', { 'CHANGELOG.md': '# 1.2.0\n' }, 'docs: changelog for 1.2.0');
  const releasePr = (await app.openPullRequest({ head: 'stg', base: 'main', title: 'Release v1.2.0' })).number as number;
  const repository = await apiGet(sb, `/repos/${app.fullName}`);
  const event = workflowDispatchEvent({ ref: 'main', repo: repository });
  const inputs: Inputs = { version: '1.2.0', repos: web.fullName, 'create-missing': o.createMissing, 'comment-on': releasePr, ...v.inputs };
  return { sb, repos: [app, web], run: runner(sb, app, 'milestone-check', 'workflow_dispatch', event, inputs) };
}

const MILESTONE_WRITES = [
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'POST /repos/{owner}/{repo}/milestones',
];

export const milestoneReport: Scenario = {
  id: 'milestone-check/train-report',
  action: 'milestone-check',
  title: 'train of 2 repos: the missing must-have fix reported in one comment on the release PR',
  seed: (sb, v = {}) => milestoneTrain(sb, v, { createMissing: false }),
  allowedWrites: MILESTONE_WRITES,
  allowedRefs: NO_REFS,
};

export const milestoneCreateMissing: Scenario = {
  id: 'milestone-check/create-missing',
  action: 'milestone-check',
  title: 'train of 2 repos, `create-missing`: the milestone created in the second repo, report comment',
  seed: (sb, v = {}) => milestoneTrain(sb, v, { createMissing: true }),
  allowedWrites: MILESTONE_WRITES,
  allowedRefs: NO_REFS,
};

// ---------------------------------------------------------------------------------------------
// backport-cherry-pick: a squash-merged fix labelled `backport stg`; a hotfix merged into main.
// ---------------------------------------------------------------------------------------------

async function backportRepo(sb: Sandbox, v: Variant): Promise<RepoHandle> {
  const repo = await sb.createRepo('acme/backend', {
    defaultBranch: 'main',
    branches: ['dev', 'stg'],
    files: withPolicy({ 'app.txt': 'one\ntwo\nthree\nfour\nfive\n', 'README.md': '# app\n' }, v.policy),
  });
  await repo.createRelease({ tag: 'v2.0.0', target: 'main', publishedAt: '2026-06-01T00:00:00Z' });
  for (const name of ['backport stg', 'backport main', 'bug', 'security', 'hotfix', 'needs-manual-backport', 'backport-drift']) {
    repo.createLabel(name, { description: name });
  }
  return repo;
}

async function closedEvent(repo: RepoHandle, n: number): Promise<unknown> {
  const pr = await repo.pullRequest(n);
  return pullRequestEvent('closed', pr, pr.base.repo, { merged: true });
}

async function backportSquash(sb: Sandbox, v: Variant): Promise<Prepared> {
  const repo = await backportRepo(sb, v);
  const n = await pull(repo, {
    head: v.branch ?? 'fix/paging',
    base: 'dev',
    title: v.title ?? 'fix: off-by-one in paging',
    body: v.body,
    files: v.files ?? { 'app.txt': 'one\nTWO\nthree\nfour\nfive\n' },
    labels: v.labels ?? ['backport stg', 'bug'],
  });
  await repo.mergePullRequest(n, { method: 'squash' });
  const event = await closedEvent(repo, n);
  return { sb, repos: [repo], run: runner(sb, repo, 'backport-cherry-pick', 'pull_request', event, { now: RUN_NOW, ...v.inputs }) };
}

async function backportHotfix(sb: Sandbox, v: Variant): Promise<Prepared> {
  const repo = await backportRepo(sb, v);
  const n = await pull(repo, {
    head: v.branch ?? 'hotfix/login',
    base: 'main',
    title: v.title ?? 'fix: security patch for login',
    body: v.body,
    files: v.files ?? { 'login.txt': 'patched\n' },
    labels: v.labels ?? ['hotfix'],
  });
  await repo.mergePullRequest(n, { method: 'merge' });
  const event = await closedEvent(repo, n);
  return { sb, repos: [repo], run: runner(sb, repo, 'backport-cherry-pick', 'pull_request', event, { now: RUN_NOW, ...v.inputs }) };
}

async function backportAudit(sb: Sandbox, v: Variant): Promise<Prepared> {
  const repo = await backportRepo(sb, v);
  const n = await pull(repo, {
    head: 'hotfix/login',
    base: 'main',
    title: 'fix: security patch for login',
    files: { 'login.txt': 'patched\n' },
    labels: ['hotfix'],
  });
  await repo.mergePullRequest(n, { method: 'merge' });
  return {
    sb,
    repos: [repo],
    run: runner(sb, repo, 'backport-cherry-pick', 'schedule', scheduleEvent('0 6 * * *'), { now: RUN_NOW, mode: 'audit', ...v.inputs }),
  };
}

/** `/backport <target>` commented on a merged pull request by `commenter`. */
async function backportComment(sb: Sandbox, v: Variant & { commenter?: string }): Promise<Prepared> {
  const repo = await backportRepo(sb, v);
  repo.setPermission('bob', 'write');
  const n = await pull(repo, {
    head: v.branch ?? 'fix/comment',
    base: 'dev',
    title: v.title ?? 'fix: by comment',
    body: v.body,
    files: v.files ?? { 'c.txt': 'c\n' },
    labels: v.labels ?? [],
  });
  await repo.mergePullRequest(n, { method: 'squash' });
  const commenter = v.commenter ?? 'bob';
  const comment = repo.addComment(n, v.comment ?? '/backport stg', commenter);
  const pr = await repo.pullRequest(n);
  const event = issueCommentEvent({ issue: repo.issue(n), comment, repo: pr.base.repo, isPullRequest: true });
  return { sb, repos: [repo], run: runner(sb, repo, 'backport-cherry-pick', 'issue_comment', event, { now: RUN_NOW, ...v.inputs }) };
}

/** The failure tracking issue (shared/alerts.ts) of backport-cherry-pick, promote-rc and tag-and-release. */
const ALERT_WRITES = [
  'POST /repos/{owner}/{repo}/issues',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
];

const BACKPORT_WRITES = [
  'POST /repos/{owner}/{repo}/pulls',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'POST /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/statuses/{sha}',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  ...ALERT_WRITES,
];
const BACKPORT_REFS = /^refs\/heads\/(backport|merge-back)\/\d+-to-[A-Za-z0-9._/-]+$/;

export const backportSquashScenario: Scenario = {
  id: 'backport-cherry-pick/squash-1-target',
  action: 'backport-cherry-pick',
  title: 'squash-merged fix labelled `backport stg`: 1 backport PR created',
  seed: (sb, v = {}) => backportSquash(sb, v),
  allowedWrites: BACKPORT_WRITES,
  allowedRefs: BACKPORT_REFS,
};

/** The same fix with `backport.signed-commits`: the pick made through the git data API instead of a push. */
export const backportSignedScenario: Scenario = {
  id: 'backport-cherry-pick/signed-squash-1-target',
  action: 'backport-cherry-pick',
  title: 'squash-merged fix labelled `backport stg`, signed commits: the pick made by GitHub, 1 backport PR created',
  seed: (sb, v = {}) => backportSquash(sb, { ...v, policy: v.policy ?? 'backport:\n  signed-commits: true\n' }),
  allowedWrites: [
    ...BACKPORT_WRITES,
    'POST /repos/{owner}/{repo}/git/blobs',
    'POST /repos/{owner}/{repo}/git/trees',
    'POST /repos/{owner}/{repo}/git/commits',
    'POST /repos/{owner}/{repo}/git/refs',
    'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  ],
  allowedRefs: BACKPORT_REFS,
};

export const backportHotfixScenario: Scenario = {
  id: 'backport-cherry-pick/hotfix-merge-back',
  action: 'backport-cherry-pick',
  title: 'hotfix merged into main: merge-back PRs to stg and dev',
  seed: (sb, v = {}) => backportHotfix(sb, v),
  allowedWrites: BACKPORT_WRITES,
  allowedRefs: BACKPORT_REFS,
};

export const backportAuditScenario: Scenario = {
  id: 'backport-cherry-pick/audit-open-ledger',
  action: 'backport-cherry-pick',
  title: 'audit: a hotfix on main missing from stg and dev opens the drift ledger',
  seed: (sb, v = {}) => backportAudit(sb, v),
  allowedWrites: BACKPORT_WRITES,
  allowedRefs: BACKPORT_REFS,
};

export const backportCommentScenario: Scenario = {
  id: 'backport-cherry-pick/comment-1-target',
  action: 'backport-cherry-pick',
  title: '`/backport stg` comment by a writer: 1 backport PR created',
  seed: (sb, v = {}) => backportComment(sb, v),
  allowedWrites: BACKPORT_WRITES,
  allowedRefs: BACKPORT_REFS,
};

// ---------------------------------------------------------------------------------------------
// promote-rc: dev holds a merged feature; the first release candidate is promoted to stg.
// ---------------------------------------------------------------------------------------------

async function promoteRepo(sb: Sandbox, v: Variant, extra: Record<string, string> = {}): Promise<RepoHandle> {
  const repo = await sb.createRepo('acme/app', {
    defaultBranch: 'main',
    branches: ['dev', 'stg'],
    files: withPolicy({ 'README.md': '# app\n', ...extra }, v.policy),
  });
  await repo.createTag('v1.2.0', 'main', 'Release v1.2.0');
  const n = await pull(repo, {
    head: v.branch ?? 'feature/csv',
    base: 'dev',
    title: v.title ?? 'feat: export to CSV',
    body: v.body ?? 'Closes #99',
    files: v.files ?? { 'csv.ts': 'export {}\n' },
    labels: v.labels,
  });
  await repo.mergePullRequest(n, { method: 'squash' });
  return repo;
}

async function dispatch(sb: Sandbox, repo: RepoHandle, action: ActionName, inputs: Inputs): Promise<Prepared> {
  const repository = await apiGet(sb, `/repos/${repo.fullName}`);
  const event = workflowDispatchEvent({ ref: 'main', repo: repository });
  return { sb, repos: [repo], run: runner(sb, repo, action, 'workflow_dispatch', event, inputs) };
}

const PROMOTE_WRITES = [
  'POST /repos/{owner}/{repo}/git/tags',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'POST /repos/{owner}/{repo}/pulls',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'POST /repos/{owner}/{repo}/statuses/{sha}',
  ...ALERT_WRITES,
];
const PROMOTE_REFS = /^refs\/(tags\/v\d+\.\d+\.\d+(-rc\.\d+)?|heads\/portal-release\/(rc-stg|release-main))$/;

export const promoteFirstRc: Scenario = {
  id: 'promote-rc/rc-first',
  action: 'promote-rc',
  title: 'rc: first promotion dev → stg (RC tag, head branch, PR)',
  seed: async (sb, v = {}) => dispatch(sb, await promoteRepo(sb, v), 'promote-rc', { ...v.inputs }),
  allowedWrites: PROMOTE_WRITES,
  allowedRefs: PROMOTE_REFS,
};

/** The RC PR of a first promotion merged into stg; the release PR stg → main is due. */
async function promoteReleaseSeed(sb: Sandbox, v: Variant): Promise<{ repo: RepoHandle }> {
  const repo = await promoteRepo(sb, v, { '.github/release-validation.md': '- [ ] UAT signed off for {tag}\n- [ ] Validation runs on staging for {rc}\n' });
  const rc = await (await dispatch(sb, repo, 'promote-rc', {})).run();
  if (rc.exitCode !== 0) throw new Error(`seeding promote-rc (rc) failed:\n${rc.stdout}\n${rc.stderr}`);
  const n = Number(rc.outputs['pr-number']);
  await repo.mergePullRequest(n, { method: 'merge' });
  return { repo };
}

export const promoteRelease: Scenario = {
  id: 'promote-rc/release-open',
  action: 'promote-rc',
  title: 'release: open the release PR stg → main',
  seed: async (sb, v = {}) => {
    const { repo } = await promoteReleaseSeed(sb, v);
    return dispatch(sb, repo, 'promote-rc', { stage: 'release', ...v.inputs });
  },
  allowedWrites: PROMOTE_WRITES,
  allowedRefs: PROMOTE_REFS,
};

export const promoteGate: Scenario = {
  id: 'promote-rc/gate',
  action: 'promote-rc',
  title: 'gate: judge the release PR and set the status',
  seed: async (sb, v = {}) => {
    const { repo } = await promoteReleaseSeed(sb, v);
    const rel = await (await dispatch(sb, repo, 'promote-rc', { stage: 'release' })).run();
    if (rel.exitCode !== 0) throw new Error(`seeding promote-rc (release) failed:\n${rel.stdout}\n${rel.stderr}`);
    const pr = await apiGet(sb, `/repos/${repo.fullName}/pulls/${rel.outputs['pr-number']}`);
    const repository = await apiGet(sb, `/repos/${repo.fullName}`);
    const event = pullRequestEvent('synchronize', pr, repository);
    return { sb, repos: [repo], run: runner(sb, repo, 'promote-rc', 'pull_request', event, { stage: 'gate', ...v.inputs }) };
  },
  allowedWrites: PROMOTE_WRITES,
  allowedRefs: PROMOTE_REFS,
};

// ---------------------------------------------------------------------------------------------
// tag-and-release: the release PR merged into main, a green smoke run on the merge commit, push.
// ---------------------------------------------------------------------------------------------

const SMOKE = 'native-install-smoke.yml';

async function releaseSeed(sb: Sandbox, v: Variant, o: { smoke: boolean }): Promise<Prepared> {
  const repo = await sb.createRepo('acme/app', {
    defaultBranch: 'main',
    branches: ['dev', 'stg'],
    files: withPolicy({ 'README.md': '# app\n' }, v.policy),
  });
  const f = await pull(repo, {
    head: v.branch ?? 'feature/1',
    base: 'main',
    title: v.title ?? 'feat: first feature',
    body: v.body,
    files: v.files ?? { 'src/1.txt': 'feat\n' },
    labels: v.labels,
  });
  await repo.mergePullRequest(f);
  await repo.commit('stg', { 'CHANGELOG.md': '1.0.0\n' }, 'chore: prepare 1.0.0');
  const { sha } = await mergeSuiteReleasePr(repo, '1.0.0');
  if (o.smoke) repo.addWorkflowRun({ workflowFile: SMOKE, headSha: sha, conclusion: 'success', event: 'push', headBranch: 'main' });
  const repository = await apiGet(sb, `/repos/${repo.fullName}`);
  const event = pushEvent({ ref: 'refs/heads/main', before: '0'.repeat(39) + '1', after: sha, repo: repository, pusher: { name: repo.owner } });
  return { sb, repos: [repo], run: runner(sb, repo, 'tag-and-release', 'push', event, { ...v.inputs }) };
}

const RELEASE_WRITES = [
  'POST /repos/{owner}/{repo}/git/tags',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'POST /repos/{owner}/{repo}/releases/generate-notes',
  'POST /repos/{owner}/{repo}/releases',
  'PATCH /repos/{owner}/{repo}/releases/{release_id}',
  // This run's own draft, when a concurrent run published the release first.
  'DELETE /repos/{owner}/{repo}/releases/{release_id}',
  'PATCH /repos/{owner}/{repo}/milestones/{milestone_number}',
  ...ALERT_WRITES,
];
const RELEASE_REFS = /^refs\/tags\/v\d+(\.\d+\.\d+(-rc\.\d+)?)?$/;

export const releaseFirst: Scenario = {
  id: 'tag-and-release/first-release',
  action: 'tag-and-release',
  title: 'first release on push (tag object + ref, notes, release, v1)',
  seed: (sb, v = {}) => releaseSeed(sb, v, { smoke: true }),
  allowedWrites: RELEASE_WRITES,
  allowedRefs: RELEASE_REFS,
};

export const releaseRefused: Scenario = {
  id: 'tag-and-release/refused-no-smoke',
  action: 'tag-and-release',
  title: 'refused: no smoke run on the SHA',
  seed: (sb, v = {}) => releaseSeed(sb, v, { smoke: false }),
  allowedWrites: RELEASE_WRITES,
  allowedRefs: RELEASE_REFS,
};

/** The one scenario per action that the fault and re-run matrices use. */
export const MAIN: Record<ActionName, Scenario> = {
  'freeze-guard': freezeBlocked,
  'milestone-check': milestoneReport,
  'backport-cherry-pick': backportSquashScenario,
  'promote-rc': promoteFirstRc,
  'tag-and-release': releaseFirst,
};

/** Every scenario of the re-run matrix (the budgets' scenarios are a subset). */
export const RERUN_SCENARIOS: Scenario[] = [
  ...Object.values(MAIN),
  freezeAllowed,
  backportHotfixScenario,
  backportAuditScenario,
  backportCommentScenario,
  backportSignedScenario,
  promoteRelease,
  promoteGate,
  releaseRefused,
  milestoneCreateMissing,
];

// ---------------------------------------------------------------------------------------------
// Request log helpers.
// ---------------------------------------------------------------------------------------------

export interface Counts {
  /** REST + GraphQL requests. */
  api: number;
  /** REST requests other than GET/HEAD. */
  writes: number;
  /** git smart-HTTP requests. */
  git: number;
  /** git pushes (receive-pack POSTs). */
  pushes: number;
}

export function countRequests(log: RequestLogEntry[]): Counts {
  const api = log.filter((e) => e.route !== 'git');
  const git = log.filter((e) => e.route === 'git');
  return {
    api: api.length,
    writes: api.filter((e) => e.route !== 'graphql' && e.method !== 'GET' && e.method !== 'HEAD').length,
    git: git.length,
    pushes: git.filter((e) => e.method === 'POST' && e.path.endsWith('/git-receive-pack')).length,
  };
}

/** Runs `fn` and returns the requests the stand-in logged meanwhile. */
export async function logged<T>(sb: Sandbox, fn: () => Promise<T>): Promise<{ result: T; log: RequestLogEntry[] }> {
  const before = sb.requests().length;
  const result = await fn();
  return { result, log: sb.requests().slice(before) };
}

/**
 * `snapshot()` without its one volatile part: the stand-in's own address (a random port), which
 * appears in URLs inside bodies and inside the messages of annotated tags the actions create (so a
 * ref to a tag object is shown as the tag object's content with the address replaced).
 */
export async function stateOf(sb: Sandbox): Promise<unknown> {
  const address = (text: string): string => text.split(sb.serverUrl).join('http://sandbox.invalid');
  const snap = JSON.parse(address(JSON.stringify(sb.snapshot()))) as { repos: Record<string, { refs: Record<string, string> }> };
  for (const [name, repo] of Object.entries(snap.repos)) {
    const handle = sb.repo(name);
    for (const [ref, sha] of Object.entries(repo.refs)) {
      if (!ref.startsWith('refs/tags/')) continue;
      if ((await handle.git(['cat-file', '-t', sha])).trim() !== 'tag') continue;
      repo.refs[ref] = `tag object: ${address(await handle.git(['cat-file', '-p', sha]))}`;
    }
  }
  return snap;
}

/** Runs the async tasks with at most `limit` in flight; results keep the input order. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
