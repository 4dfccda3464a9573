// The freeze's side effects: reading pull requests (one GraphQL query each, or a paged sweep), writing
// the commit status and the guidance comment.
import { type ActionEnvironment } from '../../../shared/entry.ts';
import type { Policy } from '../../../shared/config.ts';
import { UserError } from '../../../shared/errors.ts';
import { repositoryNotReachable, toPullRequest, type Comment, type IssueEvent, type Permission, type PullRequest } from '../../../shared/github/index.ts';
import type { SuiteIdentity } from '../../../shared/identity.ts';
import { actorLogin } from '../../../shared/identity.ts';
import type { IgnoredMarkers } from '../../../shared/ownership.ts';
import { judgeMarkedPullRequest } from '../../../shared/ownership.ts';
import { setCommitStatus } from '../../../shared/statuses.ts';
import { inline } from '../../../shared/text.ts';
import { ownComments, withMarker, type MarkerKind } from '../../../shared/markers.ts';
import { judge, type FreezeState, type LazyFacts, type PullFacts, type Verdict } from '../rules.ts';
import { desiredStatus } from '../rules.ts';
import { RESOLVED, guidance } from '../render.ts';
import type { FreezeGuardInputs } from '../main.ts';

export const COMMENT_KIND = 'freeze-guidance' satisfies MarkerKind;

export interface Evaluation {
  number: number;
  title: string;
  decision: Verdict['decision'];
  reason: string;
  rule: Verdict['rule'];
  status: 'created' | 'unchanged' | 'planned' | 'none';
}

/**
 * Facts fetched only when a rule needs them. `prefetchedFiles` are the paths the pull request query already
 * returned (null when that page could not prove the full list; the REST listing then decides).
 */
export function lazyFacts(d: FreezeDeps, pr: PullRequest, prefetchedFiles: string[] | null = null): LazyFacts {
  const { github, context } = d.env;
  const repo = context.repo;
  const number = pr.number;
  let files: Promise<string[]> | undefined = prefetchedFiles ? Promise.resolve(prefetchedFiles) : undefined;
  let events: Promise<IssueEvent[]> | undefined;
  return {
    files: () => (files ??= github.listPullRequestFiles(repo, number)),
    labelEvents: () => (events ??= github.listIssueEvents(repo, number)),
    permission: async (user) => {
      if (!d.permissions.has(user)) d.permissions.set(user, await github.getPermission(repo, user));
      return d.permissions.get(user)!;
    },
    suitePullRequest: async () => {
      const judged = await judgeMarkedPullRequest(pr, d.policy, { repo, identity: d.identity });
      if (!judged) return null;
      const { kind, ownership } = judged;
      if (ownership.verdict === 'suite') return { owned: true, kind, reason: '' };
      const reason = ownership.reason;
      d.ignored.note(`#${number}`, `carries a \`${kind}\` marker, but ${reason}: not exempt from the freeze`);
      return { owned: false, kind, reason };
    },
  };
}

export interface FreezeDeps {
  inputs: FreezeGuardInputs;
  env: ActionEnvironment;
  policy: Policy;
  freeze: FreezeState;
  guarded: string[];
  permissions: Map<string, Permission>;
  identity: SuiteIdentity;
  ignored: IgnoredMarkers;
}

export async function writeStatus(
  d: FreezeDeps,
  sha: string,
  verdict: Verdict,
  current: { state: string; description: string } | undefined,
): Promise<Evaluation['status']> {
  const want = desiredStatus(verdict);
  const { outcome } = await setCommitStatus(
    d.env.github,
    d.env.context.repo,
    sha,
    { ...want, context: d.policy.freeze.statusContext, targetUrl: d.env.context.runUrl },
    { plan: d.env.plan, current: current ?? null },
  );
  return outcome === 'updated' ? 'created' : outcome;
}

export async function syncComment(
  d: FreezeDeps,
  number: number,
  verdict: Verdict,
  previouslyFailed: boolean,
  prefetched: Comment[] | null = null,
): Promise<void> {
  const { github, plan, context } = d.env;
  if (verdict.decision !== 'blocked' && !previouslyFailed) return;
  const comments = prefetched ?? (await github.listComments(context.repo, number));
  // Only the suite's own comment is updated: a person's comment quoting the marker is left alone.
  const existing = (await ownComments(comments, d.identity, COMMENT_KIND))[0];
  let body: string | undefined;
  if (verdict.decision === 'blocked') body = withMarker(guidance(d.policy, d.freeze, verdict), COMMENT_KIND, {});
  else if (existing && !existing.body.includes(RESOLVED)) body = withMarker(`${RESOLVED}${inline(verdict.reason)}`, COMMENT_KIND, {});
  if (!body) return;
  if (existing?.body.trim() === body.trim()) return plan.keep(`the freeze comment on #${number} already says this`);
  if (existing) await plan.write(`update the freeze comment on #${number}`, () => github.updateComment(context.repo, existing.id, body));
  else await plan.write(`post the freeze comment on #${number}`, () => github.createComment(context.repo, number, body));
}

export function pullFacts(pr: PullRequest): PullFacts {
  return { number: pr.number, title: pr.title, body: pr.body, author: pr.author, labels: pr.labels, headSha: pr.headSha, baseRef: pr.baseRef };
}

/** Changed files of a page, as the REST listing would give them, or null when the page cannot prove that list. */
export interface FilesPage {
  pageInfo: { hasNextPage: boolean };
  nodes: { path: string; changeType: string }[];
}

export function filesOf(files: FilesPage | undefined): string[] | null {
  if (!files || files.pageInfo.hasNextPage) return null;
  // GraphQL names only the new path of a renamed or copied file; the REST listing adds the old one, which the path
  // rules must see too (a file moved out of a guarded folder changes that folder).
  if (files.nodes.some((f) => f.changeType === 'RENAMED' || f.changeType === 'COPIED')) return null;
  return files.nodes.map((f) => f.path);
}

export interface CheckFacts {
  repository: {
    object: { status: { context: { state: string; description: string | null } | null } | null } | null;
    pullRequest: {
      comments: {
        pageInfo: { hasNextPage: boolean };
        nodes: { databaseId: number; body: string; url: string; author: { __typename?: string; login: string } | null }[];
      };
      files?: FilesPage;
    } | null;
  } | null;
}

export const CHECK_QUERY = `query FreezeCheck($owner: String!, $name: String!, $number: Int!, $sha: GitObjectID!, $context: String!, $withPaths: Boolean!) {
  repository(owner: $owner, name: $name) {
    object(oid: $sha) { ... on Commit { status { context(name: $context) { state description } } } }
    pullRequest(number: $number) {
      comments(first: 100) { pageInfo { hasNextPage } nodes { databaseId body url author { __typename login } } }
      files(first: 100) @include(if: $withPaths) { pageInfo { hasNextPage } nodes { path changeType } }
    }
  }
}`;

export async function checkPullRequest(d: FreezeDeps): Promise<{ evaluations: Evaluation[]; blocked: boolean }> {
  const { github, context, logger } = d.env;
  if (context.trigger.kind !== 'pull_request')
    throw new UserError(
      'input',
      `freeze-guard mode "check" needs a pull_request event (got "${context.eventName}"); use mode: sweep for schedule or workflow_dispatch.`,
    );
  const full = context.trigger.pull;
  const pr = pullFacts(full);
  if (!d.guarded.includes(pr.baseRef)) {
    logger.info(`#${pr.number} targets ${pr.baseRef}, which is not guarded (${d.guarded.join(', ')}); nothing to do.`);
    return {
      evaluations: [
        { number: pr.number, title: pr.title, decision: 'exempt', reason: `Base branch ${pr.baseRef} is not guarded.`, rule: 'none', status: 'none' },
      ],
      blocked: false,
    };
  }
  // One query reads what the decision and its follow-up need: the status on the head commit, the comments (for the
  // guidance comment) and, when path rules exist, the changed files.
  const facts = await github.graphql<CheckFacts>(`Reading pull request #${pr.number}`, CHECK_QUERY, {
    owner: context.repo.owner,
    name: context.repo.repo,
    number: pr.number,
    sha: pr.headSha,
    context: d.policy.freeze.statusContext,
    withPaths: d.policy.freeze.allow.paths.length > 0,
  });
  const node = facts.repository?.pullRequest;
  if (!node) throw new UserError('not-found', `Pull request #${pr.number} of ${context.repo.owner}/${context.repo.repo} was not found through GraphQL.`);
  const verdict = await judge(pr, d.policy, d.freeze, lazyFacts(d, full, filesOf(node.files)));
  const ctx = facts.repository?.object?.status?.context;
  const current = ctx ? { state: ctx.state.toLowerCase(), description: ctx.description ?? '' } : undefined;
  const status = await writeStatus(d, pr.headSha, verdict, current);
  const comments = node.comments.pageInfo.hasNextPage
    ? null
    : node.comments.nodes.map((c) => ({ id: c.databaseId, body: c.body, author: actorLogin(c.author), htmlUrl: c.url }));
  await syncComment(d, pr.number, verdict, current?.state === 'failure', comments);
  return { evaluations: [{ number: pr.number, title: pr.title, ...verdict, status }], blocked: verdict.decision === 'blocked' };
}

export const MERGE_QUEUE_REF = /^(?:refs\/heads\/)?gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40}$/;

export const PR_REFERENCE = /(?:^Merge pull request #(\d+) |\(#(\d+)\)\s*$)/;

export async function checkMergeGroup(d: FreezeDeps): Promise<{ evaluations: Evaluation[]; blocked: boolean }> {
  const { github, context } = d.env;
  const group = context.trigger;
  if (group.kind !== 'merge_group' || !group.headSha || !group.baseSha) throw new UserError('input', 'The merge_group event payload has no head_sha/base_sha.');
  const base = group.baseRef;
  if (!d.guarded.includes(base)) return { evaluations: [], blocked: false };
  const numbers = new Set<number>();
  const fromRef = MERGE_QUEUE_REF.exec(group.headRef);
  if (fromRef) numbers.add(Number(fromRef[1]));
  const comparison = await github.compare(context.repo, group.baseSha, group.headSha);
  for (const commit of comparison.commits) {
    const m = PR_REFERENCE.exec(commit.message.split('\n')[0] ?? '');
    const n = m ? Number(m[1] ?? m[2]) : NaN;
    if (Number.isInteger(n)) numbers.add(n);
  }
  if (numbers.size === 0) throw new UserError('state', `Could not tell which pull requests are in merge group ${group.headRef}; no "(#N)" in its commits.`);
  const evaluations: Evaluation[] = [];
  for (const number of [...numbers].sort((a, b) => a - b)) {
    const pr = await github.getPullRequest(context.repo, number);
    const verdict = await judge(pullFacts(pr), d.policy, d.freeze, lazyFacts(d, pr));
    evaluations.push({ number, title: pr.title, ...verdict, status: 'none' });
  }
  const blocked = evaluations.filter((e) => e.decision === 'blocked');
  const combined: Verdict = blocked.length
    ? { decision: 'blocked', reason: `Merge group holds frozen changes: ${blocked.map((e) => `#${e.number}`).join(', ')}.`, rule: 'none' }
    : {
        decision: evaluations[0]!.decision === 'not-frozen' ? 'not-frozen' : 'allowed',
        reason: `All ${evaluations.length} pull request(s) in the group may merge.`,
        rule: 'none',
      };
  const statuses = await github.getCombinedStatuses(context.repo, group.headSha);
  const status = await writeStatus(
    d,
    group.headSha,
    combined,
    statuses.find((s) => s.context === d.policy.freeze.statusContext),
  );
  for (const e of evaluations) e.status = status;
  return { evaluations, blocked: blocked.length > 0 };
}

export interface SweepPage {
  repository: {
    pullRequests: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        number: number;
        title: string;
        body: string;
        author: { __typename?: string; login: string } | null;
        baseRefName: string;
        headRefName: string;
        headRepository: { nameWithOwner: string } | null;
        headRefOid: string;
        labels: { nodes: { name: string }[] };
        commits: { nodes: { commit: { oid: string; status: { context: { state: string; description: string | null } | null } | null } }[] };
        files?: FilesPage;
      }[];
    };
  } | null;
}

export const SWEEP_QUERY = `query FreezeSweep($owner: String!, $name: String!, $base: String!, $context: String!, $withPaths: Boolean!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: OPEN, baseRefName: $base, first: 100, after: $cursor, orderBy: {field: CREATED_AT, direction: ASC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number
        title
        body
        author { __typename login }
        baseRefName
        headRefName
        headRepository { nameWithOwner }
        headRefOid
        labels(first: 100) { nodes { name } }
        commits(last: 1) { nodes { commit { oid status { context(name: $context) { state description } } } } }
        files(first: 100) @include(if: $withPaths) { pageInfo { hasNextPage } nodes { path changeType } }
      }
    }
  }
}`;

type SweptNode = NonNullable<SweepPage['repository']>['pullRequests']['nodes'][number];

export function sweptPullRequest(node: SweptNode): PullRequest {
  return toPullRequest({
    number: node.number,
    title: node.title,
    body: node.body,
    state: 'open',
    user: node.author ? { login: actorLogin(node.author) } : null,
    labels: node.labels.nodes,
    head: { ref: node.headRefName, sha: node.headRefOid, repo: node.headRepository ? { full_name: node.headRepository.nameWithOwner } : null },
    base: { ref: node.baseRefName },
  });
}

/** A swept pull request and the state of the status `context` on its current head (undefined when unset). */
export interface SweptPullRequest {
  node: SweptNode;
  pr: PullRequest;
  current: { state: string; description: string } | undefined;
}

/**
 * Every open pull request into each of `bases`, one paged query per 100 (the status `context` on
 * each head and, `withPaths`, the changed files come in the same page), handed to `visit` in turn.
 */
export async function sweepOpenPullRequests(
  env: ActionEnvironment,
  bases: readonly string[],
  options: { context: string; withPaths: boolean },
  visit: (swept: SweptPullRequest) => Promise<void>,
): Promise<void> {
  const { github, context } = env;
  for (const base of bases) {
    let cursor: string | null = null;
    do {
      const page: SweepPage = await github.graphql<SweepPage>(`Listing open pull requests into ${base}`, SWEEP_QUERY, {
        owner: context.repo.owner,
        name: context.repo.repo,
        base,
        context: options.context,
        withPaths: options.withPaths,
        cursor,
      });
      const prs = page.repository?.pullRequests;
      if (!prs) throw repositoryNotReachable(context.repo, github.tokenSource);
      for (const node of prs.nodes) {
        const last = node.commits.nodes[0]?.commit;
        const ctx = last && last.oid === node.headRefOid ? last.status?.context : undefined;
        await visit({ node, pr: sweptPullRequest(node), current: ctx ? { state: ctx.state.toLowerCase(), description: ctx.description ?? '' } : undefined });
      }
      cursor = prs.pageInfo.hasNextPage ? prs.pageInfo.endCursor : null;
    } while (cursor);
  }
}

export async function sweep(d: FreezeDeps): Promise<{ evaluations: Evaluation[]; blocked: boolean }> {
  const evaluations: Evaluation[] = [];
  const options = { context: d.policy.freeze.statusContext, withPaths: d.policy.freeze.allow.paths.length > 0 };
  await sweepOpenPullRequests(d.env, d.guarded, options, async ({ node, pr, current }) => {
    const verdict = await judge(pullFacts(pr), d.policy, d.freeze, lazyFacts(d, pr, filesOf(node.files)));
    const status = await writeStatus(d, node.headRefOid, verdict, current);
    if (status !== 'unchanged' && current?.state === 'failure' && verdict.decision !== 'blocked') {
      await syncComment(d, node.number, verdict, true);
    }
    evaluations.push({ number: node.number, title: node.title, ...verdict, status });
  });
  return { evaluations, blocked: evaluations.some((e) => e.decision === 'blocked') };
}
