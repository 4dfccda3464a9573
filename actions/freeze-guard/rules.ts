import { addDays } from '../../shared/clock.ts';
import type { Policy } from '../../shared/config.ts';
import type { CommitStatus, IssueEvent, Permission, Release } from '../../shared/github/index.ts';
import type { PullRequestMarkerKind } from '../../shared/markers.ts';
import { latestMajorRelease } from '../../shared/releases.ts';

/** Why a freeze is in force. */
export interface FreezeWindow {
  from: Date;
  until: Date;
  source: 'window' | 'major-release';
  reason: string;
  link?: string;
}

export interface FreezeState {
  frozen: boolean;
  /** The windows in force now (empty when not frozen). */
  active: FreezeWindow[];
  /** When the freeze ends: the latest end among active windows. */
  ends: Date | null;
}

/** A window's `until` date is inclusive: `until: 2027-01-04` freezes through the end of that day (UTC). */
export function windowFromPolicy(w: { from: string; until: string; reason: string }): FreezeWindow {
  const from = new Date(/T/.test(w.from) ? w.from : `${w.from}T00:00:00Z`);
  const until = /T/.test(w.until) ? new Date(w.until) : addDays(new Date(`${w.until}T00:00:00Z`), 1);
  return { from, until, source: 'window', reason: w.reason || 'scheduled freeze window' };
}

export function freezeState(policy: Policy, releases: Release[], now: Date): FreezeState {
  const windows = policy.freeze.windows.map(windowFromPolicy);
  if (policy.freeze.afterMajorDays > 0) {
    const major = latestMajorRelease(releases, policy);
    if (major?.publishedAt) {
      const from = new Date(major.publishedAt);
      windows.push({
        from,
        until: addDays(from, policy.freeze.afterMajorDays),
        source: 'major-release',
        reason: `${policy.freeze.afterMajorDays}-day code freeze after major release ${major.tagName}`,
        link: major.htmlUrl,
      });
    }
  }
  const active = windows.filter((w) => w.from.getTime() <= now.getTime() && now.getTime() < w.until.getTime());
  const ends = active.length ? new Date(Math.max(...active.map((w) => w.until.getTime()))) : null;
  return { frozen: active.length > 0, active, ends };
}

/** What the judge needs to know about a pull request. */
export interface PullFacts {
  number: number;
  title: string;
  body: string;
  author: string;
  labels: string[];
  headSha: string;
  baseRef: string;
}

/** Facts fetched only when a rule needs them (each costs API requests). */
export interface LazyFacts {
  files(): Promise<string[]>;
  labelEvents(): Promise<IssueEvent[]>;
  permission(user: string): Promise<Permission>;
  /**
   * Whether the pull request is one the suite opened (promotion, release, backport, merge-back),
   * judged by identity and branch (shared/ownership.ts); null when it carries no suite marker.
   * Asked only for a pull request that would otherwise be blocked.
   */
  suitePullRequest(): Promise<{ owned: boolean; kind: string; reason: string } | null>;
}

/**
 * The event behind a label now on a pull request: the latest `labeled` or `unlabeled` of that label
 * (a `labeled` one when the label is there). Who applied it is judged, never who applied it first.
 */
export function currentLabeling(events: IssueEvent[], label: string): IssueEvent | undefined {
  const history = events.filter((e) => (e.event === 'labeled' || e.event === 'unlabeled') && e.label === label);
  return history[history.length - 1];
}

export type Decision = 'allowed' | 'blocked' | 'exempt' | 'not-frozen';

export interface Verdict {
  decision: Decision;
  /** One sentence, shown in the status description, the summary and the comment. */
  reason: string;
  /** The rule that decided. */
  rule: 'no-freeze' | 'suite-pr' | 'type' | 'label' | 'paths' | 'exception' | 'none';
}

export async function judge(pr: PullFacts, policy: Policy, freeze: FreezeState, lazy: LazyFacts): Promise<Verdict> {
  if (!freeze.frozen) return { decision: 'not-frozen', reason: 'No code freeze is in force.', rule: 'no-freeze' };
  const rules = policy.freeze;
  // The title grammar and the glob matcher are loaded when a frozen pull request is judged, not at start-up.
  const { parseConventional } = await import('../../shared/conventional.ts');
  const header = parseConventional(pr.title);
  if (header.type && rules.allow.types.includes(header.type)) {
    if (!header.breaking) return { decision: 'allowed', reason: `Type "${header.type}" may merge during the freeze.`, rule: 'type' };
  }
  const label = pr.labels.find((l) => rules.allow.labels.includes(l));
  if (label) return { decision: 'allowed', reason: `Label "${label}" may merge during the freeze.`, rule: 'label' };
  if (rules.allow.paths.length > 0) {
    const files = await lazy.files();
    const { default: picomatch } = await import('picomatch');
    const matches = picomatch(rules.allow.paths, { dot: true });
    if (files.length > 0 && files.every((f) => matches(f))) {
      return { decision: 'allowed', reason: `Only changes files allowed during the freeze (${rules.allow.paths.join(', ')}).`, rule: 'paths' };
    }
  }
  let exceptionNote = '';
  if (pr.labels.includes(rules.exceptionLabel)) {
    // Only the event that applied the label now on the pull request counts: the latest `labeled`
    // with no later `unlabeled`. An exception granted, removed, then re-added by someone else is
    // judged by who re-added it.
    const current = currentLabeling(await lazy.labelEvents(), rules.exceptionLabel);
    let refused = 'no record of who added it';
    if (current?.event === 'labeled') {
      if (current.actor.toLowerCase() === pr.author.toLowerCase()) refused = `${current.actor} (who added it last) is the author`;
      else {
        const permission = await lazy.permission(current.actor);
        if (permission === 'admin' || permission === 'maintain') {
          return { decision: 'allowed', reason: `Freeze exception "${rules.exceptionLabel}" granted by ${current.actor} (${permission}).`, rule: 'exception' };
        }
        refused = `${current.actor} (who added it last) has ${permission} permission, not maintain or admin`;
      }
    }
    exceptionNote = ` Label "${rules.exceptionLabel}" does not count: ${refused}.`;
  }
  // The suite's own pull requests (promotions, backports, merge-backs) are exempt; the marker alone
  // proves nothing (anyone can type it), so the identity is judged, and only here, where it matters.
  const suite = await lazy.suitePullRequest();
  if (suite?.owned) return { decision: 'exempt', reason: `${suite.kind} pull request opened by portal-release.`, rule: 'suite-pr' };
  if (suite) exceptionNote += ` Its ${suite.kind} marker is ignored: ${suite.reason}.`;
  const kind = header.type ? `"${header.type}${header.breaking ? '!' : ''}"` : 'an unconventional title';
  return {
    decision: 'blocked',
    reason: `Code freeze: ${kind} changes wait until ${freeze.ends?.toISOString().slice(0, 10)}.${exceptionNote}`,
    rule: 'none',
  };
}

/** The commit status a verdict sets: failure only when blocked; the description within GitHub's 140 characters. */
export function desiredStatus(verdict: Verdict): { state: CommitStatus['state']; description: string } {
  const state = verdict.decision === 'blocked' ? 'failure' : 'success';
  const prefix =
    verdict.decision === 'blocked' ? 'Blocked' : verdict.decision === 'not-frozen' ? 'No freeze' : verdict.decision === 'exempt' ? 'Exempt' : 'Allowed';
  const text = `${prefix}: ${verdict.reason}`;
  return { state, description: text.length > 140 ? `${text.slice(0, 139)}…` : text };
}

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
