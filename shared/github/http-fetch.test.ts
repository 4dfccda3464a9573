import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { Octokit } from '@octokit/core';
import { RequestError } from '@octokit/request-error';
import { afterEach, describe, expect, it } from 'vitest';
import { closedPort } from '../../sandbox/testing.ts';
import { networkErrorCode } from './client.ts';
import { httpFetch, MAX_REDIRECTS } from './http-fetch.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A loopback server recording every request; `handle` answers it. */
async function serve(handle: (req: Seen, res: ServerResponse) => void): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(entry);
      handle(entry, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const fetch = httpFetch(60_000);
const json = (res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(data));
};

describe('httpFetch: the fetch Octokit sends requests with (node:http)', () => {
  it('answers as fetch does: status, final URL, lowercased headers iterable and readable, the body as text, JSON or bytes', async () => {
    const { url, seen } = await serve((_req, res) => {
      res.setHeader('X-RateLimit-Remaining', '4999');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      json(res, 201, { ok: 'é' });
    });
    const answer = await fetch(`${url}/repos/a/b/issues`, {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: '{"title":"x"}',
    });
    expect(answer.status).toBe(201);
    expect(answer.ok).toBe(true);
    expect(answer.url).toBe(`${url}/repos/a/b/issues`);
    expect(answer.headers.get('X-RATELIMIT-REMAINING')).toBe('4999');
    expect(Object.fromEntries(answer.headers)['set-cookie']).toBe('a=1, b=2');
    expect(await answer.json()).toEqual({ ok: 'é' });
    expect(new TextDecoder().decode(await answer.arrayBuffer())).toBe('{"ok":"é"}');
    expect(seen[0]).toMatchObject({ method: 'POST', body: '{"title":"x"}' });
    expect(seen[0]!.headers).toMatchObject({ authorization: 'token t', 'content-length': '13', 'accept-encoding': 'gzip, deflate, br' });
  });

  it('decodes gzip, deflate (zlib and raw) and br answers', async () => {
    const text = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => `item ${i}`) });
    const encoded: Record<string, Buffer> = { gzip: gzipSync(text), deflate: deflateSync(text), br: brotliCompressSync(text) };
    const { url } = await serve((req, res) => {
      const kind = req.url.slice(1);
      const body = kind === 'raw' ? deflateRawSync(text) : encoded[kind]!;
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': kind === 'raw' ? 'deflate' : kind });
      res.end(body);
    });
    for (const kind of ['gzip', 'deflate', 'br', 'raw']) expect(await (await fetch(`${url}/${kind}`)).text(), kind).toBe(text);
  });

  it('follows redirects in its origin with the token, and drops the token when a redirect leaves the origin', async () => {
    const other = await serve((_req, res) => json(res, 200, { where: 'other host' }));
    const { url, seen } = await serve((req, res) => {
      if (req.url === '/repos/old/name') return void res.writeHead(301, { location: '/repositories/42' }).end();
      if (req.url === '/repositories/42') return void res.writeHead(302, { location: `${other.url}/blob?sig=1` }).end();
      json(res, 404, {});
    });
    const answer = await fetch(`${url}/repos/old/name`, { headers: { authorization: 'token secret', accept: 'application/json' } });
    expect(await answer.json()).toEqual({ where: 'other host' });
    expect(answer.url).toBe(`${other.url}/blob?sig=1`);
    expect(answer.redirected).toBe(true);
    expect(seen.map((s) => s.headers.authorization)).toEqual(['token secret', 'token secret']);
    expect(other.seen).toHaveLength(1);
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
    expect(other.seen[0]!.headers.accept).toBe('application/json');
  });

  it('turns a POST into a GET without its body on 303 (and 301/302), keeps method and body on 307/308', async () => {
    const { url, seen } = await serve((req, res) => {
      const codes: Record<string, number> = { '/303': 303, '/302': 302, '/307': 307, '/308': 308 };
      const code = codes[req.url];
      if (code) return void res.writeHead(code, { location: '/done' }).end();
      json(res, 200, { method: req.method, body: req.body });
    });
    const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' };
    expect(await (await fetch(`${url}/303`, post)).json()).toEqual({ method: 'GET', body: '' });
    expect(await (await fetch(`${url}/302`, post)).json()).toEqual({ method: 'GET', body: '' });
    expect(await (await fetch(`${url}/307`, post)).json()).toEqual({ method: 'POST', body: '{"a":1}' });
    expect(await (await fetch(`${url}/308`, { ...post, method: 'PATCH' })).json()).toEqual({ method: 'PATCH', body: '{"a":1}' });
    expect(seen.find((s) => s.url === '/done' && s.method === 'GET')!.headers['content-type']).toBeUndefined();
  });

  it('refuses a redirect loop, a redirect to another scheme, and answers the 3xx itself with redirect: "manual"', async () => {
    const { url, seen } = await serve((req, res) => {
      if (req.url === '/file') return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      res.writeHead(302, { location: `/loop${seen.length}` }).end();
    });
    await expect(fetch(`${url}/loop`)).rejects.toThrow(new RegExp(`more than ${MAX_REDIRECTS} redirects`));
    expect(seen).toHaveLength(MAX_REDIRECTS + 1);
    await expect(fetch(`${url}/file`)).rejects.toThrow(/redirected to a file: URL/);
    const manual = await fetch(`${url}/x`, { redirect: 'manual' });
    expect(manual.status).toBe(302);
    await expect(fetch(`${url}/x`, { redirect: 'error' })).rejects.toThrow(/redirected/);
  });

  it('rejects with the system error when no connection can be made, a connection goes silent, or an answer is cut short', async () => {
    const refused = await fetch(`http://127.0.0.1:${await closedPort()}/`).catch((e: unknown) => e);
    expect((refused as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');

    const silent = await serve(() => undefined); // never answers
    const stalled = await httpFetch(300)(`${silent.url}/slow`).catch((e: unknown) => e);
    expect((stalled as NodeJS.ErrnoException).code).toBe('ETIMEDOUT');
    expect(String(stalled)).toMatch(/no answer from 127\.0\.0\.1:\d+/);

    const cut = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"partial":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const short = await fetch(`${cut.url}/cut`).catch((e: unknown) => e);
    expect((short as NodeJS.ErrnoException).code).toBe('ECONNRESET');
  });

  it('serves Octokit: JSON data, a 204, an error answer as a RequestError, a refused connection with its system code', async () => {
    const { url } = await serve((req, res) => {
      if (req.url.startsWith('/repos/a/b/labels')) return void res.writeHead(204).end();
      if (req.url === '/repos/a/b') return json(res, 200, { full_name: 'a/b' });
      json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    });
    const octokit = new Octokit({ baseUrl: url, auth: 't', request: { fetch } });
    expect((await octokit.request('GET /repos/{owner}/{repo}', { owner: 'a', repo: 'b' })).data).toEqual({ full_name: 'a/b' });
    expect((await octokit.request('DELETE /repos/{owner}/{repo}/labels/{name}', { owner: 'a', repo: 'b', name: 'x' })).status).toBe(204);
    const missing = await octokit.request('GET /repos/{owner}/{repo}/pulls', { owner: 'a', repo: 'b' }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(RequestError);
    expect((missing as RequestError).status).toBe(404);
    expect((missing as RequestError).message).toContain('Not Found');

    const down = await new Octokit({ baseUrl: `http://127.0.0.1:${await closedPort()}`, request: { fetch } }).request('GET /zen').catch((e: unknown) => e);
    expect((down as RequestError).status).toBe(500);
    expect(networkErrorCode(down)).toBe('ECONNREFUSED');
  });
});
