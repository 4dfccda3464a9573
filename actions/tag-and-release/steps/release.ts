import type { Clock } from '../../../shared/clock.ts';
import type { Policy } from '../../../shared/config.ts';
import { repoName, type RepoRef } from '../../../shared/context.ts';
import { UserError } from '../../../shared/errors.ts';
import { createAnnotatedTag } from '../../../shared/tags.ts';
import { GitHubError, type GitHub, type GitRef, type Milestone, type Release } from '../../../shared/github/index.ts';
import type { Logger } from '../../../shared/logger.ts';
import type { Plan } from '../../../shared/plan.ts';
import type { SuiteIdentity } from '../../../shared/identity.ts';
import { findMarker, hasMarker, withMarker, type MarkerKind } from '../../../shared/markers.ts';
import { judgePullRequest, promotionRole, type IgnoredMarkers } from '../../../shared/ownership.ts';
import { renderMilestoneTitle } from '../../../shared/milestone.ts';
import { previousTagFor, releaseTags, type ReleaseTag } from '../../../shared/versions.ts';
import {
  decideMajorTag,
  freezeUntil,
  judgeDeployments,
  judgeSmokeRuns,
  milestoneBlockers,
  nextMilestone,
  shouldMakeLatest,
  type GateResult,
  type MajorTagDecision,
} from '../rules.ts';
import { planReleasedIn, releasedInLabel, removeDuplicateTellings, tellReleasedIn, type ReleasedInItem } from './released-in.ts';

/** Everything one run shares across the repositories of the release train. */
export interface TrainContext {
  github: GitHub;
  logger: Logger;
  clock: Clock;
  policy: Policy;
  tag: ReleaseTag;
  /** The run's plan: every write goes through it (skipped in a dry run). */
  plan: Plan;
  /** Workflow file of the smoke gate; '' disables the gate. */
  smokeWorkflow: string;
  requireMilestone: boolean;
  /** Who the suite is: only its own documentation issue and release pull requests are recognised. */
  identity: SuiteIdentity;
  /** Markers seen on pull requests that are not the suite's, said once in the summary. */
  ignored: IgnoredMarkers;
}

/**
 * Where a repository's release commit comes from: `given` (the event or an input names it),
 * `branch-head` (this repository dispatched with a version only: the head of the branch at run time)
 * or `release-pr` (another repository of the train: the merge of ITS OWN merged suite release pull
 * request for this version; until that exists the repository waits).
 */
export type CommitSource = 'given' | 'branch-head' | 'release-pr';

/** One repository to release and the commit it should get. */
export interface RepoTarget {
  repo: RepoRef;
  /** The commit to tag when `from` is `given`. */
  sha: string | null;
  from: CommitSource;
  /** Why this commit, for the outputs and the summary (for `given`: which event or input). */
  why: string;
  /** The branch the release comes from (production for stable releases, staging for prereleases). */
  branch: string;
  /** True when the SHA came from an input and must be proven to be on the branch. */
  verifyOnBranch: boolean;
  /** What named the SHA (default: input "sha"), for the on-branch refusal. */
  shaSource?: string;
}

export type RepoStatus = 'released' | 'unchanged' | 'planned' | 'waiting' | 'refused' | 'failed';

export interface RepoResult {
  repo: string;
  sha: string;
  tag: string;
  status: RepoStatus;
  /** Why `sha` is this repository's release commit (empty while waiting). */
  commitFrom: string;
  /** For `waiting`: what the release of this repository waits for. */
  waitingFor: string;
  /** True when this run created (or published) the GitHub release. */
  created: boolean;
  releaseUrl: string;
  previousTag: string;
  tagAction: string;
  releaseAction: string;
  majorTag: string;
  milestone: string;
  docsIssue: string;
  /** "Released in" comments or labels on what shipped (release.released-in). */
  releasedIn: string;
  freezeUntil: string;
  gates: GateResult[];
  /** What was done (or, in a dry run, would be done), one line each. */
  actions: string[];
  notes: string[];
  error?: string;
}

export const RELEASE_MARKER = 'release' satisfies MarkerKind;
export const DOCS_ISSUE_MARKER = 'docs-follow-up' satisfies MarkerKind;
export const DOCS_ISSUE_LABEL = 'documentation';

export function emptyResult(repo: RepoRef, tag: ReleaseTag): RepoResult {
  return {
    repo: repoName(repo),
    sha: '',
    tag: tag.tag,
    status: 'unchanged',
    commitFrom: '',
    waitingFor: '',
    created: false,
    releaseUrl: '',
    previousTag: '',
    tagAction: '',
    releaseAction: '',
    majorTag: '',
    milestone: '',
    docsIssue: '',
    releasedIn: '',
    freezeUntil: '',
    gates: [],
    actions: [],
    notes: [],
  };
}

function tagConflict(name: string, tag: string, tagged: string, wanted: string): UserError {
  return new UserError(
    'conflict',
    `Tag ${tag} in ${name} already points at ${tagged.slice(0, 12)}, not at ${wanted.slice(0, 12)}: release tags are never moved. Release ${wanted.slice(0, 12)} under a new version (or, if the existing tag is wrong, delete it by hand and re-run).`,
  );
}

class RepoRun {
  readonly ctx: TrainContext;
  readonly target: RepoTarget;
  readonly name: string;
  readonly result: RepoResult;
  /** The train's plan, each step naming this repository. */
  readonly plan: Plan;

  constructor(ctx: TrainContext, target: RepoTarget) {
    this.ctx = ctx;
    this.target = target;
    this.name = repoName(target.repo);
    this.result = emptyResult(target.repo, ctx.tag);
    this.plan = ctx.plan.about(this.name);
  }

  /** A write of this repository through the plan (skipped in a dry run), also listed in its result. */
  write<T>(line: string, fn: () => Promise<T>): Promise<T | undefined> {
    this.result.actions.push(line);
    return this.plan.write(line, fn);
  }

  note(line: string, warn = false): void {
    this.result.notes.push(line);
    if (warn) this.ctx.logger.warning(`${this.name}: ${line}`);
    else this.ctx.logger.info(`${this.name}: ${line}`);
  }
}

async function evaluateGates(run: RepoRun, sha: string, milestones: () => Promise<Milestone[]>): Promise<GateResult[]> {
  const { github, policy, tag } = run.ctx;
  const { repo, branch } = run.target;
  const gates: GateResult[] = [];
  if (run.target.verifyOnBranch) {
    const comparison = await github.compare(repo, sha, branch);
    const onBranch = comparison.status === 'ahead' || comparison.status === 'identical';
    gates.push({
      gate: 'on-branch',
      ok: onBranch,
      detail: onBranch
        ? `${sha.slice(0, 12)} is on ${branch}`
        : `${sha.slice(0, 12)} (${run.target.shaSource ?? 'input "sha"'}) is not on ${branch} of ${run.name}: only commits of ${branch} are released; pass a commit of ${branch}.`,
    });
  }
  const workflow = run.ctx.smokeWorkflow;
  if (workflow) {
    try {
      const runs = await github.listWorkflowRuns(repo, workflow, { headSha: sha });
      gates.push(judgeSmokeRuns({ runs, sha, workflow, repo: run.name, branch }));
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 404)) throw error;
      gates.push({
        gate: 'smoke',
        ok: false,
        detail: `Workflow ${workflow} was not found in ${run.name}: add .github/workflows/${workflow} calling portal-release's native-install-smoke workflow (or set release.smoke-workflow), run it on ${sha.slice(0, 12)} and re-run this job.`,
      });
    }
  }
  const environment = policy.release.deploymentEnvironment;
  if (environment && tag.rc === null) {
    const deployments = await github.listDeployments(repo, { sha, environment });
    const judged: Parameters<typeof judgeDeployments>[0]['deployments'] = [];
    for (const deployment of deployments) {
      const states = await github.listDeploymentStates(repo, deployment.id);
      judged.push({ deployment, states });
      if (states[0] === 'success') break;
    }
    gates.push(judgeDeployments({ deployments: judged, sha, environment, repo: run.name }));
  }
  // With milestone.rollover the milestone gate always runs: blockers stop the release before anything moves.
  if ((run.ctx.requireMilestone || policy.milestone.rollover) && tag.rc === null) {
    const title = renderMilestoneTitle(policy.milestone.title, tag.version, policy.tagPrefix);
    const milestone = (await milestones()).find((m) => m.title === title);
    if (!milestone) {
      gates.push({
        gate: 'milestone',
        ok: false,
        detail: `Milestone "${title}" was not found in ${run.name}: create it with the release's items (milestone.title), or drop require-milestone${policy.milestone.rollover ? ' and milestone.rollover' : ''}.`,
      });
    } else {
      const open = await github.listIssues(repo, { state: 'open', milestone: String(milestone.number) });
      const blockers = milestoneBlockers(run.name, open, policy.milestone);
      gates.push(
        blockers.length === 0
          ? { gate: 'milestone', ok: true, detail: `milestone "${title}" has no open blockers`, url: milestone.htmlUrl }
          : {
              gate: 'milestone',
              ok: false,
              detail: `Milestone "${title}" in ${run.name} still has ${blockers.length} open blocker(s): ${blockers
                .slice(0, 10)
                .map((i) => `#${i.number}`)
                .join(', ')}${blockers.length > 10 ? ', …' : ''}; finish or move them, then re-run this job.`,
              url: milestone.htmlUrl,
            },
      );
    }
  }
  return gates;
}

async function ensureTag(run: RepoRun, sha: string, smokeUrl: string | undefined): Promise<void> {
  const { github, tag } = run.ctx;
  const repo = run.target.repo;
  const message = `${tag.tag}\n\nReleased by portal-release tag-and-release: ${sha} passed the release gates${smokeUrl ? ` (native-install smoke run ${smokeUrl})` : ''}.\n`;
  run.result.tagAction = 'created';
  const created = await run.write(`create the annotated tag ${tag.tag} at ${sha.slice(0, 12)}`, async () => {
    const made = await createAnnotatedTag(github, repo, tag.tag, sha, message);
    if (made.outcome === 'elsewhere') throw tagConflict(run.name, tag.tag, made.commit, sha);
    return made;
  });
  if (created?.outcome === 'exists') {
    run.result.tagAction = 'exists';
    run.note(`${tag.tag} appeared meanwhile, on the same commit; kept`);
  }
}

async function releaseBody(run: RepoRun, sha: string, previous: ReleaseTag | null): Promise<string> {
  const { github, tag } = run.ctx;
  const notes = await github.generateReleaseNotes(run.target.repo, {
    tagName: tag.tag,
    targetCommitish: sha,
    ...(previous ? { previousTagName: previous.tag } : {}),
  });
  return withMarker(notes.body, RELEASE_MARKER, { tag: tag.tag, sha });
}

/**
 * The GitHub release of the tag, safe for repositories with immutable releases (GitHub docs,
 * "Immutable releases"): once published, a release's tag is locked to its commit and its assets
 * can no longer be added or changed; only the title, the notes, the prerelease flag and "latest"
 * stay editable. So a release is created as a DRAFT, completed (notes from generate-notes; the
 * suite attaches no assets), then published once with one `PATCH draft=false`, and a published
 * release never has its tag, target or assets edited. A draft left by a run that stopped midway is
 * the suite's when its author is the suite's identity: it is completed, never duplicated. A
 * person's draft is left alone. `make_latest` is sent when publishing (GitHub ignores it on a
 * draft): "false" for a prerelease, "true" only for the highest stable version (see rules.ts).
 */
async function ensureRelease(run: RepoRun, sha: string, previous: ReleaseTag | null, makeLatest: boolean, releases: Release[]): Promise<Release | null> {
  const { github, tag, identity } = run.ctx;
  const repo = run.target.repo;
  const prerelease = tag.rc !== null;
  const from = previous ? `notes since ${previous.tag}` : 'first release: notes of the whole history';
  const mine = releases.filter((r) => r.tagName === tag.tag);
  const published = mine.find((r) => !r.draft);
  const own: Release[] = [];
  for (const d of mine.filter((r) => r.draft)) {
    if (await identity.isSuite(d.author)) own.push(d);
    else run.note(`a draft release for ${tag.tag} by ${d.author || 'someone else'} (id ${d.id}) exists; it is not the suite's and was left alone`, true);
  }
  own.sort((a, b) => a.id - b.id);
  // Drafts the suite itself left beside the one it completes (runs that stopped midway) are duplicates: removed.
  for (const extra of published ? own : own.slice(1)) {
    await run.write(`delete the duplicate draft release ${extra.id} for ${tag.tag} an earlier run of the suite left`, () =>
      github.deleteRelease(repo, extra.id),
    );
  }
  if (published) return completePublished(run, sha, previous, makeLatest, published);
  const latestNote = makeLatest ? ', marked latest' : prerelease ? ', never marked latest' : ', not marked latest (a higher version exists)';
  const draft = own[0];
  run.result.created = true;
  if (draft) {
    run.result.releaseAction = 'published-draft';
    const keepBody = draft.body.trim() !== '';
    const published = await run.write(
      `publish the draft release ${draft.id} an earlier run left for ${tag.tag}${keepBody ? ' (keeping its notes)' : ` (${from})`}${latestNote}`,
      () => publishDraft(run, draft, sha, previous, makeLatest),
    );
    return published ?? draft;
  }
  run.result.releaseAction = 'created';
  const release = await run.write(
    `create the ${prerelease ? 'pre' : ''}release ${tag.tag} as a draft with its notes (${from}), then publish it${latestNote}`,
    async () => {
      const body = await releaseBody(run, sha, previous);
      const created = await github.createRelease(repo, { tagName: tag.tag, name: tag.tag, body, draft: true, prerelease, targetCommitish: sha });
      return publishDraft(run, created, sha, previous, makeLatest);
    },
  );
  return release ?? null;
}

/** The one publication of a complete draft; a release of the tag published meanwhile (a concurrent run) wins and this draft is removed. */
async function publishDraft(run: RepoRun, draft: Release, sha: string, previous: ReleaseTag | null, makeLatest: boolean): Promise<Release> {
  const { github, tag } = run.ctx;
  const repo = run.target.repo;
  const body = draft.body.trim() === '' ? await releaseBody(run, sha, previous) : undefined;
  try {
    return await github.updateRelease(repo, draft.id, {
      draft: false,
      prerelease: tag.rc !== null,
      makeLatest,
      name: draft.name || tag.tag,
      ...(body === undefined ? {} : { body }),
    });
  } catch (error) {
    // GitHub answers 422 (already_exists on tag_name) when a release of the tag is already published.
    if (!(error instanceof GitHubError && error.status === 422)) throw error;
    const now = (await github.listReleases(repo)).filter((r) => r.tagName === tag.tag);
    const winner = now.find((r) => !r.draft);
    if (!winner) throw error;
    const onTag = await github.resolveTag(repo, tag.tag);
    if (onTag?.commitSha !== sha) throw tagConflict(run.name, tag.tag, onTag?.commitSha ?? 'no commit', sha);
    await github.deleteRelease(repo, draft.id);
    run.result.created = false;
    run.note(`the release ${tag.tag} was published meanwhile (a concurrent run), on the same commit; kept, and this run's draft ${draft.id} removed`);
    return completePublished(run, sha, previous, makeLatest, winner);
  }
}

/** A published release is only completed where GitHub allows it even when immutable: name, empty notes, prerelease flag, "latest". */
async function completePublished(run: RepoRun, sha: string, previous: ReleaseTag | null, makeLatest: boolean, release: Release): Promise<Release> {
  const { github, tag } = run.ctx;
  const repo = run.target.repo;
  const prerelease = tag.rc !== null;
  const from = previous ? `notes since ${previous.tag}` : 'first release: notes of the whole history';
  const changes: Parameters<GitHub['updateRelease']>[2] = {};
  const what: string[] = [];
  if (release.prerelease !== prerelease) {
    changes.prerelease = prerelease;
    what.push(prerelease ? 'mark it a prerelease' : 'mark it a full release');
  }
  if (!release.name) {
    changes.name = tag.tag;
    what.push('name it');
  }
  if (makeLatest) {
    const latest = await github.getLatestRelease(repo);
    if (latest?.tagName !== tag.tag) {
      changes.makeLatest = true;
      what.push(`mark it latest (instead of ${latest?.tagName ?? 'none'})`);
    }
  }
  const needsNotes = release.body.trim() === '';
  if (needsNotes) what.push(`fill in its empty notes (${from})`);
  if (what.length === 0) {
    run.result.releaseAction = 'unchanged';
    run.plan.keep(`the release ${tag.tag} is already published and complete`);
    return release;
  }
  run.result.releaseAction = 'updated';
  const updated = await run.write(`update the release ${tag.tag}: ${what.join(', ')}`, async () => {
    if (needsNotes) changes.body = await releaseBody(run, sha, previous);
    return github.updateRelease(repo, release.id, changes);
  });
  return updated ?? release;
}

async function ensureMajorTag(run: RepoRun, sha: string, refs: Map<string, GitRef>, all: ReleaseTag[]): Promise<MajorTagDecision> {
  const { github, policy, tag } = run.ctx;
  const repo = run.target.repo;
  const base = { enabled: policy.release.floatingMajorTag, prefix: policy.tagPrefix, tag, all, sha };
  const first = decideMajorTag({ ...base, current: null });
  if (first.action === 'skip') return first;
  const ref = refs.get(first.name);
  const current = ref ? await github.peelRef(repo, ref) : null;
  let ancestry: 'ahead' | 'behind' | 'identical' | 'diverged' | undefined;
  if (current && current !== sha) ancestry = (await github.compare(repo, current, sha)).status;
  const decision = decideMajorTag({ ...base, current, ancestry });
  if (decision.action === 'create') {
    await run.write(`create the floating tag ${decision.name} at ${tag.tag}`, async () => {
      try {
        await github.createRef(repo, `refs/tags/${decision.name}`, sha);
      } catch (error) {
        // Created meanwhile by a concurrent run: fine on the same commit, otherwise left alone with a warning (never forced here).
        if (!(error instanceof GitHubError && error.status === 422)) throw error;
        const now = await github.resolveTag(repo, decision.name);
        if (!now) throw error;
        if (now.commitSha !== sha)
          run.note(`${decision.name} appeared meanwhile on ${now.commitSha.slice(0, 12)}; left alone (a re-run moves it forward if that is right)`, true);
        else run.note(`${decision.name} appeared meanwhile at ${tag.tag}; kept`);
      }
    });
  } else if (decision.action === 'move') {
    // Force is needed for any tag update; it is used only after the comparison proved the move is forward.
    await run.write(`move the floating tag ${decision.name} forward to ${tag.tag}`, () => github.updateRef(repo, `tags/${decision.name}`, sha, true));
  } else if (decision.action === 'unchanged') {
    run.plan.keep(`the floating tag ${decision.name} already points at ${tag.tag}`);
  } else if (decision.action === 'skip') {
    run.note(decision.reason, decision.warn);
  }
  return decision;
}

async function closeMilestone(run: RepoRun, milestones: () => Promise<Milestone[]>): Promise<string> {
  const { github, policy, tag } = run.ctx;
  if (tag.rc !== null) return 'not applicable to prereleases';
  const title = renderMilestoneTitle(policy.milestone.title, tag.version, policy.tagPrefix);
  const milestone = (await milestones()).find((m) => m.title === title);
  if (!milestone) return `no milestone "${title}"`;
  // Closed last, after the rollover: a closed milestone means the rollover is done, so a re-run stops here.
  if (milestone.state === 'closed') {
    run.plan.keep(`the milestone "${title}" is already closed`);
    return `"${title}" already closed`;
  }
  let moved = '';
  if (policy.milestone.rollover) {
    const rolled = await rollOver(run, milestone, milestones);
    if (rolled === null) return `"${title}" left open: it has open blockers`;
    moved = rolled;
  }
  await run.write(`close the milestone "${title}"`, () => github.closeMilestone(run.target.repo, milestone.number));
  return `"${title}" closed${moved}`;
}

/**
 * milestone.rollover: the open items of the release milestone that are not blockers (milestone-check's
 * rule) move to the next milestone (nextMilestone in rules.ts, created when missing), one write each.
 * Blockers were refused by the milestone gate before anything was tagged; one labelled since then
 * keeps the milestone open (null) and nothing moves. Returns what moved, for the summary.
 */
async function rollOver(run: RepoRun, milestone: Milestone, milestones: () => Promise<Milestone[]>): Promise<string | null> {
  const { github, policy, tag } = run.ctx;
  const repo = run.target.repo;
  const open = await github.listIssues(repo, { state: 'open', milestone: String(milestone.number) });
  const blockers = milestoneBlockers(run.name, open, policy.milestone);
  if (blockers.length > 0) {
    run.note(
      `milestone "${milestone.title}" got open blockers after the gate (${blockers.map((i) => `#${i.number}`).join(', ')}): nothing moved and the milestone stays open`,
      true,
    );
    return null;
  }
  if (open.length === 0) return '';
  const next = nextMilestone(policy.milestone.title, policy.tagPrefix, tag, await milestones());
  const list = open.map((i) => `#${i.number}`).join(', ');
  const moved = await run.write(
    `move ${open.length} open item(s) of "${milestone.title}" to ${next.number === null ? 'the new milestone' : 'the milestone'} "${next.title}": ${list}`,
    async () => {
      await moveItems(run, milestone, next, open);
      return true;
    },
  );
  return moved ? `, ${open.length} open item(s) moved to "${next.title}"` : `, ${open.length} open item(s) to move to "${next.title}"`;
}

/** The rollover's writes: the next milestone (created when missing), then each open item moved to it. */
async function moveItems(run: RepoRun, milestone: Milestone, next: { title: string; number: number | null }, open: { number: number }[]): Promise<void> {
  const { github, tag } = run.ctx;
  const repo = run.target.repo;
  let number = next.number;
  if (number === null) {
    try {
      number = (await github.createMilestone(repo, next.title, `Open items rolled over from ${milestone.title} when ${tag.tag} was released.`)).number;
    } catch (error) {
      // Created meanwhile (a concurrent run or a person): GitHub answers 422 already_exists; use that one.
      if (!(error instanceof GitHubError && error.status === 422)) throw error;
      const now = (await github.listMilestones(repo, 'all')).find((m) => m.title === next.title);
      if (!now) throw error;
      if (now.state === 'closed') {
        throw new UserError(
          'state',
          `The open items of "${milestone.title}" in ${run.name} would move to "${next.title}", which exists but is closed: reopen it (or open the milestone they should go to) and re-run this job.`,
        );
      }
      number = now.number;
    }
  }
  for (const item of open) await github.updateIssue(repo, item.number, { milestone: number });
}

async function ensureDocsIssue(run: RepoRun, releaseUrl: string): Promise<string> {
  const { github, policy, tag } = run.ctx;
  if (!policy.release.docsIssue) return 'off';
  if (tag.rc !== null) return 'not applicable to prereleases';
  const repo = run.target.repo;
  const candidates = await github.listIssues(repo, { state: 'all', labels: [DOCS_ISSUE_LABEL] });
  let existing: (typeof candidates)[number] | undefined;
  for (const i of candidates) {
    // Only the suite's own issue counts: a person's issue quoting the marker is not it.
    if (hasMarker(i.body, DOCS_ISSUE_MARKER, { tag: tag.tag }) && (await run.ctx.identity.isSuite(i.author))) {
      existing = i;
      break;
    }
  }
  if (existing) {
    run.plan.keep(`the documentation follow-up issue #${existing.number} for ${tag.tag} exists`);
    return `#${existing.number}`;
  }
  const body = withMarker(
    [
      `${tag.tag} has been released${releaseUrl ? `: ${releaseUrl}` : ''}.`,
      '',
      'Follow up with the documentation (runbook: "after release has deployed … follow up with documentation update"):',
      '',
      '- [ ] user-facing documentation describes the changes of this release',
      '- [ ] installation and upgrade instructions are still right (the native-install smoke run follows them)',
      '- [ ] the release notes link to the documentation where useful',
    ].join('\n'),
    DOCS_ISSUE_MARKER,
    { tag: tag.tag },
  );
  const issue = await run.write(`open the documentation follow-up issue for ${tag.tag}`, () =>
    github.createIssue(repo, { title: `Documentation follow-up for ${tag.tag}`, body, labels: [DOCS_ISSUE_LABEL] }),
  );
  return issue ? `#${issue.number}` : 'planned';
}

/** "Released in" on what shipped in this stable release for the first time (see released-in.ts). */
async function ensureReleasedIn(run: RepoRun, sha: string, previous: ReleaseTag | null, releaseUrl: string): Promise<string> {
  const { github, policy, tag, identity } = run.ctx;
  const mode = policy.release.releasedIn;
  if (mode === 'off') return 'off';
  if (tag.rc !== null) return 'not applicable to prereleases';
  // Without a previous stable release the range is the whole history: telling every pull request ever merged is never wanted.
  if (!previous) return 'first release: nothing told (no previous stable release bounds what shipped)';
  const repo = run.target.repo;
  const range = await github.compareWithFiles(repo, previous.tag, sha, 'all');
  const label = releasedInLabel(policy.release.releasedInLabel, tag.tag, tag.version);
  const plan = await planReleasedIn({ github, repo, identity, tag: tag.tag, mode, label, commits: range.commits });
  for (const n of plan.notes) run.note(n, true);
  const missing = plan.items.filter((i) => !i.done);
  const count = (items: ReleasedInItem[]): string => {
    const pulls = items.filter((i) => i.kind === 'pull request').length;
    const issues = items.length - pulls;
    return `${pulls} pull request${pulls === 1 ? '' : 's'} and ${issues} issue${issues === 1 ? '' : 's'}`;
  };
  const how = mode === 'label' ? `label "${label}"` : `"released in ${tag.tag}" comment`;
  if (missing.length === 0) {
    if (plan.items.length === 0) return `nothing shipped since ${previous.tag}`;
    run.plan.keep(`the ${how} is already on the ${count(plan.items)} shipped since ${previous.tag}`);
    return `${count(plan.items)} already told`;
  }
  const list = missing.map((i) => `#${i.number}`).join(', ');
  const told = await run.write(`add the ${how} to ${count(missing)} shipped since ${previous.tag}: ${list}`, async () => {
    await tellReleasedIn({ github, repo, tag: tag.tag, mode, label, releaseUrl, items: missing });
    if (mode === 'comment') {
      const after = await planReleasedIn({ github, repo, identity, tag: tag.tag, mode, label, commits: range.commits });
      const removed = await removeDuplicateTellings(github, repo, after.items);
      if (removed > 0) run.note(`${removed} "released in" comment(s) a concurrent run also wrote were removed (the oldest is kept)`);
    }
    return true;
  });
  if (!told) return `${count(missing)} to tell`;
  return `${count(plan.items)} told (${missing.length} now)`;
}

/**
 * The release commit of another repository of the train for this version: what ITS OWN suite pull
 * request for the version says, once merged. A stable release is the merge of its release pull
 * request (stg → main) whose `release-pr` marker names the version; a release candidate is the commit
 * its merged promotion pull request (dev → stg) pins, where promote-rc put the RC tag. Only a pull
 * request the suite opened counts (judgePullRequest: identity, own head branch, base, pinned SHA); a
 * marker typed anywhere else is ignored. Otherwise, what the release waits for.
 */
export async function releaseCommitOf(ctx: TrainContext, repo: RepoRef): Promise<{ sha: string; why: string } | { waitingFor: string }> {
  const { github, policy, tag, identity, ignored } = ctx;
  const name = repoName(repo);
  const kind = tag.rc === null ? 'release-pr' : 'promotion';
  const role = promotionRole(kind, policy);
  // GitHub's `head` filter is `owner:branch`; the suite's head branch is always in the repository itself.
  const prs = await github.listPullRequests(repo, { state: 'all', head: `${repo.owner}:${role.headBranch}`, base: role.base });
  let open: number | null = null;
  for (const pr of prs.sort((a, b) => b.number - a.number)) {
    const marker = findMarker(pr.body, kind);
    const forVersion = kind === 'release-pr' ? marker?.attrs.version === tag.version : marker?.attrs.tag === tag.tag;
    if (!forVersion || (pr.state === 'closed' && !pr.merged)) continue;
    const ownership = await judgePullRequest(pr, kind, role, { repo, identity });
    if (ownership.verdict === 'foreign') {
      ignored.note(`${name}#${pr.number}`, `carries a \`${kind}\` marker for ${tag.tag}, but ${ownership.reason}: it does not make a release commit`);
      continue;
    }
    if (ownership.verdict === 'suite-moved') {
      ignored.note(`${name}#${pr.number}`, `is the suite's ${kind} pull request for ${tag.tag}, but ${ownership.reason}: it does not make a release commit`);
      continue;
    }
    if (pr.merged) {
      const pinned = kind === 'promotion' ? (ownership.marker?.attrs as { sha?: string } | undefined)?.sha : pr.mergeCommitSha;
      if (pinned) {
        const what = kind === 'release-pr' ? `the merge of its release pull request #${pr.number}` : `the commit its promotion pull request #${pr.number} pins`;
        return { sha: pinned, why: what };
      }
    } else open ??= pr.number;
  }
  const pull =
    kind === 'release-pr' ? `release pull request (${role.headBranch} → ${role.base})` : `release candidate pull request (${role.headBranch} → ${role.base})`;
  return {
    waitingFor:
      open !== null
        ? `its ${pull} #${open} for ${tag.tag} to be merged`
        : `its ${pull} for ${tag.tag} (promote-rc opens it) to be merged, or its commit in the input repo-shas (${name}=<sha>)`,
  };
}

/**
 * Releases one repository: gates first (reads only), then the writes, each only when it is not
 * already right, so a re-run converges and a run that stopped midway is completed by the next one.
 */
export async function releaseRepo(ctx: TrainContext, target: RepoTarget): Promise<RepoResult> {
  const { github, policy, tag, logger } = ctx;
  const run = new RepoRun(ctx, target);
  const result = run.result;
  const repo = target.repo;

  const refs = new Map((await github.listMatchingRefs(repo, `tags/${policy.tagPrefix}`)).map((r) => [r.ref.replace(/^refs\/tags\//, ''), r] as const));
  const existingRef = refs.get(tag.tag);
  const tagged = existingRef ? await github.peelRef(repo, existingRef) : null;

  let sha: string;
  if (target.from === 'release-pr') {
    const found = await releaseCommitOf(ctx, repo);
    if ('waitingFor' in found) {
      if (!tagged) {
        result.status = 'waiting';
        result.waitingFor = found.waitingFor;
        logger.info(`${run.name}: not tagged, waiting for ${found.waitingFor}`);
        return result;
      }
      // Tagged before (by hand, or by a run that stopped midway): the tag names the release commit; it is never moved.
      sha = tagged;
      result.commitFrom = `the existing tag ${tag.tag} (no merged release pull request of the suite names ${tag.version})`;
    } else {
      sha = found.sha;
      result.commitFrom = found.why;
    }
  } else if (target.from === 'given') {
    sha = target.sha!;
    result.commitFrom = target.why;
  } else {
    const head = await github.getBranchSha(repo, target.branch);
    if (!head) {
      await github.assertReachable(repo);
      throw new UserError('not-found', `Branch ${target.branch} was not found in ${run.name}; check branches.* in the policy file and the repos list.`);
    }
    sha = head;
    result.commitFrom = target.why;
  }
  result.sha = sha;

  if (tagged && tagged !== sha) {
    if (target.from !== 'branch-head') throw tagConflict(run.name, tag.tag, tagged, sha);
    // The branch head moved on since this repository was tagged: complete that release, never move the tag.
    const comparison = await github.compare(repo, tagged, sha);
    if (comparison.status !== 'ahead') throw tagConflict(run.name, tag.tag, tagged, sha);
    run.note(
      `${tag.tag} was already tagged at ${tagged.slice(0, 12)}; ${target.branch} has moved on to ${sha.slice(0, 12)}, so the release of ${tagged.slice(0, 12)} is completed`,
    );
    sha = tagged;
    result.sha = sha;
    result.commitFrom = `the existing tag ${tag.tag}`;
  }
  if (existingRef) result.tagAction = 'exists';

  let milestoneCache: Promise<Milestone[]> | undefined;
  const milestones = (): Promise<Milestone[]> => (milestoneCache ??= github.listMilestones(repo, 'all'));

  result.gates = await evaluateGates(run, sha, milestones);
  const failed = result.gates.filter((g) => !g.ok);
  if (failed.length > 0) {
    result.status = 'refused';
    result.error = failed.map((g) => g.detail).join(' ');
    // The job's one failure sentence names every repository not released; here the details go to its log group.
    logger.info(`${run.name}: not released: ${result.error}`);
    return result;
  }
  for (const g of result.gates) logger.info(`${run.name}: gate ${g.gate} passed: ${g.detail}`);

  if (!existingRef) await ensureTag(run, sha, result.gates.find((g) => g.gate === 'smoke')?.url);
  else run.plan.keep(`the tag ${tag.tag} is already at ${sha.slice(0, 12)}`);

  const all = releaseTags([...new Set([...refs.keys(), tag.tag])], policy.tagPrefix, policy.promotion.rcIdentifier);
  const previous = previousTagFor(tag, all);
  result.previousTag = previous?.tag ?? '';
  const makeLatest = shouldMakeLatest(tag, all);
  const releases = await github.listReleases(repo);
  const release = await ensureRelease(run, sha, previous, makeLatest, releases);
  result.releaseUrl = release && !release.draft ? release.htmlUrl : '';

  const major = await ensureMajorTag(run, sha, refs, all);
  result.majorTag = `${major.name}: ${major.action}`;
  result.milestone = await closeMilestone(run, milestones);
  result.docsIssue = await ensureDocsIssue(run, result.releaseUrl);
  result.releasedIn = await ensureReleasedIn(run, sha, previous, result.releaseUrl);

  const published = release?.publishedAt ? new Date(release.publishedAt) : ctx.clock();
  result.freezeUntil = freezeUntil(tag, published, policy.freeze.afterMajorDays) ?? '';
  result.status = result.actions.length === 0 ? 'unchanged' : run.plan.dryRun ? 'planned' : 'released';
  return result;
}
