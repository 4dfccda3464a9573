/**
 * Git at scale for `npm run bench`: a generated history written straight into a sandbox repository with
 * `git fast-import`, and a counting reverse proxy in front of the stand-in that measures the bytes git
 * smart-HTTP moves (what an action fetches, compared with a full clone).
 */
import { spawn } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HistoryShape {
  /** Commits shared by every branch. */
  common: number;
  /** Commits on dev only (dev is this far ahead of main). */
  devOnly: number;
  /** Commits on main only (hotfixes; main is this far ahead of dev). */
  mainOnly: number;
  /** Files in the tree (each commit rewrites one). */
  files: number;
}

const DAY = 86_400;

/**
 * Writes the history into the bare repository `gitDir` (branches main, stg at the common tip … see below) with
 * one `git fast-import` process: `common` commits on main, stg branching at the common tip, dev adding `devOnly`
 * commits and main adding `mainOnly` commits of its own. Returns the number of commits written.
 */
export async function generateHistory(gitDir: string, shape: HistoryShape, env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawn('git', ['--git-dir', gitDir, 'fast-import', '--quiet', '--force', '--done'], { env, stdio: ['pipe', 'ignore', 'pipe'] });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (b: Buffer) => stderr.push(b));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}: ${Buffer.concat(stderr).toString()}`))));
  });
  const start = Date.parse('2020-01-01T00:00:00Z') / 1000;
  const total = shape.common + shape.devOnly + shape.mainOnly;
  const step = Math.max(1, Math.floor((6 * 365 * DAY) / total));
  let mark = 0;
  let buffer = '';
  const flush = async (force = false): Promise<void> => {
    if (!force && buffer.length < 1 << 20) return;
    const chunk = buffer;
    buffer = '';
    if (!child.stdin.write(chunk)) await new Promise<void>((r) => child.stdin.once('drain', () => r()));
  };
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commit = async (branch: string, parent: number | null, n: number, who: string): Promise<number> => {
    mark += 1;
    const file = `src/m${String(n % 40).padStart(2, '0')}/f${String(n % shape.files).padStart(4, '0')}.txt`;
    const when = start + mark * step;
    buffer +=
      `commit refs/heads/${branch}\nmark :${mark}\n` +
      `author ${who} <${who}@example.com> ${when} +0000\ncommitter ${who} <${who}@example.com> ${when} +0000\n` +
      data(`${branch === 'dev' ? 'feat' : branch === 'main' && n >= shape.common ? 'fix' : 'chore'}: change ${n}\n`) +
      (parent !== null ? `from :${parent}\n` : '') +
      `M 100644 inline ${file}\n${data(`${file} revision ${n}\n`)}\n`;
    await flush();
    return mark;
  };
  let tip: number | null = null;
  for (let n = 0; n < shape.common; n++) tip = await commit('main', tip, n, 'dev1');
  const base = tip!;
  buffer += `reset refs/heads/stg\nfrom :${base}\n\n`;
  let dev = base;
  for (let n = 0; n < shape.devOnly; n++) dev = await commit('dev', dev, shape.common + n, 'dev2');
  let main = base;
  for (let n = 0; n < shape.mainOnly; n++) main = await commit('main', main, shape.common + shape.devOnly + n, 'ops');
  buffer += 'done\n';
  await flush(true);
  child.stdin.end();
  await done;
  return total;
}

export interface CountingProxy {
  url: string;
  /** Bytes received from / sent to the stand-in on git smart-HTTP paths since the last reset. */
  gitBytesDown(): number;
  gitBytesUp(): number;
  gitRequests(): number;
  reset(): void;
  close(): Promise<void>;
}

/** A loopback reverse proxy to `target` (the stand-in's server URL) that counts git smart-HTTP bytes. */
export async function countingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  let down = 0;
  let up = 0;
  let requests = 0;
  const isGit = (path: string): boolean => /^\/[^/]+\/[^/]+\.git\//.test(path);
  const server: Server = createServer((req, res) => {
    const git = isGit(req.url ?? '');
    if (git) requests += 1;
    const out = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.on('data', (b: Buffer) => {
          if (git) down += b.length;
        });
        r.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.on('data', (b: Buffer) => {
      if (git) up += b.length;
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    gitBytesDown: () => down,
    gitBytesUp: () => up,
    gitRequests: () => requests,
    reset: () => {
      down = 0;
      up = 0;
      requests = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** What the git commands of one run cost, from git's own trace (GIT_TRACE2_EVENT). */
export interface GitTime {
  /** Time during which at least one of the run's git commands was running (overlaps counted once). */
  wallMs: number;
  /** Commands the action ran (git's own children, such as remote-http or index-pack, are inside them). */
  commands: number;
}

/**
 * Reads a GIT_TRACE2_EVENT file: each top-level git process (a session id without "/") starts at its `start`
 * event's time and lasts its `exit` event's `t_abs` seconds; the union of those intervals is the git time.
 */
export function gitTimeOf(trace: string): GitTime {
  const started = new Map<string, number>();
  const intervals: [number, number][] = [];
  for (const line of trace.split('\n')) {
    if (!line.trim()) continue;
    let event: { event?: string; sid?: string; time?: string; t_abs?: number };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      continue;
    }
    if (!event.sid || event.sid.includes('/')) continue;
    if (event.event === 'start' && event.time) started.set(event.sid, Date.parse(event.time) + Number(event.time.match(/\.\d{3}(\d{3})/)?.[1] ?? 0) / 1000);
    if (event.event === 'exit' && typeof event.t_abs === 'number' && started.has(event.sid)) {
      const from = started.get(event.sid)!;
      intervals.push([from, from + event.t_abs * 1000]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  let wallMs = 0;
  let end = -Infinity;
  for (const [from, to] of intervals) {
    if (to <= end) continue;
    wallMs += to - Math.max(from, end);
    end = to;
  }
  return { wallMs, commands: intervals.length };
}
