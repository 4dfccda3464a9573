import { toPullRequest, type PullRequest } from './github/index.ts';

/**
 * The event that started the run, parsed once at the boundary (the runner's event file, or the
 * CLI's) into the few typed facts the actions decide on. Logic never reads the raw payload: a
 * payload field that is missing or of the wrong type becomes an absent fact here, and the action
 * that needs it says so in one sentence.
 */
export type Trigger = PullRequestTrigger | MergeGroupTrigger | PushTrigger | WorkflowRunTrigger | IssueCommentTrigger | OtherTrigger;

/** pull_request, pull_request_target, pull_request_review(_comment): the payload's pull request. */
export interface PullRequestTrigger {
  kind: 'pull_request';
  event: string;
  /** opened, synchronize, closed, labeled, submitted, … */
  action: string;
  /** The pull request as the event saw it (labels and state may have changed since). */
  pull: PullRequest;
}

export interface MergeGroupTrigger {
  kind: 'merge_group';
  event: string;
  headSha: string;
  headRef: string;
  /** The branch the queue merges into, without refs/heads/. */
  baseRef: string;
  baseSha: string;
}

export interface PushTrigger {
  kind: 'push';
  event: string;
  /** The full ref pushed (refs/heads/… or refs/tags/…). */
  ref: string;
  /** The commit the ref now names ('' when the event carries none). */
  after: string;
}

/** A completed workflow run (chaining after the smoke workflow). */
export interface WorkflowRunTrigger {
  kind: 'workflow_run';
  event: string;
  run: {
    id: number | null;
    /** The event that started that run (push, workflow_dispatch, pull_request, …). */
    event: string;
    headSha: string;
    headBranch: string | null;
    /** owner/name of the repository whose code that run tested. */
    headRepository: string;
  };
}

export interface IssueCommentTrigger {
  kind: 'issue_comment';
  event: string;
  action: string;
  issue: { number: number; isPullRequest: boolean } | null;
  comment: { id: number; body: string; login: string } | null;
}

/** workflow_dispatch, schedule, issues, milestone, … and any event without the facts above. */
export interface OtherTrigger {
  kind: 'other';
  event: string;
}

type Raw = Record<string, unknown>;

function object(value: unknown): Raw | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function integer(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

/** The event name an event file implies, for the CLI's `--event-file` without `--event`. */
export function guessEventName(payload: Raw): string {
  if (payload.merge_group) return 'merge_group';
  if (payload.comment && payload.issue) return 'issue_comment';
  if (payload.review && payload.pull_request) return 'pull_request_review';
  if (payload.pull_request) return 'pull_request';
  if (payload.workflow_run) return 'workflow_run';
  if (typeof payload.ref === 'string' && typeof payload.after === 'string') return 'push';
  if (typeof payload.schedule === 'string') return 'schedule';
  return 'workflow_dispatch';
}

/** Parses the event payload of `event` into its trigger; `ref`/`sha` are the runner's GITHUB_REF/GITHUB_SHA. */
export function parseTrigger(event: string, payload: Raw, fallback: { ref: string; sha: string } = { ref: '', sha: '' }): Trigger {
  const action = text(payload.action);
  const pull = object(payload.pull_request);
  if (event.startsWith('pull_request') && pull && integer(pull.number)) {
    return { kind: 'pull_request', event, action, pull: toPullRequest(pull) };
  }
  if (event === 'merge_group') {
    const group = object(payload.merge_group);
    if (group) {
      return {
        kind: 'merge_group',
        event,
        headSha: text(group.head_sha),
        headRef: text(group.head_ref),
        baseRef: text(group.base_ref).replace(/^refs\/heads\//, ''),
        baseSha: text(group.base_sha),
      };
    }
  }
  if (event === 'push') {
    return { kind: 'push', event, ref: text(payload.ref) || fallback.ref, after: text(payload.after) || fallback.sha };
  }
  if (event === 'workflow_run') {
    const run = object(payload.workflow_run);
    if (run) {
      return {
        kind: 'workflow_run',
        event,
        run: {
          id: integer(run.id),
          event: text(run.event),
          headSha: text(run.head_sha),
          headBranch: typeof run.head_branch === 'string' ? run.head_branch : null,
          headRepository: text(object(run.head_repository)?.full_name),
        },
      };
    }
  }
  if (event === 'issue_comment') {
    const issue = object(payload.issue);
    const comment = object(payload.comment);
    const number = integer(issue?.number);
    const id = integer(comment?.id);
    return {
      kind: 'issue_comment',
      event,
      action,
      issue: issue && number ? { number, isPullRequest: Boolean(issue.pull_request) } : null,
      comment: comment && id ? { id, body: text(comment.body), login: text(object(comment.user)?.login) } : null,
    };
  }
  return { kind: 'other', event };
}

/** The repository's default branch as the event names it (no request), when it does. */
export function payloadDefaultBranch(payload: Raw): string | undefined {
  return text(object(payload.repository)?.default_branch) || undefined;
}
