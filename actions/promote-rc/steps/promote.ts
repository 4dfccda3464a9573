import type { ActionEnvironment } from '../../../shared/entry.ts';
import type { Policy } from '../../../shared/config.ts';
import type { Bump } from '../../../shared/conventional.ts';
import { UserError, reportedFailure } from '../../../shared/errors.ts';
import { createAnnotatedTag } from '../../../shared/tags.ts';
import { type ComparisonWithFiles, type GitRef, type GitHub, type PullRequest } from '../../../shared/github/index.ts';
import { SuiteIdentity } from '../../../shared/identity.ts';
import { PAST_DUE_TITLE, isPastDue, pastDueSentence, renderMilestoneTitle } from '../../../shared/milestone.ts';
import { findMarker, type PullRequestMarkerKind } from '../../../shared/markers.ts';
import type { IgnoredMarkers } from '../../../shared/ownership.ts';
import { judgePullRequest, promotionRole, rcHeadBranch, releaseHeadBranch, suiteReleasePrMergedAt } from '../../../shared/ownership.ts';
import type { RepoRef } from '../../../shared/context.ts';
import { compareTags, formatTag, latestStable, parseReleaseTag, previousTagFor, releaseTags, type ReleaseTag } from '../../../shared/versions.ts';
import {
  RC_KIND,
  RELEASE_KIND,
  VALIDATION_CHECKLIST,
  rcTitle,
  releaseTitle,
  renderChecklistTemplate,
  renderRcBody,
  renderReleaseBody,
  short,
  type MilestoneLink,
} from '../render.ts';
import { bumpMessages, changesInRange, chooseRc, chooseVersion, contentVerdict, type ContentVerdict, type RangeChanges } from '../rules.ts';

export type Operation = 'created' | 'updated' | 'none';

export interface PromoteOptions {
  bump: Bump | 'auto';
  version: string | undefined;
  labels: string[];
  reviewers: string[];
  draft: boolean;
  gateContext: string;
  configRef: string | undefined;
  /** Markers ignored in this run (said once in the job summary). */
  ignored: IgnoredMarkers;
}

export interface PromotionResult {
  stage: 'rc' | 'release';
  operation: Operation;
  reason: string;
  pr: PullRequest | null;
  tag: string;
  version: string;
  previousTag: string;
  sha: string;
}

class Run {
  /** Whether this run planned or made a write (else everything was already right). */
  touched = false;
  readonly env: ActionEnvironment;
  readonly options: PromoteOptions;
  readonly repo: RepoRef;
  readonly github: GitHub;
  readonly policy: Policy;
  readonly identity: SuiteIdentity;
  constructor(env: ActionEnvironment, policy: Policy, options: PromoteOptions) {
    this.env = env;
    this.options = options;
    this.repo = env.context.repo;
    this.github = env.github;
    this.policy = policy;
    this.identity = new SuiteIdentity(env.github, policy.trustedLogins);
  }

  /** A write through the run's plan (skipped in a dry run), remembered for the outcome sentence. */
  async write<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
    this.touched = true;
    return this.env.plan.write(what, fn);
  }

  keep(what: string): void {
    this.env.plan.keep(what);
  }

  async branchSha(branch: string, role: string, key: string): Promise<string> {
    const sha = await this.github.getBranchSha(this.repo, branch);
    if (!sha) {
      await this.github.assertReachable(this.repo);
      throw new UserError(
        'not-found',
        `The ${role} branch "${branch}" (policy key branches.${key}) does not exist in ${this.repo.owner}/${this.repo.repo}: create it, or set branches.${key} in the policy file.`,
      );
    }
    return sha;
  }

  async tags(policy: Policy): Promise<{ parsed: ReleaseTag[]; refs: Map<string, GitRef> }> {
    const refs = await this.github.listMatchingRefs(this.repo, `tags/${policy.tagPrefix}`);
    const byName = new Map(refs.map((r) => [r.ref.replace(/^refs\/tags\//, ''), r]));
    return { parsed: releaseTags([...byName.keys()], policy.tagPrefix, policy.promotion.rcIdentifier), refs: byName };
  }

  /** The commit a tag names, peeling an annotated tag (one request) only when needed. */
  async peel(ref: GitRef | undefined): Promise<string | null> {
    return ref ? this.github.peelRef(this.repo, ref) : null;
  }

  /**
   * The range of changes on `head`'s line since the stable release `release`, and the tag it starts
   * from. When the release tag is an ancestor of `head` (release pull request merged with a merge
   * commit), that is the tag itself. After a SQUASH-merged release pull request the tag names a commit
   * only production has: ancestry would count every released change again. Then the release's own
   * record says where it stands: the suite's release pull request merged at the tag's commit (judged
   * by identity, never by its marker alone) names in its marker the release candidate it released,
   * and that RC tag is on the development line.
   */
  async rangeSinceRelease(release: ReleaseTag, refs: Map<string, GitRef>, head: string): Promise<{ range: ComparisonWithFiles; from: string }> {
    const range = await this.github.compareWithFiles(this.repo, release.tag, head);
    if (range.status === 'ahead' || range.status === 'identical') return { range, from: release.tag };
    const tagged = await this.peel(refs.get(release.tag));
    const merged = tagged
      ? await suiteReleasePrMergedAt(this.github, this.repo, tagged, this.policy, { identity: this.identity, ignored: this.options.ignored })
      : null;
    const rcTag = merged?.marker.attrs.rc;
    const rcSha = rcTag ? await this.peel(refs.get(rcTag)) : null;
    if (!merged || !rcTag || !rcSha) {
      this.env.logger.warning(
        `${release.tag} is not an ancestor of ${short(head)} and is not the merge of the suite's release pull request naming its release candidate: the changes since ${release.tag} are counted from the common ancestor, and may include released ones. Pass the version explicitly if the bump is wrong.`,
        { title: 'Release base by ancestry' },
      );
      return { range, from: release.tag };
    }
    const fromRc = await this.github.compareWithFiles(this.repo, rcSha, head);
    if (fromRc.status !== 'ahead' && fromRc.status !== 'identical') {
      this.env.logger.warning(
        `${rcTag} (released as ${release.tag} by #${merged.pr.number}) is not an ancestor of ${short(head)} either: counting from the common ancestor.`,
      );
      return { range, from: release.tag };
    }
    this.env.logger.info(
      `${release.tag} was released by the squash-merged release pull request #${merged.pr.number}: changes are counted from ${rcTag}, the release candidate it released.`,
    );
    return { range: fromRc, from: rcTag };
  }

  /** Whether every change of `head` is already on `base` (squash-safe). */
  async contentOn(
    base: { name: string; sha: string },
    head: { name: string; sha: string },
  ): Promise<{ verdict: ContentVerdict; headSide: ComparisonWithFiles }> {
    const headSide = await this.github.compareWithFiles(this.repo, base.sha, head.sha, 'first-page');
    let baseSide: ComparisonWithFiles | null = null;
    if (headSide.aheadBy > 0 && headSide.behindBy > 0 && headSide.files.length > 0) {
      baseSide = await this.github.compareWithFiles(this.repo, head.sha, base.sha, 'first-page');
    }
    return { verdict: contentVerdict(headSide, baseSide, { base: base.name, head: head.name }), headSide };
  }

  async pullsSince(branches: string[], since: string | null): Promise<PullRequest[]> {
    const date = since ? new Date(Date.parse(since) - 60_000) : new Date(0);
    const out: PullRequest[] = [];
    for (const b of branches) out.push(...(await this.github.listClosedPullRequestsSince(this.repo, b, date)));
    return out;
  }

  /** The release's milestone, and whether it is open past its due date as of `now` (warned about, never blocking). */
  async milestone(policy: Policy, version: string, now: Date): Promise<MilestoneLink> {
    const title = renderMilestoneTitle(policy.milestone.title, version, policy.tagPrefix);
    const all = await this.github.listMilestones(this.repo, 'all');
    const milestone = all.find((m) => m.title === title) ?? null;
    const pastDue = isPastDue(milestone, now);
    if (pastDue) this.env.logger.warning(pastDueSentence(title, milestone?.dueOn ?? null), { title: PAST_DUE_TITLE });
    return { title, milestone, pastDue };
  }

  /**
   * The single managed PR of `kind`: one the suite opened from its fixed head branch into the role's
   * base (judgePullRequest). A pull request that only carries the marker is a person's: never adopted.
   * One someone pushed onto is still the suite's: the head branch is pinned again below.
   */
  async findManaged(kind: 'promotion' | 'release-pr'): Promise<PullRequest | null> {
    const role = promotionRole(kind, this.policy);
    const open = await this.github.listPullRequests(this.repo, { state: 'open', base: role.base });
    const mine: PullRequest[] = [];
    for (const p of open.sort((a, b) => a.number - b.number)) {
      if (p.headRef !== role.headBranch && findMarker(p.body, kind) === undefined) continue;
      const ownership = await judgePullRequest(p, kind, role, { repo: this.repo, identity: this.identity });
      if (ownership.verdict !== 'foreign') mine.push(p);
      else this.options.ignored.notePull(p, kind, ownership);
    }
    const base = role.base;
    if (mine.length > 1) {
      this.env.logger.warning(
        `Several open pull requests into ${base} are managed by promote-rc (${mine.map((p) => `#${p.number}`).join(', ')}); updating #${mine[0]!.number}. Close the others.`,
      );
    }
    return mine[0] ?? null;
  }

  /** Points the suite's head branch at exactly `sha` (created, or force-moved: it is never shared work). */
  async pinHead(branch: string, sha: string): Promise<void> {
    const current = await this.github.getBranchSha(this.repo, branch);
    if (current === sha) return this.keep(`head branch ${branch} is already at ${short(sha)}`);
    if (current === null)
      await this.write(`create head branch ${branch} at ${short(sha)}`, () => this.github.createRef(this.repo, `refs/heads/${branch}`, sha));
    else
      await this.write(`move head branch ${branch} from ${short(current)} to ${short(sha)}`, () =>
        this.github.updateRef(this.repo, `heads/${branch}`, sha, true),
      );
  }

  /**
   * Creates or updates the managed PR. The description is rewritten only when what it describes
   * changed (`same` false), so ticks people made in it survive re-runs.
   */
  async upsertPull(
    existing: PullRequest | null,
    want: { title: string; body: string; head: string; base: string },
    same: boolean,
  ): Promise<{ pr: PullRequest | null; operation: Operation }> {
    const { github, repo, options } = this;
    if (!existing) {
      const created = await this.write(`open pull request "${want.title}" (${want.head} → ${want.base})${options.draft ? ' as a draft' : ''}`, () =>
        github.createPullRequest(repo, { ...want, draft: options.draft }),
      );
      // The same steps in a dry run (nothing is created, so they name "the new pull request"): the plan of a
      // dry run is the plan of the run. Their writes only ever run after the pull request was created.
      const number = (): number => created!.number;
      if (options.labels.length)
        await this.write(`label the new pull request ${options.labels.join(', ')}`, () => github.addLabels(repo, number(), options.labels));
      const { users, teams } = splitReviewers(options.reviewers);
      if (users.length || teams.length) {
        // A reviewer who cannot be requested (not a collaborator) must not fail a promotion that is already made.
        await this.write(`request reviews on the new pull request from ${options.reviewers.join(', ')}`, () =>
          github.requestReviewers(repo, number(), users, teams).catch((error: unknown) => {
            this.env.logger.warning(`Could not request reviews on #${number()}: ${reportedFailure(error, this.env.logger)}`);
          }),
        );
      }
      return { pr: created ?? null, operation: 'created' };
    }
    let operation: Operation = 'none';
    const changes: { title?: string; body?: string } = {};
    if (existing.title !== want.title) changes.title = want.title;
    if (!same && existing.body.trim() !== want.body.trim()) changes.body = want.body;
    let pr = existing;
    if (Object.keys(changes).length) {
      pr =
        (await this.write(`update pull request #${existing.number} (${Object.keys(changes).join(' and ')})`, () =>
          github.updatePullRequest(repo, existing.number, changes),
        )) ?? pr;
      operation = 'updated';
    } else this.keep(`the title and description of pull request #${existing.number} are already right`);
    const missingLabels = options.labels.filter((l) => !existing.labels.some((x) => x.toLowerCase() === l.toLowerCase()));
    if (missingLabels.length) {
      await this.write(`label #${existing.number} ${missingLabels.join(', ')}`, () => github.addLabels(repo, existing.number, missingLabels));
      operation = 'updated';
    }
    return { pr, operation };
  }
}

/**
 * The validation checklist of a release: the policy's checklist file, read from the default branch
 * (or `config-ref`) so a pull request cannot change it, else the built-in one. The release PR's body
 * gets it, and the gate judges the body against it.
 */
export async function readChecklist(
  env: ActionEnvironment,
  policy: Policy,
  configRef: string | undefined,
  values: { tag: string; version: string; rc: string },
): Promise<{ text: string; source: string }> {
  const ref = configRef || env.context.defaultBranch;
  const path = policy.promotion.checklist;
  const template = path ? await env.github.getFileContent(env.context.repo, path, ref) : null;
  const source =
    template !== null ? `${path} (${ref ?? 'default branch'})` : `the built-in ValidationSOP checklist${path ? ` (no ${path} in the repository)` : ''}`;
  env.logger.info(`Checklist: ${source}`);
  const text = template !== null ? renderChecklistTemplate(template, values) : VALIDATION_CHECKLIST.join('\n');
  return { text, source };
}

/** In a dry run the outcome sentence describes the plan. */
function planned(dryRun: boolean, sentence: string): string {
  return dryRun ? `Dry run, nothing written. Plan: ${sentence}` : sentence;
}

function splitReviewers(reviewers: string[]): { users: string[]; teams: string[] } {
  const users = reviewers.filter((r) => !r.includes('/'));
  const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.split('/').pop()!);
  return { users, teams };
}

/** Creates the annotated tag on `sha`; an existing tag on the same commit is fine, on another one it is refused. */
async function createTag(run: Run, tag: string, sha: string, message: string): Promise<void> {
  await run.write(`create annotated tag ${tag} on ${short(sha)}`, async () => {
    const created = await createAnnotatedTag(run.github, run.repo, tag, sha, message);
    if (created.outcome === 'elsewhere') {
      throw new UserError(
        'conflict',
        `Tag ${tag} already exists on ${short(created.commit)}, not on ${short(sha)}: release tags are never moved. Re-run to take the next release candidate number.`,
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------
// stage: rc — dev → stg
// ---------------------------------------------------------------------------------------------

export async function promoteRc(env: ActionEnvironment, policy: Policy, options: PromoteOptions): Promise<PromotionResult> {
  const run = new Run(env, policy, options);
  const { logger } = env;
  const { development, staging } = policy.branches;
  const prefix = policy.tagPrefix;
  const rcId = policy.promotion.rcIdentifier;
  const headBranch = rcHeadBranch(policy);

  const { devSha, stgSha, tags } = await logger.group('Branches and tags', async () => {
    const devSha = await run.branchSha(development, 'development', 'development');
    const stgSha = await run.branchSha(staging, 'staging', 'staging');
    const tags = await run.tags(policy);
    logger.info(`${development} @ ${short(devSha)}, ${staging} @ ${short(stgSha)}, ${tags.parsed.length} release tag(s).`);
    return { devSha, stgSha, tags };
  });

  const content = await logger.group(`Is there anything to promote from ${development} to ${staging}?`, async () => {
    const c = await run.contentOn({ name: staging, sha: stgSha }, { name: development, sha: devSha });
    logger.info(c.verdict.reason);
    return c;
  });
  const latest = latestStable(tags.parsed);
  if (content.verdict.present) {
    return {
      stage: 'rc',
      operation: 'none',
      reason: `Nothing to promote: ${content.verdict.reason}`,
      pr: null,
      tag: '',
      version: '',
      previousTag: latest?.tag ?? '',
      sha: devSha,
    };
  }

  const plan = await logger.group('Version', async () => {
    // Range that decides the bump: everything on dev since the latest stable release.
    const since = latest ? (await run.rangeSinceRelease(latest, tags.refs, devSha)).range : await env.github.compareWithFiles(run.repo, stgSha, devSha);
    const pulls = await run.pullsSince([development], since.mergeBaseDate);
    const sinceStable = changesInRange(since.commits, pulls);
    const choice = chooseVersion({ latest, explicit: options.version, bump: options.bump, messages: bumpMessages(sinceStable, since.commits), prefix });
    const stableTag = formatTag(prefix, choice.version);
    if (tags.refs.has(stableTag)) {
      throw new UserError('conflict', `Tag ${stableTag} already exists: version ${choice.version} is released. Choose a higher version.`);
    }
    const highest = tags.parsed.filter((t) => t.base === choice.version && t.rc !== null).sort((a, b) => compareTags(b, a))[0];
    const highestTarget = highest ? await run.peel(tags.refs.get(highest.tag)) : null;
    const rc = chooseRc(tags.parsed, choice.version, prefix, rcId, highestTarget, devSha);
    if (!rc.reused && tags.refs.has(rc.tag)) throw new UserError('conflict', `Tag ${rc.tag} already exists; release tags are never moved.`);
    const thisTag = parseReleaseTag(rc.tag, prefix, rcId)!;
    const previous = previousTagFor(thisTag, tags.parsed);
    let changes: RangeChanges = sinceStable;
    if (previous && previous.tag !== latest?.tag) {
      const range = await env.github.compareWithFiles(run.repo, previous.tag, devSha);
      changes = changesInRange(range.commits, pulls);
    }
    logger.info(
      `Version ${choice.version} (${choice.reason}); ${rc.reused ? `reusing ${rc.tag}, which already names ${short(devSha)}` : `new tag ${rc.tag}`}.`,
    );
    return { choice, rc, previous, changes };
  });

  const { choice, rc, previous, changes } = plan;
  const milestone = await run.milestone(policy, choice.version, env.clock());
  const existing = await run.findManaged(RC_KIND);
  const body = renderRcBody({
    tag: rc.tag,
    version: choice.version,
    sha: devSha,
    development,
    staging,
    headBranch,
    previousTag: previous?.tag ?? null,
    changes,
    milestone,
    serverUrl: env.context.serverUrl,
    repository: `${run.repo.owner}/${run.repo.repo}`,
  });

  const result = await logger.group(env.plan.dryRun ? 'Plan (dry run: nothing is written)' : 'Promote', async () => {
    if (rc.reused) run.keep(`tag ${rc.tag} is already on ${short(devSha)}`);
    else await createTag(run, rc.tag, devSha, `Release candidate ${rc.tag}\n\nPromoted from ${development} to ${staging} by portal-release promote-rc.`);
    await run.pinHead(headBranch, devSha);
    const marker = existing ? findMarker(existing.body, RC_KIND) : undefined;
    const same = marker?.attrs.tag === rc.tag && marker.attrs.sha === devSha;
    return run.upsertPull(existing, { title: rcTitle(rc.tag), body, head: headBranch, base: staging }, same);
  });
  const wrote = run.touched;
  return {
    stage: 'rc',
    operation: existing ? (wrote ? 'updated' : 'none') : 'created',
    reason: planned(
      env.plan.dryRun,
      existing
        ? wrote
          ? `Release candidate ${rc.tag} promoted: pull request #${existing.number} updated.`
          : `Release candidate ${rc.tag} is already promoted in #${existing.number}; nothing changed.`
        : `Release candidate ${rc.tag} promoted${result.pr ? ` in #${result.pr.number}` : ''}.`,
    ),
    pr: result.pr ?? existing,
    tag: rc.tag,
    version: choice.version,
    previousTag: previous?.tag ?? '',
    sha: devSha,
  };
}

// ---------------------------------------------------------------------------------------------
// stage: release — stg → main
// ---------------------------------------------------------------------------------------------

/** How many RC tags (newest first) are tried when looking for the one on staging. */
const RC_CANDIDATES = 5;

export async function promoteRelease(env: ActionEnvironment, policy: Policy, options: PromoteOptions): Promise<PromotionResult> {
  const run = new Run(env, policy, options);
  const { logger } = env;
  const { development, staging, production } = policy.branches;
  const prefix = policy.tagPrefix;
  const headBranch = releaseHeadBranch(policy);

  const { stgSha, mainSha, tags } = await logger.group('Branches and tags', async () => {
    const stgSha = await run.branchSha(staging, 'staging', 'staging');
    const mainSha = await run.branchSha(production, 'production', 'production');
    const tags = await run.tags(policy);
    logger.info(`${staging} @ ${short(stgSha)}, ${production} @ ${short(mainSha)}, ${tags.parsed.length} release tag(s).`);
    return { stgSha, mainSha, tags };
  });

  const content = await logger.group(`Is there anything to release from ${staging} to ${production}?`, async () => {
    const c = await run.contentOn({ name: production, sha: mainSha }, { name: staging, sha: stgSha });
    logger.info(c.verdict.reason);
    return c;
  });
  if (content.verdict.present) {
    return {
      stage: 'release',
      operation: 'none',
      reason: `Nothing to release: ${content.verdict.reason}`,
      pr: null,
      tag: '',
      version: '',
      previousTag: latestStable(tags.parsed)?.tag ?? '',
      sha: stgSha,
    };
  }

  const candidate = await logger.group('Release candidate on staging', async () => {
    const rcs = tags.parsed.filter((t) => t.rc !== null).slice(0, RC_CANDIDATES);
    for (const rc of rcs) {
      const target = await run.peel(tags.refs.get(rc.tag));
      if (!target) continue;
      const onStaging = await run.contentOn({ name: staging, sha: stgSha }, { name: rc.tag, sha: target });
      logger.info(`${rc.tag} (${short(target)}): ${onStaging.verdict.reason}`);
      if (onStaging.verdict.present) return { rc, target };
    }
    throw new UserError(
      'state',
      `No release candidate is on ${staging}${rcs.length ? ` (checked ${rcs.map((t) => t.tag).join(', ')})` : ''}: promote one with stage: rc, run UAT, merge its pull request, then run stage: release.`,
    );
  });

  const version = candidate.rc.base;
  const tag = formatTag(prefix, version);
  if (tags.refs.has(tag)) {
    throw new UserError(
      'conflict',
      `Tag ${tag} already exists, yet ${staging} holds changes that ${production} lacks: promote a new release candidate (stage: rc) for them instead of releasing ${tag} again.`,
    );
  }
  const previous = latestStable(tags.parsed.filter((t) => compareTags(t, candidate.rc) < 0));

  const { changes, candidates } = await logger.group('Changes since the last release', async () => {
    const range = previous
      ? (await run.rangeSinceRelease(previous, tags.refs, candidate.target)).range
      : await env.github.compareWithFiles(run.repo, mainSha, candidate.target);
    const pulls = await run.pullsSince([development, staging], range.mergeBaseDate);
    const changes = changesInRange(
      range.commits,
      pulls.filter((p) => p.baseRef === development),
    );
    // Release candidate pull requests of this version: only the ones promote-rc opened.
    const candidates: { number: number; title: string }[] = [];
    for (const p of pulls.filter((x) => x.baseRef === staging && x.merged && findMarker(x.body, RC_KIND, { version })).sort((a, b) => a.number - b.number)) {
      const ownership = await judgePullRequest(p, RC_KIND, promotionRole(RC_KIND, policy), { repo: run.repo, identity: run.identity });
      if (ownership.verdict === 'suite') candidates.push({ number: p.number, title: p.title });
      else run.options.ignored.notePull(p, RC_KIND as PullRequestMarkerKind, ownership);
    }
    logger.info(`${changes.pulls.length} pull request(s), ${candidates.length} release candidate pull request(s).`);
    return { changes, candidates };
  });

  const checklist = await logger.group('Validation checklist', () => readChecklist(env, policy, options.configRef, { tag, version, rc: candidate.rc.tag }));

  const milestone = await run.milestone(policy, version, env.clock());
  const existing = await run.findManaged(RELEASE_KIND);
  const body = renderReleaseBody({
    tag,
    version,
    rcTag: candidate.rc.tag,
    sha: stgSha,
    staging,
    production,
    headBranch,
    previousTag: previous?.tag ?? null,
    changes,
    candidates,
    milestone,
    checklist: checklist.text,
    checklistSource: checklist.source,
    requiredApprovals: policy.promotion.requiredApprovals,
    gateContext: options.gateContext,
  });

  const result = await logger.group(env.plan.dryRun ? 'Plan (dry run: nothing is written)' : 'Open the release pull request', async () => {
    await run.pinHead(headBranch, stgSha);
    const marker = existing ? findMarker(existing.body, RELEASE_KIND) : undefined;
    const same = marker?.attrs.tag === tag && marker.attrs.sha === stgSha;
    return run.upsertPull(existing, { title: releaseTitle(tag), body, head: headBranch, base: production }, same);
  });
  const wrote = run.touched;
  return {
    stage: 'release',
    operation: existing ? (wrote ? 'updated' : 'none') : 'created',
    reason: planned(
      env.plan.dryRun,
      existing
        ? wrote
          ? `Release pull request #${existing.number} updated for ${tag} (${candidate.rc.tag}).`
          : `Release pull request #${existing.number} for ${tag} is already up to date.`
        : `Release pull request for ${tag} (${candidate.rc.tag}) opened${result.pr ? `: #${result.pr.number}` : ''}.`,
    ),
    pr: result.pr ?? existing,
    tag,
    version,
    previousTag: previous?.tag ?? '',
    sha: stgSha,
  };
}
