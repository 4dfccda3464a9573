import type { ActionEnvironment } from '../../shared/entry.ts';
import type { Policy } from '../../shared/config.ts';
import { UserError } from '../../shared/errors.ts';
import { GitHubError, type Permission, type PullRequest } from '../../shared/github.ts';
import { SuiteIdentity } from '../../shared/identity.ts';
import { findMarker } from '../../shared/markers.ts';
import { judgePullRequest, promotionRole, type IgnoredMarkers } from '../../shared/ownership.ts';
import { RELEASE_KIND } from './body.ts';
import { approvals, approversToCheck, checklistItems, judgeGate, type GateVerdict } from './logic.ts';
import { readChecklist, type Operation, type Step } from './promote.ts';

export interface GateResult {
  operation: Operation;
  reason: string;
  pr: PullRequest | null;
  tag: string;
  version: string;
  sha: string;
  verdict: GateVerdict | null;
  steps: Step[];
}

const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];

/** Judges the release PR of the event: a commit status on its current head says what is still missing. */
export async function releaseGate(
  env: ActionEnvironment,
  policy: Policy,
  options: { dryRun: boolean; gateContext: string; configRef: string | undefined; ignored: IgnoredMarkers },
): Promise<GateResult> {
  const { github, context, logger } = env;
  const repo = context.repo;
  const payloadPr = context.payload.pull_request as { number?: number } | undefined;
  if (!PR_EVENTS.includes(context.eventName) || !payloadPr?.number) {
    throw new UserError(
      'input',
      `stage: gate judges the release pull request of a pull_request or pull_request_review event (got "${context.eventName}"); run it from such a workflow.`,
    );
  }
  // Read the pull request afresh: events can arrive out of order, and the description may have been edited since.
  const pr = await github.getPullRequest(repo, payloadPr.number);
  const role = promotionRole(RELEASE_KIND, policy);
  const none = (reason: string): GateResult => {
    logger.info(reason);
    return { operation: 'none', reason, pr, tag: '', version: '', sha: pr.headSha, verdict: null, steps: [] };
  };
  if (pr.headRef !== role.headBranch && !findMarker(pr.body, RELEASE_KIND))
    return none(`#${pr.number} is not the release pull request managed by promote-rc; nothing to judge.`);
  // Only the release PR promote-rc opened is judged: a copied marker makes no pull request a release.
  const ownership = await judgePullRequest(pr, RELEASE_KIND, role, { repo, identity: new SuiteIdentity(github, policy.trustedLogins) });
  if (ownership.verdict === 'foreign') {
    options.ignored.notePull(pr, RELEASE_KIND, ownership);
    return none(`#${pr.number} is not the release pull request managed by promote-rc (${ownership.reason}); nothing to judge.`);
  }
  const marker = ownership.marker;
  if (pr.state !== 'open') return none(`#${pr.number} is ${pr.merged ? 'merged' : 'closed'}; nothing to judge.`);

  const verdict = await logger.group(`Judge release pull request #${pr.number}`, async () => {
    const reviews = await github.listReviews(repo, pr.number);
    const permissions = new Map<string, Permission>();
    for (const user of approversToCheck(reviews, pr.headSha, pr.author)) permissions.set(user.toLowerCase(), await github.getPermission(repo, user));
    const facts = approvals(reviews, pr.headSha, pr.author, permissions);
    // The pinned commit must be one that was on staging (tested there), whatever the marker says.
    const pinned = marker?.attrs.sha;
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
    const values = { tag: marker?.attrs.tag ?? '', version: marker?.attrs.version ?? '', rc: marker?.attrs.rc ?? '' };
    const template = await readChecklist(env, policy, options.configRef, values);
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
  });

  const steps: Step[] = [];
  const statuses = await github.getCombinedStatuses(repo, pr.headSha);
  const current = statuses.find((s) => s.context === options.gateContext);
  let operation: Operation = 'none';
  const what = `set status "${options.gateContext}" = ${verdict.state} on ${pr.headSha.slice(0, 7)}: ${verdict.description}`;
  if (current && current.state === verdict.state && current.description === verdict.description) {
    steps.push({ what, status: 'unchanged' });
  } else if (options.dryRun) {
    logger.info(`[dry-run] would ${what}`);
    steps.push({ what, status: 'planned' });
    operation = current ? 'updated' : 'created';
  } else {
    await github.createStatus(repo, pr.headSha, {
      state: verdict.state,
      context: options.gateContext,
      description: verdict.description,
      targetUrl: context.runUrl,
    });
    steps.push({ what, status: 'done' });
    operation = current ? 'updated' : 'created';
  }
  return {
    operation,
    reason: verdict.state === 'success' ? `Release gate green for #${pr.number}.` : `Release gate red for #${pr.number}: ${verdict.missing.join(' ')}`,
    pr,
    tag: marker?.attrs.tag ?? '',
    version: marker?.attrs.version ?? '',
    sha: pr.headSha,
    verdict,
    steps,
  };
}
