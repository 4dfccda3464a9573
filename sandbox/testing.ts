// Small helpers shared by the integration tests of the actions.
import type { Sandbox } from './sandbox.ts';
import type { RequestLogEntry } from './server.ts';

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
