// milestone-check's pure decisions: which pull request a run judges and which branch the changes must be on.
import { type Policy } from '../../shared/config.ts';
import { type RunContext } from '../../shared/context.ts';

/** The pull request of a pull request event (pull_request, pull_request_target, pull_request_review). */
export function eventPullRequest(context: RunContext): number | undefined {
  return context.trigger.kind === 'pull_request' ? context.trigger.pull.number : undefined;
}

/** The release branch the changes must be on: the input, else production — or staging while the release PR into production is open. */
export function defaultTargetBranch(policy: Policy, context: RunContext): string {
  if (context.trigger.kind === 'pull_request' && context.trigger.pull.baseRef === policy.branches.production) return policy.branches.staging;
  return policy.branches.production;
}
