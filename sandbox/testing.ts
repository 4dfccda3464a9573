// Small helpers shared by the integration tests of the actions.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { renderMarker } from '../shared/markers.ts';
import type { PlanEntry } from '../shared/plan.ts';
import { pushEvent, workflowDispatchEvent } from './events.ts';
import { REPO_ROOT, runAction, type ActionResult } from './harness.ts';
import type { RepoHandle, Sandbox } from './sandbox.ts';
import type { RequestLogEntry } from './server.ts';

/** The README's full configuration example: the realistic policy file the start-up bench reads and the YAML tests check. */
export async function readmePolicy(): Promise<string> {
  const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const block = /## Configuration[^\n]*\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no configuration example (## Configuration … ```yaml)');
  return block;
}

/** A loopback port with nothing listening on it (bound, then closed): a connection to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** GET a REST resource from the stand-in as the default token's user. */
export async function apiGet<T = Record<string, unknown>>(sb: Sandbox, path: string): Promise<T> {
  const res = await fetch(`${sb.apiUrl}${path}`, { headers: { authorization: `Bearer ${sb.token}`, accept: 'application/vnd.github+json' } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Requests that change state (GraphQL queries and GET/HEAD are reads; git traffic is excluded). */
export function writes(entries: RequestLogEntry[]): RequestLogEntry[] {
  return entries.filter((e) => e.route !== 'git' && e.route !== 'graphql' && e.method !== 'GET' && e.method !== 'HEAD');
}

/** API requests (REST and GraphQL), excluding git smart-HTTP traffic. */
export function apiRequests(entries: RequestLogEntry[]): RequestLogEntry[] {
  return entries.filter((e) => e.route !== 'git');
}

/** Runs `fn` and returns the stand-in's requests it caused. */
export async function recording<T>(sb: Sandbox, fn: () => Promise<T>): Promise<{ result: T; requests: RequestLogEntry[] }> {
  const before = sb.requests().length;
  const result = await fn();
  return { result, requests: sb.requests().slice(before) };
}

type SuiteReleasePrOptions = { prefix?: string; staging?: string; production?: string; login?: string; extraBody?: string };

/**
 * The release pull request stg → main as promote-rc opens it: by the suite's login, from the suite's
 * head branch pinned to the staging head, its `release-pr` marker pinning that commit; left open.
 */
export async function openSuiteReleasePr(repo: RepoHandle, version: string, opts: SuiteReleasePrOptions = {}): Promise<{ number: number }> {
  const { prefix = 'v', staging = 'stg', production = 'main', login = 'github-actions[bot]' } = opts;
  const stgSha = await repo.refSha(staging);
  if (!stgSha) throw new Error(`no branch ${staging}`);
  const head = `portal-release/release-${production}`;
  await repo.git(['update-ref', `refs/heads/${head}`, stgSha]);
  const tag = `${prefix}${version}`;
  const marker = renderMarker('release-pr', { stage: 'release', base: production, tag, version, rc: `${tag}-rc.1`, sha: stgSha });
  const pr = await repo.openPullRequest({
    head,
    base: production,
    title: `Release ${tag}`,
    body: `${marker}\n## Release ${tag}\n\n- [x] validated${opts.extraBody ?? ''}`,
    user: login,
  });
  return { number: pr.number as number };
}

/** The release pull request of {@link openSuiteReleasePr}, merged. Returns the pull request number and the merge commit. */
export async function mergeSuiteReleasePr(repo: RepoHandle, version: string, opts: SuiteReleasePrOptions = {}): Promise<{ number: number; sha: string }> {
  const pr = await openSuiteReleasePr(repo, version, opts);
  const sha = await repo.mergePullRequest(pr.number);
  return { number: pr.number, sha };
}

/** `count` commits on top of `branch`, written with git fast-import (one process, not `count`). */
export async function bulkCommits(repo: RepoHandle, branch: string, count: number, subject: (n: number) => string): Promise<void> {
  const parent = (await repo.refSha(branch))!;
  const lines: string[] = [];
  for (let n = 1; n <= count; n++) {
    const data = `${n}\n`;
    const message = `${subject(n)}\n`;
    lines.push(
      `commit refs/heads/${branch}`,
      `committer Alice <alice@example.com> ${1_780_000_000 + n} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message,
      ...(n === 1 ? [`from ${parent}`] : []),
      `M 100644 inline bulk.txt`,
      `data ${Buffer.byteLength(data)}`,
      data,
    );
  }
  await new Promise<void>((resolve, reject) => {
    const child = execFile('git', ['fast-import', '--quiet'], { cwd: repo.gitDir }, (error) => (error ? reject(error) : resolve()));
    child.stdin!.end(`${lines.join('\n')}\n`);
  });
}

/** A tag-and-release run of the bundle, with the API requests it sent that `keep` selects and its per-repository results. */
export interface ReleaseRun extends ActionResult {
  requests: RequestLogEntry[];
  results: Record<string, unknown>[];
}

/**
 * Runs the tag-and-release bundle as a push of `push` to main (as CD does), or as a dispatch with
 * `inputs`; `runId` sets GITHUB_RUN_ID (a re-run of the same run keeps it).
 */
export async function runRelease(
  sb: Sandbox,
  repo: RepoHandle,
  how: { push?: string; inputs?: Record<string, string>; runId?: number },
  keep: (entry: RequestLogEntry) => boolean = (e) => e.path.split('?')[0]!.includes(`/repos/${repo.fullName}/`),
): Promise<ReleaseRun> {
  const json = await apiGet(sb, `/repos/${repo.fullName}`);
  const start = sb.requests().length;
  const result = await runAction({
    action: 'tag-and-release',
    inputs: how.inputs ?? {},
    eventName: how.push ? 'push' : 'workflow_dispatch',
    event: how.push
      ? pushEvent({ ref: 'refs/heads/main', before: '0'.repeat(39) + '1', after: how.push, repo: json, pusher: { name: repo.owner } })
      : workflowDispatchEvent({ ref: 'main', repo: json, inputs: how.inputs ?? {} }),
    repository: repo.fullName,
    apiUrl: sb.apiUrl,
    serverUrl: sb.serverUrl,
    token: sb.token,
    ...(how.runId !== undefined ? { runId: how.runId } : {}),
  });
  const requests = apiRequests(sb.requests().slice(start)).filter(keep);
  const results = result.outputs.results ? (JSON.parse(result.outputs.results) as Record<string, unknown>[]) : [];
  return { ...result, requests, results };
}

/** The messages of a run's error annotations. */
export function errorsOf(r: ActionResult): string[] {
  return r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

/** The `plan` output of a run (every action writes it): the steps it wrote, planned or kept. */
export function planOf(r: { outputs: Record<string, string> }): PlanEntry[] {
  const raw = r.outputs.plan;
  if (raw === undefined) throw new Error('the run wrote no `plan` output');
  return JSON.parse(raw) as PlanEntry[];
}

/** A dry run's plan as the real run on the same state must record it: each planned step done. */
export function asDone(plan: PlanEntry[]): PlanEntry[] {
  return plan.map((e) => (e.status === 'planned' ? { ...e, status: 'done' } : e));
}
