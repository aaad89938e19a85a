/**
 * HTTP as an attacker sends it, which Playwright's request fixture will not: any method, any Host, the
 * path byte for byte, from a chosen loopback address (127.0.0.x, so each test is its own client for the
 * per-client limits), and streams that can be held open and dropped.
 */
import http from 'node:http';
import net from 'node:net';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The local address to connect from, e.g. 127.0.0.7. */
  from?: string;
}

/** One request to `base` + `path` (the path is sent as given, not normalised). */
export function send(base: string, path: string, opts: SendOptions = {}): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: opts.method ?? 'GET',
        headers: { Connection: 'close', ...opts.headers },
        localAddress: opts.from,
        setHost: !Object.keys(opts.headers ?? {}).some((name) => name.toLowerCase() === 'host'),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(opts.body);
  });
}

export interface OpenStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Resolves with the text received so far once it contains `text`. */
  waitFor(text: string): Promise<string>;
  /** Resolves when the server ends the response. */
  ended: Promise<void>;
  /** Drops the connection, as a client that goes away. */
  close(): void;
}

/** Opens a streaming GET and resolves once the response headers are in; the body keeps coming. */
export function openStream(base: string, path: string, opts: SendOptions = {}): Promise<OpenStream> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: url.hostname, port: url.port, path, headers: opts.headers, localAddress: opts.from, agent: false },
      (response) => {
        let text = '';
        const waiters: { text: string; resolve: (all: string) => void }[] = [];
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          for (const waiter of waiters.splice(0)) {
            if (text.includes(waiter.text)) waiter.resolve(text);
            else waiters.push(waiter);
          }
        });
        const ended = new Promise<void>((done) => {
          response.on('end', () => done());
          response.on('close', () => done());
        });
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          waitFor: (wanted) => (text.includes(wanted) ? Promise.resolve(text) : new Promise((done) => waiters.push({ text: wanted, resolve: done }))),
          ended,
          close: () => request.destroy(),
        });
      },
    );
    request.on('error', (error) => {
      if (!request.destroyed) reject(error);
    });
  });
}

/** Sends raw bytes (any method, any bytes in the path) and reads the answer until the server closes. */
export function sendRaw(base: string, bytes: Buffer): Promise<{ status: number; head: string; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split >= 0 ? text.slice(0, split) : text;
      resolve({ status: Number(head.split(' ')[1]), head, body: split >= 0 ? text.slice(split + 4) : '' });
    });
  });
}

/** The demo cluster's open watches and log follows (its admin port's GET /stats). */
export async function openUpstreamStreams(adminUrl: string): Promise<{ watches: number; logFollows: number; requests: Record<string, number> }> {
  const stats = (await (await fetch(`${adminUrl}/stats`)).json()) as {
    watches: { open: number };
    logFollows: { open: number };
    requests: { byKey: Record<string, number> };
  };
  return { watches: stats.watches.open, logFollows: stats.logFollows.open, requests: stats.requests.byKey };
}
