// backport-cherry-pick's side effects for one merged pull request: what the event asks for, then per
// target the pick, the branch, the pull request (found by identity, completed after a lost answer),
// its review request and auto-merge, and the comments that say why a target waits or conflicts.
import type { ActionEnvironment } from '../../../shared/entry.ts';
import { addDays } from '../../../shared/clock.ts';
import type { Policy } from '../../../shared/config.ts';
import { UserError, quote, reportedFailure } from '../../../shared/errors.ts';
import { GitHubError, type Comment, type PullRequest, type Release } from '../../../shared/github/index.ts';
import { SuiteIdentity } from '../../../shared/identity.ts';
import { upsertComment, withMarker } from '../../../shared/markers.ts';
import { depthForPresence } from '../../../shared/presence.ts';
import { remoteRef, Workspace, type PickPlan } from './picker.ts';
import { publishThroughApi } from './signed.ts';
import {
  backportBranch,
  backportTitle,
  carriedLabels,
  explicitTargets,
  isSafeBranchName,
  judgeBackport,
  judgeWithoutWindow,
  latestMajorRelease,
  parseBackportCommand,
  targetsOfPull,
  type PullFacts,
  type TargetRequest,
} from '../rules.ts';
import { commandAnswer, conflictComment, deferredComment, MARKER, markerKind, pullRequestBody, type Provenance } from '../render.ts';
import type { BackportInputs } from '../main.ts';

export type TargetState = 'created' | 'exists' | 'skipped' | 'deferred' | 'conflict' | 'failed' | 'planned';

export interface TargetResult {
  state: TargetState;
  kind: TargetRequest['kind'];
  reason: string;
  pr?: number;
  url?: string;
  branch?: string;
  /** With `backport.auto-merge`: enabled, or why not. */
  autoMerge?: 'enabled' | 'refused' | 'failed';
}

/** What the event asks this run to backport: which pull request, to which targets, on whose command. */
export interface BackportRequest {
  number: number;
  /** The `/backport` comment that asked for this run: it gets one answer when something cannot be done. */
  command?: Command;
  /** Computes the requested targets from the PR (labels, hotfix rule, explicit list). */
  targets(pr: PullFacts, policy: Policy): TargetRequest[];
}

export interface Command {
  commentId: number;
  login: string;
}

/**
 * Answers a `/backport` comment once (found again by the comment's id on a re-run). Only comments
 * written by a bot are candidates for the update, so a person's comment is never edited, whatever
 * marker they typed into it.
 */
export async function answerCommand(env: ActionEnvironment, identity: SuiteIdentity, pr: number, command: Command, problems: string[]): Promise<void> {
  const { github, context, logger, plan } = env;
  for (const p of problems) logger.warning(`/backport by ${command.login}: ${p}`, { title: '/backport not carried out' });
  // upsertComment finds the answer among the suite's own comments only (by author and marker).
  await upsertComment(github, context.repo, pr, identity, MARKER.answer, commandAnswer(command.login, problems), {
    attrs: { comment: command.commentId },
    plan,
    what: `the answer to the /backport comment ${command.commentId}`,
  });
}

/** What the event asks for; null (with a logged reason) when there is nothing to do. */
export async function resolveRequest(inputs: BackportInputs, env: ActionEnvironment, identity: SuiteIdentity): Promise<BackportRequest | null> {
  const { context, logger, github } = env;
  const event = context.trigger;
  const explicit = (via: string) => (pr: PullFacts, policy: Policy) => explicitTargets(pr, inputs.targets, policy, via);
  if (inputs.pr) {
    return { number: inputs.pr, targets: inputs.targets.length ? explicit('input "targets"') : targetsOfPull };
  }
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
    if (event.kind !== 'pull_request') throw new UserError('input', `The ${context.eventName} event payload has no pull_request.`);
    const { action, pull: pr } = event;
    if (action === 'closed' || action === 'labeled') {
      // A `labeled` payload's merge state is re-read from the API below; a `closed` one is final.
      if (action === 'closed' && !pr.merged) {
        logger.info(`#${pr.number} is not merged: backports start when it merges.`);
        return null;
      }
      if (inputs.targets.length) return { number: pr.number, targets: explicit('input "targets"') };
      // Every backport label of the pull request, not only the one just added: labeled runs of one
      // pull request share a concurrency group, where a newer pending run cancels the older one,
      // so each run must do the work of any run it replaces (targets already done are left alone).
      return { number: pr.number, targets: targetsOfPull };
    }
    logger.info(`Nothing to do for ${context.eventName}.${action}: backports run on "closed" (merged) and "labeled".`);
    return null;
  }
  if (event.kind === 'issue_comment') {
    const { issue, comment } = event;
    if (event.action !== 'created' || !issue?.isPullRequest || !comment) {
      logger.info('Not a new comment on a pull request: nothing to do.');
      return null;
    }
    const branches = parseBackportCommand(comment.body);
    if (branches === null) {
      logger.info('The comment is not a /backport command: nothing to do.');
      return null;
    }
    const login = comment.login;
    const command: Command = { commentId: comment.id, login };
    // Identity, not text: the workflow's author_association filter is a first line; the
    // permission read here is what decides.
    const permission = await github.getPermission(context.repo, login);
    if (!['admin', 'maintain', 'write'].includes(permission)) {
      await answerCommand(env, identity, issue.number, command, [
        `It needs write access to this repository (${login} has "${permission}"); ask a maintainer to comment /backport or add a backport label.`,
      ]);
      return null;
    }
    if (branches.length === 0) return { number: issue.number, targets: targetsOfPull, command };
    return {
      number: issue.number,
      targets: (pr, policy) => explicitTargets(pr, branches, policy, `/backport by ${login}`),
      command,
    };
  }
  throw new UserError('input', `Event "${context.eventName}" names no pull request: set the "pr" input (or use mode: audit for schedule).`);
}

export interface BackportRun {
  inputs: BackportInputs;
  env: ActionEnvironment;
  policy: Policy;
  pr: PullRequest;
  facts: PullFacts;
  comments?: Comment[];
  warnedToken: boolean;
  identity: SuiteIdentity;
}

export async function originalComments(run: BackportRun): Promise<Comment[]> {
  run.comments ??= await run.env.github.listComments(run.env.context.repo, run.pr.number);
  return run.comments;
}

/**
 * The backport PR of this target: one from the suite's fixed branch of this repository (never a
 * fork) into the target. The suite opens it; a person who backported by hand after a conflict opens
 * it from the same branch, as the conflict comment says, and it counts too. A marker elsewhere (a
 * fork, another branch) never does.
 */
export async function findExisting(run: BackportRun, target: TargetRequest, branch: string): Promise<PullRequest | null> {
  const { github, context } = run.env;
  const prs = await github.listPullRequests(context.repo, { state: 'all', head: `${context.repo.owner}:${branch}` });
  const here = `${context.repo.owner}/${context.repo.repo}`.toLowerCase();
  return prs.find((p) => p.headRef === branch && p.headRepo?.toLowerCase() === here && p.baseRef === target.branch) ?? null;
}

/** What a backport pull request takes from the original: the copied labels, its milestone, its people. */
export function backportMetadata(run: BackportRun): { labels: string[]; milestone: number | undefined; assignees: string[] } {
  return {
    labels: carriedLabels(run.pr.labels, run.inputs.copyLabels, run.policy, run.inputs.conflictLabel),
    milestone: run.pr.milestone?.number,
    assignees: [...new Set([...run.pr.assignees, run.pr.author])].filter((a) => a && !a.endsWith('[bot]')),
  };
}

/**
 * Completes the suite's own backport pull request that a run opened but could not finish (its answer
 * was lost, or the run stopped before the labels, milestone and assignees were set): only when it is
 * open, bare (none of the three) and nobody ever removed any of them — a person's choice stays.
 */
export async function completeExisting(run: BackportRun, existing: PullRequest): Promise<void> {
  const { github, context, plan } = run.env;
  const wanted = backportMetadata(run);
  const bare = existing.labels.length === 0 && !existing.milestone && existing.assignees.length === 0;
  if (existing.state !== 'open' || !bare || (!wanted.labels.length && !wanted.milestone && !wanted.assignees.length)) return;
  if (!(await run.identity.isSuite(existing.author))) return;
  const events = await github.listIssueEvents(context.repo, existing.number);
  if (events.some((e) => ['unlabeled', 'demilestoned', 'unassigned'].includes(e.event))) return;
  await plan.write(`set the labels, milestone and assignees of #${existing.number} (an earlier run stopped before it)`, async () => {
    await github.setIssueMetadata(context.repo, existing.number, wanted);
    await requestReview(run, existing);
  });
}

/** With `backport.request-review`: asks the original author (a person, not the suite) to review the backport. */
export async function requestReview(run: BackportRun, backportPr: PullRequest): Promise<void> {
  const { github, context, logger } = run.env;
  const author = run.pr.author;
  if (!run.policy.backport.requestReview || !author || author.endsWith('[bot]') || author === backportPr.author) return;
  // GitHub answers 422 when the login is not a collaborator (e.g. a fork contributor): the
  // backport stands without the request, and the run says so.
  await github.requestReviewers(context.repo, backportPr.number, [author]).catch((error: unknown) => {
    if (!(error instanceof GitHubError && error.status === 422)) throw error;
    logger.warning(`Could not ask ${author} to review #${backportPr.number}: ${error.message}`, { title: 'Review not requested' });
  });
}

export async function commentDeferred(run: BackportRun, target: string, rule: string, reason: string): Promise<void> {
  const { github, context, plan } = run.env;
  const body = deferredComment(run.pr.number, target, rule, reason);
  const existing = await originalComments(run);
  await upsertComment(github, context.repo, run.pr.number, run.identity, MARKER.deferred, body, {
    attrs: { target },
    existing,
    plan,
    what: `the "deferred" comment for ${target}`,
  });
}

export async function reportConflict(
  run: BackportRun,
  target: string,
  branch: string,
  commits: string[],
  conflicts: { at: string; files: string[] }[],
): Promise<void> {
  const { github, context, plan } = run.env;
  const body = conflictComment(
    run.pr.number,
    target,
    branch,
    backportTitle(run.policy.backport.title, target, run.pr),
    commits,
    conflicts,
    run.inputs.conflictLabel,
  );
  const existing = await originalComments(run);
  await upsertComment(github, context.repo, run.pr.number, run.identity, MARKER.conflict, body, {
    attrs: { target },
    existing,
    plan,
    what: `the conflict comment for ${target}`,
  });
  const label = run.inputs.conflictLabel;
  if (!run.pr.labels.includes(label)) {
    await plan.write(`label #${run.pr.number} "${label}"`, () => github.addLabels(context.repo, run.pr.number, [label]));
    run.pr.labels.push(label);
  }
}

export async function openPullRequest(
  run: BackportRun,
  target: TargetRequest,
  branch: string,
  provenance: Provenance,
  why: string,
  conflicts: { at: string; files: string[] }[],
  head: string,
): Promise<PullRequest> {
  const { github, context, logger } = run.env;
  const kind = markerKind(target.kind);
  const body = withMarker(pullRequestBody(provenance, target.branch, target.kind, why, conflicts, branch), kind, { pr: run.pr.number, target: target.branch });
  const created = await github.createPullRequest(context.repo, {
    title: backportTitle(run.policy.backport.title, target.branch, run.pr),
    head: branch,
    base: target.branch,
    body,
    draft: conflicts.length > 0,
  });
  const labels = backportMetadata(run).labels;
  if (conflicts.length) labels.push(run.inputs.conflictLabel);
  // The milestone too: milestone-check then sees the backport in the release it belongs to.
  await github.setIssueMetadata(context.repo, created.number, { ...backportMetadata(run), labels });
  await requestReview(run, created);
  if (conflicts.length) {
    await github.createStatus(context.repo, head, {
      state: 'failure',
      context: run.inputs.statusContext,
      description: 'Cherry-pick conflict markers are committed: resolve them before merging.',
      targetUrl: context.runUrl,
    });
  }
  if (!run.warnedToken && created.author === 'github-actions[bot]') {
    run.warnedToken = true;
    logger.warning(
      'The backport pull requests were created with the default GITHUB_TOKEN, so they will not start workflows (no CI on them). Pass a GitHub App token or a PAT as "token" (see the README).',
      { title: 'Backports will not trigger CI' },
    );
  }
  return created;
}

export async function subjects(workspace: Workspace, shas: string[]): Promise<{ sha: string; subject: string }[]> {
  const described = await workspace.describe(shas);
  return shas.map((sha) => ({ sha, subject: described.get(sha)?.subject ?? '' }));
}

export async function backportOne(
  run: BackportRun,
  target: TargetRequest,
  why: string,
  workspace: Workspace,
  plan: PickPlan,
  related: string[],
  provenance: Provenance,
): Promise<TargetResult> {
  const { logger } = run.env;
  const branch = backportBranch(run.pr.number, target.branch);
  const base = { kind: target.kind, branch };
  const ref = remoteRef(target.branch);
  const present = await workspace.findPresent(ref, plan.commits, related);
  if (plan.commits.every((c) => present.has(c))) {
    const first = present.get(plan.commits[0]!)!;
    const how =
      first.proof === 'ancestry'
        ? `already in the history of ${target.branch}`
        : first.proof === 'cherry-pick-trailer'
          ? `already picked to ${target.branch} as ${first.on!.slice(0, 12)} ("cherry picked from commit" trailer)`
          : `the same change is already on ${target.branch} as ${first.on!.slice(0, 12)} (patch-id)`;
    return { ...base, state: 'skipped', reason: how };
  }
  const mode = run.inputs.conflict ?? run.policy.backport.conflict;
  const picked = await workspace.pick(branch, ref, plan.commits, mode === 'fail' ? 'abort' : 'commit');
  if (picked.outcome === 'empty') return { ...base, state: 'skipped', reason: `empty pick: every change is already on ${target.branch}` };
  const files = picked.conflicts.flatMap((c) => c.files);
  if (picked.outcome === 'conflict' && mode === 'fail') {
    const reason = `conflict in ${files.join(', ')}; commented on #${run.pr.number} with the commands to backport by hand`;
    await reportConflict(run, target.branch, branch, plan.commits, picked.conflicts);
    return { ...base, state: 'conflict', reason };
  }
  const signed = run.policy.backport.signedCommits;
  const how = signed ? `create the commits of ${branch} through the API (signed)` : `push ${branch}`;
  const opened = `open "${backportTitle(run.policy.backport.title, target.branch, run.pr)}" into ${target.branch}${picked.outcome === 'conflict' ? ' as a draft' : ''}`;
  const created = await run.env.plan.write(`${how} and ${opened}`, async () => {
    // The branch's head on GitHub: the local picks pushed, or the same changes made again through the API (signed).
    let head = picked.head!;
    if (signed) {
      head = (await publishThroughApi({ github: run.env.github, repo: run.env.context.repo, git: workspace.git, branch, baseRef: ref, logger })).head;
    } else await workspace.push(branch);
    return openPullRequest(run, target, branch, provenance, why, picked.conflicts, head);
  });
  if (!created) {
    return {
      ...base,
      state: 'planned',
      reason: picked.outcome === 'conflict' ? `draft with conflicts in ${files.join(', ')}` : `${plan.commits.length} commit(s) pick cleanly`,
    };
  }
  if (picked.outcome === 'conflict') {
    logger.warning(`Backport to ${target.branch} has conflicts in ${files.join(', ')}: draft #${created.number} needs a person.`, {
      title: 'Backport conflict',
    });
    return {
      ...base,
      state: 'conflict',
      reason: `draft #${created.number} with conflict markers in ${files.join(', ')}`,
      pr: created.number,
      url: created.htmlUrl,
    };
  }
  const autoMerge = run.policy.backport.autoMerge ? await enableAutoMerge(run, created, target.branch, run.policy.backport.autoMerge) : undefined;
  return {
    ...base,
    state: 'created',
    reason: `${plan.commits.length} commit(s) picked`,
    pr: created.number,
    url: created.htmlUrl,
    ...(autoMerge ? { autoMerge } : {}),
  };
}

/**
 * Opt-in auto-merge of a clean backport or merge-back (never a draft or a conflict: those return
 * earlier). GitHub's auto-merge waits for the branch's required checks and reviews; a branch that
 * requires no check would merge the pick unverified, so it is refused there. GitHub itself refuses
 * when the repository does not allow auto-merge, or when the pull request is already mergeable
 * ("clean status") — both are said as warnings: the backport stands and waits for a person.
 */
export async function enableAutoMerge(
  run: BackportRun,
  created: PullRequest,
  branch: string,
  method: 'merge' | 'squash' | 'rebase',
): Promise<'enabled' | 'refused' | 'failed'> {
  const { github, context, logger } = run.env;
  const checks = await github.requiredChecks(context.repo, branch);
  if (checks.length === 0) {
    logger.warning(
      `Auto-merge of #${created.number} refused: ${branch} requires no status check, so nothing would verify the pick before it merges. Make a check required on ${branch} (branch protection or a ruleset), or set backport.auto-merge to false.`,
      { title: 'Auto-merge refused' },
    );
    return 'refused';
  }
  const nodeId = created.nodeId;
  if (!nodeId) throw new Error(`pull request #${created.number} came back without its node id`);
  try {
    await run.env.plan.write(`enable auto-merge (${method}) on #${created.number}`, () => github.enableAutoMerge(context.repo, created.number, nodeId, method));
    logger.info(`Auto-merge (${method}) enabled on #${created.number}: it merges once ${checks.join(', ')} pass.`);
    return 'enabled';
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const advice = /not allowed for this repository/i.test(error.message)
      ? ' Enable "Allow auto-merge" in the repository Settings → General, or set backport.auto-merge to false.'
      : '';
    logger.warning(`Auto-merge of #${created.number} not enabled: ${error.message}${advice}`, { title: 'Auto-merge not enabled' });
    return 'failed';
  }
}

export async function backport(
  inputs: BackportInputs,
  env: ActionEnvironment,
  policy: Policy,
): Promise<{ results: Record<string, TargetResult>; prNumber?: number }> {
  const { github, context, logger, clock } = env;
  const identity = new SuiteIdentity(github, policy.trustedLogins);
  const request = await resolveRequest(inputs, env, identity);
  if (!request) return { results: {} };
  const pr = await github.getPullRequest(context.repo, request.number);
  const answer = async (problems: string[]): Promise<void> => {
    if (request.command && problems.length) await answerCommand(env, identity, pr.number, request.command, problems);
  };
  if (!pr.merged || !pr.mergeCommitSha) {
    logger.info(`#${pr.number} is not merged: only merged pull requests are backported.`);
    await answer([`#${pr.number} is not merged: only merged pull requests are backported. Add backport labels (or comment /backport) once it is merged.`]);
    return { results: {}, prNumber: pr.number };
  }
  const facts: PullFacts = { number: pr.number, title: pr.title, labels: pr.labels, baseRef: pr.baseRef, headRef: pr.headRef };
  const requested = request.targets(facts, policy);
  const run: BackportRun = { inputs, env, policy, pr, facts, warnedToken: false, identity };
  const results: Record<string, TargetResult> = {};
  if (requested.length === 0) {
    logger.info(`#${pr.number} asks for no backport (no label matching "${policy.backport.labelPattern}", not a hotfix).`);
    await answer([`No target branch: name it (/backport stg) or add a label matching "${policy.backport.labelPattern}".`]);
    return { results, prNumber: pr.number };
  }
  logger.info(`#${pr.number} → ${requested.map((t) => `${t.branch} (${t.kind}, ${t.via})`).join(', ')}`);

  const workspace = await Workspace.forRun(env, inputs.committer);
  try {
    const toPick: { target: TargetRequest; why: string }[] = [];
    let releases: Release[] | undefined;
    for (const target of requested) {
      const kind = target.kind;
      try {
        if (!isSafeBranchName(target.branch)) {
          results[target.branch] = { state: 'failed', kind, reason: `${quote(target.branch)} is not a valid branch name (${target.via})` };
          continue;
        }
        const branch = backportBranch(pr.number, target.branch);
        await workspace.git.checkRefFormat(target.branch, 'target branch');
        await workspace.git.checkRefFormat(branch, 'backport branch');
        const existing = await findExisting(run, target, branch);
        if (existing) {
          await completeExisting(run, existing);
          const state = existing.merged ? 'merged' : existing.state;
          env.plan.keep(`the ${kind} of #${pr.number} into ${target.branch} is already #${existing.number} (${state})`);
          results[target.branch] = { state: 'exists', kind, branch, reason: `#${existing.number} (${state})`, pr: existing.number, url: existing.htmlUrl };
          continue;
        }
        let verdict = judgeWithoutWindow(facts, kind, policy);
        if (!verdict) {
          releases ??= await github.listReleasesSince(context.repo, addDays(clock(), -policy.backport.windowDays - 1));
          verdict = judgeBackport(facts, kind, policy, latestMajorRelease(releases, policy), clock());
        }
        if (!verdict.allowed) {
          await commentDeferred(run, target.branch, verdict.rule, verdict.reason);
          results[target.branch] = { state: 'deferred', kind, reason: verdict.reason };
          continue;
        }
        toPick.push({ target, why: verdict.reason });
      } catch (error) {
        results[target.branch] = { state: 'failed', kind, reason: reportedFailure(error, logger) };
      }
    }
    if (toPick.length > 0) {
      const exists = await workspace.existingBranches(toPick.map((t) => t.target.branch));
      for (const { target } of toPick.filter((t) => !exists.has(t.target.branch))) {
        results[target.branch] = { state: 'failed', kind: target.kind, reason: `branch "${target.branch}" does not exist` };
      }
      const ready = toPick.filter((t) => exists.has(t.target.branch));
      if (ready.length > 0) {
        // allSettled: when one fails, the other (git writing into the scratch directory) must
        // finish before `finally` removes that directory, or its removal hides the real error.
        const mergeCommit = pr.mergeCommitSha;
        const branches = ready.map((t) => t.target.branch);
        const [listed, fetched] = await Promise.allSettled([
          github.listPullRequestCommits(context.repo, pr.number),
          (async () => {
            // Only the history down to each target's merge base with the merged commit (GitHub's counts),
            // deepened when a proof needs more: a small part of a clone on a long-lived repository.
            const depth = await depthForPresence(github, context.repo, branches, mergeCommit, logger);
            await workspace.fetch(branches, [mergeCommit], { depth });
          })(),
        ]);
        if (listed.status === 'rejected') throw listed.reason;
        if (fetched.status === 'rejected') throw fetched.reason;
        const prCommits = listed.value;
        const plan = await workspace.planPicks(pr.mergeCommitSha, pr.headSha, prCommits);
        logger.info(`${plan.method} merge: picking ${plan.commits.map((c) => c.slice(0, 12)).join(', ')}`);
        const related = [pr.mergeCommitSha, ...prCommits.map((c) => c.sha)].filter((s) => !plan.commits.includes(s));
        const provenance: Provenance = {
          pr: pr.number,
          title: pr.title,
          author: pr.author,
          baseRef: pr.baseRef,
          mergeCommit: pr.mergeCommitSha,
          method: plan.method,
          commits: await subjects(workspace, plan.commits),
        };
        for (const { target, why } of ready) {
          try {
            results[target.branch] = await logger.group(`Backport to ${target.branch}`, () =>
              backportOne(run, target, why, workspace, plan, related, provenance),
            );
          } catch (error) {
            results[target.branch] = { state: 'failed', kind: target.kind, reason: reportedFailure(error, logger) };
          }
        }
      }
    }
  } finally {
    await workspace.dispose();
  }
  // Keep the requested order in the output.
  const ordered: Record<string, TargetResult> = {};
  for (const t of requested) if (results[t.branch]) ordered[t.branch] = results[t.branch]!;
  // Deferred targets and conflicts already have their own comment; failures get the answer.
  await answer(
    Object.entries(ordered)
      .filter(([, r]) => r.state === 'failed')
      .map(([target, r]) => `${target.length > 100 ? quote(target) : target}: ${r.reason}`),
  );
  return { results: ordered, prNumber: pr.number };
}
