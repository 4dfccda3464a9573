// The Sandbox: a loopback GitHub stand-in (REST + GraphQL + git smart HTTP) with spec checking.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { BareRepo, gitEnv } from './git.ts';
import { Faults } from './faults.ts';
import type { Fault } from './faults.ts';
import { handle } from './server.ts';
import type { Core, RequestLogEntry, SpecViolation } from './server.ts';
import { State } from './state.ts';
import type { Permission, RepoState, WorkflowRunRec } from './state.ts';
import * as o from './objects.ts';
import * as ops from './ops.ts';
import type { Api } from './rest/util.ts';
import type { PullExtras } from './objects.ts';
import type { IssueRec } from './state.ts';

/** API objects as GitHub renders them (validated against the OpenAPI schemas when served). */
export type ApiObject = Record<string, any>;
export type PullRequest = ApiObject;
export type Issue = ApiObject;
export type Milestone = ApiObject;
export type Release = ApiObject;
export type WorkflowRun = WorkflowRunRec;

export interface SandboxOptions {
  /** Directory for bare repos and git HOME; a fresh temp dir by default. Removed on close() only when created by the sandbox. */
  root?: string;
  /** Clock for timestamps of API objects (default: real time). */
  now?: () => Date;
  /** Login of the default token's user (default `github-actions[bot]`), granted admin on every repo. */
  defaultLogin?: string;
}

export class Sandbox {
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly token: string;
  readonly root: string;
  readonly defaultLogin: string;
  private readonly core: Core;
  private readonly server: Server;
  private readonly ownsRoot: boolean;
  private readonly sockets = new Set<import('node:net').Socket>();

  private constructor(args: { server: Server; root: string; ownsRoot: boolean; core: Core; serverUrl: string; token: string; defaultLogin: string }) {
    this.server = args.server;
    this.root = args.root;
    this.ownsRoot = args.ownsRoot;
    this.core = args.core;
    this.serverUrl = args.serverUrl;
    this.apiUrl = `${args.serverUrl}/api/v3`;
    this.token = args.token;
    this.defaultLogin = args.defaultLogin;
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  static async start(opts: SandboxOptions = {}): Promise<Sandbox> {
    const ownsRoot = !opts.root;
    const root = opts.root ?? (await mkdtemp(join(tmpdir(), 'portal-sandbox-')));
    const home = join(root, 'home');
    const projectRoot = join(root, 'repos');
    await mkdir(home, { recursive: true });
    await mkdir(projectRoot, { recursive: true });
    const state = new State(opts.now);
    const core: Core = {
      state,
      api: undefined as unknown as Api,
      faults: new Faults(),
      log: [],
      violationList: [],
      projectRoot,
      home,
    };
    const server = createServer((req, res) => {
      void handle(core, req, res);
    });
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    const serverUrl = `http://127.0.0.1:${port}`;
    const api: Api = {
      state,
      apiUrl: `${serverUrl}/api/v3`,
      serverUrl,
      pullExtras: (r, i, detailed) => pullExtras(r, i, detailed),
    };
    core.api = api;
    const defaultLogin = opts.defaultLogin ?? 'github-actions[bot]';
    state.user(defaultLogin).type = defaultLogin.endsWith('[bot]') ? 'Bot' : 'User';
    const token = `ghs_${randomBytes(18).toString('hex')}`;
    state.tokens.set(token, defaultLogin);
    state.tokenKinds.set(token, { installation: true, viewer: true });
    return new Sandbox({ server, root, ownsRoot, core, serverUrl, token, defaultLogin });
  }

  /**
   * Register a token for `login` (creating the user); returns the token. `installation` makes it a
   * GitHub App installation token (default for `ghs_` tokens): REST `GET /user` answers 403 for it;
   * `viewer: false` makes GraphQL `viewer` refuse it too.
   */
  addToken(login: string, token?: string, opts: { installation?: boolean; viewer?: boolean } = {}): string {
    this.core.state.user(login);
    const t = token ?? `${opts.installation ? 'ghs' : 'ghp'}_${randomBytes(18).toString('hex')}`;
    this.core.state.tokens.set(t, login);
    this.core.state.tokenKinds.set(t, { installation: opts.installation ?? t.startsWith('ghs_'), viewer: opts.viewer ?? true });
    return t;
  }

  addUser(login: string, opts: { type?: 'User' | 'Bot' } = {}): void {
    const u = this.core.state.user(login);
    if (opts.type) u.type = opts.type;
  }

  async createRepo(
    fullName: string,
    opts: { defaultBranch?: string; branches?: string[]; files?: Record<string, string>; private?: boolean } = {},
  ): Promise<RepoHandle> {
    const [owner, name, extra] = fullName.split('/');
    if (!owner || !name || extra !== undefined || !/^[A-Za-z0-9_.-]+$/.test(name) || !/^[A-Za-z0-9-]+$/.test(owner)) {
      throw new Error(`invalid repository name: ${fullName}`);
    }
    const state = this.core.state;
    if (state.repo(owner, name)) throw new Error(`repository exists: ${fullName}`);
    state.user(owner);
    const defaultBranch = opts.defaultBranch ?? 'main';
    const gitDir = join(this.core.projectRoot, owner, `${name}.git`);
    const git = new BareRepo(this.core.home, gitDir);
    await git.init(defaultBranch);
    const r: RepoState = {
      id: state.nextId(),
      owner,
      name,
      fullName: `${owner}/${name}`,
      defaultBranch,
      private: !!opts.private,
      createdAt: state.iso(),
      git,
      nextNumber: 1,
      issues: new Map(),
      comments: [],
      events: [],
      labels: new Map(),
      milestones: new Map(),
      nextMilestone: 1,
      permissions: new Map(),
      reviews: [],
      statuses: [],
      releases: [],
      workflowRuns: [],
      workflows: new Map(),
      deployments: [],
    };
    r.permissions.set(owner.toLowerCase(), 'admin');
    r.permissions.set(this.defaultLogin.toLowerCase(), 'admin');
    state.repos.set(r.fullName.toLowerCase(), r);
    const handle = new RepoHandle(this, r, this.core);
    const files = opts.files ?? { 'README.md': `# ${name}\n` };
    const sha = await git.commitFiles(null, files, 'Initial commit', handle.authorEnv(owner));
    await git.updateRef(`refs/heads/${defaultBranch}`, sha, '');
    for (const b of opts.branches ?? []) if (b !== defaultBranch) await git.updateRef(`refs/heads/${b}`, sha, '');
    return handle;
  }

  repo(fullName: string): RepoHandle {
    const [owner, name] = fullName.split('/');
    const r = this.core.state.repo(owner ?? '', name ?? '');
    if (!r) throw new Error(`no such repository: ${fullName}`);
    return new RepoHandle(this, r, this.core);
  }

  requests(): RequestLogEntry[] {
    return this.core.log.map((e) => ({ ...e }));
  }

  clearRequests(): void {
    this.core.log.length = 0;
  }

  violations(): SpecViolation[] {
    return [...this.core.violationList];
  }

  clearViolations(): void {
    this.core.violationList.length = 0;
  }

  assertNoViolations(): void {
    const v = this.core.violationList;
    if (!v.length) return;
    const lines = v.map(
      (x, k) => `${k + 1}. [${x.kind}] ${x.method} ${x.path} (route ${x.route}, status ${x.status ?? '-'}, request #${x.requestIndex}):\n   ${x.message}`,
    );
    throw new Error(`${v.length} GitHub API spec violation(s):\n${lines.join('\n')}`);
  }

  injectFault(f: Fault): void {
    this.core.faults.add(f);
  }

  clearFaults(): void {
    this.core.faults.clear();
  }

  /** Deterministic JSON-able view of the whole state: API metadata plus every ref of every repo. */
  snapshot(): unknown {
    const state = this.core.state;
    const repos: Record<string, unknown> = {};
    for (const r of [...state.repos.values()].sort((a, b) => a.fullName.localeCompare(b.fullName))) {
      const out = execFileSync('git', ['--git-dir', r.git.gitDir, 'for-each-ref', '--format=%(refname) %(objectname)'], {
        env: gitEnv(this.core.home),
        encoding: 'utf8',
      });
      const refs: Record<string, string> = {};
      for (const line of out.split('\n').filter(Boolean).sort()) {
        const [ref, sha] = line.split(' ');
        refs[ref!] = sha!;
      }
      repos[r.fullName] = {
        defaultBranch: r.defaultBranch,
        private: r.private,
        refs,
        issues: [...r.issues.values()].sort((a, b) => a.number - b.number),
        comments: r.comments,
        events: r.events,
        labels: [...r.labels.values()].sort((a, b) => a.name.localeCompare(b.name)),
        milestones: [...r.milestones.values()].sort((a, b) => a.number - b.number),
        permissions: Object.fromEntries([...r.permissions.entries()].sort()),
        reviews: r.reviews,
        statuses: r.statuses,
        releases: r.releases,
        workflowRuns: r.workflowRuns,
        deployments: r.deployments,
      };
    }
    const users = [...state.users.values()].sort((a, b) => a.login.localeCompare(b.login));
    return sortKeys({ users, repos });
  }

  /** Internal context (for advanced tests). */
  get internals(): Core {
    return this.core;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      for (const s of this.sockets) s.destroy();
    });
    if (this.ownsRoot) await rm(this.root, { recursive: true, force: true });
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v instanceof Map) return sortKeys(Object.fromEntries(v));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      if (k === 'git') continue;
      out[k] = sortKeys((v as Record<string, unknown>)[k]);
    }
    return out;
  }
  return v;
}

async function pullExtras(r: RepoState, i: IssueRec, detailed: boolean): Promise<PullExtras> {
  await ops.refreshPull(r, i);
  const p = i.pull!;
  const ex: PullExtras = {
    headSha: p.headSha,
    baseSha: p.baseSha,
    mergeable: null,
    mergeableState: 'unknown',
    commits: 0,
    additions: 0,
    deletions: 0,
    changedFiles: 0,
  };
  if (!detailed) return ex;
  const mb = (await r.git.mergeBase(p.baseSha, p.headSha)) ?? p.baseSha;
  ex.commits = await r.git.countRange(mb, p.headSha);
  const files = await r.git.diffFiles(mb, p.headSha, false);
  ex.changedFiles = files.length;
  ex.additions = files.reduce((a, f) => a + f.additions, 0);
  ex.deletions = files.reduce((a, f) => a + f.deletions, 0);
  if (i.state === 'open') {
    const clean = (await r.git.mergeTree(p.baseSha, p.headSha)) !== null;
    ex.mergeable = clean;
    ex.mergeableState = !clean ? 'dirty' : p.draft ? 'draft' : 'clean';
  } else if (p.merged) {
    ex.mergeable = null;
    ex.mergeableState = 'unknown';
  }
  return ex;
}

/** Seeding helpers and read accessors for one repository. */
export class RepoHandle {
  readonly fullName: string;
  readonly owner: string;
  readonly name: string;
  readonly gitDir: string;
  /** Clone URL over smart HTTP. */
  readonly cloneUrl: string;
  private readonly sb: Sandbox;
  private readonly r: RepoState;
  private readonly core: Core;

  constructor(sb: Sandbox, r: RepoState, core: Core) {
    this.sb = sb;
    this.r = r;
    this.core = core;
    this.fullName = r.fullName;
    this.owner = r.owner;
    this.name = r.name;
    this.gitDir = r.git.gitDir;
    this.cloneUrl = `${sb.serverUrl}/${r.fullName}.git`;
  }

  private get state(): State {
    return this.core.state;
  }

  /** Author/committer env for a login (noreply email so the API links the user). */
  authorEnv(login: string, date?: string): Record<string, string> {
    const email = `${this.state.user(login).id}+${login}@users.noreply.github.com`;
    const d = date ?? this.state.iso();
    return {
      GIT_AUTHOR_NAME: login,
      GIT_AUTHOR_EMAIL: email,
      GIT_AUTHOR_DATE: d,
      GIT_COMMITTER_NAME: login,
      GIT_COMMITTER_EMAIL: email,
      GIT_COMMITTER_DATE: d,
    };
  }

  /** Commit files onto `branch` (created from the default branch if missing); null deletes a file. */
  async commit(branch: string, files: Record<string, string | null>, message: string, opts: { author?: string; date?: string } = {}): Promise<string> {
    const ref = `refs/heads/${branch}`;
    const parent = (await this.r.git.refSha(ref)) ?? (await this.r.git.refSha(`refs/heads/${this.r.defaultBranch}`));
    const sha = await this.r.git.commitFiles(parent, files, message, this.authorEnv(opts.author ?? this.r.owner, opts.date));
    const current = await this.r.git.refSha(ref);
    if (!(await this.r.git.updateRef(ref, sha, current ?? ''))) throw new Error(`concurrent update of ${ref}`);
    return sha;
  }

  /** Create branch `name` at `from` (branch, tag or sha). */
  async createBranch(name: string, from: string): Promise<string> {
    const sha = await this.r.git.resolveCommitish(from);
    if (!sha) throw new Error(`unknown revision: ${from}`);
    if (!(await this.r.git.updateRef(`refs/heads/${name}`, sha, ''))) throw new Error(`branch exists: ${name}`);
    return sha;
  }

  /** SHA a ref points at (full ref, branch or tag name); null when missing. */
  async refSha(ref: string): Promise<string | null> {
    if (ref.startsWith('refs/')) return this.r.git.refSha(ref);
    return (await this.r.git.refSha(`refs/heads/${ref}`)) ?? (await this.r.git.refSha(`refs/tags/${ref}`));
  }

  /** Create a lightweight tag (or annotated when `message` is given). */
  async createTag(tag: string, target: string, message?: string): Promise<string> {
    const sha = await this.r.git.resolveCommitish(target);
    if (!sha) throw new Error(`unknown revision: ${target}`);
    let obj = sha;
    if (message !== undefined)
      obj = await this.r.git.mktag(
        sha,
        'commit',
        tag,
        { name: this.r.owner, email: `${this.r.owner}@users.noreply.github.com`, date: this.state.iso() },
        message,
      );
    if (!(await this.r.git.updateRef(`refs/tags/${tag}`, obj, ''))) throw new Error(`tag exists: ${tag}`);
    return obj;
  }

  async openPullRequest(opts: {
    head: string;
    base: string;
    title: string;
    body?: string;
    user?: string;
    labels?: string[];
    milestone?: number;
    draft?: boolean;
  }): Promise<PullRequest> {
    const i = await ops.openPull(this.state, this.r, {
      head: opts.head,
      base: opts.base,
      title: opts.title,
      body: opts.body ?? null,
      user: opts.user ?? this.r.owner,
      labels: opts.labels ?? [],
      milestone: opts.milestone ?? null,
      draft: opts.draft ?? false,
    });
    return this.pullRequest(i.number);
  }

  async mergePullRequest(number: number, opts: { method?: 'merge' | 'squash' | 'rebase'; by?: string } = {}): Promise<string> {
    const i = this.r.issues.get(number);
    if (!i?.pull) throw new Error(`no pull request #${number}`);
    return ops.mergePull(this.state, this.r, i, { method: opts.method ?? 'merge', by: opts.by ?? this.r.owner });
  }

  /** Add a label (created if missing) recording a `labeled` event by `by` at `at`. */
  addLabel(issueOrPr: number, label: string, by: string, at?: string): void {
    const i = this.r.issues.get(issueOrPr);
    if (!i) throw new Error(`no issue #${issueOrPr}`);
    ops.addLabels(this.state, this.r, i, [label], by, at);
  }

  removeLabel(issueOrPr: number, label: string, by: string): void {
    const i = this.r.issues.get(issueOrPr);
    if (!i) throw new Error(`no issue #${issueOrPr}`);
    ops.removeLabel(this.state, this.r, i, label, by);
  }

  /** Create (or update) a repository label. */
  createLabel(name: string, opts: { color?: string; description?: string } = {}): ApiObject {
    const l = ops.ensureLabel(this.state, this.r, name, opts.color, opts.description ?? null);
    if (opts.color) l.color = opts.color;
    if (opts.description !== undefined) l.description = opts.description;
    return o.label(this.core.api, this.r, l);
  }

  setPermission(login: string, permission: Permission): void {
    this.state.user(login);
    this.r.permissions.set(login.toLowerCase(), permission);
  }

  /** Settings → General → "Allow auto-merge". */
  allowAutoMerge(allowed = true): void {
    this.r.allowAutoMerge = allowed;
  }

  /** Requires status checks (and, optionally, signed commits) on `branch`, by classic branch protection or by a repository ruleset. */
  protectBranch(branch: string, opts: { requiredChecks: string[]; via?: 'classic' | 'ruleset'; requiredSignatures?: boolean }): void {
    (this.r.protections ??= new Map()).set(branch, {
      requiredChecks: [...opts.requiredChecks],
      via: opts.via ?? 'classic',
      ...(opts.requiredSignatures ? { requiredSignatures: true } : {}),
    });
  }

  createIssue(opts: {
    title: string;
    body?: string;
    labels?: string[];
    milestone?: number;
    user?: string;
    state?: 'open' | 'closed';
    assignees?: string[];
  }): Issue {
    const i = ops.createIssue(this.state, this.r, {
      title: opts.title,
      body: opts.body ?? null,
      labels: opts.labels ?? [],
      milestone: opts.milestone ?? null,
      user: opts.user ?? this.r.owner,
      state: opts.state ?? 'open',
      assignees: opts.assignees ?? [],
    });
    return o.issue(this.core.api, this.r, i);
  }

  /** Links pull request `pr` to issue `issue` by hand (the "Development" sidebar; a connected event). */
  linkPullRequest(issue: number, pr: number, by?: string): void {
    const i = this.r.issues.get(issue);
    if (!i || i.pull) throw new Error(`no issue #${issue}`);
    if (!this.r.issues.get(pr)?.pull) throw new Error(`no pull request #${pr}`);
    ops.linkPull(this.state, this.r, i, pr, by ?? this.r.owner);
  }

  /** Close or reopen an issue or PR (records the event). */
  setIssueState(number: number, state: 'open' | 'closed', by?: string, reason?: 'completed' | 'not_planned'): void {
    const i = this.r.issues.get(number);
    if (!i) throw new Error(`no issue #${number}`);
    ops.setState(this.state, this.r, i, state, by ?? this.r.owner, reason ?? null);
  }

  addComment(number: number, body: string, user?: string): ApiObject {
    const now = this.state.iso();
    const c = { id: this.state.nextId(), issue: number, user: user ?? this.r.owner, body, createdAt: now, updatedAt: now };
    if (!this.r.issues.has(number)) throw new Error(`no issue #${number}`);
    this.r.comments.push(c);
    return o.comment(this.core.api, this.r, c);
  }

  createMilestone(title: string, opts: { state?: 'open' | 'closed'; description?: string; dueOn?: string } = {}): Milestone {
    const m = ops.createMilestone(this.state, this.r, title, this.r.owner, {
      state: opts.state ?? 'open',
      description: opts.description ?? null,
      dueOn: opts.dueOn ?? null,
    });
    return o.milestone(this.core.api, this.r, m);
  }

  /** Add a completed/queued workflow run; `workflowFile` is the file name under .github/workflows. */
  addWorkflowRun(opts: {
    workflowFile: string;
    headSha: string;
    conclusion: 'success' | 'failure' | 'cancelled' | null;
    status?: 'completed' | 'in_progress' | 'queued';
    event?: string;
    headBranch?: string;
    name?: string;
    actor?: string;
  }): WorkflowRun {
    let wid = this.r.workflows.get(opts.workflowFile);
    if (wid === undefined) {
      wid = this.state.nextId();
      this.r.workflows.set(opts.workflowFile, wid);
    }
    const now = this.state.iso();
    const run: WorkflowRunRec = {
      id: this.state.nextId(),
      workflowId: wid,
      workflowFile: opts.workflowFile,
      name: opts.name ?? opts.workflowFile.replace(/\.ya?ml$/, ''),
      headSha: opts.headSha,
      headBranch: opts.headBranch ?? this.r.defaultBranch,
      event: opts.event ?? 'push',
      status: opts.status ?? (opts.conclusion === null ? 'in_progress' : 'completed'),
      conclusion: opts.conclusion,
      runNumber: this.r.workflowRuns.filter((w) => w.workflowId === wid).length + 1,
      runAttempt: 1,
      actor: opts.actor ?? this.r.owner,
      createdAt: now,
      updatedAt: now,
    };
    this.r.workflowRuns.push(run);
    return run;
  }

  addDeployment(opts: { sha: string; environment: string; state: 'success' | 'failure' | 'in_progress'; ref?: string }): ApiObject {
    const now = this.state.iso();
    const d = {
      id: this.state.nextId(),
      sha: opts.sha,
      ref: opts.ref ?? opts.sha,
      environment: opts.environment,
      creator: this.r.owner,
      createdAt: now,
      statuses: [{ id: this.state.nextId(), state: opts.state, creator: this.r.owner, createdAt: now, description: '' }],
    };
    this.r.deployments.push(d);
    return o.deployment(this.core.api, this.r, d);
  }

  /** Turns the repository setting "immutable releases" on or off (as `PUT`/`DELETE …/immutable-releases` do). */
  setImmutableReleases(on: boolean): void {
    this.r.immutableReleases = on;
  }

  /** Create a release; a non-draft release creates a lightweight tag at `target` when the tag is missing. */
  async createRelease(opts: {
    tag: string;
    target?: string;
    name?: string;
    body?: string;
    draft?: boolean;
    prerelease?: boolean;
    publishedAt?: string;
    author?: string;
  }): Promise<Release> {
    const args: ops.NewRelease = {
      tag: opts.tag,
      author: opts.author ?? this.r.owner,
      name: opts.name ?? opts.tag,
      body: opts.body ?? '',
      draft: !!opts.draft,
      prerelease: !!opts.prerelease,
    };
    if (opts.target) args.target = opts.target;
    if (opts.publishedAt) args.publishedAt = opts.publishedAt;
    const rel = await ops.createRelease(this.state, this.r, args);
    return o.release(this.core.api, this.r, rel);
  }

  // ----- read accessors (API-shaped) -----

  async pullRequest(n: number): Promise<PullRequest> {
    const i = this.r.issues.get(n);
    if (!i?.pull) throw new Error(`no pull request #${n}`);
    return o.pull(this.core.api, this.r, i, await pullExtras(this.r, i, true), true);
  }

  /** All pull requests (API "simple" shape), oldest first. */
  async pullRequests(): Promise<PullRequest[]> {
    const out = [];
    for (const i of this.r.issues.values()) if (i.pull) out.push(o.pull(this.core.api, this.r, i, await pullExtras(this.r, i, false), false));
    return out;
  }

  issue(n: number): Issue {
    const i = this.r.issues.get(n);
    if (!i) throw new Error(`no issue #${n}`);
    return o.issue(this.core.api, this.r, i);
  }

  issues(): Issue[] {
    return [...this.r.issues.values()].map((i) => o.issue(this.core.api, this.r, i));
  }

  comments(n: number): ApiObject[] {
    return this.r.comments.filter((c) => c.issue === n).map((c) => o.comment(this.core.api, this.r, c));
  }

  events(n: number): ApiObject[] {
    return this.r.events.filter((e) => e.issue === n).map((e) => o.issueEvent(this.core.api, this.r, e));
  }

  reviews(n: number): ApiObject[] {
    return this.r.reviews.filter((v) => v.pull === n).map((v) => o.review(this.core.api, this.r, v));
  }

  statuses(sha: string): ApiObject[] {
    return this.r.statuses.filter((s) => s.sha === sha).map((s) => o.status(this.core.api, this.r, s));
  }

  releases(): Release[] {
    return this.r.releases.map((x) => o.release(this.core.api, this.r, x));
  }

  labels(): ApiObject[] {
    return [...this.r.labels.values()].map((l) => o.label(this.core.api, this.r, l));
  }

  milestones(): Milestone[] {
    return [...this.r.milestones.values()].map((m) => o.milestone(this.core.api, this.r, m));
  }

  workflowRuns(): WorkflowRun[] {
    return [...this.r.workflowRuns];
  }

  /** All refs of the bare repo: { 'refs/heads/main': sha, ... }. */
  async refs(): Promise<Record<string, string>> {
    return Object.fromEntries((await this.r.git.listRefs()).map((x) => [x.ref, x.sha]));
  }

  /** Run a read-only git command in the bare repo (arguments are passed without a shell). */
  async git(args: string[]): Promise<string> {
    return this.r.git.git(args);
  }

  /** The sandbox that hosts this repo. */
  get sandbox(): Sandbox {
    return this.sb;
  }
}
