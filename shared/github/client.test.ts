// Proxies: a self-hosted runner behind a proxy reaches GitHub through it, by the same rules as
// @actions/github (https_proxy/http_proxy, no_proxy); without one, no proxy library is involved.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../../sandbox/index.ts';
import { runAction } from '../../sandbox/harness.ts';
import { pullRequestEvent } from '../../sandbox/events.ts';
import { apiGet, errorsOf } from '../../sandbox/testing.ts';
import { createOctokit, proxyFor, tuningFromEnv, userAgentFor } from './client.ts';
import { MemoryLogger } from '../logger.ts';

describe('proxyFor: which requests go through a proxy', () => {
  it('none without a proxy variable', () => {
    expect(proxyFor('https://api.github.com', {})).toBeUndefined();
  });

  it('https_proxy for an https API, http_proxy for an http one, either spelling', () => {
    expect(proxyFor('https://api.github.com', { https_proxy: 'http://proxy.corp:3128' })?.href).toBe('http://proxy.corp:3128/');
    expect(proxyFor('https://api.github.com', { HTTPS_PROXY: 'http://proxy.corp:3128' })?.href).toBe('http://proxy.corp:3128/');
    expect(proxyFor('https://api.github.com', { http_proxy: 'http://proxy.corp:3128' })).toBeUndefined();
    expect(proxyFor('http://ghes.corp/api/v3', { http_proxy: 'http://proxy.corp:3128' })?.href).toBe('http://proxy.corp:3128/');
  });

  it('no_proxy exempts a host, a domain suffix or everything; loopback is never proxied', () => {
    const proxy = { https_proxy: 'http://proxy.corp:3128' };
    expect(proxyFor('https://api.github.com', { ...proxy, no_proxy: 'api.github.com' })).toBeUndefined();
    expect(proxyFor('https://ghes.corp.example/api/v3', { ...proxy, NO_PROXY: '.corp.example' })).toBeUndefined();
    expect(proxyFor('https://api.github.com', { ...proxy, no_proxy: '*' })).toBeUndefined();
    expect(proxyFor('https://127.0.0.1:8443/api/v3', proxy)).toBeUndefined();
    expect(proxyFor('https://api.github.com', { ...proxy, no_proxy: 'github.example' })?.href).toBe('http://proxy.corp:3128/');
  });

  it("does not change this process's environment", () => {
    const before = process.env.https_proxy;
    proxyFor('https://api.github.com', { https_proxy: 'http://proxy.corp:3128' });
    expect(process.env.https_proxy).toBe(before);
  });
});

describe('userAgentFor', () => {
  it("adds the job's orchestration id, as @actions/github does, once and sanitized", () => {
    expect(userAgentFor('portal-release', {})).toBe('portal-release');
    expect(userAgentFor('portal-release', { ACTIONS_ORCHESTRATION_ID: ' abc/12 3 ' })).toBe('portal-release actions_orchestration_id/abc_12_3');
    expect(userAgentFor('portal-release actions_orchestration_id/x', { ACTIONS_ORCHESTRATION_ID: 'x' })).toBe('portal-release actions_orchestration_id/x');
  });
});

describe('write pacing', () => {
  it('is on unless the environment turns it off for the stand-in', () => {
    expect(tuningFromEnv({})).toEqual({});
    expect(tuningFromEnv({ PORTAL_RELEASE_WRITE_PACING: 'github' })).toEqual({});
    expect(tuningFromEnv({ PORTAL_RELEASE_WRITE_PACING: 'off', PORTAL_RELEASE_RETRY_BASE_MS: '5' })).toEqual({ writePacing: false, retryBaseMs: 5 });
    expect(tuningFromEnv({ PORTAL_RELEASE_RETRY_BASE_MS: 'soon' })).toEqual({});
  });

  it('by default leaves at least a second between two writes that notify people (GitHub asks for it)', async () => {
    const times: number[] = [];
    const server = createServer((req, res) => {
      req.resume();
      times.push(performance.now());
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: times.length, body: 'x', html_url: 'http://example.test', user: { login: 'bot' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const octokit = createOctokit({ token: 't', apiUrl: `http://127.0.0.1:${port}`, logger: new MemoryLogger(), env: {} });
      const comment = { owner: 'acme', repo: 'app', issue_number: 1, body: 'hello' };
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', comment);
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', comment);
      expect(times).toHaveLength(2);
      expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(900);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

/** Sends a request on to the stand-in at `port` (loopback) under `path`, and its answer back. */
function forward(req: IncomingMessage, res: ServerResponse, port: number | string, path: string): void {
  const upstream = httpRequest({ host: '127.0.0.1', port, method: req.method, path, headers: req.headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  req.pipe(upstream);
}

/** An HTTP proxy on loopback that records what it was asked for and sends it to the stand-in. */
async function recordingProxy(upstreamPort: number): Promise<{ server: Server; url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    // An absolute-form request (plain HTTP through a proxy).
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '/');
    forward(req, res, upstreamPort, target.pathname + target.search);
  });
  server.on('connect', (req, socket, head) => {
    // A tunnel (what undici's ProxyAgent asks for, whatever the scheme).
    seen.push(`CONNECT ${req.url}`);
    const upstream = connect(upstreamPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}`, seen };
}

describe('a bundle behind a proxy (runner contract, Node 24)', () => {
  let sb: Sandbox;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;

  beforeAll(async () => {
    sb = await Sandbox.start();
    proxy = await recordingProxy(Number(new URL(sb.apiUrl).port));
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy?.server.close(resolve));
    await sb?.close();
  });

  it('reaches a host only the proxy can resolve, for every request, through http_proxy', async () => {
    const repo = await sb.createRepo('acme/behind-proxy', { branches: ['dev'], files: { 'README.md': '# proxy\n' } });
    await repo.createBranch('topic', 'dev');
    await repo.commit('topic', { 'a.ts': 'export {};\n' }, 'fix: a');
    const opened = await repo.openPullRequest({ head: 'topic', base: 'dev', title: 'fix: a', user: 'alice' });
    const pr = await apiGet(sb, `/repos/acme/behind-proxy/pulls/${opened.number}`);
    const event = pullRequestEvent('opened', pr, await apiGet(sb, '/repos/acme/behind-proxy'));
    // `.invalid` never resolves (RFC 6761): only the proxy, which sends everything to the stand-in, can reach it.
    const host = `stand-in.invalid:${new URL(sb.apiUrl).port}`;
    const run = (env: Record<string, string>) =>
      runAction({
        action: 'freeze-guard',
        inputs: { now: '2026-06-10T12:00:00Z' },
        eventName: 'pull_request',
        event,
        repository: 'acme/behind-proxy',
        apiUrl: `http://${host}/api/v3`,
        serverUrl: `http://${host}`,
        token: sb.token,
        env: { PORTAL_RELEASE_RETRY_BASE_MS: '0', ...env },
      });

    const through = await run({ http_proxy: proxy.url });
    expect(errorsOf(through), through.stdout).toEqual([]);
    expect(through.exitCode).toBe(0);
    expect(through.outputs.decision).toBe('not-frozen');
    expect(proxy.seen.length).toBeGreaterThanOrEqual(3);
    expect(
      proxy.seen.every((line) => line.includes('stand-in.invalid')),
      proxy.seen.join('\n'),
    ).toBe(true);

    const before = proxy.seen.length;
    const exempt = await run({ http_proxy: proxy.url, no_proxy: 'stand-in.invalid' });
    expect(exempt.exitCode).toBe(1);
    expect(errorsOf(exempt).join('\n')).toMatch(/network failure.*stand-in\.invalid.*(ENOTFOUND|EAI_AGAIN)/s);
    expect(proxy.seen.length).toBe(before);
  });
});

/** A key and self-signed certificate for 127.0.0.1, made for this test run and trusted by nothing else. */
function testCertificate(): { certFile: string; cert: Buffer; key: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-release-tls-'));
  const [certFile, keyFile] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=localhost'].concat([
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ]),
    { stdio: 'ignore' },
  );
  return { certFile, cert: readFileSync(certFile), key: readFileSync(keyFile) };
}

describe('a bundle over HTTPS (runner contract, Node 24)', () => {
  it('sends every API request over TLS to an https:// API URL, as on GitHub', async () => {
    const tls = testCertificate();
    const sb = await Sandbox.start();
    // A TLS front for the stand-in: what it records is what arrived encrypted.
    const seen: string[] = [];
    const upstream = new URL(sb.apiUrl);
    const front = createTlsServer({ cert: tls.cert, key: tls.key }, (req, res) => {
      seen.push(`${req.method} ${req.url}`);
      forward(req, res, upstream.port, req.url ?? '/');
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    try {
      const repo = await sb.createRepo('acme/over-tls', { branches: ['dev'], files: { 'README.md': '# tls\n' } });
      await repo.createBranch('topic', 'dev');
      await repo.commit('topic', { 'a.ts': 'export {};\n' }, 'fix: a');
      const opened = await repo.openPullRequest({ head: 'topic', base: 'dev', title: 'fix: a', user: 'alice' });
      const pr = await apiGet(sb, `/repos/acme/over-tls/pulls/${opened.number}`);
      const https = `https://127.0.0.1:${(front.address() as { port: number }).port}`;
      const run = await runAction({
        action: 'freeze-guard',
        inputs: { now: '2026-06-10T12:00:00Z' },
        eventName: 'pull_request',
        event: pullRequestEvent('opened', pr, await apiGet(sb, '/repos/acme/over-tls')),
        repository: 'acme/over-tls',
        apiUrl: `${https}${upstream.pathname}`,
        serverUrl: https,
        token: sb.token,
        // The runner's Node trusts the test certificate only through this variable, read at start.
        env: { NODE_EXTRA_CA_CERTS: tls.certFile },
      });
      expect(errorsOf(run), run.stdout).toEqual([]);
      expect(run.outputs.decision).toBe('not-frozen');
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(seen.some((line) => line.includes('/statuses/'))).toBe(true);
    } finally {
      await new Promise((resolve) => front.close(resolve));
      await sb.close();
      rmSync(path.dirname(tls.certFile), { recursive: true, force: true });
    }
  });
});
