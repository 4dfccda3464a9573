// HTTP front: auth, routing by OpenAPI template, spec validation, faults, request log, git smart HTTP.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { matchRoute, validateRequest, validateResponse } from './openapi.ts';
import { executeGraphql, operationName } from './graphql.ts';
import { serveGit } from './githttp.ts';
import type { Fault, Faults } from './faults.ts';
import type { State } from './state.ts';
import { ApiError, hasPerm } from './rest/util.ts';
import type { Api, ApiRequest, ApiResponse, Routes } from './rest/util.ts';
import { repoRoutes } from './rest/repos.ts';
import { pullRoutes } from './rest/pulls.ts';
import { issueRoutes } from './rest/issues.ts';
import { miscRoutes } from './rest/misc.ts';

export const routes: Routes = { ...repoRoutes, ...pullRoutes, ...issueRoutes, ...miscRoutes };

export interface RequestLogEntry {
  index: number;
  method: string;
  route: string; // OpenAPI template, 'graphql', 'git' or '(unknown)'
  path: string;
  status: number;
  durationMs: number;
  graphqlOperation?: string;
  login?: string;
}

export interface SpecViolation {
  kind: 'request' | 'response' | 'unimplemented' | 'graphql' | 'server-error';
  method: string;
  route: string;
  path: string;
  status?: number;
  message: string;
  requestIndex: number;
}

export interface Core {
  state: State;
  api: Api;
  faults: Faults;
  log: RequestLogEntry[];
  violationList: SpecViolation[];
  projectRoot: string;
  home: string;
}

const API_PREFIX = '/api/v3';
const DOCS = 'https://docs.github.com/rest';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tokenFrom(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^(token|bearer|basic)\s+(.+)$/i.exec(header.trim());
  if (!m) return null;
  if (m[1]!.toLowerCase() === 'basic') {
    const decoded = Buffer.from(m[2]!, 'base64').toString('utf8');
    const idx = decoded.indexOf(':');
    return idx >= 0 ? decoded.slice(idx + 1) : decoded;
  }
  return m[2]!;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const reset = String(Math.floor(Date.now() / 1000) + 3600);
  res.statusCode = status;
  res.setHeader('x-github-request-id', randomUUID());
  res.setHeader('x-github-api-version-selected', '2022-11-28');
  res.setHeader('x-ratelimit-limit', '5000');
  res.setHeader('x-ratelimit-remaining', '4999');
  res.setHeader('x-ratelimit-reset', reset);
  res.setHeader('x-ratelimit-used', '1');
  res.setHeader('x-ratelimit-resource', 'core');
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  if (body === undefined || status === 204 || status === 304) {
    res.end();
    return;
  }
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

type LostFault = Extract<Fault, { kind: 'lost' }>;

/** A 'lost' fault: the request was handled, then its response is replaced by a 502 or a reset. */
function loseResponse(req: IncomingMessage, res: ServerResponse, f: LostFault): number {
  if (f.answer === 'reset') {
    req.socket.destroy();
    return 0;
  }
  send(res, 502, { message: 'Server Error', documentation_url: DOCS, status: '502' });
  return 502;
}

/**
 * Apply matching faults; returns the status when the request was answered (0: socket destroyed), null
 * to handle it. A 'lost' fault is handed to `lost` (applied after handling); without one it is ignored.
 */
async function applyFaults(
  core: Core,
  res: ServerResponse,
  req: IncomingMessage,
  method: string,
  route: string,
  path: string,
  lost?: (f: LostFault) => void,
): Promise<number | null> {
  for (const f of core.faults.take(method, route, path) as Fault[]) {
    if (f.kind === 'lost') {
      lost?.(f);
      continue;
    }
    if (f.kind === 'latency') {
      await sleep(f.ms);
      continue;
    }
    if (f.kind === 'before') {
      await f.run();
      continue;
    }
    if (f.kind === 'reset') {
      req.socket.destroy();
      return 0;
    }
    if (f.kind === 'secondary-rate-limit') {
      send(
        res,
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        { 'retry-after': String(f.retryAfter), 'x-ratelimit-remaining': '4999' },
      );
      return 403;
    }
    if (f.kind === 'status') {
      send(
        res,
        f.status,
        f.body ?? { message: f.status >= 500 ? 'Server Error' : 'Injected fault', documentation_url: DOCS, status: String(f.status) },
        f.headers ?? {},
      );
      return f.status;
    }
  }
  return null;
}

export async function handle(core: Core, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const url = new URL(req.url ?? '/', 'http://sandbox.local');
  const method = (req.method ?? 'GET').toUpperCase();
  const entry: RequestLogEntry = { index: core.log.length, method, route: '(unknown)', path: url.pathname, status: 0, durationMs: 0 };
  core.log.push(entry);
  const violation = (v: Omit<SpecViolation, 'method' | 'path' | 'requestIndex'>): void => {
    core.violationList.push({ method, path: url.pathname, requestIndex: entry.index, ...v });
  };
  try {
    entry.status = await dispatch(core, req, res, url, method, entry, violation);
  } catch (e) {
    entry.status = 500;
    violation({ kind: 'server-error', route: entry.route, status: 500, message: String((e as Error).stack ?? e) });
    if (!res.headersSent) send(res, 500, { message: 'Server Error', documentation_url: DOCS, status: '500' });
    else res.end();
  } finally {
    entry.durationMs = Math.round((performance.now() - started) * 100) / 100;
  }
}

type Violate = (v: Omit<SpecViolation, 'method' | 'path' | 'requestIndex'>) => void;

async function dispatch(
  core: Core,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  method: string,
  entry: RequestLogEntry,
  violation: Violate,
): Promise<number> {
  const pathname = url.pathname;
  // Git smart HTTP: /<owner>/<repo>.git/...
  const gm = /^\/([^/]+)\/([^/]+?)\.git(\/.*)$/.exec(pathname);
  if (gm && !pathname.startsWith('/api/')) {
    entry.route = 'git';
    return serveGitRequest(core, req, res, url, method, entry, gm[1]!, gm[2]!, gm[3]!);
  }
  const isGraphql = pathname === `${API_PREFIX}/graphql` || pathname === '/api/graphql';
  if (!isGraphql && !pathname.startsWith(API_PREFIX + '/') && pathname !== API_PREFIX) {
    send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    return 404;
  }
  const apiPath = isGraphql ? '/graphql' : pathname.slice(API_PREFIX.length) || '/';

  // Authentication: every API request needs a valid token.
  const token = tokenFrom(req.headers.authorization);
  const login = token ? core.state.tokens.get(token) : undefined;
  const kind = (token && core.state.tokenKinds.get(token)) || { installation: false, viewer: true };
  const match = isGraphql ? undefined : matchRoute(apiPath);
  entry.route = isGraphql ? 'graphql' : (match?.template ?? '(unknown)');
  if (!login) {
    await readBody(req);
    const message = token ? 'Bad credentials' : 'Requires authentication';
    send(res, 401, { message, documentation_url: DOCS, status: '401' }, token ? {} : { 'www-authenticate': 'Bearer realm="GitHub"' });
    return 401;
  }
  entry.login = login;

  const raw = await readBody(req);
  let body: unknown;
  const hasBody = raw.length > 0;
  if (hasBody) {
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      send(res, 400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
      violation({ kind: 'request', route: entry.route, status: 400, message: 'request body is not valid JSON' });
      return 400;
    }
  }

  if (isGraphql) {
    if (method !== 'POST') {
      send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      return 404;
    }
    const b = (body ?? {}) as { query?: string; variables?: Record<string, unknown>; operationName?: string };
    const op = typeof b.query === 'string' ? operationName(b.query, b.operationName) : undefined;
    if (op) entry.graphqlOperation = op;
    let lostQuery: LostFault | undefined;
    const faulted = await applyFaults(core, res, req, method, 'graphql', apiPath, (f) => (lostQuery = f));
    if (faulted !== null) return faulted;
    const result = await executeGraphql(core.api, login, b, { viewer: kind.viewer });
    for (const p of result.problems) violation({ kind: 'graphql', route: 'graphql', status: result.status, message: p });
    if (lostQuery) return loseResponse(req, res, lostQuery);
    send(res, result.status, result.body);
    return result.status;
  }

  if (!match) {
    violation({ kind: 'request', route: '(unknown)', status: 404, message: `${method} ${apiPath}: no such path in GitHub's OpenAPI description` });
    send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    return 404;
  }
  if (!match.methods.includes(method.toLowerCase())) {
    violation({
      kind: 'request',
      route: match.template,
      status: 404,
      message: `${method} is not documented for ${match.template} (documented: ${match.methods.join(', ').toUpperCase()})`,
    });
    send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    return 404;
  }

  let lost: LostFault | undefined;
  const faulted = await applyFaults(core, res, req, method, match.template, apiPath, (f) => (lost = f));
  if (faulted !== null) return faulted;

  const problems = validateRequest(match.template, method, match.params, url.searchParams, body, hasBody);
  if (problems.length) {
    const message = problems.map((p) => p.message).join('; ');
    violation({ kind: 'request', route: match.template, status: problems.some((p) => p.where === 'path') ? 404 : 422, message });
    if (problems.some((p) => p.where === 'path')) {
      send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      return 404;
    }
    send(res, 422, { message: `Invalid request.\n\n${message}`, documentation_url: DOCS, status: '422' });
    return 422;
  }

  const handler = routes[`${method} ${match.template}`];
  if (!handler) {
    violation({
      kind: 'unimplemented',
      route: match.template,
      status: 501,
      message: `${method} ${match.template} is documented but not implemented by the sandbox`,
    });
    send(res, 501, { message: `Not implemented by the sandbox: ${method} ${match.template}`, documentation_url: DOCS, status: '501' });
    return 501;
  }

  const apiReq: ApiRequest = {
    method,
    path: apiPath,
    route: match.template,
    params: match.params,
    query: url.searchParams,
    body,
    login,
    installation: kind.installation,
  };
  if (match.params.owner && match.params.repo) {
    const r = core.state.repo(match.params.owner, match.params.repo);
    if (!r || !hasPerm(r, login, 'read')) {
      send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
      return 404;
    }
    apiReq.repo = r;
  }

  let out: ApiResponse;
  try {
    out = await handler(apiReq, core.api);
  } catch (e) {
    if (e instanceof ApiError) out = { status: e.status, body: e.body, headers: e.headers };
    else throw e;
  }
  if (out.body !== undefined) {
    for (const p of validateResponse(match.template, method, out.status, out.body)) {
      violation({ kind: 'response', route: match.template, status: out.status, message: p.message });
    }
  } else if (out.status >= 200 && out.status < 300) {
    for (const p of validateResponse(match.template, method, out.status, undefined).filter((x) => x.message.includes('not documented'))) {
      violation({ kind: 'response', route: match.template, status: out.status, message: p.message });
    }
  }
  if (lost) return loseResponse(req, res, lost);
  send(res, out.status, out.body, out.headers ?? {});
  return out.status;
}

async function serveGitRequest(
  core: Core,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  method: string,
  entry: RequestLogEntry,
  owner: string,
  name: string,
  rest: string,
): Promise<number> {
  const r = core.state.repo(owner, name);
  let lost: LostFault | undefined;
  const faulted = await applyFaults(core, res, req, method, 'git', url.pathname, (f) => (lost = f));
  if (faulted !== null) return faulted;
  const deny = (status: number, msg: string, auth = false): number => {
    req.resume();
    res.statusCode = status;
    res.setHeader('content-type', 'text/plain');
    if (auth) res.setHeader('www-authenticate', 'Basic realm="GitHub"');
    res.end(msg + '\n');
    return status;
  };
  if (!r) return deny(404, 'Repository not found.');
  const isPush = rest.endsWith('/git-receive-pack') || url.searchParams.get('service') === 'git-receive-pack';
  const token = tokenFrom(req.headers.authorization);
  const login = token ? core.state.tokens.get(token) : undefined;
  if (token && !login) return deny(401, 'Invalid username or token. Password authentication is not supported for Git operations.', true);
  if (login) entry.login = login;
  if (isPush || r.private) {
    if (!login) return deny(401, 'Authentication required.', true);
    if (!hasPerm(r, login, isPush ? 'write' : 'read')) {
      return hasPerm(r, login, 'read') ? deny(403, `Permission to ${r.fullName}.git denied to ${login}.`) : deny(404, 'Repository not found.');
    }
  }
  const opts = {
    projectRoot: core.projectRoot,
    home: core.home,
    pathInfo: `/${r.fullName}.git${rest}`,
    query: url.search.replace(/^\?/, ''),
    remoteUser: login ?? null,
  };
  if (!lost) return serveGit(req, res, opts);
  // Performed, then lost: git http-backend does the whole operation (a push updates the refs), its answer is dropped.
  await serveGit(req, discardingResponse(), opts);
  return loseResponse(req, res, lost);
}

/** A response sink for git http-backend's answer to a request whose response is lost. */
function discardingResponse(): ServerResponse {
  const sink = { statusCode: 200, setHeader: () => sink, write: () => true, end: () => sink };
  return sink as unknown as ServerResponse;
}
