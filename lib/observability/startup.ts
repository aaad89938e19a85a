/**
 * What the server checks and wires once at start-up (instrumentation.ts): the configuration (a readable
 * list of what is wrong, then exit), that the build was mapped to BASE_PATH, the access mode (a warning when the door is open), and the hooks
 * scripts/server-hooks.cjs calls: the front door (answers what Next.js must not see, and the build's
 * static assets from memory) and the observer
 * that feeds request timings into the metrics and, with ACCESS_LOG=true, the access log.
 */
import 'server-only';
import path from 'node:path';
import { getAccessToken } from '@/lib/auth/access-token';
import { getHostAllowlist, requesterOf, type RawHeaders } from '@/lib/auth/policy';
import { getConfig, isLoopback, type AppConfig } from '@/lib/config';
import { log } from '@/lib/log';
import { BASE_PATH } from '@/lib/public-env';
import { createFrontDoor, FRONT_DOOR } from '@/lib/security/front-door';
import { createStaticAssets } from '@/lib/security/static-assets';
import { toAccessLogEntry } from './access-log';
import { getAppMetrics } from './metrics';
import { loadRouteTable, routeOf } from './routes';

const OBSERVER = Symbol.for('kubesys.http-observer');

/** Returns the problems that must stop the server (empty when it may start). */
export function startupProblems(): string[] {
  let config: AppConfig;
  try {
    config = getConfig();
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  if (config.BASE_PATH !== BASE_PATH) {
    return [
      `this build serves under ${JSON.stringify(BASE_PATH || '/')} but BASE_PATH is ${JSON.stringify(config.BASE_PATH || '/')}: start it with scripts/start.mjs (npm start), which maps the build to BASE_PATH`,
    ];
  }
  if (config.AUTH_MODE === 'token') {
    try {
      getAccessToken();
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)];
    }
  }
  return [];
}

export function startUp(): void {
  const problems = startupProblems();
  if (problems.length > 0) {
    log.error('kubesys cannot start', { problems });
    process.stderr.write(`kubesys: ${problems.join('\n')}\n`);
    process.exit(1);
  }
  const config = getConfig();
  if (config.AUTH_MODE === 'none' && !isLoopback(config.BIND_ADDRESS)) {
    log.warn('serving without access control on a reachable address (ALLOW_OPEN=true): anyone who reaches it sees the cluster', {
      bindAddress: config.BIND_ADDRESS,
    });
  }
  log.info('kubesys starting', { authMode: config.AUTH_MODE, bindAddress: config.BIND_ADDRESS, basePath: BASE_PATH || '/', logLevel: config.LOG_LEVEL });
  const metrics = getAppMetrics();
  const routes = loadRouteTable(config.NEXT_DIST_DIR);
  const hooks = globalThis as Record<symbol, unknown>;
  // Static assets from memory only in production: `next dev` rewrites its chunks under the same names.
  const assets = config.NODE_ENV === 'production' ? createStaticAssets(path.join(/*turbopackIgnore: true*/ process.cwd(), config.NEXT_DIST_DIR, 'static')) : undefined;
  hooks[FRONT_DOOR] = createFrontDoor(BASE_PATH, { assets, hosts: getHostAllowlist });
  hooks[OBSERVER] = (method: string, url: string, status: number, seconds: number, headers: RawHeaders = {}) => {
    const route = routeOf(routes, url);
    metrics.httpRequests.inc({ method, route, status: String(status) });
    metrics.httpDuration.observe({ method, route }, seconds);
    log.debug('request', { method, route, status, ms: Math.round(seconds * 1000) });
    if (config.ACCESS_LOG) log.access({ ...toAccessLogEntry({ method, url, status, seconds }, requesterOf(headers)) });
  };
}
