import { UserError } from './errors.ts';

/**
 * The release milestone's rules, in one place for every action: its title, what blocks a release,
 * and its due date.
 */

/**
 * Renders `milestone.title` ("{tag}" → v3.2.0, "{version}" → 3.2.0). Without a version, a
 * template that needs one is refused with the inputs that supply it.
 */
export function renderMilestoneTitle(template: string, version: string | undefined, tagPrefix: string): string {
  const needsVersion = /\{(?:tag|version)\}/.test(template);
  if (needsVersion && !version) {
    throw new UserError(
      'input',
      `Set input "version" (for example 3.2.0) or input "milestone": the policy's milestone.title "${template}" needs a version to name the release milestone.`,
    );
  }
  const title = template.replace(/\{tag\}/g, `${tagPrefix}${version ?? ''}`).replace(/\{version\}/g, version ?? '');
  if (!title.trim()) throw new UserError('config', `milestone.title "${template}" renders an empty milestone title.`);
  return title.trim();
}

/** What the blocker rules read of a milestone item (an issue or a pull request). */
export interface MilestoneEntry {
  kind: 'issue' | 'pull';
  number: number;
  title: string;
  url: string;
  state: 'open' | 'closed' | 'merged';
  labels: string[];
}

export interface Blocker {
  repo: string;
  /** null: the repository has no such milestone. */
  number: number | null;
  title: string;
  url: string;
  reason: string;
}

export interface BlockerRules {
  blockerLabels: string[];
  requireAllClosed: boolean;
  triageLabels: string[];
}

const lower = (s: string): string => s.toLowerCase();

/** Open must-haves (or every open item), blockers closed without merging, open items missing a triage label. */
export function findBlockers(repo: string, items: readonly MilestoneEntry[], rules: BlockerRules): Blocker[] {
  const blockerLabels = new Set(rules.blockerLabels.map(lower));
  const out: Blocker[] = [];
  for (const item of items) {
    const labels = item.labels.map(lower);
    const blockerLabel = item.labels.find((l) => blockerLabels.has(lower(l)));
    const reasons: string[] = [];
    if (item.state === 'open') {
      if (blockerLabel) reasons.push(`open and labelled "${blockerLabel}"`);
      else if (rules.requireAllClosed) reasons.push('open (milestone.require-all-closed)');
      for (const prefix of rules.triageLabels) {
        if (!labels.some((l) => l.startsWith(lower(prefix)))) reasons.push(`no "${prefix}" label (milestone.triage-labels)`);
      }
    } else if (item.kind === 'pull' && item.state === 'closed' && blockerLabel) {
      reasons.push(`labelled "${blockerLabel}" but closed without merging (closed is not fixed)`);
    }
    if (reasons.length) out.push({ repo, number: item.number, title: item.title, url: item.url, reason: reasons.join('; ') });
  }
  return out;
}

/** The annotation title of the past-due warning, the same in every action that gives it. */
export const PAST_DUE_TITLE = 'Release milestone past due';

/** The past-due warning's sentence (a warning only: a late milestone never blocks a release). */
export function pastDueSentence(title: string, dueOn: string | null): string {
  return `Milestone "${title}" was due ${dueOn?.slice(0, 10)} and is still open.`;
}

/** An open milestone whose due date has passed at `now`. */
export function isPastDue(milestone: { state: 'open' | 'closed'; dueOn: string | null } | null, now: Date): boolean {
  if (!milestone?.dueOn || milestone.state !== 'open') return false;
  const due = Date.parse(milestone.dueOn);
  return !Number.isNaN(due) && due < now.getTime();
}
