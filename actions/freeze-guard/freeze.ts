import { addDays } from '../../shared/clock.ts';
import type { Policy } from '../../shared/config.ts';
import type { IssueEvent, Permission, Release } from '../../shared/github.ts';
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
