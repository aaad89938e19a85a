/**
 * The preload as the standalone server runs it: a real HTTP server with scripts/server-hooks.cjs
 * installed and the app's front door registered, spoken to over raw sockets so that any bytes, any
 * method, reach it.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFrontDoor, FRONT_DOOR } from '@/lib/security/front-door';
import { createStaticAssets } from '@/lib/security/static-assets';

const OBSERVER = Symbol.for('kubesys.http-observer');
const observed: { method: string; url: string; status: number; headers: Record<string, unknown> }[] = [];
let server: http.Server;
let port: number;
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-static-'));
const SCRIPT = `console.log(${JSON.stringify('kube-system '.repeat(200))});`;
fs.mkdirSync(path.join(staticDir, 'chunks'));
fs.writeFileSync(path.join(staticDir, 'chunks', 'app.js'), SCRIPT);
const assets = createStaticAssets(staticDir);

beforeAll(async () => {
  createRequire(import.meta.url)('./server-hooks.cjs');
  const hooks = globalThis as Record<symbol, unknown>;
  hooks[FRONT_DOOR] = createFrontDoor('', { assets, hosts: () => new Set() });
  hooks[OBSERVER] = (method: string, url: string, status: number, _seconds: number, headers: Record<string, unknown>) =>
    observed.push({ method, url, status, headers });
  server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ peer: req.headers['x-kubesys-peer'], url: req.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  fs.rmSync(staticDir, { recursive: true, force: true });
});

/** Sends bytes as they are and reads the whole answer (the connection is closed after it). */
function raw(request: Buffer | string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      let body = rest.join('\r\n\r\n');
      if (headers['transfer-encoding'] === 'chunked') body = body.replace(/^[0-9a-f]+\r\n/, '').replace(/\r\n0\r\n\r\n$/, '');
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

const get = (method: string, target: string | Buffer) =>
  raw(Buffer.concat([Buffer.from(`${method} `), Buffer.isBuffer(target) ? target : Buffer.from(target), Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')]));

function expectEnvelope(answer: { status: number; headers: Record<string, string>; body: string }, status: number) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['x-frame-options']).toBe('DENY');
  expect(JSON.parse(answer.body)).toMatchObject({ error: { status, code: expect.any(String), message: expect.any(String) } });
}

describe('server-hooks preload', () => {
  it('passes ordinary requests on, with the socket peer overwriting a client-sent x-kubesys-peer', async () => {
    const answer = await raw('GET /api/overview HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Kubesys-Peer: 10.0.0.1\r\nConnection: close\r\n\r\n');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ peer: '127.0.0.1', url: '/api/overview' });
  });

  it.each(['TRACE', 'PROPFIND', 'DELETE', 'OPTIONS', 'PATCH'])('answers %s with a JSON 405 and the security headers', async (method) => {
    const answer = await get(method, '/api/overview');
    expectEnvelope(answer, 405);
    expect(answer.headers.allow).toBe('GET');
  });

  it('answers a HEAD on a proxied watch itself: 405 as a Kubernetes Status, nothing passed on', async () => {
    const answer = await get('GET', '/api/healthz');
    expect(answer.status).toBe(200);
    const head = await raw('HEAD /api/k8s/api/v1/namespaces/kube-system/pods?watch=true HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(head.status).toBe(405);
    expect(head.headers.allow).toBe('GET');
    expect(head.body).toBe('');
  });

  it.each(['/api/pods/%ff', '/api/pods/%c3%28', '/pods/%ff', '/api/k8s/%ff', '/api/pods/%00', '*', 'http://evil.example/api/overview'])(
    'answers the target %s with a JSON 400',
    async (target) => {
      expectEnvelope(await get('GET', target), 400);
    },
  );

  it.each([
    ['raw byte 0xff in the path', Buffer.from('/api/pods/\xff', 'latin1')],
    ['a control character in the path', Buffer.from('/api/pods/a\x01b')],
    ['a space in the path', Buffer.from('/api/pods/a b')],
  ])('answers %s (refused by the HTTP parser) with a JSON 400', async (_, target) => {
    expectEnvelope(await get('GET', target), 400);
  });

  it('answers a method the parser does not know with a JSON 400', async () => {
    expectEnvelope(await get('FOO', '/api/overview'), 400);
    expectEnvelope(await get('get', '/api/overview'), 400);
    expectEnvelope(await get('TRACK', '/api/overview'), 400);
  });

  it('passes a static asset on to Next.js once, then answers it from memory, gzipped when asked', async () => {
    const request = (host: string) => `GET /_next/static/chunks/app.js HTTP/1.1\r\nHost: ${host}\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`;
    const first = await raw(request('127.0.0.1'));
    expect(JSON.parse(first.body)).toEqual({ peer: '127.0.0.1', url: '/_next/static/chunks/app.js' });
    await assets.settled();
    const cached = await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get({ port, host: '127.0.0.1', path: '/_next/static/chunks/app.js', headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(cached.status).toBe(200);
    expect(cached.headers['content-encoding']).toBe('gzip');
    expect(cached.headers['x-content-type-options']).toBe('nosniff');
    expect(gunzipSync(cached.body).toString()).toBe(SCRIPT);
    // A Host the proxy refuses still reaches it (and its 421), asset or not.
    const rebound = await raw(request('evil.example'));
    expect(JSON.parse(rebound.body)).toEqual({ peer: '127.0.0.1', url: '/_next/static/chunks/app.js' });
  });

  it('hands every answered request to the observer with its status and headers', async () => {
    observed.length = 0;
    await get('TRACE', '/api/overview');
    await get('GET', '/api/overview');
    await expect.poll(() => observed.length).toBe(2);
    expect(observed.map((o) => [o.method, o.url, o.status])).toEqual([
      ['TRACE', '/api/overview', 405],
      ['GET', '/api/overview', 200],
    ]);
    expect(observed[1]!.headers['x-kubesys-peer']).toBe('127.0.0.1');
  });
});
