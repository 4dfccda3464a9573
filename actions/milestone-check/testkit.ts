// Test helpers for milestone-check (not bundled): seeding the sandbox and running the bundle.
import { Git } from '../../shared/git.ts';
import { MemoryLogger } from '../../shared/logger.ts';
import type { RepoHandle, Sandbox } from '../../sandbox/index.ts';
import type { RequestLogEntry } from '../../sandbox/index.ts';
import { runAction, type ActionResult } from '../../sandbox/harness.ts';
import { workflowDispatchEvent } from '../../sandbox/events.ts';

let counter = 0;
/** A fresh, unique repository name per test. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

export async function repoJson(sb: Sandbox, fullName: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${sb.apiUrl}/repos/${fullName}`, { headers: { authorization: `token ${sb.token}`, accept: 'application/vnd.github+json' } });
  return (await res.json()) as Record<string, unknown>;
}

/** Runs the bundled action with a workflow_dispatch event in `repo`. */
export async function runCheck(
  sb: Sandbox,
  repo: RepoHandle,
  inputs: Record<string, string | boolean | number | undefined>,
  options: { clearRequests?: boolean } = {},
): Promise<ActionResult> {
  const event = workflowDispatchEvent({ ref: 'main', repo: await repoJson(sb, repo.fullName) });
  // Building the event reads the repository: clear the log afterwards so it holds the action's requests only.
  if (options.clearRequests) sb.clearRequests();
  return runAction({
    action: 'milestone-check',
    inputs,
    eventName: 'workflow_dispatch',
    event,
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
  });
}

/** A feature branch with one commit, a pull request into `base` in `milestone`, merged with `method`. */
export async function mergedPull(
  repo: RepoHandle,
  o: {
    branch: string;
    base: string;
    files: Record<string, string>;
    title: string;
    milestone?: number;
    labels?: string[];
    method?: 'merge' | 'squash' | 'rebase';
    body?: string;
  },
): Promise<{ number: number; mergeSha: string; url: string }> {
  await repo.createBranch(o.branch, o.base);
  await repo.commit(o.branch, o.files, o.title);
  const pr = await repo.openPullRequest({ head: o.branch, base: o.base, title: o.title, milestone: o.milestone, labels: o.labels, body: o.body });
  const mergeSha = await repo.mergePullRequest(pr.number as number, { method: o.method ?? 'squash' });
  return { number: pr.number as number, mergeSha, url: pr.html_url as string };
}

/** Requests that change something: everything but GET/HEAD, GraphQL queries and git fetches. */
export function writes(log: RequestLogEntry[]): RequestLogEntry[] {
  return log.filter((e) => {
    if (e.method === 'GET' || e.method === 'HEAD') return false;
    if (e.route === 'graphql') return false;
    if (e.route === 'git' && /git-upload-pack$/.test(e.path)) return false;
    return true;
  });
}

/** A clone of `repo` through smart HTTP with the sandbox token, for people-like git work in tests. */
export async function cloneFor(sb: Sandbox, repo: RepoHandle, parent: string): Promise<Git & { dispose(): Promise<void> }> {
  const git = await Git.scratch({
    logger: new MemoryLogger(),
    serverUrl: sb.serverUrl,
    token: sb.token,
    parent,
    identity: { name: 'Release Manager', email: 'rm@example.com' },
  });
  await git.addRemote('origin', repo.cloneUrl);
  await git.fetch('origin', ['+refs/heads/*:refs/remotes/origin/*']);
  return git;
}

export function parseJson<T>(text: string | undefined): T {
  return JSON.parse(text ?? 'null') as T;
}
