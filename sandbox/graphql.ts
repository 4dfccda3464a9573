// GraphQL endpoint: GitHub's public schema (from @octokit/graphql-schema) with resolvers for what the suite uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, graphql, parse, GraphQLError } from 'graphql';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Ctx } from './objects.ts';
import { htmlUrl, nodeId } from './objects.ts';
import { closingKeywordTargets, closingReferences, refreshPull } from './ops.ts';
import { packageDir } from './openapi.ts';
import { permissionOf } from './rest/util.ts';
import type { IssueRec, MilestoneRec, RepoState } from './state.ts';

let schema: GraphQLSchema | undefined;
let validator: Promise<(q: string) => readonly GraphQLError[]> | undefined;

function schemaDir(): string {
  return packageDir('@octokit/graphql-schema');
}

export function getSchema(): GraphQLSchema {
  if (!schema) schema = buildSchema(readFileSync(join(schemaDir(), 'schema.graphql'), 'utf8'), { assumeValidSDL: true });
  return schema;
}

/** @octokit/graphql-schema's validate(), loaded lazily (it parses a 5 MB introspection file). */
export function getValidator(): Promise<(q: string) => readonly GraphQLError[]> {
  if (!validator) {
    validator = import('@octokit/graphql-schema').then((m) => m.validate as unknown as (q: string) => readonly GraphQLError[]);
  }
  return validator;
}

export function operationName(query: string, given?: string | null): string | undefined {
  if (given) return given;
  try {
    const doc = parse(query);
    const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode | undefined;
    return op?.name?.value;
  } catch {
    return undefined;
  }
}

interface ConnArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

function cursor(i: number): string {
  return Buffer.from(`cursor:v2:${i}`).toString('base64');
}

function decodeCursor(c: string, name: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(c, 'base64').toString('utf8'));
  if (!m) throw new GraphQLError(`\`${c}\` does not appear to be a valid cursor.`, { extensions: { argumentName: name } });
  return Number(m[1]);
}

/** GitHub-style cursor connection (first/last up to 100, required). */
function connection<T>(name: string, all: T[], args: ConnArgs, map: (x: T) => unknown) {
  if (args.first == null && args.last == null) {
    throw new GraphQLError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`);
  }
  for (const k of ['first', 'last'] as const) {
    const v = args[k];
    if (v != null && v > 100) throw new GraphQLError(`Requesting ${v} records on the \`${name}\` connection exceeds the \`${k}\` limit of 100 records.`);
    if (v != null && v < 0) throw new GraphQLError(`\`${k}\` on the \`${name}\` connection cannot be less than zero.`);
  }
  let start = 0;
  let end = all.length;
  if (args.after) start = decodeCursor(args.after, 'after') + 1;
  if (args.before) end = Math.min(end, decodeCursor(args.before, 'before'));
  let from = start;
  let to = end;
  if (args.first != null) to = Math.min(end, start + args.first);
  if (args.last != null) from = Math.max(from, to - args.last);
  const slice = all.slice(from, to);
  const nodes = slice.map(map);
  return {
    totalCount: all.length,
    nodes,
    edges: nodes.map((node, k) => ({ cursor: cursor(from + k), node })),
    pageInfo: {
      hasNextPage: to < end,
      hasPreviousPage: from > start,
      startCursor: slice.length ? cursor(from) : null,
      endCursor: slice.length ? cursor(to - 1) : null,
    },
  };
}

function labelsConn(r: RepoState, i: IssueRec) {
  return (args: ConnArgs) =>
    connection('labels', i.labels, args, (n) => {
      const l = r.labels.get(n.toLowerCase());
      return { __typename: 'Label', name: n, color: l?.color ?? 'ededed', description: l?.description ?? null, id: nodeId('Label', l?.id ?? 0) };
    });
}

/**
 * An Actor as GitHub's GraphQL gives it: a Bot's login without the `[bot]` suffix REST adds
 * ("github-actions", not "github-actions[bot]"); clients must ask for `__typename` to compare.
 */
function actorNode(login: string) {
  return login.endsWith('[bot]') ? { __typename: 'Bot', login: login.slice(0, -'[bot]'.length) } : { __typename: 'User', login };
}

function issueNode(ctx: Ctx, r: RepoState, i: IssueRec) {
  return {
    __typename: 'Issue',
    id: nodeId('Issue', i.id),
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    url: `${htmlUrl(ctx, r)}/issues/${i.number}`,
    state: i.state.toUpperCase(),
    stateReason: i.stateReason ? i.stateReason.toUpperCase() : null,
    closed: i.state === 'closed',
    closedAt: i.closedAt,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    author: actorNode(i.user),
    labels: labelsConn(r, i),
    comments: commentsConn(ctx, r, i),
    repository: () => repositoryNode(ctx, r),
    milestone: i.milestone !== null ? () => milestoneNode(ctx, r, r.milestones.get(i.milestone!)!) : null,
    // Pull requests that close this issue when merged: closing keywords of pull requests into the
    // default branch, and manual links. Open ones only unless includeClosedPrs (merged count as closed).
    closedByPullRequestsReferences: (args: ConnArgs & { includeClosedPrs?: boolean | null; userLinkedOnly?: boolean | null }) => {
      const pulls = [...r.issues.values()].filter((x) => {
        if (!x.pull) return false;
        if (!args.includeClosedPrs && x.state !== 'open') return false;
        const manual = i.linkedPulls?.includes(x.number) ?? false;
        if (args.userLinkedOnly) return manual;
        return manual || (x.pull.base === r.defaultBranch && closingReferences(r, x).includes(i.number));
      });
      return connection('closedByPullRequestsReferences', pulls, args, (x) => pullNode(ctx, r, x));
    },
    timelineItems: (args: ConnArgs & { itemTypes?: string[] | null }) => {
      const items: { at: string; node: () => unknown; type: string }[] = [];
      for (const e of r.events.filter((ev) => ev.issue === i.number)) {
        const source = e.source !== undefined ? r.issues.get(e.source) : undefined;
        if (e.event === 'closed') {
          const closer = source?.pull ? pullNode(ctx, r, source) : null;
          items.push({
            at: e.createdAt,
            type: 'CLOSED_EVENT',
            node: () => ({ __typename: 'ClosedEvent', id: nodeId('ClosedEvent', e.id), createdAt: e.createdAt, closer, stateReason: null }),
          });
        } else if (e.event === 'connected' && source) {
          const subject = source.pull ? pullNode(ctx, r, source) : issueNode(ctx, r, source);
          items.push({
            at: e.createdAt,
            type: 'CONNECTED_EVENT',
            node: () => ({
              __typename: 'ConnectedEvent',
              id: nodeId('ConnectedEvent', e.id),
              createdAt: e.createdAt,
              isCrossRepository: false,
              source: subject,
              subject,
            }),
          });
        }
      }
      // A pull request whose body mentions #N is cross-referenced on issue N (GitHub adds the event when it is written).
      for (const x of r.issues.values()) {
        if (!x.pull || x.number === i.number || !new RegExp(`#${i.number}\\b`).test(x.body ?? '')) continue;
        const willClose = x.pull.base === r.defaultBranch && closingKeywordTargets(x.body).includes(i.number);
        items.push({
          at: x.createdAt,
          type: 'CROSS_REFERENCED_EVENT',
          node: () => ({
            __typename: 'CrossReferencedEvent',
            id: nodeId('CrossReferencedEvent', x.id),
            createdAt: x.createdAt,
            referencedAt: x.createdAt,
            isCrossRepository: false,
            willCloseTarget: willClose,
            source: pullNode(ctx, r, x),
            target: issueNode(ctx, r, i),
          }),
        });
      }
      const wanted = args.itemTypes?.length ? items.filter((x) => args.itemTypes!.includes(x.type)) : items;
      wanted.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      return connection('timelineItems', wanted, args, (x) => x.node());
    },
  };
}

/** The comments of an issue or pull request, oldest first. */
function commentsConn(ctx: Ctx, r: RepoState, i: IssueRec) {
  return (args: ConnArgs) =>
    connection(
      'comments',
      r.comments.filter((c) => c.issue === i.number).sort((a, b) => a.id - b.id),
      args,
      (c) => ({
        __typename: 'IssueComment',
        id: nodeId('IssueComment', c.id),
        databaseId: c.id,
        body: c.body,
        url: `${htmlUrl(ctx, r)}/${i.pull ? 'pull' : 'issues'}/${i.number}#issuecomment-${c.id}`,
        createdAt: c.createdAt,
        author: actorNode(c.user),
      }),
    );
}

function pullNode(ctx: Ctx, r: RepoState, i: IssueRec) {
  const p = i.pull!;
  return {
    __typename: 'PullRequest',
    id: nodeId('PullRequest', p.id),
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    url: `${htmlUrl(ctx, r)}/pull/${i.number}`,
    state: p.merged ? 'MERGED' : i.state.toUpperCase(),
    closed: i.state === 'closed',
    closedAt: i.closedAt,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    isDraft: p.draft,
    merged: p.merged,
    mergedAt: p.mergedAt,
    mergeCommit: p.mergeCommitSha ? { __typename: 'Commit', oid: p.mergeCommitSha, abbreviatedOid: p.mergeCommitSha.slice(0, 7) } : null,
    baseRefName: p.base,
    headRefName: p.head,
    headRepository: () => repositoryNode(ctx, (p.headRepo && ctx.state.repos.get(p.headRepo)) || r),
    repository: () => repositoryNode(ctx, r),
    isCrossRepository: p.headRepo !== null,
    autoMergeRequest: p.autoMerge ? { mergeMethod: p.autoMerge.method, enabledBy: actorNode(p.autoMerge.enabledBy) } : null,
    baseRefOid: async () => (await refreshPull(r, i), p.baseSha),
    headRefOid: async () => (await refreshPull(r, i), p.headSha),
    author: actorNode(i.user),
    labels: labelsConn(r, i),
    milestone: i.milestone !== null ? () => milestoneNode(ctx, r, r.milestones.get(i.milestone!)!) : null,
    comments: commentsConn(ctx, r, i),
    // Issues this pull request closes when merged into the default branch (closing keywords), and
    // issues linked to it by hand; a merged pull request keeps listing the issues it closed.
    closingIssuesReferences: (args: ConnArgs) => {
      const numbers = new Set<number>([
        ...(p.base === r.defaultBranch ? closingReferences(r, i) : []),
        ...[...r.issues.values()].filter((x) => !x.pull && (x.linkedPulls?.includes(i.number) ?? false)).map((x) => x.number),
      ]);
      const issues = [...numbers]
        .sort((a, b) => a - b)
        .map((n) => r.issues.get(n))
        .filter((x): x is IssueRec => !!x && !x.pull);
      return connection('closingIssuesReferences', issues, args, (x) => issueNode(ctx, r, x));
    },
    changedFiles: async () => {
      await refreshPull(r, i);
      const mb = (await r.git.mergeBase(p.baseSha, p.headSha)) ?? p.baseSha;
      return (await r.git.diffFiles(mb, p.headSha, false)).length;
    },
    files: async (args: ConnArgs) => {
      await refreshPull(r, i);
      const mb = (await r.git.mergeBase(p.baseSha, p.headSha)) ?? p.baseSha;
      const list = await r.git.diffFiles(mb, p.headSha, false);
      const changeType: Record<string, string> = { added: 'ADDED', removed: 'DELETED', modified: 'MODIFIED', renamed: 'RENAMED', copied: 'COPIED' };
      return connection('files', list, args, (f) => ({
        __typename: 'PullRequestChangedFile',
        path: f.filename,
        additions: f.additions,
        deletions: f.deletions,
        changeType: changeType[f.status] ?? 'CHANGED',
      }));
    },
    commits: async (args: ConnArgs) => {
      await refreshPull(r, i);
      const mb = (await r.git.mergeBase(p.baseSha, p.headSha)) ?? p.baseSha;
      const list = await r.git.log(['--reverse', `${mb}..${p.headSha}`]);
      return connection('commits', list, args, (c) => ({
        __typename: 'PullRequestCommit',
        commit: commitNode(r, c.sha, c.message),
      }));
    },
  };
}

/** A commit with its combined status (latest status per context, as GitHub reports it). */
function commitNode(r: RepoState, oid: string, message: string, ctx?: Ctx) {
  const latest = (): Map<string, RepoState['statuses'][number]> => {
    const byContext = new Map<string, RepoState['statuses'][number]>();
    for (const st of r.statuses) if (st.sha === oid) byContext.set(st.context, st);
    return byContext;
  };
  const statusContext = (st: RepoState['statuses'][number]) => ({
    __typename: 'StatusContext',
    context: st.context,
    state: st.state.toUpperCase(),
    description: st.description ?? null,
    targetUrl: st.targetUrl ?? null,
    createdAt: st.createdAt,
  });
  return {
    __typename: 'Commit',
    oid,
    abbreviatedOid: oid.slice(0, 7),
    message,
    messageHeadline: message.split('\n')[0],
    // As REST GET /commits/{sha}/pulls: the pull requests whose merge commit or head is this commit, or that contain it.
    associatedPullRequests: async (args: ConnArgs) => {
      if (!ctx) return connection('associatedPullRequests', [], args, () => null);
      const hits: IssueRec[] = [];
      for (const i of r.issues.values()) {
        if (!i.pull) continue;
        await refreshPull(r, i);
        const p = i.pull;
        if (p.mergeCommitSha === oid || p.headSha === oid) hits.push(i);
        else if ((i.state === 'open' || p.merged) && (await r.git.git(['rev-list', `${p.baseSha}..${p.headSha}`])).split('\n').includes(oid)) hits.push(i);
      }
      hits.sort((a, b) => b.number - a.number);
      return connection('associatedPullRequests', hits, args, (x) => pullNode(ctx, r, x));
    },
    status: () => {
      const contexts = [...latest().values()];
      if (contexts.length === 0) return null;
      const states = contexts.map((c) => c.state);
      const state = states.some((x) => x === 'error' || x === 'failure') ? 'FAILURE' : states.some((x) => x === 'pending') ? 'PENDING' : 'SUCCESS';
      return {
        __typename: 'Status',
        state,
        contexts: contexts.map(statusContext),
        context: ({ name }: { name: string }) => {
          const st = latest().get(name);
          return st ? statusContext(st) : null;
        },
      };
    },
  };
}

function stateFilter(states: string[] | null | undefined, i: IssueRec): boolean {
  if (!states?.length) return true;
  const s = i.pull?.merged ? 'MERGED' : i.state.toUpperCase();
  return states.includes(s);
}

function milestoneNode(ctx: Ctx, r: RepoState, m: MilestoneRec) {
  const items = () => [...r.issues.values()].filter((i) => i.milestone === m.number).sort((a, b) => a.number - b.number);
  return {
    __typename: 'Milestone',
    id: nodeId('Milestone', m.id),
    number: m.number,
    title: m.title,
    description: m.description,
    state: m.state.toUpperCase(),
    closed: m.state === 'closed',
    closedAt: m.closedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    dueOn: m.dueOn,
    url: `${htmlUrl(ctx, r)}/milestone/${m.number}`,
    progressPercentage: (() => {
      const all = items();
      return all.length ? (100 * all.filter((i) => i.state === 'closed').length) / all.length : 0;
    })(),
    issues: (args: ConnArgs & { states?: string[] | null; labels?: string[] | null }) =>
      connection(
        'issues',
        items().filter((i) => !i.pull && stateFilter(args.states, i) && (!args.labels?.length || i.labels.some((l) => args.labels!.includes(l)))),
        args,
        (i) => issueNode(ctx, r, i),
      ),
    pullRequests: (args: ConnArgs & { states?: string[] | null; labels?: string[] | null }) =>
      connection(
        'pullRequests',
        items().filter((i) => !!i.pull && stateFilter(args.states, i) && (!args.labels?.length || i.labels.some((l) => args.labels!.includes(l)))),
        args,
        (i) => pullNode(ctx, r, i),
      ),
  };
}

function repositoryNode(ctx: Ctx, r: RepoState) {
  return {
    __typename: 'Repository',
    id: nodeId('Repository', r.id),
    name: r.name,
    nameWithOwner: r.fullName,
    url: htmlUrl(ctx, r),
    owner: { __typename: 'User', login: r.owner },
    isPrivate: r.private,
    defaultBranchRef: async () => {
      const sha = await r.git.refSha(`refs/heads/${r.defaultBranch}`);
      return { __typename: 'Ref', name: r.defaultBranch, prefix: 'refs/heads/', target: sha ? { __typename: 'Commit', oid: sha } : null };
    },
    milestones: (args: ConnArgs & { states?: string[] | null; query?: string | null }) => {
      let list = [...r.milestones.values()].sort((a, b) => a.number - b.number);
      if (args.states?.length) list = list.filter((m) => args.states!.includes(m.state.toUpperCase()));
      if (args.query) list = list.filter((m) => m.title.toLowerCase().includes(args.query!.toLowerCase()));
      return connection('milestones', list, args, (m) => milestoneNode(ctx, r, m));
    },
    milestone: ({ number }: { number: number }) => {
      const m = r.milestones.get(number);
      return m ? milestoneNode(ctx, r, m) : null;
    },
    issue: ({ number }: { number: number }) => {
      const i = r.issues.get(number);
      return i && !i.pull ? issueNode(ctx, r, i) : null;
    },
    pullRequests: (
      args: ConnArgs & {
        states?: string[] | null;
        labels?: string[] | null;
        baseRefName?: string | null;
        headRefName?: string | null;
        orderBy?: { field: string; direction: string } | null;
      },
    ) => {
      let list = [...r.issues.values()].filter(
        (i) =>
          !!i.pull &&
          stateFilter(args.states, i) &&
          (!args.labels?.length || i.labels.some((l) => args.labels!.includes(l))) &&
          (!args.baseRefName || i.pull.base === args.baseRefName) &&
          (!args.headRefName || i.pull.head === args.headRefName),
      );
      const field = args.orderBy?.field === 'UPDATED_AT' ? 'updatedAt' : 'createdAt';
      list = list.sort((a, b) => (a[field] === b[field] ? a.number - b.number : a[field] < b[field] ? -1 : 1));
      if (args.orderBy?.direction === 'DESC') list.reverse();
      return connection('pullRequests', list, args, (i) => pullNode(ctx, r, i));
    },
    object: async ({ oid }: { oid?: string | null }) => {
      if (!oid || !/^[0-9a-f]{40}$/.test(oid)) return null;
      const [c] = await r.git.log(['-1', oid]).catch(() => []);
      return c ? commitNode(r, c.sha, c.message, ctx) : null;
    },
    pullRequest: ({ number }: { number: number }) => {
      const i = r.issues.get(number);
      return i?.pull ? pullNode(ctx, r, i) : null;
    },
    ref: async ({ qualifiedName }: { qualifiedName: string }) => {
      const full = qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`;
      const sha = await r.git.refSha(full);
      if (!sha) return null;
      const parts = full.split('/');
      return { __typename: 'Ref', name: parts.slice(2).join('/'), prefix: `${parts[0]}/${parts[1]}/`, target: { __typename: 'Commit', oid: sha } };
    },
  };
}

export interface GraphqlResult {
  status: number;
  body: unknown;
  problems: string[];
}

export async function executeGraphql(
  ctx: Ctx,
  login: string,
  body: { query?: string; variables?: Record<string, unknown>; operationName?: string },
  token: { viewer: boolean } = { viewer: true },
): Promise<GraphqlResult> {
  const problems: string[] = [];
  if (!body || typeof body.query !== 'string') {
    return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' }, problems: ['missing query'] };
  }
  try {
    const errs = (await getValidator())(body.query);
    for (const e of errs) problems.push(e.message);
  } catch (e) {
    problems.push(String((e as Error).message));
  }
  if (problems.length) {
    return { status: 200, body: { errors: problems.map((message) => ({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) }, problems };
  }
  const root = {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const r = ctx.state.repo(owner, name);
      if (!r) throw new GraphQLError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, { extensions: { type: 'NOT_FOUND' } });
      return repositoryNode(ctx, r);
    },
    viewer: () => {
      if (!token.viewer) throw new GraphQLError('Resource not accessible by integration', { extensions: { type: 'FORBIDDEN' } });
      return { __typename: 'User', login, id: nodeId('User', ctx.state.user(login).id) };
    },
    // GitHub refuses auto-merge when the repository does not allow it, and when the pull request is
    // already mergeable ("clean": no required check or review left to wait for).
    enablePullRequestAutoMerge: ({ input }: { input: { pullRequestId: string; mergeMethod?: 'MERGE' | 'SQUASH' | 'REBASE' } }) => {
      for (const r of ctx.state.repos.values()) {
        for (const i of r.issues.values()) {
          if (!i.pull || nodeId('PullRequest', i.pull.id) !== input.pullRequestId) continue;
          const may = ['admin', 'maintain', 'write'].includes(permissionOf(r, login));
          if (!may)
            throw new GraphQLError(`${login} does not have permission to enable auto-merge on this pull request.`, { extensions: { type: 'FORBIDDEN' } });
          if (!r.allowAutoMerge) throw new GraphQLError('Auto merge is not allowed for this repository', { extensions: { type: 'UNPROCESSABLE' } });
          if (i.state !== 'open' || i.pull.merged) throw new GraphQLError('Pull request is not open', { extensions: { type: 'UNPROCESSABLE' } });
          if (i.pull.draft) throw new GraphQLError('Pull request Pull request is in draft state', { extensions: { type: 'UNPROCESSABLE' } });
          if (!r.protections?.get(i.pull.base)?.requiredChecks.length) {
            throw new GraphQLError('Pull request Pull request is in clean status', { extensions: { type: 'UNPROCESSABLE' } });
          }
          i.pull.autoMerge = { method: input.mergeMethod ?? 'MERGE', enabledBy: login };
          return { clientMutationId: null, actor: actorNode(login), pullRequest: pullNode(ctx, r, i) };
        }
      }
      throw new GraphQLError(`Could not resolve to a node with the global id of '${input.pullRequestId}'`, { extensions: { type: 'NOT_FOUND' } });
    },
    rateLimit: () => ({ limit: 5000, cost: 1, remaining: 4999, used: 1, resetAt: new Date(Date.now() + 3600_000).toISOString(), nodeCount: 0 }),
  };
  const result = await graphql({
    schema: getSchema(),
    source: body.query,
    rootValue: root,
    variableValues: body.variables ?? {},
    operationName: body.operationName ?? null,
  });
  const out: Record<string, unknown> = {};
  if (result.errors?.length) {
    out.errors = result.errors.map((e) => {
      const j = e.toJSON() as unknown as Record<string, unknown>;
      const ext = (j.extensions ?? {}) as Record<string, unknown>;
      if (ext.type) j.type = ext.type;
      return j;
    });
  }
  if (result.data !== undefined) out.data = result.data;
  return { status: 200, body: out, problems };
}
