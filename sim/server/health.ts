/**
 * `/healthz`, `/livez`, `/readyz` in the generic API server's exact text format (`[+]etcd ok`,
 * `[-]etcd failed: reason withheld`, `readyz check passed`), with `?verbose`, `?exclude=` and per-check paths.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { HealthCheck } from '../types';
import type { ServerContext } from './context';

type Endpoint = 'healthz' | 'livez' | 'readyz';

/** Parse a captured `?verbose` body (`[+]name ok` lines) into checks. */
export function parseHealthText(text: string): HealthCheck[] {
  const checks: HealthCheck[] = [];
  for (const line of text.split('\n')) {
    const m = /^\[([+-])\](\S+) /.exec(line);
    if (m) checks.push({ name: m[2], ok: m[1] === '+' });
  }
  return checks;
}

/** The healthy readyz and livez check lists captured from a real cluster (fixtures/health). */
export function loadDefaultHealth(): { readyz: HealthCheck[]; livez: HealthCheck[] } {
  const dir = new URL('../../fixtures/health/', import.meta.url);
  return {
    readyz: parseHealthText(readFileSync(new URL('readyz-verbose-healthy.txt', dir), 'utf8')),
    livez: parseHealthText(readFileSync(new URL('livez-verbose-healthy.txt', dir), 'utf8')),
  };
}

/** The checks of an endpoint, or undefined when it is not served (left unserved, or a capture without them). */
function checksFor(ctx: ServerContext, endpoint: Endpoint): HealthCheck[] | undefined {
  if (ctx.served && !ctx.served.isHealthServed(endpoint)) return undefined;
  const h = ctx.source.health?.(Date.now()) ?? ctx.defaultHealth;
  // /healthz carries the livez checks (ping, log, etcd, post-start hooks) in the API server.
  return endpoint === 'readyz' ? h.readyz : h.livez;
}

function sendText(res: ServerResponse, code: number, text: string): void {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Serve `/<endpoint>[/<check>]`. As in k8s.io/apiserver's healthz handler: failures are always verbose
 * and answered with 500; `exclude` marks checks `excluded: ok`; a single check path answers `ok` or
 * `internal server error: …`; an unknown check is 404, and so is an endpoint that is not served.
 */
export function handleHealth(ctx: ServerContext, endpoint: Endpoint, check: string, query: URLSearchParams, res: ServerResponse): void {
  const checks = checksFor(ctx, endpoint);
  // An API server without the endpoint (before v1.16 for /readyz and /livez) answers with the mux's 404.
  if (!checks) return sendText(res, 404, '404 page not found\n');
  if (check) {
    const found = checks.find((c) => c.name === check);
    if (!found) return sendText(res, 404, '404 page not found\n');
    return found.ok ? sendText(res, 200, 'ok') : sendText(res, 500, `internal server error: ${check} check failed\n`);
  }
  const excluded = new Set(query.getAll('exclude'));
  let out = '';
  let failed = false;
  for (const c of checks) {
    if (excluded.delete(c.name)) out += `[+]${c.name} excluded: ok\n`;
    else if (c.ok) out += `[+]${c.name} ok\n`;
    else {
      out += `[-]${c.name} failed: reason withheld\n`;
      failed = true;
    }
  }
  if (excluded.size > 0) {
    out += `warn: some health checks cannot be excluded: no matches for ${[...excluded].sort().map((n) => `"${n}"`).join(', ')}\n`;
  }
  if (failed) return sendText(res, 500, `${out}${endpoint} check failed\n`);
  if (!query.has('verbose')) return sendText(res, 200, 'ok');
  sendText(res, 200, `${out}${endpoint} check passed\n`);
}
