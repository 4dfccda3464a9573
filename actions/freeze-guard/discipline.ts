import type { Policy } from '../../shared/config.ts';
import type { IssueEvent, Permission } from '../../shared/github.ts';
import type { PullRequestMarkerKind } from '../../shared/markers.ts';
import { currentLabeling, type PullFacts } from './freeze.ts';

/**
 * Branch discipline (the rule of electron's trop, for this flow): only the release flow's own pull
 * requests enter staging and production.
 * - staging: the suite's release-candidate promotion, and the suite's backports and merge-backs into it;
 * - production: the suite's release pull request, the suite's backports and merge-backs into it, and
 *   a hotfix — a pull request labelled with one of `backport.hotfix-labels` by someone who may push
 *   (write, maintain or admin: triage may label but not push, and a label is only as trusted as who
 *   applied it).
 * "The suite's" is judged by identity and branch (shared/ownership.ts), never by a marker.
 */

/** What the rule needs that costs requests, asked only when the cheap facts do not decide. */
export interface DisciplineFacts {
  /** The suite pull request kind and ownership when the pull request carries a suite marker, else null. */
  suitePullRequest(): Promise<{ owned: boolean; moved: boolean; kind: PullRequestMarkerKind; reason: string } | null>;
  labelEvents(): Promise<IssueEvent[]>;
  permission(user: string): Promise<Permission>;
}

export interface DisciplineVerdict {
  decision: 'allowed' | 'blocked' | 'exempt';
  /** The whole explanation (job summary, outputs). */
  reason: string;
  /** What the commit status says (at most 140 characters). */
  short: string;
  rule: 'not-guarded' | 'flow-pr' | 'hotfix' | 'none';
}

const PUSHERS: readonly Permission[] = ['admin', 'maintain', 'write'];

/** Which suite pull request kinds belong into which branch of the flow. */
function kindsInto(base: string, policy: Policy): PullRequestMarkerKind[] {
  const kinds: PullRequestMarkerKind[] = [];
  if (base === policy.branches.staging) kinds.push('promotion');
  if (base === policy.branches.production) kinds.push('release-pr');
  // A backport or merge-back is the suite's only when it goes into the target its marker names
  // (judgePullRequest checks the base), so any guarded branch may receive one.
  kinds.push('backport', 'merge-back');
  return kinds;
}

export async function judgeEntry(pr: PullFacts, policy: Policy, guarded: string[], facts: DisciplineFacts): Promise<DisciplineVerdict> {
  const base = pr.baseRef;
  if (!guarded.includes(base)) {
    const reason = `Base branch ${base} is not guarded.`;
    return { decision: 'exempt', reason, short: reason, rule: 'not-guarded' };
  }
  const production = base === policy.branches.production;
  const notes: string[] = [];
  const suite = await facts.suitePullRequest();
  if (suite) {
    if (suite.owned && kindsInto(base, policy).includes(suite.kind)) {
      const reason = `The suite's ${suite.kind} pull request into ${base}.`;
      return { decision: 'allowed', reason, short: reason, rule: 'flow-pr' };
    }
    if (suite.owned) notes.push(`A ${suite.kind} pull request does not go into ${base}.`);
    else if (suite.moved) notes.push(`It is the suite's ${suite.kind} pull request, but ${suite.reason}.`);
    else notes.push(`Its ${suite.kind} marker is ignored: ${suite.reason}.`);
  }
  if (production) {
    const label = pr.labels.find((l) => policy.backport.hotfixLabels.includes(l));
    if (label) {
      const current = currentLabeling(await facts.labelEvents(), label);
      if (current?.event === 'labeled') {
        const permission = await facts.permission(current.actor);
        if (PUSHERS.includes(permission)) {
          const reason = `Hotfix: labelled "${label}" by ${current.actor} (${permission}).`;
          return { decision: 'allowed', reason, short: reason, rule: 'hotfix' };
        }
        notes.push(`Label "${label}" does not count: ${current.actor} (who added it last) has ${permission} permission, not write or above.`);
      } else notes.push(`Label "${label}" does not count: no record of who added it.`);
    }
  }
  const allowed = production
    ? `the suite's release pull request, its backports and merge-backs, and hotfixes labelled ${policy.backport.hotfixLabels.map((l) => `"${l}"`).join(' or ')}`
    : `the suite's release-candidate pull request, its backports and merge-backs`;
  const where = production
    ? `Merge it into ${policy.branches.development}; it reaches ${base} with the next release, or label it as a hotfix.`
    : `Merge it into ${policy.branches.development}; it reaches ${base} with the next release candidate.`;
  return {
    decision: 'blocked',
    reason: `Only the release flow enters ${base}: ${allowed}. ${where}${notes.length ? ` ${notes.join(' ')}` : ''}`,
    short: `Only the release flow enters ${base}; merge into ${policy.branches.development}${production ? ' or label it as a hotfix' : ''}.`,
    rule: 'none',
  };
}
