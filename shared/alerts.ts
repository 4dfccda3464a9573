import type { Policy } from './config.ts';
import { repoName } from './context.ts';
import type { ActionEnvironment, ActionOutcome } from './entry.ts';
import { isUserError, reportedFailure } from './errors.ts';
import { GitHubError, type Issue } from './github/index.ts';
import { SuiteIdentity } from './identity.ts';
import { findMarker, parseMarkers, renderMarker } from './markers.ts';
import { IgnoredMarkers } from './ownership.ts';
import { boundBody, boundTitle, escapeHtml, inline } from './text.ts';

/**
 * Failure alerts outside the pull request (decision record "failure alerts"): when a backport or
 * merge-back, a release or a promotion fails after its pull request was merged (or on a dispatch or
 * schedule run), the suite keeps ONE tracking issue per failure kind per repository. It lists the open
 * failures (one entry per failing thing: a backported pull request, the release, a promotion stage),
 * gets a comment per new failure, and is closed with a comment once every listed failure succeeded.
 *
 * - Found by its label (one request: `GET /issues?labels=…&state=open`), owned by identity: its
 *   `failure-alert` marker AND its author being the suite. Anyone else's issue with the same marker is
 *   never edited or closed; nobody's comments are ever touched.
 * - Idempotent: an entry records the workflow run that last saw it fail, so a re-run of the same run
 *   adds nothing; the body is written before the comment, so a comment whose answer was lost is not
 *   posted again.
 * - Concurrent runs that each opened an issue converge: the oldest of the suite's open issues of a
 *   kind is kept, the others' entries move into it and they are closed as duplicates.
 * - Secondary to the action: a token without `issues: write` (or any failure here) is a warning; the
 *   action's own result is never changed by its alert.
 */

export const FAILURE_KINDS = ['backport', 'release', 'promotion'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** What happened to the tracking issue (in a dry run: what would happen). */
export type AlertAction = 'opened' | 'updated' | 'unchanged' | 'closed' | 'none';

/** The thing whose failure is tracked: one entry of its kind's issue. */
export interface AlertSubject {
  kind: FailureKind;
  /** Stable key of the entry (restricted characters): `pr-12`, `release`, `rc`. */
  key: string;
  /** How people read it: "#12", "the release", "the release candidate". */
  label: string;
  /**
   * False when no earlier run can have recorded a failure of this key (the first run on a pull
   * request's merge): a success then sends no request at all.
   */
  priorFailurePossible: boolean;
}

export interface AlertResult {
  alert: AlertAction;
  url: string;
  failureKind: FailureKind | '';
  failureSummary: string;
  /** One sentence for the log and the job summary (empty when nothing was looked at). */
  note: string;
}

const TITLES: Record<FailureKind, string> = {
  backport: 'Backports failing after merge',
  release: 'Release failing',
  promotion: 'Promotion failing',
};

const WHAT: Record<FailureKind, string> = {
  backport: 'a backport or merge-back (backport-cherry-pick) failed after its pull request was merged',
  release: 'a release (tag-and-release) failed',
  promotion: 'a promotion (promote-rc) failed',
};

const CLOSES: Record<FailureKind, string> = {
  backport: 'once the backports of every pull request listed below succeed (a re-run, `/backport`, or a label)',
  release: 'once a release run succeeds',
  promotion: 'once each promotion stage listed below succeeds',
};

/** The outputs every chat step can use, on the three actions that alert. */
export function alertOutputs(result: AlertResult): Record<string, string> {
  return {
    alert: result.alert,
    'alert-url': result.url,
    'failure-kind': result.failureKind,
    'failure-summary': result.failureSummary,
  };
}

interface Entry {
  key: string;
  run: string;
  /** The rendered line after the marker (the suite's own text, kept as written). */
  text: string;
}

const ENTRY_LINE = /^- (<!-- portal-release:failure-entry [^>]*-->) ?(.*)$/;

function parseEntries(body: string): Entry[] {
  const out: Entry[] = [];
  for (const line of body.split('\n')) {
    const m = ENTRY_LINE.exec(line);
    if (!m) continue;
    const marker = parseMarkers(m[1]).find((x) => x.kind === 'failure-entry');
    if (marker?.attrs.key && marker.attrs.run) out.push({ key: marker.attrs.key, run: marker.attrs.run, text: m[2] ?? '' });
  }
  return out;
}

function renderBody(kind: FailureKind, entries: Entry[]): string {
  const head = [
    renderMarker('failure-alert', { kind }),
    `## 🚨 ${TITLES[kind]}`,
    '',
    `portal-release opened this issue because ${WHAT[kind]}: a comment on a merged pull request is easily missed. Each new failure adds a comment here; the suite closes this issue ${CLOSES[kind]}.`,
    '',
    entries.length ? '### Open failures' : '### No open failures',
    '',
  ];
  return boundBody([...head, ...entries.map((e) => `- ${renderMarker('failure-entry', { key: e.key, run: e.run })} ${e.text}`)]);
}

function entryText(subject: AlertSubject, env: ActionEnvironment, summary: string): string {
  return `**${inline(subject.label)}** failed in [run ${env.context.runId}](${env.context.runUrl}): ${inline(summary)}`;
}

/** The suite's open tracking issues of `kind`, oldest first; anyone else's marked issue is noted, never used. */
async function ownOpenIssues(env: ActionEnvironment, policy: Policy, kind: FailureKind, identity: SuiteIdentity, ignored: IgnoredMarkers): Promise<Issue[]> {
  const listed = await env.github.listIssues(env.context.repo, { state: 'open', labels: [policy.alerts.labels[0]!] });
  const mine: Issue[] = [];
  for (const issue of listed) {
    if (issue.isPullRequest || !findMarker(issue.body, 'failure-alert', { kind })) continue;
    if (await identity.isSuite(issue.author)) mine.push(issue);
    else
      ignored.note(
        `#${issue.number}`,
        `carries the \`failure-alert\` marker, but it was opened by ${inline(issue.author || 'a deleted account')}, not by the suite: left alone`,
      );
  }
  return mine.sort((a, b) => a.number - b.number);
}

/** One alert's work; its writes go through the run's plan (`env.plan`). */
interface AlertRun {
  env: ActionEnvironment;
  policy: Policy;
}

/**
 * Keeps the oldest of the suite's open issues of a kind; the entries of the others (opened by runs
 * at the same moment, each before it could see the other's) move into it and they are closed.
 */
async function converge(job: AlertRun, kind: FailureKind, issues: Issue[]): Promise<Issue | undefined> {
  const [keep, ...extra] = issues;
  if (!keep || extra.length === 0) return keep;
  const { github, context } = job.env;
  const entries = parseEntries(keep.body);
  for (const other of extra) for (const e of parseEntries(other.body)) if (!entries.some((x) => x.key === e.key)) entries.push(e);
  const body = renderBody(kind, entries);
  if (body !== keep.body) {
    await job.env.plan.write(`merge the entries of the tracking issues ${extra.map((i) => `#${i.number}`).join(', ')} into #${keep.number}`, () =>
      github.updateIssue(context.repo, keep.number, { body }),
    );
  }
  for (const other of extra) {
    await job.env.plan.write(`close the tracking issue #${other.number} as a duplicate of #${keep.number}`, async () => {
      await github.updateIssue(context.repo, other.number, { state: 'closed' });
      await github.createComment(
        context.repo,
        other.number,
        `Duplicate of #${keep.number}: two runs opened a tracking issue at the same moment; #${keep.number} tracks these failures.`,
      );
    });
  }
  return { ...keep, body };
}

async function recordFailure(
  job: AlertRun,
  subject: AlertSubject,
  summary: string,
  identity: SuiteIdentity,
  ignored: IgnoredMarkers,
): Promise<{ alert: AlertAction; url: string }> {
  const { env, policy } = job;
  const { github, context } = env;
  const run = context.runId;
  const issue = await converge(job, subject.kind, await ownOpenIssues(env, policy, subject.kind, identity, ignored));
  const entry: Entry = { key: subject.key, run, text: entryText(subject, env, summary) };
  if (!issue) {
    const created = await env.plan.write(`open a tracking issue for ${subject.kind} failures`, () =>
      github.createIssue(context.repo, {
        title: boundTitle(`${TITLES[subject.kind]} (portal-release)`),
        body: renderBody(subject.kind, [entry]),
        labels: policy.alerts.labels,
        ...(policy.alerts.assignees.length ? { assignees: policy.alerts.assignees } : {}),
      }),
    );
    if (!created) return { alert: 'opened', url: '' };
    // Another run may have opened one at the same moment: the oldest is kept (the listing may lag a few
    // seconds, so a later run converges what this one cannot see yet).
    const kept = await converge(job, subject.kind, await ownOpenIssues(env, policy, subject.kind, identity, ignored));
    if (kept && kept.number !== created.number) return { alert: 'updated', url: kept.htmlUrl };
    return { alert: 'opened', url: created.htmlUrl };
  }
  const entries = parseEntries(issue.body);
  const known = entries.find((e) => e.key === subject.key);
  if (known?.run === run) {
    // A re-run of the same workflow run: no second comment. Its entry says how it failed last (a re-run can
    // fail otherwise: a transient error first, the real refusal next), so the body converges on the latest.
    if (known.text === entry.text) {
      env.plan.keep(`the tracking issue #${issue.number} already records this run's failure of ${subject.label}`);
      return { alert: 'unchanged', url: issue.htmlUrl };
    }
    await job.env.plan.write(`update the entry of ${subject.label} in the tracking issue #${issue.number} (a re-run of run ${run})`, () =>
      github.updateIssue(context.repo, issue.number, {
        body: renderBody(
          subject.kind,
          entries.map((e) => (e.key === subject.key ? entry : e)),
        ),
      }),
    );
    return { alert: 'updated', url: issue.htmlUrl };
  }
  const next = known ? entries.map((e) => (e.key === subject.key ? entry : e)) : [...entries, entry];
  await job.env.plan.write(`record the failure of ${subject.label} in the tracking issue #${issue.number}`, async () => {
    // The body (with this run's id) first: a comment whose answer is lost is then never posted twice.
    await github.updateIssue(context.repo, issue.number, { body: renderBody(subject.kind, next) });
    await github.createComment(context.repo, issue.number, `${known ? 'Failed again' : 'New failure'}: ${entry.text}`);
  });
  return { alert: 'updated', url: issue.htmlUrl };
}

async function recordSuccess(
  job: AlertRun,
  subject: AlertSubject,
  identity: SuiteIdentity,
  ignored: IgnoredMarkers,
): Promise<{ alert: AlertAction; url: string }> {
  const { env } = job;
  const { github, context } = env;
  const issue = await converge(job, subject.kind, await ownOpenIssues(env, job.policy, subject.kind, identity, ignored));
  if (!issue) return { alert: 'none', url: '' };
  const entries = parseEntries(issue.body);
  if (!entries.some((e) => e.key === subject.key)) return { alert: 'none', url: issue.htmlUrl };
  const rest = entries.filter((e) => e.key !== subject.key);
  const body = renderBody(subject.kind, rest);
  if (rest.length > 0) {
    await job.env.plan.write(`mark ${subject.label} as succeeded in the tracking issue #${issue.number}`, () =>
      github.updateIssue(context.repo, issue.number, { body }),
    );
    return { alert: 'updated', url: issue.htmlUrl };
  }
  await job.env.plan.write(`close the tracking issue #${issue.number}: ${subject.label} succeeded`, async () => {
    // Closed first: a closing comment whose answer is lost is not repeated (the next run finds no open issue).
    await github.updateIssue(context.repo, issue.number, { body, state: 'closed' });
    await github.createComment(
      context.repo,
      issue.number,
      `✅ ${inline(subject.label)} succeeded in [run ${context.runId}](${context.runUrl}): no failure is left open, closing.`,
    );
  });
  return { alert: 'closed', url: issue.htmlUrl };
}

/**
 * Records the outcome of one run for its subject: a failure opens or updates the kind's tracking
 * issue, a success resolves its entry (closing the issue when none is left). Never throws: a missing
 * permission or any other trouble is a warning, and the action's own result stands.
 */
export async function trackOutcome(
  env: ActionEnvironment,
  policy: Policy,
  subject: AlertSubject,
  outcome: { failure: string } | { succeeded: boolean },
): Promise<AlertResult> {
  const failed = 'failure' in outcome;
  const result: AlertResult = {
    alert: 'none',
    url: '',
    failureKind: failed ? subject.kind : '',
    failureSummary: failed ? outcome.failure : '',
    note: '',
  };
  if (!policy.alerts.trackingIssue) return result;
  // Outside a workflow run (the command-line interface) the person sees the failure where it happens.
  if (!env.context.runId) return result;
  if (!failed && (!outcome.succeeded || !subject.priorFailurePossible)) return result;
  const job: AlertRun = { env, policy };
  const identity = new SuiteIdentity(env.github, policy.trustedLogins);
  const ignored = new IgnoredMarkers();
  try {
    const done = failed ? await recordFailure(job, subject, outcome.failure, identity, ignored) : await recordSuccess(job, subject, identity, ignored);
    result.alert = done.alert;
    result.url = done.url;
  } catch (error) {
    const permission = error instanceof GitHubError && (error.status === 403 || error.status === 404);
    const why = permission
      ? `the token cannot read or write this repository's issues: add \`issues: write\` to the job's \`permissions:\` (${error.message})`
      : reportedFailure(error, env.logger);
    env.logger.warning(`The ${subject.kind} failure alert was skipped: ${why}. The result of this run is unchanged.`, { title: 'Failure alert skipped' });
    result.note = `Failure alert skipped: ${why}`;
    return result;
  }
  for (const s of ignored.sentences()) env.logger.warning(s, { title: 'Marker ignored' });
  const verb = env.plan.dryRun ? 'would be ' : '';
  if (result.alert !== 'none') result.note = `Failure alert ${verb}${result.alert}${result.url ? `: ${result.url}` : ''} (${repoName(env.context.repo)}).`;
  return result;
}

/**
 * Runs an action's work and tracks its outcome for `subject` (null: this run neither raises nor
 * resolves an alert, e.g. a gate on an open pull request). A failure the person can fix (a thrown
 * UserError) keeps its sentence and is returned as the job's failure, so the alert outputs are written
 * too; a bug is alerted and then thrown on to the entry's one error path.
 */
export async function withFailureAlert(
  env: ActionEnvironment,
  policy: Policy,
  subject: AlertSubject | null,
  work: () => Promise<{ outcome: ActionOutcome; succeeded: boolean }>,
): Promise<ActionOutcome> {
  let done: { outcome: ActionOutcome; succeeded: boolean };
  try {
    done = await work();
  } catch (error) {
    // A mistake in how the action was called or configured is the caller's to see, not a failed operation.
    if (!subject || (isUserError(error) && (error.kind === 'input' || error.kind === 'config'))) throw error;
    const failure = isUserError(error) ? error.message : reportedFailure(error, env.logger);
    const alert = await trackOutcome(env, policy, subject, { failure });
    if (!isUserError(error)) throw error;
    return {
      outputs: alertOutputs(alert),
      summary: `### ❌ ${subject.kind} failed\n\n${escapeHtml(failure)}\n${alert.note ? `\n${escapeHtml(alert.note)}\n` : ''}`,
      failure,
    };
  }
  const { outcome, succeeded } = done;
  const alert = subject
    ? await trackOutcome(env, policy, subject, outcome.failure ? { failure: outcome.failure } : { succeeded })
    : { alert: 'none' as const, url: '', failureKind: '' as const, failureSummary: '', note: '' };
  return {
    ...outcome,
    outputs: { ...outcome.outputs, ...alertOutputs(alert) },
    ...(alert.note ? { summary: `${outcome.summary ?? ''}\n${escapeHtml(alert.note)}\n` } : {}),
  };
}
