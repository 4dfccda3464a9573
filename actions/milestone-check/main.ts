// milestone-check: the definition — its inputs, and one check of the release milestone across the train.
import type { ActionDefinition, ActionEnvironment, ActionOutcome } from '../../shared/entry.ts';
import { escapeHtml } from '../../shared/text.ts';
import { loadRunPolicy } from '../../shared/config.ts';
import { parseRepo, repoName, type RepoRef, type RunContext } from '../../shared/context.ts';
import { releaseTrain } from '../../shared/train.ts';
import { inputError } from '../../shared/errors.ts';
import type { InputReader } from '../../shared/inputs.ts';
import { setCommitStatus } from '../../shared/statuses.ts';
import { parseStableVersion } from '../../shared/versions.ts';
import { IgnoredMarkers } from '../../shared/ownership.ts';
import { renderReport, type MissingChange, type RepoReport } from './render.ts';
import { PAST_DUE_TITLE, pastDueSentence, renderMilestoneTitle, type Blocker } from '../../shared/milestone.ts';
import type { CheckDeps } from './steps/check.ts';
import { checkRepo, findSubject, postReport } from './steps/check.ts';
import { defaultTargetBranch } from './rules.ts';

export interface MilestoneCheckInputs {
  config?: string;
  configRef?: string;
  milestone?: string;
  version?: string;
  repos: RepoRef[];
  targetBranch?: string;
  createMissing: boolean;
  failOnBlockers: boolean;
  commentOn?: number;
  pullRequest?: number;
  statusContext?: string;
  dryRun: boolean;
}

export function parseInputs(reader: InputReader): MilestoneCheckInputs {
  const repos = reader.list('repos').map((r) => parseRepo(r, 'Input "repos"'));
  const milestone = reader.optional('milestone');
  if (milestone && milestone.length > 255) throw inputError('milestone', 'is longer than 255 characters.');
  return {
    config: reader.optional('config'),
    configRef: reader.optional('config-ref'),
    milestone,
    version: reader.optional('version'),
    repos,
    targetBranch: reader.optional('target-branch'),
    createMissing: reader.boolean('create-missing', false),
    failOnBlockers: reader.boolean('fail-on-blockers', true),
    commentOn: reader.integer('comment-on', { min: 1 }),
    pullRequest: reader.integer('pull-request', { min: 1 }),
    statusContext: parseStatusContext(reader.optional('status-context')),
    dryRun: reader.boolean('dry-run', false),
  };
}

function parseStatusContext(value: string | undefined): string | undefined {
  if (value !== undefined && value.length > 255) throw inputError('status-context', 'is longer than 255 characters.');
  return value;
}

/** The milestone status on every pull request into production that is not the release pull request. */
export const NOT_A_RELEASE_PR = 'Not a release pull request: no release milestone to check.';

export async function run(inputs: MilestoneCheckInputs, env: ActionEnvironment): Promise<ActionOutcome> {
  const { github, context, logger } = env;
  const loaded = await loadRunPolicy(env, inputs);
  const policy = loaded.policy;
  const subject = await findSubject(inputs, env, policy);
  const nothing = (reason: string): ActionOutcome => {
    logger.notice(reason);
    return {
      outputs: { ready: '', blockers: [], missing: [], summary: '', 'pull-request': subject?.pr.number ?? '' },
      summary: `## milestone-check\n\n${escapeHtml(reason)}\n`,
    };
  };
  if (inputs.statusContext && !subject) return nothing(`No open release pull request into ${policy.branches.production}: no milestone status to report.`);
  if (subject && !subject.release && inputs.statusContext) {
    // The milestone status is a required check of production: every other pull request into it
    // (a hotfix) must get it too, or it could never merge.
    if (subject.pr.state === 'open') {
      await setCommitStatus(
        github,
        context.repo,
        subject.pr.headSha,
        { state: 'success', context: inputs.statusContext, description: NOT_A_RELEASE_PR, targetUrl: context.runUrl },
        { plan: env.plan },
      );
    }
    return nothing(`#${subject.pr.number} is not the release pull request: ${NOT_A_RELEASE_PR}`);
  }
  const markerVersion = subject?.release?.attrs.version;
  const version = inputs.version
    ? parseStableVersion(inputs.version, policy.tagPrefix)
    : markerVersion
      ? parseStableVersion(markerVersion, policy.tagPrefix)
      : undefined;
  const title = inputs.milestone ?? renderMilestoneTitle(policy.milestone.title, version, policy.tagPrefix);
  const repos = releaseTrain(context.repo, inputs.repos, policy.repos);
  // The release pull request's changes must be on staging, whatever event started the run.
  const targetBranch = inputs.targetBranch ?? (subject?.release ? policy.branches.staging : defaultTargetBranch(policy, context));
  const d: CheckDeps = { inputs, env, policy, title, targetBranch, ignored: new IgnoredMarkers() };
  logger.info(`Milestone "${title}" in ${repos.map(repoName).join(', ')}; changes must be on "${d.targetBranch}".`);
  const reports: RepoReport[] = [];
  for (const repo of repos) reports.push(await logger.group(repoName(repo), () => checkRepo(d, repo)));
  const blockers: Blocker[] = reports.flatMap((r) => r.blockers);
  const missing: MissingChange[] = reports.flatMap((r) => r.missing);
  const ready = blockers.length === 0 && missing.length === 0;
  const report = renderReport(title, reports, ready, { dryRun: env.plan.dryRun });
  const commentOn = inputs.commentOn ?? (subject?.release ? subject.pr.number : undefined);
  let comment = '';
  if (commentOn) comment = await logger.group(`Report on #${commentOn}`, () => postReport(d, commentOn, report));
  let status = '';
  if (inputs.statusContext && subject?.release && subject.pr.state === 'open') {
    const description = ready
      ? `Milestone "${title}" complete; every merged change is on ${targetBranch}.`
      : `${blockers.length} blocker(s), ${missing.length} merged change(s) missing from ${targetBranch}.`;
    const set = await setCommitStatus(
      github,
      context.repo,
      subject.pr.headSha,
      { state: ready ? 'success' : 'failure', context: inputs.statusContext, description, targetUrl: context.runUrl },
      { plan: env.plan },
    );
    status = `status "${inputs.statusContext}" on #${subject.pr.number}: ${set.outcome}`;
  }
  const createdIn = reports.filter((r) => r.milestone.status === 'created').map((r) => r.repo);
  const pastDue = reports.filter((r) => r.milestone.pastDue);
  for (const r of pastDue) logger.warning(`${r.repo}: ${pastDueSentence(title, r.milestone.dueOn)}`, { title: PAST_DUE_TITLE });
  for (const sentence of d.ignored.sentences()) logger.warning(sentence, { title: 'Marker ignored' });
  const summary = `${report}${d.ignored.size ? `\n${d.ignored.summary().join('\n')}` : ''}\n<sub>Policy: ${escapeHtml(loaded.source)} · ${github.requestCount} API request(s)${createdIn.length ? ` · milestone created in ${createdIn.join(', ')}` : ''}${comment ? ` · comment on #${commentOn}: ${comment}` : ''}${status ? ` · ${escapeHtml(status)}` : ''}</sub>\n`;
  return {
    outputs: {
      ready,
      blockers: blockers.map((b) => ({ repo: b.repo, number: b.number, title: b.title, url: b.url, reason: b.reason })),
      missing: missing.map((m) => ({
        repo: m.repo,
        number: m.number,
        title: m.title,
        url: m.url,
        commits: m.commits,
        command: m.command,
        reason: m.reason,
        ...(m.issues ? { issues: m.issues } : {}),
      })),
      placed: reports.flatMap((r) => r.placed),
      'closed-without-change': reports.flatMap((r) => r.unlinked),
      'past-due': pastDue.map((r) => ({ repo: r.repo, milestone: r.milestone.url, 'due-on': r.milestone.dueOn })),
      summary: report,
      'pull-request': subject?.pr.number ?? '',
    },
    summary,
    failure:
      !ready && inputs.failOnBlockers
        ? `Release milestone "${title}" is not ready: ${blockers.length} blocker(s) and ${missing.length} merged change(s) missing from "${d.targetBranch}" (see the job summary for the cherry-pick commands).`
        : undefined,
  };
}

export const milestoneCheck: ActionDefinition<MilestoneCheckInputs> = {
  name: 'milestone-check',
  parseInputs: (reader: InputReader, _context: RunContext) => parseInputs(reader),
  isDryRun: (inputs) => inputs.dryRun,
  run,
};
