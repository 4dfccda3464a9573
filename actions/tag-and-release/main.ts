// tag-and-release: the definition — its inputs, which release and which commit the event names, and the run over the train.
import type { ActionDefinition, ActionEnvironment, ActionOutcome } from '../../shared/entry.ts';
import { escapeHtml } from '../../shared/text.ts';
import { withFailureAlert, type AlertSubject } from '../../shared/alerts.ts';
import { loadRunPolicy, type LoadedPolicy, type Policy } from '../../shared/config.ts';
import { parseRepo, repoName, type RepoRef, type RunContext } from '../../shared/context.ts';
import { releaseTrain, sameRepo } from '../../shared/train.ts';
import { UserError, inputError, quote, reportedFailure } from '../../shared/errors.ts';
import { isSha } from '../../shared/git.ts';
import type { InputReader } from '../../shared/inputs.ts';
import { SuiteIdentity } from '../../shared/identity.ts';
import { IgnoredMarkers, suiteReleasePrMergedAt } from '../../shared/ownership.ts';
import { parseReleaseTag, type ReleaseTag } from '../../shared/versions.ts';
import { parseVersion } from './rules.ts';
import { emptyResult, releaseRepo, type RepoResult, type RepoTarget, type TrainContext } from './steps/release.ts';
import { failureSentence, summarize } from './render.ts';

export interface TagAndReleaseInputs {
  config?: string;
  configRef?: string;
  sha?: string;
  version?: string;
  repos: RepoRef[];
  /** Release commits given for other repositories of the train (instead of their release pull request). */
  repoShas: { repo: RepoRef; sha: string }[];
  smokeWorkflow?: string;
  requireMilestone: boolean;
  dryRun: boolean;
}

const WORKFLOW_FILE = /^[A-Za-z0-9._-]{1,200}$/;

export function parseInputs(reader: InputReader): TagAndReleaseInputs {
  const sha = reader.optional('sha')?.toLowerCase();
  if (sha !== undefined && !isSha(sha)) throw inputError('sha', `"${sha}" is not a full 40-character commit SHA.`);
  const smokeWorkflow = reader.optional('smoke-workflow');
  if (smokeWorkflow !== undefined && !WORKFLOW_FILE.test(smokeWorkflow)) {
    throw inputError('smoke-workflow', `"${smokeWorkflow}" is not a workflow file name such as native-install-smoke.yml.`);
  }
  return {
    config: reader.optional('config'),
    configRef: reader.optional('config-ref'),
    sha,
    version: reader.optional('version'),
    repos: reader.list('repos').map((r) => parseRepo(r, 'Input "repos"')),
    repoShas: reader.list('repo-shas').map(parseRepoSha),
    smokeWorkflow,
    requireMilestone: reader.boolean('require-milestone', false),
    dryRun: reader.boolean('dry-run', false),
  };
}

function parseRepoSha(item: string): { repo: RepoRef; sha: string } {
  const at = item.lastIndexOf('=');
  const sha = item
    .slice(at + 1)
    .trim()
    .toLowerCase();
  if (at <= 0 || !isSha(sha)) throw inputError('repo-shas', `"${item}" is not owner/name=<full 40-character commit SHA>.`);
  return { repo: parseRepo(item.slice(0, at), 'Input "repo-shas"'), sha };
}

interface Resolution {
  tag: ReleaseTag;
  /** SHA of the current repository from the event or the `sha` input, when known. */
  currentSha: string | null;
  fromInput: boolean;
  source: string;
  /** What named the SHA, for the on-branch refusal (default: input "sha"). */
  shaSource?: string;
}

/**
 * A pushed release tag (how a project releases itself: push vX.Y.Z on a green commit): the version
 * is the tag's, the commit is the one the tag names now, read through the API (the payload's
 * `after` is the tag object for an annotated tag), and it must be on the release branch.
 */
async function resolveTagPush(inputs: TagAndReleaseInputs, env: ActionEnvironment, policy: Policy, name: string): Promise<Resolution | { skip: string }> {
  const { context, github } = env;
  const tag = parseReleaseTag(name, policy.tagPrefix, policy.promotion.rcIdentifier);
  if (!tag)
    return {
      skip: `the pushed tag ${quote(name)} is not a release tag ${policy.tagPrefix}X.Y.Z or ${policy.tagPrefix}X.Y.Z-${policy.promotion.rcIdentifier}.N`,
    };
  if (inputs.version) {
    const asked = parseVersion(inputs.version, policy.tagPrefix, policy.promotion.rcIdentifier, 'Input "version"');
    if (asked.tag !== tag.tag) throw inputError('version', `is ${asked.tag}, but the pushed tag is ${tag.tag}; leave it empty on a tag push.`);
  }
  const ref = await github.getRef(context.repo, `tags/${tag.tag}`);
  if (!ref) return { skip: `the pushed tag ${tag.tag} no longer exists in ${repoName(context.repo)}` };
  const commit = await github.peelRef(context.repo, ref);
  if (inputs.sha && inputs.sha !== commit) {
    throw inputError('sha', `is ${inputs.sha.slice(0, 12)}, but the pushed tag ${tag.tag} names ${commit.slice(0, 12)}; leave it empty on a tag push.`);
  }
  return { tag, currentSha: commit, fromInput: true, source: `push of tag ${tag.tag}`, shaSource: `tag ${tag.tag}` };
}

/** Which version and which commit: the push to production (release PR marker), a pushed release tag, or the dispatch inputs. */
async function resolve(inputs: TagAndReleaseInputs, env: ActionEnvironment, policy: Policy, ignored: IgnoredMarkers): Promise<Resolution | { skip: string }> {
  const { context, github, logger } = env;
  const { production } = policy.branches;
  const rcId = policy.promotion.rcIdentifier;
  let currentSha: string | null = inputs.sha ?? null;
  let source = inputs.sha ? 'input "sha"' : '';
  const trigger = context.trigger;
  if (trigger.kind === 'push' && trigger.ref.startsWith('refs/tags/')) {
    return resolveTagPush(inputs, env, policy, trigger.ref.slice('refs/tags/'.length));
  }
  if (trigger.kind === 'push') {
    const ref = trigger.ref;
    if (ref !== `refs/heads/${production}`) {
      throw new UserError(
        'input',
        `tag-and-release runs on pushes to the production branch ${production} (branches.production) or of a release tag, but this push is to ${ref}; restrict the workflow's push trigger to ${production} or to tags.`,
      );
    }
    if (!currentSha) {
      const after = trigger.after;
      if (!isSha(after)) throw new UserError('input', `The push event carries no commit SHA ("${after}").`);
      currentSha = after;
      source = `push to ${production}`;
    }
  } else if (trigger.kind === 'workflow_run') {
    // Chained after the smoke workflow (on: workflow_run … completed): release what it just tested.
    const smokeRun = trigger.run;
    // A pull request's run (from a fork, with a head branch named like production) proves nothing
    // about production: only this repository's push, dispatch or schedule runs count.
    if (!['push', 'workflow_dispatch', 'schedule'].includes(smokeRun.event)) {
      return { skip: `the completed workflow run ${smokeRun.id ?? ''} was started by "${smokeRun.event || 'unknown'}", not by a push, dispatch or schedule` };
    }
    const headRepo = smokeRun.headRepository;
    if (headRepo.toLowerCase() !== repoName(context.repo).toLowerCase()) {
      return {
        skip: `the completed workflow run ${smokeRun.id ?? ''} tested ${headRepo ? quote(headRepo) : 'an unknown repository'}, not ${repoName(context.repo)}`,
      };
    }
    if (smokeRun.headBranch !== production) {
      return { skip: `the completed workflow run ${smokeRun.id ?? ''} tested ${smokeRun.headBranch ?? 'no branch'}, not the production branch ${production}` };
    }
    if (!currentSha) {
      if (!smokeRun.headSha || !isSha(smokeRun.headSha)) throw new UserError('input', 'The workflow_run event carries no head_sha.');
      currentSha = smokeRun.headSha;
      source = `workflow run ${smokeRun.id ?? ''} on ${production}`;
    }
  }
  if (inputs.version) {
    const tag = parseVersion(inputs.version, policy.tagPrefix, rcId, 'Input "version"');
    return { tag, currentSha, fromInput: Boolean(inputs.sha), source: source || 'branch head' };
  }
  const probe = currentSha ?? (await github.getBranchSha(context.repo, production));
  if (!probe) {
    await github.assertReachable(context.repo);
    throw new UserError('not-found', `Branch ${production} was not found in ${repoName(context.repo)}; check branches.production in the policy file.`);
  }
  const merged = await suiteReleasePrMergedAt(github, context.repo, probe, policy, { identity: new SuiteIdentity(github, policy.trustedLogins), ignored });
  const found = merged ? { version: merged.marker.attrs.version!, pr: merged.pr.number } : null;
  for (const s of ignored.sentences()) logger.warning(s, { title: 'Marker ignored' });
  if (!found) {
    const why = `${probe.slice(0, 12)} is not the merge of the suite's release pull request (opened by promote-rc)`;
    if (context.eventName === 'push' || context.eventName === 'workflow_run')
      return { skip: `${why}; nothing to release. Run it by hand with the version input to release this commit anyway.` };
    throw new UserError('input', `Input "version" is empty and ${why}: pass the version to release (for example 3.2.0).`);
  }
  logger.info(`Version ${found.version} from the release-pr marker of #${found.pr}.`);
  const tag = parseVersion(found.version, policy.tagPrefix, rcId, `The release-pr marker of #${found.pr}`);
  return { tag, currentSha: currentSha ?? probe, fromInput: Boolean(inputs.sha), source: `${source || `head of ${production}`}, release PR #${found.pr}` };
}

function failedResult(repo: RepoRef, tag: ReleaseTag, message: string): RepoResult {
  return { ...emptyResult(repo, tag), status: 'failed', error: message };
}

/** A release is tracked as one entry: the next release run that succeeds resolves it. */
const RELEASE_SUBJECT: AlertSubject = { kind: 'release', key: 'release', label: 'the release', priorFailurePossible: true };

export async function run(inputs: TagAndReleaseInputs, env: ActionEnvironment): Promise<ActionOutcome> {
  const loaded = await loadRunPolicy(env, inputs);
  return withFailureAlert(env, loaded.policy, RELEASE_SUBJECT, () => release(inputs, env, loaded));
}

async function release(inputs: TagAndReleaseInputs, env: ActionEnvironment, loaded: LoadedPolicy): Promise<{ outcome: ActionOutcome; succeeded: boolean }> {
  const { github, context, logger, clock } = env;
  const policy = loaded.policy;
  const ignored = new IgnoredMarkers();
  const resolution = await logger.group('Version and commit', () => resolve(inputs, env, policy, ignored));
  if ('skip' in resolution) {
    logger.notice(resolution.skip);
    const outcome = {
      outputs: { tag: '', version: '', sha: '', 'release-url': '', 'previous-tag': '', created: false, results: [], 'freeze-until': '', waiting: '' },
      summary: [`## 🏷️ tag-and-release`, '', `Nothing to release: ${escapeHtml(resolution.skip)}`, '', ...ignored.summary()].join('\n'),
    };
    return { outcome, succeeded: false };
  }
  const { tag } = resolution;
  const repos = releaseTrain(context.repo, inputs.repos, policy.repos);
  const branch = tag.rc === null ? policy.branches.production : policy.branches.staging;
  logger.info(`Releasing ${tag.tag} in ${repos.map(repoName).join(', ')} (${resolution.source}).`);

  const train: TrainContext = {
    github,
    logger,
    clock,
    policy,
    tag,
    plan: env.plan,
    smokeWorkflow: inputs.smokeWorkflow ?? policy.release.smokeWorkflow,
    requireMilestone: inputs.requireMilestone,
    identity: new SuiteIdentity(github, policy.trustedLogins),
    ignored,
  };
  for (const given of inputs.repoShas) {
    if (sameRepo(given.repo, context.repo))
      throw inputError('repo-shas', `names this repository (${repoName(context.repo)}); give its commit in the input sha.`);
    if (!repos.some((r) => sameRepo(r, given.repo))) throw inputError('repo-shas', `names ${repoName(given.repo)}, which is not among the repos to release.`);
  }
  const results: RepoResult[] = [];
  for (const repo of repos) {
    const current = sameRepo(repo, context.repo);
    const given = inputs.repoShas.find((g) => sameRepo(g.repo, repo));
    // This repository: the commit of the event or the input (else the branch head, dispatched by a person).
    // Every other repository: its own release commit for this version, never just its branch head.
    const target: RepoTarget = current
      ? resolution.currentSha
        ? {
            repo,
            sha: resolution.currentSha,
            from: 'given',
            why: resolution.source,
            branch,
            verifyOnBranch: resolution.fromInput,
            ...(resolution.shaSource ? { shaSource: resolution.shaSource } : {}),
          }
        : { repo, sha: null, from: 'branch-head', why: `the head of ${branch} (dispatched with a version and no sha)`, branch, verifyOnBranch: false }
      : given
        ? { repo, sha: given.sha, from: 'given', why: 'input repo-shas', branch, verifyOnBranch: true }
        : { repo, sha: null, from: 'release-pr', why: '', branch, verifyOnBranch: false };
    // One repository failing never stops the others; each is judged and reported on its own.
    const result = await logger
      .group(`${repoName(repo)}`, () => releaseRepo(train, target))
      .catch((error: unknown) => {
        const failed = failedResult(repo, tag, reportedFailure(error, logger));
        logger.info(`${repoName(repo)}: failed: ${failed.error}`);
        return failed;
      });
    results.push(result);
  }

  const primary = results.find((r) => sameRepo(parseRepo(r.repo), context.repo)) ?? results[0]!;
  const notReleased = results.filter((r) => r.status === 'refused' || r.status === 'failed');
  const waiting = results.filter((r) => r.status === 'waiting');
  // Waiting is not a failure: the repositories of a train merge their release pull requests at their own pace.
  for (const r of waiting)
    logger.warning(`${tag.tag} is not released in ${r.repo} yet: it waits for ${r.waitingFor}. A later run completes the train.`, {
      title: 'Release train waiting',
    });
  for (const s of ignored.sentences()) logger.debug(s);
  const outcome = {
    outputs: {
      tag: tag.tag,
      version: tag.version,
      sha: primary.sha,
      'release-url': primary.releaseUrl,
      'previous-tag': primary.previousTag,
      created: results.some((r) => r.created && !env.plan.dryRun),
      results: results.map((r) => ({
        repo: r.repo,
        sha: r.sha,
        tag: r.tag,
        status: r.status,
        'commit-from': r.commitFrom,
        ...(r.waitingFor ? { 'waiting-for': r.waitingFor } : {}),
        created: r.created && !env.plan.dryRun,
        'release-url': r.releaseUrl,
        'previous-tag': r.previousTag,
        'tag-action': r.tagAction,
        'release-action': r.releaseAction,
        'major-tag': r.majorTag,
        milestone: r.milestone,
        'docs-issue': r.docsIssue,
        'released-in': r.releasedIn,
        'freeze-until': r.freezeUntil,
        gates: r.gates.map((g) => ({ gate: g.gate, ok: g.ok, detail: g.detail })),
        ...(r.error ? { error: r.error } : {}),
      })),
      'freeze-until': primary.freezeUntil || (results.find((r) => r.freezeUntil)?.freezeUntil ?? ''),
      waiting: waiting.map((r) => r.repo).join(','),
    },
    summary: summarize(tag, results, loaded.source, env.plan.dryRun) + ignored.summary().join('\n'),
    failure: notReleased.length > 0 ? failureSentence(tag, results, notReleased) : undefined,
  };
  return { outcome, succeeded: notReleased.length === 0 && waiting.length === 0 };
}

export const tagAndRelease: ActionDefinition<TagAndReleaseInputs> = {
  name: 'tag-and-release',
  parseInputs: (reader: InputReader, _context: RunContext) => parseInputs(reader),
  isDryRun: (inputs) => inputs.dryRun,
  run,
};
