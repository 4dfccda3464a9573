// Factories for API objects, shaped after GitHub's documented response schemas.
import { Buffer } from 'node:buffer';
import type { CommitInfo, FileChange } from './git.ts';
import type {
  CommentRec,
  DeploymentRec,
  EventRec,
  IssueRec,
  LabelRec,
  MilestoneRec,
  Permission,
  ReleaseRec,
  RepoState,
  ReviewRec,
  State,
  StatusRec,
  WorkflowRunRec,
} from './state.ts';

export interface Ctx {
  state: State;
  apiUrl: string;
  serverUrl: string;
}

type Obj = Record<string, unknown>;

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

export function simpleUser(ctx: Ctx, login: string): Obj {
  const u = ctx.state.user(login);
  const enc = encodeURIComponent(u.login);
  const url = `${ctx.apiUrl}/users/${enc}`;
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(u.type === 'Bot' ? 'Bot' : 'User', u.id),
    avatar_url: `${ctx.serverUrl}/avatars/u/${u.id}`,
    gravatar_id: '',
    url,
    html_url: `${ctx.serverUrl}/${enc}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: u.type,
    site_admin: false,
    user_view_type: 'public',
  };
}

export function privateUser(ctx: Ctx, login: string): Obj {
  return {
    ...simpleUser(ctx, login),
    name: login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { collaborators: 0, name: 'free', space: 976562499, private_repos: 10000 },
  };
}

export function repoUrl(ctx: Ctx, r: RepoState): string {
  return `${ctx.apiUrl}/repos/${r.fullName}`;
}

export function htmlUrl(ctx: Ctx, r: RepoState): string {
  return `${ctx.serverUrl}/${r.fullName}`;
}

export function permissionsOf(perm: Permission): Obj {
  const rank = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 }[perm];
  return { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 };
}

/** `repository` (also used, with extra keys, for `full-repository`). */
export function repository(ctx: Ctx, r: RepoState, full = false, viewer?: string): Obj {
  const url = repoUrl(ctx, r);
  const openIssues = [...r.issues.values()].filter((i) => i.state === 'open').length;
  const base: Obj = {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: r.fullName,
    owner: simpleUser(ctx, r.owner),
    private: r.private,
    html_url: htmlUrl(ctx, r),
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `${ctx.serverUrl.replace(/^http/, 'git')}/${r.fullName}.git`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@sandbox.local:${r.fullName}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${ctx.serverUrl}/${r.fullName}.git`,
    mirror_url: null,
    svn_url: htmlUrl(ctx, r),
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: r.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: r.private ? 'private' : 'public',
    pushed_at: r.createdAt,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
  if (viewer) base.permissions = permissionsOf(r.permissions.get(viewer.toLowerCase()) ?? (r.private ? 'none' : 'read'));
  if (full) {
    Object.assign(base, {
      network_count: 0,
      subscribers_count: 0,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_rebase_merge: true,
      allow_auto_merge: Boolean(r.allowAutoMerge),
      delete_branch_on_merge: false,
      allow_update_branch: false,
      squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
      squash_merge_commit_message: 'COMMIT_MESSAGES',
      merge_commit_title: 'MERGE_MESSAGE',
      merge_commit_message: 'PR_TITLE',
    });
  }
  return base;
}

export function label(ctx: Ctx, r: RepoState, l: LabelRec): Obj {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${repoUrl(ctx, r)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: l.default,
    description: l.description,
  };
}

export function labelByName(ctx: Ctx, r: RepoState, name: string): Obj {
  const l = r.labels.get(name.toLowerCase());
  return l ? label(ctx, r, l) : { id: 0, node_id: '', url: '', name, color: 'ededed', default: false, description: null };
}

export function milestone(ctx: Ctx, r: RepoState, m: MilestoneRec): Obj {
  const items = [...r.issues.values()].filter((i) => i.milestone === m.number);
  return {
    url: `${repoUrl(ctx, r)}/milestones/${m.number}`,
    html_url: `${htmlUrl(ctx, r)}/milestone/${m.number}`,
    labels_url: `${repoUrl(ctx, r)}/milestones/${m.number}/labels`,
    id: m.id,
    node_id: nodeId('Milestone', m.id),
    number: m.number,
    state: m.state,
    title: m.title,
    description: m.description,
    creator: simpleUser(ctx, m.creator),
    open_issues: items.filter((i) => i.state === 'open').length,
    closed_issues: items.filter((i) => i.state === 'closed').length,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    closed_at: m.closedAt,
    due_on: m.dueOn,
  };
}

export function authorAssociation(r: RepoState, login: string): string {
  if (login.toLowerCase() === r.owner.toLowerCase()) return 'OWNER';
  const p = r.permissions.get(login.toLowerCase());
  if (p && p !== 'none' && p !== 'read') return 'COLLABORATOR';
  return 'NONE';
}

export function issue(ctx: Ctx, r: RepoState, i: IssueRec): Obj {
  const url = `${repoUrl(ctx, r)}/issues/${i.number}`;
  const ms = i.milestone !== null ? r.milestones.get(i.milestone) : undefined;
  const out: Obj = {
    id: i.id,
    node_id: nodeId(i.pull ? 'PullRequest' : 'Issue', i.id),
    url,
    repository_url: repoUrl(ctx, r),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${htmlUrl(ctx, r)}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.pull ? null : i.stateReason,
    title: i.title,
    body: i.body,
    user: simpleUser(ctx, i.user),
    labels: i.labels.map((n) => labelByName(ctx, r, n)),
    assignee: i.assignees[0] ? simpleUser(ctx, i.assignees[0]) : null,
    assignees: i.assignees.map((a) => simpleUser(ctx, a)),
    milestone: ms ? milestone(ctx, r, ms) : null,
    locked: i.locked,
    active_lock_reason: null,
    comments: r.comments.filter((c) => c.issue === i.number).length,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_by: i.closedBy ? simpleUser(ctx, i.closedBy) : null,
    author_association: authorAssociation(r, i.user),
    reactions: reactions(`${url}/reactions`),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
  };
  if (i.pull) {
    const p = i.pull;
    out.draft = p.draft;
    out.pull_request = {
      url: `${repoUrl(ctx, r)}/pulls/${i.number}`,
      html_url: `${htmlUrl(ctx, r)}/pull/${i.number}`,
      diff_url: `${htmlUrl(ctx, r)}/pull/${i.number}.diff`,
      patch_url: `${htmlUrl(ctx, r)}/pull/${i.number}.patch`,
      merged_at: p.mergedAt,
    };
  }
  return out;
}

function reactions(url: string): Obj {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

export interface PullExtras {
  headSha: string;
  baseSha: string;
  mergeable: boolean | null;
  mergeableState: string;
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

function branchRef(ctx: Ctx, r: RepoState, branch: string, sha: string): Obj {
  return { label: `${r.owner}:${branch}`, ref: branch, sha, user: simpleUser(ctx, r.owner), repo: repository(ctx, r) };
}

/** `pull-request-simple` (list) or `pull-request` (with `extras`). */
export function pull(ctx: Ctx, r: RepoState, i: IssueRec, ex: PullExtras, full: boolean): Obj {
  const p = i.pull!;
  const url = `${repoUrl(ctx, r)}/pulls/${i.number}`;
  const issueUrl = `${repoUrl(ctx, r)}/issues/${i.number}`;
  const html = `${htmlUrl(ctx, r)}/pull/${i.number}`;
  const ms = i.milestone !== null ? r.milestones.get(i.milestone) : undefined;
  const out: Obj = {
    url,
    id: p.id,
    node_id: nodeId('PullRequest', p.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl(ctx, r)}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${repoUrl(ctx, r)}/statuses/${ex.headSha}`,
    number: i.number,
    state: i.state,
    locked: i.locked,
    title: i.title,
    user: simpleUser(ctx, i.user),
    body: i.body,
    // GitHub's pull-request-simple schema types a label's description as a plain string.
    labels: i.labels.map((n) => ({ ...labelByName(ctx, r, n), description: labelByName(ctx, r, n).description ?? '' })),
    milestone: ms ? milestone(ctx, r, ms) : null,
    active_lock_reason: null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.closedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: i.assignees[0] ? simpleUser(ctx, i.assignees[0]) : null,
    assignees: i.assignees.map((a) => simpleUser(ctx, a)),
    requested_reviewers: p.requestedReviewers.map((a) => simpleUser(ctx, a)),
    requested_teams: [],
    head: branchRef(ctx, (p.headRepo && ctx.state.repos.get(p.headRepo)) || r, p.head, ex.headSha),
    base: branchRef(ctx, r, p.base, ex.baseSha),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl(ctx, r)}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoUrl(ctx, r)}/statuses/${ex.headSha}` },
    },
    author_association: authorAssociation(r, i.user),
    auto_merge: p.autoMerge
      ? { enabled_by: simpleUser(ctx, p.autoMerge.enabledBy), merge_method: p.autoMerge.method.toLowerCase(), commit_title: '', commit_message: '' }
      : null,
    draft: p.draft,
  };
  if (full) {
    Object.assign(out, {
      merged: p.merged,
      mergeable: ex.mergeable,
      rebaseable: ex.mergeable,
      mergeable_state: ex.mergeableState,
      merged_by: p.mergedBy ? simpleUser(ctx, p.mergedBy) : null,
      comments: r.comments.filter((c) => c.issue === i.number).length,
      review_comments: 0,
      maintainer_can_modify: p.maintainerCanModify,
      commits: ex.commits,
      additions: ex.additions,
      deletions: ex.deletions,
      changed_files: ex.changedFiles,
    });
  }
  return out;
}

export function gitUser(u: { name: string; email: string; date: string }): Obj {
  return { name: u.name, email: u.email, date: u.date };
}

function userForEmail(ctx: Ctx, email: string): Obj | null {
  const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email);
  if (m && ctx.state.users.has(m[1]!.toLowerCase())) return simpleUser(ctx, m[1]!);
  return null;
}

/** A commit GitHub signed (see `RepoState.signedCommits`) is verified; anything else, pushed included, is unsigned. */
export function verification(r?: RepoState, sha?: string, at?: string): Obj {
  if (r && sha && r.signedCommits?.has(sha)) {
    return { verified: true, reason: 'valid', signature: STAND_IN_SIGNATURE, payload: `commit ${sha}`, verified_at: at ?? null };
  }
  return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}

/** What the stand-in shows as the signature of the commits it signs (GitHub's is a PGP signature by its web-flow key). */
const STAND_IN_SIGNATURE = '-----BEGIN PGP SIGNATURE-----\n\nstand-in signature of the web-flow key\n-----END PGP SIGNATURE-----';

/** `commit` (REST commits API). */
export function commit(ctx: Ctx, r: RepoState, c: CommitInfo, files?: FileChange[]): Obj {
  const url = `${repoUrl(ctx, r)}/commits/${c.sha}`;
  const out: Obj = {
    url,
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    html_url: `${htmlUrl(ctx, r)}/commit/${c.sha}`,
    comments_url: `${url}/comments`,
    commit: {
      url: `${repoUrl(ctx, r)}/git/commits/${c.sha}`,
      author: gitUser(c.author),
      committer: gitUser(c.committer),
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${repoUrl(ctx, r)}/git/trees/${c.tree}` },
      verification: verification(r, c.sha, c.committer.date),
    },
    author: userForEmail(ctx, c.author.email),
    committer: userForEmail(ctx, c.committer.email),
    parents: c.parents.map((p) => ({ sha: p, url: `${repoUrl(ctx, r)}/commits/${p}`, html_url: `${htmlUrl(ctx, r)}/commit/${p}` })),
  };
  if (files) {
    const additions = files.reduce((a, f) => a + f.additions, 0);
    const deletions = files.reduce((a, f) => a + f.deletions, 0);
    out.stats = { additions, deletions, total: additions + deletions };
    out.files = files.map((f) => diffEntry(ctx, r, c.sha, f));
  }
  return out;
}

export function diffEntry(ctx: Ctx, r: RepoState, sha: string, f: FileChange): Obj {
  const enc = f.filename.split('/').map(encodeURIComponent).join('/');
  const out: Obj = {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.changes,
    blob_url: `${htmlUrl(ctx, r)}/blob/${sha}/${enc}`,
    raw_url: `${htmlUrl(ctx, r)}/raw/${sha}/${enc}`,
    contents_url: `${repoUrl(ctx, r)}/contents/${enc}?ref=${sha}`,
  };
  if (f.patch !== undefined) out.patch = f.patch;
  if (f.previous_filename) out.previous_filename = f.previous_filename;
  return out;
}

/** `git-commit` (Git database API). */
export function gitCommit(ctx: Ctx, r: RepoState, c: CommitInfo): Obj {
  return {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    url: `${repoUrl(ctx, r)}/git/commits/${c.sha}`,
    html_url: `${htmlUrl(ctx, r)}/commit/${c.sha}`,
    author: gitUser(c.author),
    committer: gitUser(c.committer),
    tree: { sha: c.tree, url: `${repoUrl(ctx, r)}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({ sha: p, url: `${repoUrl(ctx, r)}/git/commits/${p}`, html_url: `${htmlUrl(ctx, r)}/commit/${p}` })),
    verification: verification(r, c.sha, c.committer.date),
  };
}

export function gitRef(ctx: Ctx, r: RepoState, ref: string, sha: string, type: string): Obj {
  return {
    ref,
    node_id: nodeId('Ref', `${r.id}:${ref}`),
    url: `${repoUrl(ctx, r)}/git/${ref}`,
    object: { type, sha, url: `${repoUrl(ctx, r)}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` },
  };
}

export function comment(ctx: Ctx, r: RepoState, c: CommentRec): Obj {
  const url = `${repoUrl(ctx, r)}/issues/comments/${c.id}`;
  const isPr = !!r.issues.get(c.issue)?.pull;
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url,
    html_url: `${htmlUrl(ctx, r)}/${isPr ? 'pull' : 'issues'}/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(ctx, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${repoUrl(ctx, r)}/issues/${c.issue}`,
    author_association: authorAssociation(r, c.user),
    performed_via_github_app: null,
    reactions: reactions(`${url}/reactions`),
  };
}

export function issueEvent(ctx: Ctx, r: RepoState, e: EventRec): Obj {
  const out: Obj = {
    id: e.id,
    node_id: nodeId('Event', e.id),
    url: `${repoUrl(ctx, r)}/issues/events/${e.id}`,
    actor: simpleUser(ctx, e.actor),
    event: e.event,
    commit_id: e.commitId ?? null,
    commit_url: e.commitId ? `${repoUrl(ctx, r)}/commits/${e.commitId}` : null,
    created_at: e.createdAt,
    performed_via_github_app: null,
  };
  if (e.label) out.label = { name: e.label.name, color: e.label.color };
  if (e.milestone) out.milestone = { title: e.milestone.title };
  if (e.assignee) {
    out.assignee = simpleUser(ctx, e.assignee);
    out.assigner = simpleUser(ctx, e.actor);
  }
  return out;
}

export function review(ctx: Ctx, r: RepoState, v: ReviewRec): Obj {
  const prUrl = `${repoUrl(ctx, r)}/pulls/${v.pull}`;
  const html = `${htmlUrl(ctx, r)}/pull/${v.pull}#pullrequestreview-${v.id}`;
  return {
    id: v.id,
    node_id: nodeId('PullRequestReview', v.id),
    user: simpleUser(ctx, v.user),
    body: v.body,
    state: v.state,
    html_url: html,
    pull_request_url: prUrl,
    _links: { html: { href: html }, pull_request: { href: prUrl } },
    submitted_at: v.submittedAt,
    commit_id: v.commitId,
    author_association: authorAssociation(r, v.user),
  };
}

export function status(ctx: Ctx, r: RepoState, s: StatusRec): Obj {
  return {
    url: `${repoUrl(ctx, r)}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    creator: simpleUser(ctx, s.creator),
  };
}

export function release(ctx: Ctx, r: RepoState, rel: ReleaseRec): Obj {
  const url = `${repoUrl(ctx, r)}/releases/${rel.id}`;
  const tagPath = encodeURIComponent(rel.tag);
  return {
    url,
    html_url: rel.draft ? `${htmlUrl(ctx, r)}/releases/tag/untagged-${rel.id}` : `${htmlUrl(ctx, r)}/releases/tag/${tagPath}`,
    assets_url: `${url}/assets`,
    upload_url: `${ctx.serverUrl}/uploads/repos/${r.fullName}/releases/${rel.id}/assets{?name,label}`,
    tarball_url: rel.draft ? null : `${repoUrl(ctx, r)}/tarball/${tagPath}`,
    zipball_url: rel.draft ? null : `${repoUrl(ctx, r)}/zipball/${tagPath}`,
    id: rel.id,
    node_id: nodeId('Release', rel.id),
    tag_name: rel.tag,
    target_commitish: rel.target,
    name: rel.name,
    body: rel.body,
    draft: rel.draft,
    prerelease: rel.prerelease,
    immutable: !!rel.immutable,
    created_at: rel.createdAt,
    updated_at: rel.createdAt,
    published_at: rel.publishedAt,
    author: simpleUser(ctx, rel.author),
    assets: [],
  };
}

export function workflowRun(ctx: Ctx, r: RepoState, w: WorkflowRunRec, head: CommitInfo | null): Obj {
  const url = `${repoUrl(ctx, r)}/actions/runs/${w.id}`;
  return {
    id: w.id,
    name: w.name,
    node_id: nodeId('WorkflowRun', w.id),
    check_suite_id: w.id + 1,
    check_suite_node_id: nodeId('CheckSuite', w.id + 1),
    head_branch: w.headBranch,
    head_sha: w.headSha,
    path: `.github/workflows/${w.workflowFile}`,
    display_title: head?.message.split('\n')[0] ?? w.name,
    run_number: w.runNumber,
    run_attempt: w.runAttempt,
    event: w.event,
    status: w.status,
    conclusion: w.conclusion,
    workflow_id: w.workflowId,
    url,
    html_url: `${htmlUrl(ctx, r)}/actions/runs/${w.id}`,
    pull_requests: [],
    created_at: w.createdAt,
    updated_at: w.updatedAt,
    run_started_at: w.createdAt,
    actor: simpleUser(ctx, w.actor),
    triggering_actor: simpleUser(ctx, w.actor),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${repoUrl(ctx, r)}/check-suites/${w.id + 1}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${repoUrl(ctx, r)}/actions/workflows/${w.workflowId}`,
    head_commit: head
      ? {
          id: head.sha,
          tree_id: head.tree,
          message: head.message,
          timestamp: head.committer.date,
          author: { name: head.author.name, email: head.author.email },
          committer: { name: head.committer.name, email: head.committer.email },
        }
      : null,
    repository: minimalRepository(ctx, r),
    head_repository: minimalRepository(ctx, r),
  };
}

export function minimalRepository(ctx: Ctx, r: RepoState): Obj {
  const full = repository(ctx, r);
  const keep = [
    'id',
    'node_id',
    'name',
    'full_name',
    'owner',
    'private',
    'html_url',
    'description',
    'fork',
    'url',
    'archive_url',
    'assignees_url',
    'blobs_url',
    'branches_url',
    'collaborators_url',
    'comments_url',
    'commits_url',
    'compare_url',
    'contents_url',
    'contributors_url',
    'deployments_url',
    'downloads_url',
    'events_url',
    'forks_url',
    'git_commits_url',
    'git_refs_url',
    'git_tags_url',
    'hooks_url',
    'issue_comment_url',
    'issue_events_url',
    'issues_url',
    'keys_url',
    'labels_url',
    'languages_url',
    'merges_url',
    'milestones_url',
    'notifications_url',
    'pulls_url',
    'releases_url',
    'stargazers_url',
    'statuses_url',
    'subscribers_url',
    'subscription_url',
    'tags_url',
    'teams_url',
    'trees_url',
  ];
  return Object.fromEntries(keep.map((k) => [k, full[k]]));
}

export function deployment(ctx: Ctx, r: RepoState, d: DeploymentRec): Obj {
  const url = `${repoUrl(ctx, r)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: 'deploy',
    payload: {},
    original_environment: d.environment,
    environment: d.environment,
    description: null,
    creator: simpleUser(ctx, d.creator),
    created_at: d.createdAt,
    updated_at: d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl(ctx, r),
    transient_environment: false,
    production_environment: d.environment === 'production',
  };
}

export function deploymentStatus(ctx: Ctx, r: RepoState, d: DeploymentRec, s: DeploymentRec['statuses'][number]): Obj {
  const durl = `${repoUrl(ctx, r)}/deployments/${d.id}`;
  return {
    url: `${durl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: simpleUser(ctx, s.creator),
    description: s.description,
    environment: d.environment,
    target_url: `${htmlUrl(ctx, r)}/deployments/${encodeURIComponent(d.environment)}`,
    log_url: `${htmlUrl(ctx, r)}/deployments/${encodeURIComponent(d.environment)}`,
    environment_url: `${htmlUrl(ctx, r)}/deployments/${encodeURIComponent(d.environment)}`,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: durl,
    repository_url: repoUrl(ctx, r),
  };
}

export function notFound(): Obj {
  return { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };
}
