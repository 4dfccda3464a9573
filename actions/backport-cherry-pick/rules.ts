import { backportBranch } from '../../shared/ownership.ts';
import { boundTitle, escapeRegExp } from '../../shared/text.ts';
import { DAY_MS, isoDate } from '../../shared/clock.ts';
import type { Policy } from '../../shared/config.ts';
import { parseConventional } from '../../shared/conventional.ts';
import type { Release } from '../../shared/github/index.ts';
import { latestMajorRelease } from '../../shared/releases.ts';

/** A backport brings a fix to an older branch; a merge-back brings a production hotfix back to staging and development. */
export type TargetKind = 'backport' | 'merge-back';

export interface TargetRequest {
  branch: string;
  kind: TargetKind;
  /** Why this target was requested (shown in the summary). */
  via: string;
}

/**
 * Branch names this action accepts as targets: the policy file's branch-name shape. Stricter than
 * `git check-ref-format` on purpose — no `$`, backtick, quote or `;` — because target names also
 * appear in the copy-paste commands posted for a manual backport.
 */
const SAFE_BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]{1,200}$/;

export function isSafeBranchName(name: string): boolean {
  return SAFE_BRANCH.test(name) && !name.endsWith('/') && !name.endsWith('.') && !name.endsWith('.lock') && !name.startsWith('/');
}

/** `backport {branch}` → a matcher returning the branch of a label such as `backport stg`, or null. */
export function labelMatcher(pattern: string): (label: string) => string | null {
  const [before = '', after = ''] = pattern.split('{branch}');
  const regex = new RegExp(`^${escapeRegExp(before)}(.+?)${escapeRegExp(after)}$`);
  return (label) => {
    const m = regex.exec(label);
    return m ? m[1]! : null;
  };
}

export interface PullFacts {
  number: number;
  title: string;
  labels: string[];
  baseRef: string;
  headRef: string;
}

/** A PR merged into production with a hotfix label, or from a `hotfix/` branch. */
export function isHotfix(pr: PullFacts, policy: Policy): boolean {
  if (pr.baseRef !== policy.branches.production) return false;
  return pr.headRef.startsWith('hotfix/') || pr.labels.some((l) => policy.backport.hotfixLabels.includes(l));
}

function mergeBackTargets(policy: Policy, via: string): TargetRequest[] {
  return [policy.branches.staging, policy.branches.development].map((branch) => ({ branch, kind: 'merge-back' as const, via }));
}

function add(list: TargetRequest[], request: TargetRequest): void {
  if (!list.some((t) => t.branch === request.branch)) list.push(request);
}

/** Every target a merged PR asks for: `backport <branch>` labels plus, for a hotfix, the merge-back branches. */
export function targetsOfPull(pr: PullFacts, policy: Policy): TargetRequest[] {
  const out: TargetRequest[] = [];
  if (isHotfix(pr, policy)) for (const t of mergeBackTargets(policy, 'hotfix merged into production')) add(out, t);
  const match = labelMatcher(policy.backport.labelPattern);
  for (const label of pr.labels) {
    const branch = match(label);
    if (branch !== null) add(out, { branch, kind: 'backport', via: `label "${label}"` });
  }
  return out.filter((t) => t.branch !== pr.baseRef);
}

/** Explicit targets (a `/backport` comment or the `targets` input); merge-back when it is a hotfix going back to stg/dev. */
export function explicitTargets(pr: PullFacts, branches: string[], policy: Policy, via: string): TargetRequest[] {
  const hotfix = isHotfix(pr, policy);
  const mergeBack = new Set([policy.branches.staging, policy.branches.development]);
  const out: TargetRequest[] = [];
  for (const branch of branches) add(out, { branch, kind: hotfix && mergeBack.has(branch) ? 'merge-back' : 'backport', via });
  return out;
}

/** `/backport stg main` (first line of a comment) → ['stg', 'main']; null when the comment is not a command. */
export function parseBackportCommand(body: string): string[] | null {
  const first = (body.replace(/\r\n/g, '\n').trim().split('\n')[0] ?? '').trim();
  const m = /^\/backport(?:\s+(.*))?$/.exec(first);
  if (!m) return null;
  return (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
}

export { backportBranch };

/**
 * The backport's title from `backport.title` (`{title}`, `{number}`, `{branch}`). The default,
 * `{title} (backport #{number})`, keeps a Conventional Commits title intact (a `[Backport x]` prefix
 * breaks title-based tools, the freeze's classification included) and is the wording other tools
 * read as a backport reference. Decorations a backport of a backport carries — `[Backport x]`
 * prefixes, ` (backport #N)` suffixes — are stripped first, so they never nest.
 */
export function backportTitle(template: string, target: string, original: { number: number; title: string }): string {
  const bare = original.title
    .replace(/^(?:\s*\[backport [^\]]*\])+\s*/i, '')
    .replace(/(?:\s*\(backport #\d+(?: to [^)]*)?\))+\s*$/i, '')
    .trim();
  const title = template.replace(/\{(title|number|branch)\}/g, (_, key: string) =>
    key === 'title' ? bare : key === 'number' ? String(original.number) : target,
  );
  // GitHub refuses titles over 256 characters: a long original title is cut, with an ellipsis.
  return boundTitle(title);
}

/**
 * Labels carried from the original pull request: those in `copy` — `*` meaning every label — never a
 * backport label (it would ask for a backport of the backport) nor the conflict label.
 */
export function carriedLabels(labels: string[], copy: string[], policy: Policy, conflictLabel: string): string[] {
  const isBackportLabel = labelMatcher(policy.backport.labelPattern);
  const all = copy.includes('*');
  return labels.filter((l) => (all || copy.includes(l)) && isBackportLabel(l) === null && l !== conflictLabel);
}

export type PolicyRule = 'hotfix' | 'always-label' | 'never-type' | 'window' | 'outside-window';

export interface PolicyVerdict {
  allowed: boolean;
  rule: PolicyRule;
  reason: string;
}

export { latestMajorRelease };

/** Rules that need no release data: decided from the PR alone. Null means "the window decides". */
export function judgeWithoutWindow(pr: PullFacts, kind: TargetKind, policy: Policy): PolicyVerdict | null {
  if (kind === 'merge-back') {
    return { allowed: true, rule: 'hotfix', reason: `hotfix #${pr.number} is in production and must be merged back to every branch` };
  }
  const always = pr.labels.find((l) => policy.backport.alwaysLabels.includes(l));
  if (always) return { allowed: true, rule: 'always-label', reason: `label "${always}" is backported at any time (backport.always-labels)` };
  const type = parseConventional(pr.title).type;
  if (type && policy.backport.neverTypes.includes(type)) {
    return {
      allowed: false,
      rule: 'never-type',
      reason: `"${type}" changes are never backported (backport.never-types); features wait for the next iteration`,
    };
  }
  return null;
}

/** The backport policy for one target: hotfix merge-backs and always-labels any time; never-types never; the rest within the window. */
export function judgeBackport(pr: PullFacts, kind: TargetKind, policy: Policy, major: Release | null, now: Date): PolicyVerdict {
  const early = judgeWithoutWindow(pr, kind, policy);
  if (early) return early;
  const days = policy.backport.windowDays;
  if (major?.publishedAt) {
    const published = new Date(major.publishedAt);
    const ends = new Date(published.getTime() + days * DAY_MS);
    if (now.getTime() >= published.getTime() && now.getTime() < ends.getTime()) {
      return { allowed: true, rule: 'window', reason: `within the ${days}-day backport window after major release ${major.tagName} (until ${isoDate(ends)})` };
    }
    return {
      allowed: false,
      rule: 'outside-window',
      reason: `the ${days}-day backport window after major release ${major.tagName} ended on ${isoDate(ends)}; only ${listOf(policy.backport.alwaysLabels)} changes are backported now`,
    };
  }
  return {
    allowed: false,
    rule: 'outside-window',
    reason: `no major release was published in the last ${days} days (backport.window-days); only ${listOf(policy.backport.alwaysLabels)} changes are backported now`,
  };
}

function listOf(labels: string[]): string {
  return labels.length ? labels.map((l) => `"${l}"`).join(', ') : '(no always-labels configured)';
}
