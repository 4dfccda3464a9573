import type { ActionEnvironment } from '../../../shared/entry.ts';
import type { Policy } from '../../../shared/config.ts';
import { UserError } from '../../../shared/errors.ts';
import { setCommitStatus } from '../../../shared/statuses.ts';
import { GitHubError, type Permission, type PullRequest } from '../../../shared/github/index.ts';
import { SuiteIdentity } from '../../../shared/identity.ts';
import type { IgnoredMarkers } from '../../../shared/ownership.ts';
import { suiteReleasePullRequest } from '../../../shared/release-pull-request.ts';
import { approvals, approversToCheck, checklistItems, judgeGate, type GateVerdict } from '../rules.ts';
import { readChecklist, type Operation } from './promote.ts';

export interface GateResult {
  operation: Operation;
  reason: string;
  pr: PullRequest | null;
  tag: string;
  version: string;
  sha: string;
  verdict: GateVerdict | null;
}

const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];

/** The gate's description on every pull request into production that is not the release pull request. */
export const NOT_A_RELEASE_PR = 'Not a release pull request: nothing to hold.';

/** Judges the release PR of the event: a commit status on its current head says what is still missing. */
export async function releaseGate(
  env: ActionEnvironment,
  policy: Policy,
  options: { gateContext: string; configRef: string | undefined; ignored: IgnoredMarkers },
): Promise<GateResult> {
  const { github, context, logger } = env;
  const repo = context.repo;
  const trigger = context.trigger;
  if (!PR_EVENTS.includes(context.eventName) || trigger.kind !== 'pull_request') {
    throw new UserError(
      'input',
      `stage: gate judges the release pull request of a pull_request or pull_request_review event (got "${context.eventName}"); run it from such a workflow.`,
    );
  }
  // Read the pull request afresh: events can arrive out of order, and the description may have been edited since.
  const pr = await github.getPullRequest(repo, trigger.pull.number);
  const none = (reason: string): GateResult => {
    logger.info(reason);
    return { operation: 'none', reason, pr, tag: '', version: '', sha: pr.headSha, verdict: null };
  };
  const { production } = policy.branches;
  if (pr.baseRef !== production)
    return none(`#${pr.number} is into ${pr.baseRef}, not the production branch ${production}; the gate guards ${production} only.`);
  if (pr.state !== 'open') return none(`#${pr.number} is ${pr.merged ? 'merged' : 'closed'}; nothing to judge.`);
  // Only the release pull request promote-rc opened is judged: a copied marker makes no pull request a release.
  const ownership = await suiteReleasePullRequest(pr, policy, { repo, identity: new SuiteIdentity(github, policy.trustedLogins), ignored: options.ignored });
  const marker = ownership?.marker;
  // The gate's status is a required check of production, and a required status that is never
  // reported blocks a pull request for ever: every other pull request into production (a hotfix,
  // a revert) gets it green, so only the release pull request is held by the checklist.
  const verdict: GateVerdict = ownership
    ? await logger.group(`Judge release pull request #${pr.number}`, () => judgeReleasePullRequest(env, policy, pr, marker?.attrs, options.configRef))
    : { state: 'success', missing: [], description: NOT_A_RELEASE_PR };
  if (!ownership) logger.info(`#${pr.number} is not the release pull request managed by promote-rc: the gate reports "${NOT_A_RELEASE_PR}".`);

  const { outcome, previous } = await setCommitStatus(
    github,
    repo,
    pr.headSha,
    { state: verdict.state, context: options.gateContext, description: verdict.description, targetUrl: context.runUrl },
    { plan: env.plan },
  );
  const operation: Operation = outcome === 'unchanged' ? 'none' : previous ? 'updated' : 'created';
  return {
    operation,
    reason: !ownership
      ? `#${pr.number} is not the release pull request: gate green ("${NOT_A_RELEASE_PR}").`
      : verdict.state === 'success'
        ? `Release gate green for #${pr.number}.`
        : `Release gate red for #${pr.number}: ${verdict.missing.join(' ')}`,
    pr,
    tag: marker?.attrs.tag ?? '',
    version: marker?.attrs.version ?? '',
    sha: pr.headSha,
    verdict,
  };
}

/** The release gate's verdict on the release pull request: checklist, approvals of the current head, head on staging. */
async function judgeReleasePullRequest(
  env: ActionEnvironment,
  policy: Policy,
  pr: PullRequest,
  marker: { tag?: string; version?: string; rc?: string; sha?: string } | undefined,
  configRef: string | undefined,
): Promise<GateVerdict> {
  const { github, context, logger } = env;
  const repo = context.repo;
  const reviews = await github.listReviews(repo, pr.number);
  const permissions = new Map<string, Permission>();
  for (const user of approversToCheck(reviews, pr.headSha, pr.author)) permissions.set(user.toLowerCase(), await github.getPermission(repo, user));
  const facts = approvals(reviews, pr.headSha, pr.author, permissions);
  // The pinned commit must be one that was on staging (tested there), whatever the marker says.
  const pinned = marker?.sha;
  let pinnedOnStaging: boolean | undefined;
  if (pinned && pinned === pr.headSha) {
    const found = /^[0-9a-f]{40}$/.test(pinned)
      ? await github.compare(repo, pinned, policy.branches.staging).catch((error: unknown) => {
          if (error instanceof GitHubError && error.status === 404) return null;
          throw error;
        })
      : null;
    pinnedOnStaging = found !== null && found.behindBy === 0;
  }
  // The checklist is judged against the template's items, so deleting an unticked box does not pass.
  const values = { tag: marker?.tag ?? '', version: marker?.version ?? '', rc: marker?.rc ?? '' };
  const template = await readChecklist(env, policy, configRef, values);
  const v = judgeGate({
    items: checklistItems(pr.body),
    template: checklistItems(template.text),
    approvals: facts,
    required: policy.promotion.requiredApprovals,
    headSha: pr.headSha,
    pinnedSha: pinned,
    pinnedOnStaging,
    staging: policy.branches.staging,
  });
  if (v.state === 'success') logger.info(v.description);
  else for (const m of v.missing) logger.warning(m, { title: 'Release gate' });
  return v;
}
