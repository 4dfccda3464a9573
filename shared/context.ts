import { readFileSync } from 'node:fs';
import { UserError } from './errors.ts';
import { guessEventName, parseTrigger, payloadDefaultBranch, type Trigger } from './trigger.ts';

export interface RepoRef {
  owner: string;
  repo: string;
}

export function repoName(r: RepoRef): string {
  return `${r.owner}/${r.repo}`;
}

const REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** Parses "owner/name", refusing anything that is not a plain repository name. */
export function parseRepo(value: string, where = 'repository'): RepoRef {
  const text = value.trim();
  if (!REPO_PATTERN.test(text) || text.endsWith('/.') || text.endsWith('/..')) {
    throw new UserError('input', `${where}: "${value}" is not a repository name of the form owner/name.`);
  }
  const [owner, repo] = text.split('/') as [string, string];
  return { owner, repo };
}

/** What the runner tells an action about the run, read once from the environment. */
export interface RunContext {
  repo: RepoRef;
  eventName: string;
  /** The event, parsed once here: logic never reads the raw payload. */
  trigger: Trigger;
  /** The default branch the event names, when it names one (no request). */
  defaultBranch: string | undefined;
  sha: string;
  ref: string;
  actor: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  /** Link to this run, for statuses and comments. */
  runUrl: string;
}

export function contextFromEnv(env: NodeJS.ProcessEnv): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!repository) {
    throw new UserError('input', 'GITHUB_REPOSITORY is not set: run this inside GitHub Actions, or pass --repo owner/name to the CLI.');
  }
  const repo = parseRepo(repository, 'GITHUB_REPOSITORY');
  let payload: Record<string, unknown> = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new UserError('input', `Could not read the event payload at GITHUB_EVENT_PATH: ${(error as Error).message}`);
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const graphqlUrl = (env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`).replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID ?? '';
  // Without GITHUB_EVENT_NAME (the CLI given only an event file) the payload's shape says which event it is.
  const eventName = env.GITHUB_EVENT_NAME || (eventPath ? guessEventName(payload) : 'workflow_dispatch');
  const sha = env.GITHUB_SHA ?? '';
  const ref = env.GITHUB_REF ?? '';
  return {
    repo,
    eventName,
    trigger: parseTrigger(eventName, payload, { ref, sha }),
    defaultBranch: payloadDefaultBranch(payload),
    sha,
    ref,
    actor: env.GITHUB_ACTOR ?? '',
    serverUrl,
    apiUrl,
    graphqlUrl,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? '',
    runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : `${serverUrl}/${repository}`,
  };
}
