// Octokit with pagination, retry and throttling, pointed at GITHUB_API_URL (GitHub Enterprise Server too).
//
// Built on @octokit/core rather than @actions/github's getOctokit: that module loads undici (for a proxy
// that is rarely configured) and every REST endpoint's method at start-up, most of a bundle's start-up cost
// (decision record 020). Requests name their route (`octokit.request('GET /repos/{owner}/{repo}', …)`), typed
// by @octokit/types like the endpoint methods were. Requests go through node:http/https (./http-fetch.ts), or
// through a proxy by @actions/github's own rules (see fetchFor).
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import Bottleneck from 'bottleneck/light.js';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
import { UserError } from '../errors.ts';
import { repoName, type RepoRef } from '../context.ts';
import type { Logger } from '../logger.ts';

/** The most commits a comparison is paged through (100 requests); a larger range fails instead of being cut. */
export const MAX_COMPARE_COMMITS = 10_000;

export function incompleteRange(r: RepoRef, base: string, head: string, total: number, seen: number): UserError {
  return new UserError(
    'state',
    `Cannot see the whole range ${base}...${head} of ${repoName(r)}: GitHub reports ${total} commits, ${seen} could be read${
      total > MAX_COMPARE_COMMITS ? ` (at most ${MAX_COMPARE_COMMITS} are read)` : ''
    }. A version or change list computed from part of it would be wrong; release more often, or pass the version explicitly.`,
  );
}

export interface OctokitOptions {
  token: string;
  apiUrl: string;
  logger: Logger;
  /** Retries for secondary/primary rate limits before giving up (default 3). */
  rateLimitRetries?: number;
  /** Retries for 5xx/network errors (default 3). */
  retries?: number;
  /** Base of the quadratic back-off between those retries, in ms (default 1000). */
  retryBaseMs?: number;
  userAgent?: string;
  /** The environment proxies and the orchestration id are read from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /**
   * Pace writes as GitHub asks (default true): @octokit/plugin-throttling leaves 1 s between writes and 3 s
   * between writes that notify people, following GitHub's "best practices for using the REST API". Off only
   * against the stand-in (tests), where it is waiting time and nothing else; writes stay one at a time.
   */
  writePacing?: boolean;
}

/**
 * Tuning read from the environment, for tests against the stand-in only (never set on a runner):
 * PORTAL_RELEASE_RETRY_BASE_MS shortens the back-off between retries (the fault matrix), and
 * PORTAL_RELEASE_WRITE_PACING=off removes the pauses between writes.
 */
export function tuningFromEnv(env: NodeJS.ProcessEnv): Pick<OctokitOptions, 'retryBaseMs' | 'writePacing'> {
  const retryBase = Number.parseInt(env.PORTAL_RELEASE_RETRY_BASE_MS ?? '', 10);
  return {
    ...(Number.isFinite(retryBase) && retryBase >= 0 ? { retryBaseMs: retryBase } : {}),
    ...(env.PORTAL_RELEASE_WRITE_PACING === 'off' ? { writePacing: false } : {}),
  };
}

const SuiteOctokit = OctokitCore.plugin(paginateRest, retryPolicy, retry, throttling);
export type Octokit = InstanceType<typeof SuiteOctokit>;

export interface RequestShape {
  method: string;
  url: string;
  query?: unknown;
  request?: { retries?: number };
}

/** A GraphQL request that only reads (the suite sends no mutation; a dry run still may query). */
export function isGraphqlQuery(request: RequestShape): boolean {
  return request.url.endsWith('/graphql') && !/^\s*mutation\b/.test(String(request.query ?? ''));
}

/**
 * POSTs whose repetition changes nothing: a read (release notes), or adding what is already there
 * (labels, reviewers). Every other POST creates an object each time it is performed.
 */
export const REPEATABLE_POSTS = new Set([
  '/repos/{owner}/{repo}/releases/generate-notes',
  '/repos/{owner}/{repo}/issues/{issue_number}/labels',
  '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
]);

/**
 * True when sending the request again after a failed attempt cannot duplicate anything.
 *
 * @octokit/plugin-retry decides by status alone: it retries a 5xx or a network error (Octokit reports
 * both as status 500) whatever the method, so a POST that GitHub performed but whose answer was lost
 * (a 502 from a proxy, a reset connection) would be performed again: a second comment, issue, status,
 * pull request, or a 422 "already exists". Such a POST is not retried; the run fails with a clear error
 * and the next run finds what was made by identity (author and marker, head branch, tag name). Only
 * failures that prove the request never reached GitHub (no connection) are retried for every request.
 */
export function isRetrySafe(request: RequestShape): boolean {
  const method = request.method.toUpperCase();
  if (method !== 'POST') return true; // GET, HEAD, and PUT/PATCH/DELETE, which set a state (idempotent).
  return isGraphqlQuery(request) || REPEATABLE_POSTS.has(request.url);
}

/** Error codes of a connection that was never made: the request did not reach the server. */
export const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** The system error code under a failed fetch (RequestError → TypeError "fetch failed" → Error with `code`). */
export function networkErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return undefined;
}

/** A request that got no HTTP answer at all: Octokit reports it as status 500 without a response. */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof RequestError && error.response === undefined && error.status === 500;
}

/**
 * Runs innermost (registered before @octokit/plugin-retry): caps the retries the plugin will make for
 * this request — none for a POST that may have been performed, one (after the base back-off) when no
 * connection could be made, so a wrong host or a network outage is named quickly instead of after 14 s.
 */
export function retryPolicy(octokit: { hook: OctokitCore['hook'] }, options: { retry?: { retries?: number } }): void {
  const retries = options.retry?.retries ?? 3;
  octokit.hook.before('request', (request) => {
    const shape = request as unknown as RequestShape;
    if (!isRetrySafe(shape)) shape.request = { ...shape.request, retries: 0 };
  });
  octokit.hook.error('request', (error, request) => {
    const code = networkErrorCode(error);
    if (isNetworkFailure(error) && code && NOT_CONNECTED.has(code)) {
      (request as unknown as RequestShape).request = { ...(request as unknown as RequestShape).request, retries: Math.min(retries, 1) };
    }
    throw error;
  });
}

/** ACTIONS_ORCHESTRATION_ID in the user agent, as @actions/github adds it (GitHub correlates a job's requests). */
export function userAgentFor(base: string, env: NodeJS.ProcessEnv = process.env): string {
  const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
  if (!id) return base;
  const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
  return base.includes(tag) ? base : `${base} ${tag}`;
}

type Fetch = typeof globalThis.fetch;

/** Longest wait for one request's answer and body. */
export const REQUEST_TIMEOUT_MS = 300_000;

/**
 * The proxy that requests to `apiUrl` go through, by @actions/http-client's rules (https_proxy or http_proxy
 * by the URL's scheme, either spelling; no_proxy; loopback never proxied), as @actions/github applies them.
 */
export function proxyFor(apiUrl: string, env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const saved = process.env;
  try {
    process.env = env; // getProxyUrl reads process.env; the CLI and tests pass their own environment.
    const proxy = getProxyUrl(new URL(apiUrl));
    return proxy?.hostname ? proxy : undefined;
  } finally {
    process.env = saved;
  }
}

/**
 * The fetch Octokit sends requests to `apiUrl` with, loaded on the first request:
 * - through a proxy (see proxyFor): undici's fetch with @actions/http-client's proxy dispatcher, exactly as
 *   @actions/github sends them;
 * - otherwise httpFetch (./http-fetch.ts: node:http and node:https, with fetch's redirect and decoding rules):
 *   Node's built-in fetch costs about 100 ms more per process on the bench machine (it loads its bundled
 *   undici, then compiles the llhttp WebAssembly parser, a compilation the process waits for at exit), and
 *   the fetch libraries over node:http (minipass-fetch, node-fetch) about 25 ms more than node:http alone.
 *   A failed connection rejects with the system error (ECONNREFUSED, ENOTFOUND …), which the error path reads.
 */
export function fetchFor(apiUrl: string, env: NodeJS.ProcessEnv = process.env): Fetch {
  const proxied = proxyFor(apiUrl, env) !== undefined;
  let loaded: Promise<Fetch> | undefined;
  const load = async (): Promise<Fetch> => {
    if (!proxied) {
      const { httpFetch } = await import('./http-fetch.ts');
      // A stalled connection fails after 5 minutes (undici's own header and body timeouts) instead of never.
      return httpFetch(REQUEST_TIMEOUT_MS) as unknown as Fetch;
    }
    const [{ HttpClient }, { fetch }] = await Promise.all([import('@actions/http-client'), import('undici')]);
    const dispatcher = new HttpClient().getAgentDispatcher(apiUrl);
    return ((url: string, init: object) => fetch(url, { ...init, dispatcher })) as unknown as Fetch;
  };
  return (async (url: string, init: RequestInit) => (await (loaded ??= load()))(url, init)) as Fetch;
}

export function createOctokit(options: OctokitOptions): Octokit {
  const fetch = fetchFor(options.apiUrl, options.env);
  const limit = options.rateLimitRetries ?? 3;
  const log = options.logger;
  return new SuiteOctokit({
    auth: options.token,
    baseUrl: options.apiUrl,
    userAgent: userAgentFor(options.userAgent ?? 'portal-release', options.env),
    request: { fetch },
    // Retries live in the retry plugin's own options: a `request.retries` value would make the
    // plugin retry every failure, 404s included.
    retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451], retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      ...(options.writePacing === false
        ? {
            write: new Bottleneck.Group({ id: 'portal-release-write', maxConcurrent: 1, minTime: 0 }),
            notifications: new Bottleneck.Group({ id: 'portal-release-notifications', maxConcurrent: 1, minTime: 0 }),
          }
        : {}),
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
        log.warning(`Rate limit reached for ${request.method} ${request.url}; retrying after ${retryAfter}s (attempt ${retryCount + 1} of ${limit}).`);
        return retryCount < limit;
      },
      onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
        log.warning(`Secondary rate limit for ${request.method} ${request.url}; retrying after ${retryAfter}s (attempt ${retryCount + 1} of ${limit}).`);
        return retryCount < limit;
      },
    },
  });
}
