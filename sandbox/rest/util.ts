// Shared plumbing for REST handlers.
import type { Ctx, PullExtras } from '../objects.ts';
import type { IssueRec, Permission, RepoState } from '../state.ts';

export interface ApiRequest {
  method: string;
  path: string; // below the API prefix, without query
  route: string; // OpenAPI path template
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
  login: string;
  /** The token is a GitHub App installation token (GITHUB_TOKEN is one): no user endpoints. */
  installation?: boolean;
  repo?: RepoState;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: ApiRequest, api: Api) => Promise<ApiResponse> | ApiResponse;
export type Routes = Record<string, Handler>;

/** Context given to handlers: the object factory context plus shared helpers. */
export interface Api extends Ctx {
  pullExtras(r: RepoState, i: IssueRec, detailed: boolean): Promise<PullExtras>;
}

export class ApiError extends Error {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.body = { message, documentation_url: 'https://docs.github.com/rest', status: String(status), ...extra };
    this.headers = headers;
  }
}

export function notFound(): ApiError {
  return new ApiError(404, 'Not Found');
}

export function validationFailed(resource: string, field: string, code: string, message?: string): ApiError {
  const err: Record<string, string> = { resource, field, code };
  if (message) err.message = message;
  return new ApiError(422, 'Validation Failed', { errors: [err] });
}

/** GitHub's length limits on issue, pull request and comment text (422 "… is too long"). */
export const MAX_TITLE = 256;
export const MAX_BODY = 65536;

export function checkLengths(resource: 'Issue' | 'PullRequest' | 'IssueComment', body: { title?: unknown; body?: unknown } | undefined): void {
  const b = body ?? {};
  if (typeof b.title === 'string' && [...b.title].length > MAX_TITLE) {
    throw validationFailed(resource, 'title', 'custom', `title is too long (maximum is ${MAX_TITLE} characters)`);
  }
  if (typeof b.body === 'string' && [...b.body].length > MAX_BODY) {
    throw validationFailed(resource, 'body', 'custom', `body is too long (maximum is ${MAX_BODY} characters)`);
  }
}

export function repoOf(req: ApiRequest): RepoState {
  if (!req.repo) throw notFound();
  return req.repo;
}

const RANK: Record<Permission, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

export function permissionOf(r: RepoState, login: string): Permission {
  if (login.toLowerCase() === r.owner.toLowerCase()) return 'admin';
  return r.permissions.get(login.toLowerCase()) ?? (r.private ? 'none' : 'read');
}

export function requirePerm(req: ApiRequest, min: Permission): void {
  const r = repoOf(req);
  const have = permissionOf(r, req.login);
  if (RANK[have] < RANK[min]) {
    if (RANK[have] === 0) throw notFound();
    throw new ApiError(403, 'Resource not accessible by integration');
  }
}

export function hasPerm(r: RepoState, login: string, min: Permission): boolean {
  return RANK[permissionOf(r, login)] >= RANK[min];
}

export function intParam(v: string | undefined, name = 'number'): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new ApiError(404, 'Not Found', { detail: `bad ${name}` });
  return n;
}

export function pageParams(req: ApiRequest, defaultPerPage = 30, max = 100): { perPage: number; page: number } {
  const pp = Number(req.query.get('per_page') ?? defaultPerPage);
  const pg = Number(req.query.get('page') ?? 1);
  return {
    perPage: Math.min(Math.max(Number.isFinite(pp) && pp > 0 ? Math.floor(pp) : defaultPerPage, 1), max),
    page: Math.max(Number.isFinite(pg) && pg > 0 ? Math.floor(pg) : 1, 1),
  };
}

/** Link header like GitHub's (absolute URLs, rel next/last/first/prev). */
export function linkHeader(api: Ctx, req: ApiRequest, page: number, perPage: number, total: number): string | undefined {
  const last = Math.max(1, Math.ceil(total / perPage));
  if (last <= 1 && page <= 1) return undefined;
  const mk = (p: number): string => {
    const q = new URLSearchParams(req.query);
    q.set('per_page', String(perPage));
    q.set('page', String(p));
    return `<${api.apiUrl}${req.path}?${q.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${mk(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) parts.push(`${mk(page + 1)}; rel="next"`, `${mk(last)}; rel="last"`);
  if (page > 1) parts.push(`${mk(1)}; rel="first"`);
  return parts.join(', ') || undefined;
}

/** Slice `items` by per_page/page and answer with a Link header. */
export function paginate<T>(api: Ctx, req: ApiRequest, items: T[], map: (x: T) => unknown, defaultPerPage = 30): ApiResponse {
  const { perPage, page } = pageParams(req, defaultPerPage);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(api, req, page, perPage, items.length);
  return { status: 200, body: slice.map(map), headers: link ? { link } : {} };
}

export function sortDir<T>(items: T[], key: (x: T) => string | number, direction: string): T[] {
  const sorted = [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return direction === 'asc' ? sorted : sorted.reverse();
}

export function isSha(s: string): boolean {
  return /^[0-9a-f]{40}$/.test(s);
}
