/**
 * The API request dispatcher: authorization of the authenticated identity (anonymous access only to
 * /version and health, as the system:public-info-viewer role allows; a refused credential is 401 on every
 * path), non-resource paths, discovery, resources, logs and metrics.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ResourceRequest, ServerContext } from './context';
import { apiGroup, apiGroupList, apiResourceList, apiVersions, isServed, METRICS_GROUP, METRICS_VERSION } from './discovery';
import { handleHealth } from './health';
import { handleGet, handleList } from './list';
import { handleLogs } from './logs';
import { handleMetrics, metricsStatsKey, parseMetricsPath } from './metrics';
import { openapiDocument, openapiIndex } from './openapi';
import { parseResourcePath, splitPath } from './paths';
import type { Identity } from './request-log';
import { methodNotAllowed, notFoundPath, sendJson, sendStatus, StatusError, unauthorized } from './status';
import { handleWatch } from './watch';

const PUBLIC = /^\/(version\/?|healthz|livez|readyz)(\/.*)?$/;
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * kube-apiserver authenticates before it authorizes: a presented credential that fails is 401 even on
 * /version and /readyz; only a request with no credential at all is anonymous.
 */
function isAllowed(who: Identity, path: string): boolean {
  if (who === 'anonymous') return PUBLIC.test(path);
  return !('rejected' in who);
}

/**
 * Count a request in the stats, then let the `errorRates` fault answer it instead (429, 503…): a faulted
 * request is still a request the server received.
 */
function count(ctx: ServerContext, key: string): void {
  ctx.stats.count(key);
  const injected = ctx.faults?.injectedError();
  if (injected) throw injected;
}

/** Handle one API request; every failure leaves as a Status object. */
export function routeRequest(ctx: ServerContext, who: Identity, req: IncomingMessage, res: ServerResponse): void {
  if (!READ_METHODS.has(req.method ?? 'GET') && !req.readableEnded) {
    // Read (and discard) a write's body first: answering before the body is consumed resets the connection.
    req.resume();
    req.once('end', () => routeRequest(ctx, who, req, res));
    return;
  }
  const url = new URL(req.url ?? '/', 'https://sim.local');
  try {
    dispatch(ctx, who, req, res, url);
  } catch (err) {
    if (err instanceof StatusError) return sendStatus(res, err);
    console.error(`sim: ${req.method} ${url.pathname}:`, err);
    sendStatus(res, new StatusError(500, 'InternalError', `Internal error occurred: ${err instanceof Error ? err.message : String(err)}`));
  }
}

function dispatch(ctx: ServerContext, who: Identity, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const path = url.pathname;
  const method = req.method ?? 'GET';
  if (!isAllowed(who, path)) {
    ctx.stats.count(`${method} ${path}`);
    throw unauthorized();
  }
  const segs = splitPath(path);
  if (segs[0] === 'api' || segs[0] === 'apis') return apiPath(ctx, req, res, url, segs);
  count(ctx, `${method} ${path}`);
  if (!READ_METHODS.has(method)) throw methodNotAllowed();
  if (segs[0] === 'version' && segs.length === 1) return sendJson(res, 200, ctx.source.version);
  if (segs[0] === 'healthz' || segs[0] === 'livez' || segs[0] === 'readyz') {
    return handleHealth(ctx, segs[0], segs.slice(1).join('/'), url.searchParams, res);
  }
  if (path === '/openapi/v2' && (req.headers.accept ?? '').includes('protobuf')) {
    // An empty OpenAPI v2 document (zero protobuf bytes): kubectl 1.27 then skips client-side schema
    // validation, sends the write, and prints the server's 405 instead of "failed to download openapi".
    res.writeHead(200, { 'Content-Type': 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf', 'Content-Length': 0 });
    return void res.end();
  }
  if (segs[0] === 'openapi' && segs[1] === 'v3') {
    const body = segs.length === 2 ? openapiIndex() : openapiDocument(segs.slice(2).join('/'));
    if (body) return sendJson(res, 200, body);
  }
  throw notFoundPath();
}

function apiPath(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL, segs: string[]): void {
  const method = req.method ?? 'GET';
  const legacy = segs[0] === 'api';
  const group = legacy ? '' : (segs[1] ?? '');
  const version = legacy ? segs[1] : segs[2];
  const rest = segs.slice(legacy ? 2 : 3);
  if (group === METRICS_GROUP && version === METRICS_VERSION) {
    const p = parseMetricsPath(rest);
    count(ctx, p ? metricsStatsKey(p) : `${method} ${url.pathname}`);
    if (!p || ctx.faults?.metricsGone()) throw notFoundPath();
    if (!READ_METHODS.has(method)) throw methodNotAllowed();
    if (p !== 'discovery') {
      const denied = ctx.faults?.forbidden(p.name ? 'get' : 'list', p.resource, METRICS_GROUP, p.namespace);
      if (denied) throw denied;
    }
    return handleMetrics(ctx, p, url.searchParams, res);
  }
  if (rest.length === 0) {
    count(ctx, `${method} ${url.pathname}`);
    if (!READ_METHODS.has(method)) throw methodNotAllowed();
    const body = discovery(ctx, legacy, group, version);
    if (!body) throw notFoundPath();
    return sendJson(res, 200, body);
  }
  const p = version === undefined ? undefined : parseResourcePath(group, version, rest);
  // A resource the server does not serve is a path it does not know: 404, as for any unknown resource.
  if (!p || !isServed(ctx, p.def)) {
    count(ctx, `${method} ${url.pathname}`);
    throw notFoundPath();
  }
  const watch = p.watchPrefix || ['true', '1'].includes(url.searchParams.get('watch') ?? '');
  const rq: ResourceRequest = {
    def: p.def,
    namespace: p.namespace,
    name: p.name,
    subresource: p.subresource,
    query: url.searchParams,
    wantsTable: /(^|[;,\s])as=Table/.test(req.headers.accept ?? ''),
  };
  const what = p.def.viewOf ? `${p.def.plural}.${p.def.group}` : p.def.plural;
  if (!READ_METHODS.has(method)) {
    count(ctx, `${method} ${what}`);
    throw methodNotAllowed();
  }
  const verb = p.subresource || p.name !== undefined ? 'get' : watch ? 'watch' : 'list';
  const denied = () => ctx.faults?.forbidden(verb, p.def.plural, p.def.group, p.namespace, p.subresource);
  if (p.subresource) {
    count(ctx, `GET ${what}/${p.subresource}`);
    const forbidden = denied();
    if (forbidden) throw forbidden;
    if (p.subresource === 'log' && p.def.plural === 'pods' && !p.def.group) return handleLogs(ctx, rq, res);
    throw notFoundPath();
  }
  if (watch) {
    count(ctx, `WATCH ${what}`);
    const forbidden = denied();
    if (forbidden) throw forbidden;
    return handleWatch(ctx, rq, res);
  }
  count(ctx, `${p.name === undefined ? 'LIST' : 'GET'} ${what}`);
  const forbidden = denied();
  if (forbidden) throw forbidden;
  if (p.name === undefined) return handleList(ctx, rq, res);
  return handleGet(ctx, rq, res);
}

function discovery(ctx: ServerContext, legacy: boolean, group: string, version: string | undefined): unknown {
  if (legacy) return version === undefined ? apiVersions(ctx) : apiResourceList(ctx, '', version);
  if (!group) return apiGroupList(ctx);
  if (version === undefined) return apiGroup(ctx, group);
  return apiResourceList(ctx, group, version);
}
