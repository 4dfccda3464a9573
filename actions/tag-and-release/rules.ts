import gt from 'semver/functions/gt.js';
import rcompare from 'semver/functions/rcompare.js';
import parse from 'semver/functions/parse.js';
import { addDays } from '../../shared/clock.ts';
import { UserError } from '../../shared/errors.ts';
import type { Deployment, Issue, WorkflowRun } from '../../shared/github/index.ts';
import { parseReleaseTag, type ReleaseTag } from '../../shared/versions.ts';
import { escapeRegExp } from '../../shared/text.ts';
import { findBlockers, renderMilestoneTitle, type BlockerRules, type MilestoneEntry } from '../../shared/milestone.ts';

/**
 * Pure decisions of tag-and-release: which version, which gates pass, whether the release is the
 * "latest", whether the floating major tag may move. No I/O here; main.ts and steps/ feed it.
 */

/** Parses a version given by a person or by a release PR marker: X.Y.Z or X.Y.Z-<rc>.N, with or without the tag prefix. */
export function parseVersion(value: string, prefix: string, rcIdentifier: string, where: string): ReleaseTag {
  const text = value.trim();
  const withPrefix = prefix !== '' && text.startsWith(prefix) ? text : `${prefix}${text}`;
  const tag = parseReleaseTag(withPrefix, prefix, rcIdentifier);
  if (!tag) {
    throw new UserError(
      'input',
      `${where}: "${value}" is not a release version X.Y.Z or X.Y.Z-${rcIdentifier}.N (for example 3.2.0 or 3.2.0-${rcIdentifier}.1).`,
    );
  }
  return tag;
}

/** The floating major tag name (`v3` for `v3.2.0`). */
export function majorTagName(prefix: string, tag: ReleaseTag): string {
  return `${prefix}${tag.major}`;
}

/** `make_latest` is true only for a stable release with no higher stable release tag. */
export function shouldMakeLatest(tag: ReleaseTag, all: ReleaseTag[]): boolean {
  if (tag.rc !== null) return false;
  return !all.some((t) => t.rc === null && gt(t.version, tag.version));
}

export type MajorTagAction = 'create' | 'move' | 'unchanged' | 'skip';

export interface MajorTagDecision {
  action: MajorTagAction;
  /** e.g. `v3`. */
  name: string;
  reason: string;
  /** A skip worth a warning (someone moved it elsewhere), not just "does not apply". */
  warn?: boolean;
}

/**
 * Where the floating major tag goes. It only ever points at the newest stable release of its
 * major, never at a prerelease, and only moves forward in history: `ancestry` is how the commit it
 * points at now relates to the release SHA (`ahead` = the release is ahead of it, i.e. forward).
 */
export function decideMajorTag(args: {
  enabled: boolean;
  prefix: string;
  tag: ReleaseTag;
  all: ReleaseTag[];
  sha: string;
  current: string | null;
  ancestry?: 'ahead' | 'behind' | 'identical' | 'diverged';
}): MajorTagDecision {
  const name = majorTagName(args.prefix, args.tag);
  if (!args.enabled) return { action: 'skip', name, reason: 'release.floating-major-tag is off' };
  if (args.tag.rc !== null) return { action: 'skip', name, reason: `${args.tag.tag} is a prerelease; ${name} never points at a prerelease` };
  const newest = args.all.filter((t) => t.rc === null && t.major === args.tag.major).sort((a, b) => rcompare(a.version, b.version))[0];
  if (newest && gt(newest.version, args.tag.version)) {
    return { action: 'skip', name, reason: `${args.tag.tag} is not the newest ${args.tag.major}.x release (${newest.tag} is); ${name} stays where it is` };
  }
  if (args.current === null) return { action: 'create', name, reason: `${name} does not exist yet` };
  if (args.current === args.sha || args.ancestry === 'identical') return { action: 'unchanged', name, reason: `${name} already points at ${args.tag.tag}` };
  if (args.ancestry === 'ahead') return { action: 'move', name, reason: `${name} moves forward from ${args.current.slice(0, 12)} to ${args.tag.tag}` };
  if (args.ancestry === 'behind') {
    return {
      action: 'skip',
      name,
      reason: `${name} points at ${args.current.slice(0, 12)}, which is ahead of ${args.tag.tag}; it is never moved back`,
      warn: true,
    };
  }
  return {
    action: 'skip',
    name,
    reason: `${name} points at ${args.current.slice(0, 12)}, which is not an ancestor of ${args.tag.tag}; it is only moved forward, so it was left alone (move it by hand if that is intended)`,
    warn: true,
  };
}

/** End of the code freeze a major release (X.0.0) starts, as freeze-guard computes it. */
export function freezeUntil(tag: ReleaseTag, publishedAt: Date, afterMajorDays: number): string | null {
  if (tag.rc !== null || afterMajorDays <= 0) return null;
  const v = parse(tag.version);
  if (!v || v.minor !== 0 || v.patch !== 0) return null;
  return addDays(publishedAt, afterMajorDays).toISOString();
}

export interface GateResult {
  gate: 'smoke' | 'deployment' | 'milestone' | 'on-branch';
  ok: boolean;
  /** One sentence: what was found, or what is missing and how to get it. */
  detail: string;
  url?: string;
}

/**
 * The smoke gate: the NEWEST completed run of the workflow whose head_sha is exactly this SHA must
 * have succeeded. An older green run does not outweigh a newer failed one (the install procedure
 * broke since, or the green run was lucky). A re-run keeps its run id and creation time, so runs are
 * ordered by creation time, then id; the API's own order is not relied upon.
 */
export function judgeSmokeRuns(args: { runs: WorkflowRun[]; sha: string; workflow: string; repo: string; branch: string }): GateResult {
  const { sha, workflow, repo } = args;
  const mine = args.runs.filter((r) => r.headSha === sha).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
  const how = `run ${workflow} on exactly this commit (a push to ${args.branch} or "Run workflow" on ${args.branch} while ${sha.slice(0, 12)} is its head) and re-run this job once it is green`;
  if (mine.length === 0) {
    return { gate: 'smoke', ok: false, detail: `No run of ${workflow} in ${repo} tested ${sha.slice(0, 12)}: ${how}.` };
  }
  const newest = mine.find((r) => r.status === 'completed');
  if (newest?.conclusion === 'success') {
    return { gate: 'smoke', ok: true, detail: `${workflow} run ${newest.id} (the newest completed run on ${sha.slice(0, 12)}) succeeded`, url: newest.htmlUrl };
  }
  if (!newest) {
    const pending = mine[0]!;
    return {
      gate: 'smoke',
      ok: false,
      detail: `${workflow} run ${pending.id} on ${sha.slice(0, 12)} in ${repo} is still ${pending.status}: re-run this job once it is green.`,
      url: pending.htmlUrl,
    };
  }
  const olderGreen = mine.find((r) => r.status === 'completed' && r.conclusion === 'success');
  return {
    gate: 'smoke',
    ok: false,
    detail: `${workflow} run ${newest.id} on ${sha.slice(0, 12)} in ${repo} concluded ${newest.conclusion ?? 'without success'}${
      olderGreen ? ` (the older green run ${olderGreen.id} does not count: only the newest completed run does)` : ''
    }: fix the install procedure, ${how}.`,
    url: newest.htmlUrl,
  };
}

/** The deployment gate: some deployment of this SHA to the environment whose newest status is success. */
export function judgeDeployments(args: {
  deployments: { deployment: Deployment; states: string[] }[];
  sha: string;
  environment: string;
  repo: string;
}): GateResult {
  const { sha, environment, repo } = args;
  const mine = args.deployments.filter((d) => d.deployment.sha === sha && d.deployment.environment === environment);
  const ok = mine.find((d) => d.states[0] === 'success');
  if (ok) return { gate: 'deployment', ok: true, detail: `deployment ${ok.deployment.id} of ${sha.slice(0, 12)} to ${environment} succeeded` };
  if (mine.length === 0) {
    return {
      gate: 'deployment',
      ok: false,
      detail: `No deployment of ${sha.slice(0, 12)} to ${environment} in ${repo}: deploy this commit to ${environment} (release.deployment-environment) and re-run this job.`,
    };
  }
  const latest = mine[0]!;
  return {
    gate: 'deployment',
    ok: false,
    detail: `Deployment ${latest.deployment.id} of ${sha.slice(0, 12)} to ${environment} in ${repo} is "${latest.states[0] ?? 'without status'}", not success: re-run this job once it has succeeded.`,
  };
}

/**
 * Open items of the release milestone that block it, by milestone-check's rule (findBlockers: a
 * blocker label, every open item with milestone.require-all-closed, a missing triage label), so the
 * gate, the rollover and milestone-check never disagree on what a blocker is.
 */
export function milestoneBlockers(repo: string, open: Issue[], rules: BlockerRules): Issue[] {
  const items: MilestoneEntry[] = open
    .filter((i) => i.state === 'open')
    .map((i) => ({ kind: i.isPullRequest ? 'pull' : 'issue', number: i.number, title: i.title, url: i.htmlUrl, state: 'open', labels: i.labels }));
  const blocking = new Set(findBlockers(repo, items, rules).map((b) => b.number));
  return open.filter((i) => blocking.has(i.number));
}

/**
 * The milestone the open non-blocking items of a stable release move to: the open milestone with
 * the lowest stable version above the release among those titled by `milestone.title`; when there
 * is none, a new one for the next minor version (X.Y+1.0), which the next release from the
 * development branch carries (a patch release is a hotfix or backport, planned by hand).
 */
export function nextMilestone(
  pattern: string,
  prefix: string,
  tag: ReleaseTag,
  milestones: { number: number; title: string; state: 'open' | 'closed' }[],
): { title: string; number: number | null } {
  const versionPart = '(\\d+\\.\\d+\\.\\d+)';
  const source = pattern
    .split(/(\{tag\}|\{version\})/)
    .map((part) => (part === '{tag}' ? `${escapeRegExp(prefix)}${versionPart}` : part === '{version}' ? versionPart : escapeRegExp(part)))
    .join('');
  const titled = new RegExp(`^${source}$`);
  const candidates = milestones
    .filter((m) => m.state === 'open')
    .map((m) => ({ m, version: titled.exec(m.title)?.slice(1).find(Boolean) }))
    .filter((c): c is { m: (typeof milestones)[number]; version: string } => c.version !== undefined && gt(c.version, tag.version))
    .sort((a, b) => rcompare(b.version, a.version));
  if (candidates[0]) return { title: candidates[0].m.title, number: candidates[0].m.number };
  const v = parse(tag.version)!;
  const next = `${v.major}.${v.minor + 1}.0`;
  return { title: renderMilestoneTitle(pattern, next, prefix), number: null };
}
