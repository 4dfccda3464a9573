// Git smart HTTP through `git http-backend` run as a CGI child.
import { spawn } from 'node:child_process';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gitEnv } from './git.ts';

let execPath: Promise<string> | undefined;

function gitExecPath(home: string): Promise<string> {
  if (!execPath) {
    execPath = new Promise((resolve, reject) => {
      const c = spawn('git', ['--exec-path'], { env: gitEnv(home) });
      let out = '';
      c.stdout.on('data', (d: Buffer) => (out += d.toString()));
      c.on('error', reject);
      c.on('close', () => resolve(out.trim()));
    });
  }
  return execPath;
}

export interface GitHttpOpts {
  projectRoot: string;
  home: string;
  pathInfo: string; // /owner/repo.git/info/refs
  query: string;
  remoteUser: string | null;
}

/** Pipe one request through git http-backend and stream the CGI response. */
export async function serveGit(req: IncomingMessage, res: ServerResponse, opts: GitHttpOpts): Promise<number> {
  const backend = join(await gitExecPath(opts.home), 'git-http-backend');
  const env: NodeJS.ProcessEnv = {
    ...gitEnv(opts.home),
    GIT_PROJECT_ROOT: opts.projectRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    GIT_HTTP_MAX_REQUEST_BUFFER: '100M',
    PATH_INFO: opts.pathInfo,
    QUERY_STRING: opts.query,
    REQUEST_METHOD: req.method ?? 'GET',
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PROTOCOL: 'HTTP/1.1',
  };
  if (opts.remoteUser) env.REMOTE_USER = opts.remoteUser;
  if (req.headers['git-protocol']) env.GIT_PROTOCOL = String(req.headers['git-protocol']);
  const gz = /gzip/i.test(String(req.headers['content-encoding'] ?? ''));
  if (req.headers['content-length'] && !gz) env.CONTENT_LENGTH = String(req.headers['content-length']);
  const child = spawn(backend, [], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  (gz ? req.pipe(createGunzip()) : req).pipe(child.stdin);
  child.stdin.on('error', () => {});
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => {
    let headerBuf = Buffer.alloc(0);
    let headersDone = false;
    let status = 200;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      headerBuf = Buffer.concat([headerBuf, chunk]);
      let idx = headerBuf.indexOf('\r\n\r\n');
      let sepLen = 4;
      if (idx < 0) {
        idx = headerBuf.indexOf('\n\n');
        sepLen = 2;
      }
      if (idx < 0) return;
      const head = headerBuf.subarray(0, idx).toString('utf8');
      const rest = headerBuf.subarray(idx + sepLen);
      for (const line of head.split(/\r?\n/)) {
        const c = line.indexOf(':');
        if (c < 0) continue;
        const k = line.slice(0, c).trim();
        const v = line.slice(c + 1).trim();
        if (k.toLowerCase() === 'status') status = Number(v.split(' ')[0]) || 200;
        else res.setHeader(k, v);
      }
      res.statusCode = status;
      headersDone = true;
      if (rest.length) res.write(rest);
    });
    child.on('close', (code) => {
      if (!headersDone) {
        res.statusCode = 500;
        res.setHeader('content-type', 'text/plain');
        res.end(`git http-backend failed (${code}): ${stderr}`);
        status = 500;
      } else res.end();
      resolve(status);
    });
  });
}
