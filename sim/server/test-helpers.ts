/**
 * Test plumbing: start the demo API server on a free port with the test source, and talk to it over
 * real HTTPS (verifying the generated CA) as plain requests or line streams.
 */
import { request } from 'node:https';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, type RunningSim, type SimOptions } from '../index';
import { createTestSource, type TestSource } from './test-source';

export interface Harness {
  sim: RunningSim;
  t: TestSource;
}

/** Start a sim over a fresh test source; fast ticks so `t.mutate` lands quickly. */
export async function startHarness(opts: Partial<SimOptions> = {}, prepare?: (t: TestSource) => void): Promise<Harness> {
  const t = createTestSource();
  prepare?.(t);
  const dir = mkdtempSync(join(tmpdir(), 'kubesys-sim-'));
  const sim = await startSim({ source: t.source, port: 0, quiet: true, tickMs: 20, kubeconfig: join(dir, 'kubeconfig'), ...opts });
  return { sim, t };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface RequestOpts {
  method?: string;
  token?: string | null;
  accept?: string;
  body?: string;
}

/** One HTTPS request to the sim; `token: null` sends none. */
export function call(sim: RunningSim, path: string, opts: RequestOpts = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const token = opts.token === undefined ? sim.token : opts.token;
    const req = request(
      `${sim.url}${path}`,
      {
        method: opts.method ?? 'GET',
        ca: sim.caPem,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(opts.accept ? { Accept: opts.accept } : {}),
          ...(opts.body !== undefined ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(opts.body) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export interface LineStream {
  status: Promise<number>;
  /** The next line (a watch event is parsed JSON); rejects when the stream ended first. */
  next(): Promise<string>;
  nextJson(): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Open a streaming request (watch, log follow) and read it line by line. */
export function stream(sim: RunningSim, path: string, opts: RequestOpts = {}): LineStream {
  const lines: string[] = [];
  const waiters: { resolve: (l: string) => void; reject: (e: Error) => void }[] = [];
  let buffer = '';
  let done = false;
  let endResolve!: () => void;
  let statusResolve!: (n: number) => void;
  const ended = new Promise<void>((r) => (endResolve = r));
  const status = new Promise<number>((r) => (statusResolve = r));
  const finish = () => {
    done = true;
    for (const w of waiters.splice(0)) w.reject(new Error('stream ended'));
    endResolve();
  };
  const token = opts.token === undefined ? sim.token : opts.token;
  const req = request(
    `${sim.url}${path}`,
    { ca: sim.caPem, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(opts.accept ? { Accept: opts.accept } : {}) } },
    (res) => {
      statusResolve(res.statusCode ?? 0);
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let i: number;
        while ((i = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 1);
          const w = waiters.shift();
          if (w) w.resolve(line);
          else lines.push(line);
        }
      });
      res.on('end', finish);
      res.on('close', finish);
    },
  );
  req.on('error', finish);
  req.end();
  const next = () =>
    lines.length > 0 ? Promise.resolve(lines.shift()!) : done ? Promise.reject(new Error('stream ended')) : new Promise<string>((resolve, reject) => waiters.push({ resolve, reject }));
  return { status, next, nextJson: async () => JSON.parse(await next()), ended, close: () => req.destroy() };
}
