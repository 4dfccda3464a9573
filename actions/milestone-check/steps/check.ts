// milestone-check's side effects: finding the release pull request, reading each repository's milestone
// and placing its changes on the release branch, posting the report.
import type { ActionEnvironment } from '../../../shared/entry.ts';
import { type Policy } from '../../../shared/config.ts';
import { repoName, type RepoRef } from '../../../shared/context.ts';
import { UserError, errorMessage } from '../../../shared/errors.ts';
import { Git, isSha, type BoundedHistory } from '../../../shared/git.ts';
import type { PullRequest } from '../../../shared/github/index.ts';
import { SuiteIdentity } from '../../../shared/identity.ts';
import { upsertComment, type Marker, type MarkerKind } from '../../../shared/markers.ts';
import { suiteReleasePullRequest } from '../../../shared/release-pull-request.ts';
import { findMilestone, listMilestoneItems, type MilestoneRef } from './items.ts';
import {
  decidePresence,
  depthForPresence,
  fetchForPresence,
  pickCommand,
  type MergedChange,
  type MergedInto,
  type PresenceVerdict,
  type SquashPromotion,
} from '../../../shared/presence.ts';
import type { IgnoredMarkers } from '../../../shared/ownership.ts';
import { judgeMarkedPullRequest } from '../../../shared/ownership.ts';
import { reportComment, type MissingChange, type RepoReport } from '../render.ts';
import { findBlockers, isPastDue } from '../../../shared/milestone.ts';
import { eventPullRequest } from '../rules.ts';
import type { MilestoneCheckInputs } from '../main.ts';

export const COMMENT_KIND = 'milestone-check' satisfies MarkerKind;

/**
 * The pull request milestone-check judges: the one named by input "pull-request", else (with a
 * status context, on events such as an issue closed or a push to staging) the open release pull
 * request into production. `release` is its release marker, when it is the release pull request.
 */
export interface Subject {
  pr: PullRequest;
  release: Marker<'release-pr'> | undefined;
}

export async function findSubject(inputs: MilestoneCheckInputs, env: ActionEnvironment, policy: Policy): Promise<Subject | null> {
  const { github, context } = env;
  const identity = new SuiteIdentity(github, policy.trustedLogins);
  // Only the release pull request the suite opened counts (ownership by identity, not the marker).
  const release = async (pr: PullRequest): Promise<Marker<'release-pr'> | undefined> => {
    const ownership = await suiteReleasePullRequest(pr, policy, { repo: context.repo, identity });
    return ownership ? (ownership.marker ?? { kind: 'release-pr', attrs: {} }) : undefined;
  };
  const number = inputs.pullRequest ?? eventPullRequest(context);
  if (number) {
    const pr = await github.getPullRequest(context.repo, number);
    // The status guards production: a pull request into another branch (a must-have fix merged
    // into dev) changes the answer for the release pull request, which is then judged instead.
    if (!inputs.statusContext || pr.baseRef === policy.branches.production) return { pr, release: await release(pr) };
  }
  if (!inputs.statusContext) return null;
  const open = await github.listPullRequests(context.repo, { state: 'open', base: policy.branches.production });
  for (const pr of open.sort((a, b) => a.number - b.number)) {
    const marker = await release(pr);
    if (marker) return { pr, release: marker };
  }
  return null;
}

export interface CheckDeps {
  inputs: MilestoneCheckInputs;
  env: ActionEnvironment;
  policy: Policy;
  title: string;
  targetBranch: string;
  identity?: SuiteIdentity;
  ignored: IgnoredMarkers;
}

export async function locateMilestone(
  d: CheckDeps,
  repo: RepoRef,
): Promise<{ milestone: MilestoneRef | null; repoUrl: string; status: RepoReport['milestone']['status'] }> {
  const { github, logger } = d.env;
  const found = await findMilestone(github, repo, d.title);
  if (found.milestone) return { ...found, status: 'found' };
  if (!d.inputs.createMissing) {
    logger.warning(`${repoName(repo)} has no milestone "${d.title}".`, { title: 'Release milestone missing' });
    return { ...found, status: 'missing' };
  }
  const created = await d.env.plan.write(`create the milestone "${d.title}" in ${repoName(repo)}`, () =>
    github.createMilestone(repo, d.title, `Release milestone (created by portal-release milestone-check).`),
  );
  if (!created) return { ...found, status: 'would-create' };
  logger.info(`Created milestone "${d.title}" in ${repoName(repo)}: ${created.htmlUrl}`);
  return {
    repoUrl: found.repoUrl,
    status: 'created',
    milestone: { number: created.number, title: created.title, state: created.state, url: created.htmlUrl, dueOn: null },
  };
}

/**
 * Pull requests merged into the target branch since the oldest pending change: any of them may
 * carry a change by reference; the suite's own promotions (judged by identity, never by marker
 * alone) pin the source SHA they were made of.
 */
export async function mergedInto(d: CheckDeps, repo: RepoRef, pending: MergedChange[]): Promise<MergedInto> {
  const times = pending.map((c) => Date.parse(c.mergedAt ?? '')).filter((t) => !Number.isNaN(t));
  const since = new Date(times.length ? Math.min(...times) : 0);
  const pulls = (await d.env.github.listPullRequestsUpdatedSince(repo, since, { state: 'closed', base: d.targetBranch })).filter((p) => p.merged);
  const identity = d.identity ?? (d.identity = new SuiteIdentity(d.env.github, d.policy.trustedLogins));
  const promotions: SquashPromotion[] = [];
  for (const pr of pulls) {
    const judged = await judgeMarkedPullRequest(pr, d.policy, { repo, identity });
    if (!judged || (judged.kind !== 'promotion' && judged.kind !== 'release-pr')) continue;
    if (judged.ownership.verdict !== 'suite') {
      d.ignored.notePull(pr, judged.kind, judged.ownership);
      continue;
    }
    if (pr.mergeCommitSha) promotions.push({ number: pr.number, url: pr.htmlUrl, mergeCommit: pr.mergeCommitSha, source: pr.headSha });
  }
  return {
    references: pulls.map((p) => ({ number: p.number, url: p.htmlUrl, title: p.title, body: p.body, mergeCommit: p.mergeCommitSha })),
    promotions,
  };
}

export async function checkPresence(d: CheckDeps, repo: RepoRef, changes: MergedChange[], baseRefs: string[]): Promise<PresenceVerdict[]> {
  if (!changes.length) return [];
  const { env } = d;
  const git = await Git.scratch({ logger: env.logger, serverUrl: env.context.serverUrl, token: env.token, parent: env.tempDir });
  try {
    await git.checkRefFormat(d.targetBranch, 'target branch');
    const bases: string[] = [];
    for (const baseRef of baseRefs) {
      if (baseRef && !bases.includes(baseRef) && (await git.exec(['check-ref-format', `refs/heads/${baseRef}`])).code === 0 && !baseRef.startsWith('-')) {
        bases.push(baseRef);
      }
    }
    await git.addRemote('origin', git.remoteUrl(env.context.serverUrl, repo));
    // The history from the target and the newest merged change down to their merge base (GitHub's counts),
    // deepened when a proof needs more (an older change, a merge): a small part of a clone.
    const newest = changes
      .filter((c) => isSha(c.mergeCommit))
      .reduce<MergedChange | undefined>((a, c) => (!a || Date.parse(c.mergedAt ?? '') > Date.parse(a.mergedAt ?? '') ? c : a), undefined);
    const depth = newest ? await depthForPresence(env.github, repo, [d.targetBranch], newest.mergeCommit, env.logger) : undefined;
    let history: BoundedHistory;
    try {
      history = await fetchForPresence(
        git,
        { targetBranch: d.targetBranch, mergeCommits: changes.map((c) => c.mergeCommit), baseBranches: bases, depth },
        env.logger,
      );
    } catch (error) {
      if (/couldn't find remote ref/i.test(errorMessage(error))) {
        throw new UserError('not-found', `Branch "${d.targetBranch}" does not exist in ${repoName(repo)}; set input "target-branch" or the policy's branches.`);
      }
      throw error;
    }
    return await decidePresence({
      git,
      changes,
      logger: env.logger,
      referencePatterns: d.policy.backport.referencePatterns,
      mergedInto: (pending) => mergedInto(d, repo, pending),
      history,
    });
  } finally {
    await git.dispose();
  }
}

export async function checkRepo(d: CheckDeps, repo: RepoRef): Promise<RepoReport> {
  const name = repoName(repo);
  const { logger } = d.env;
  const located = await locateMilestone(d, repo);
  const items = located.milestone ? await listMilestoneItems(d.env.github, repo, located.milestone) : [];
  const report: RepoReport = {
    repo: name,
    repoUrl: located.repoUrl,
    targetBranch: d.targetBranch,
    milestone: {
      title: d.title,
      number: located.milestone?.number ?? null,
      url: located.milestone?.url ?? '',
      state: located.milestone?.state ?? null,
      status: located.status,
      dueOn: located.milestone?.dueOn ?? null,
      pastDue: isPastDue(located.milestone, d.env.clock()),
    },
    counts: {
      issues: items.filter((i) => i.kind === 'issue').length,
      pulls: items.filter((i) => i.kind === 'pull').length,
      open: items.filter((i) => i.state === 'open').length,
      merged: items.filter((i) => i.state === 'merged').length,
      changes: 0,
    },
    present: {},
    placed: [],
    blockers: [],
    missing: [],
    unlinked: [],
  };
  if (located.status === 'missing') {
    report.blockers.push({
      repo: name,
      number: null,
      title: d.title,
      url: `${located.repoUrl}/milestones`,
      reason: `${name} has no milestone "${d.title}" (create it, or set create-missing: true)`,
    });
  }
  report.blockers.push(...findBlockers(name, items, d.policy.milestone));
  const merged = items.filter((i) => i.kind === 'pull' && i.state === 'merged');
  // Every item is followed to its change: a pull request is its own; a closed issue's are the merged
  // pull requests linked to it (merged into any branch). Each change is checked once.
  const candidates = new Map<
    number,
    { title: string; url: string; mergeCommit: string | null; mergedAt: string | null; commitCount: number; lastCommitHeadline: string; baseRef: string }
  >();
  const issuesOf = new Map<number, number[]>();
  for (const item of merged) {
    candidates.set(item.number, {
      title: item.title,
      url: item.url,
      mergeCommit: item.mergeCommit ?? null,
      mergedAt: item.mergedAt ?? null,
      commitCount: item.commitCount ?? 1,
      lastCommitHeadline: item.lastCommitHeadline ?? '',
      baseRef: item.baseRef ?? '',
    });
  }
  for (const issue of items.filter((i) => i.kind === 'issue' && i.state === 'closed')) {
    if (issue.linksTruncated) logger.warning(`${name}#${issue.number} has more linking events than one page; only the first ones were followed.`);
    const fixes = (issue.links ?? []).filter((l) => l.state === 'merged');
    if (!fixes.length) {
      if (issue.notPlanned) continue;
      const reason = 'closed, but no merged pull request is linked to it (link the fix, or close it as not planned)';
      if (d.policy.milestone.closedWithoutChange === 'block') {
        report.blockers.push({
          repo: name,
          number: issue.number,
          title: issue.title,
          url: issue.url,
          reason: `${reason} (milestone.closed-without-change: block)`,
        });
      } else report.unlinked.push({ repo: name, number: issue.number, title: issue.title, url: issue.url, reason });
      continue;
    }
    for (const fix of fixes) {
      issuesOf.set(fix.number, [...(issuesOf.get(fix.number) ?? []), issue.number]);
      if (!candidates.has(fix.number)) candidates.set(fix.number, { ...fix });
    }
  }
  report.counts.changes = candidates.size;
  const changes: MergedChange[] = [];
  for (const [number, item] of [...candidates].sort((a, b) => a[0] - b[0])) {
    if (!item.mergeCommit) {
      report.missing.push({
        repo: name,
        number,
        title: item.title,
        url: item.url,
        mergeCommit: '',
        commits: [],
        command: '',
        reason: 'GitHub reports no merge commit',
        ...(issuesOf.has(number) ? { issues: issuesOf.get(number)! } : {}),
      });
      continue;
    }
    changes.push({
      number,
      title: item.title,
      url: item.url,
      mergeCommit: item.mergeCommit,
      mergedAt: item.mergedAt,
      commitCount: item.commitCount,
      lastCommitHeadline: item.lastCommitHeadline,
    });
  }
  const verdicts = await checkPresence(
    d,
    repo,
    changes,
    [...candidates.values()].map((c) => c.baseRef),
  );
  const order = new Map(changes.map((c) => [c.number, c]));
  const missing: (MissingChange & { mergedAt: string })[] = [];
  for (const v of verdicts) {
    const change = order.get(v.number)!;
    const issues = issuesOf.get(v.number);
    if (v.present) {
      report.present[v.method!] = (report.present[v.method!] ?? 0) + 1;
      report.placed.push({
        repo: name,
        number: v.number,
        title: change.title,
        url: change.url,
        proof: v.method!,
        evidence: v.evidence,
        ...(issues ? { issues } : {}),
      });
      logger.debug(`${name}#${v.number}: on ${d.targetBranch} (${v.method}: ${v.evidence})`);
      continue;
    }
    missing.push({
      repo: name,
      number: v.number,
      title: change.title,
      url: change.url,
      mergeCommit: change.mergeCommit,
      commits: v.commits,
      command: v.commits.length ? pickCommand(v.commits) : '',
      reason: issues ? `${v.evidence}; it is the change of closed issue ${issues.map((n) => `#${n}`).join(', ')}` : v.evidence,
      mergedAt: change.mergedAt ?? '',
      ...(issues ? { issues } : {}),
    });
  }
  missing.sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number);
  report.missing.push(...missing.map(({ mergedAt: _m, ...m }) => m));
  for (const b of report.blockers) logger.warning(`${name}${b.number === null ? '' : `#${b.number}`} ${b.title}: ${b.reason}`, { title: 'Release blocker' });
  for (const u of report.unlinked) logger.warning(`${name}#${u.number} ${u.title}: ${u.reason}`, { title: 'Closed issue without a change' });
  for (const m of report.missing) {
    logger.warning(`${name}#${m.number} ${m.title} is merged but not on ${d.targetBranch}${m.command ? `: ${m.command}` : ''}`, {
      title: 'Change missing from the release branch',
    });
  }
  logger.info(
    `${name}: milestone ${located.status}, ${items.length} item(s), ${report.blockers.length} blocker(s), ${report.missing.length} missing of ${candidates.size} merged change(s).`,
  );
  return report;
}

export async function postReport(d: CheckDeps, number: number, report: string): Promise<string> {
  const { github, context, logger } = d.env;
  const body = reportComment(report);
  // Only the suite's own report comment is updated: a person's comment quoting it is left alone.
  const identity = new SuiteIdentity(github, d.policy.trustedLogins);
  const { plan } = d.env;
  const result = await upsertComment(github, context.repo, number, identity, COMMENT_KIND, body, { attrs: {}, plan, what: 'the milestone report comment' });
  if (plan.dryRun && result.outcome !== 'unchanged') return `would ${result.outcome === 'created' ? 'create' : 'update'}`;
  logger.info(`Milestone report comment on #${number}: ${result.outcome}${result.comment ? ` (${result.comment.htmlUrl})` : ''}`);
  return result.outcome;
}
