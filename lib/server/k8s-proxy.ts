/**
 * The read-only pass-through proxy behind `/api/k8s/<path>`: GET (and watch) requests on the
 * allowlist in k8s-proxy-policy.ts go to the API server with the dashboard's credentials, streamed
 * back as they come (Tables, watches, logs); everything else is refused with a Kubernetes `Status`
 * that also carries the app's error envelope, so kubectl and scripts both read the refusal.
 */
import 'server-only';
import { Readable } from 'node:stream';
import { getClusterCache } from '@/lib/kube/cache';
import { describeKubeError, kubeRequest } from '@/lib/kube/http';
import { decideProxyPath } from './k8s-proxy-policy';

const PREFIX = '/api/k8s';
/** Response headers worth passing on; hop-by-hop and credential-bearing headers are not. */
const PASSED_HEADERS = ['content-type', 'cache-control', 'audit-id', 'warning'];

/** A Kubernetes Status (what kubectl prints) with the app's `{ error }` envelope beside it. */
export function statusResponse(code: number, reason: string, message: string, extraHeaders: Record<string, string> = {}): Response {
  const body = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code, error: { code: reason, message, status: code } };
  return Response.json(body, { status: code, headers: { 'Cache-Control': 'no-store', ...extraHeaders } });
}

export function methodNotAllowed(method: string): Response {
  return statusResponse(405, 'MethodNotAllowed', `${method} is not allowed: kubesys is read-only, its proxy forwards GET and watch only`, { Allow: 'GET, HEAD' });
}

export async function forwardToApiServer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const at = url.pathname.indexOf(PREFIX);
  const decision = decideProxyPath(at >= 0 ? url.pathname.slice(at + PREFIX.length) : '');
  if (!decision.allow) return statusResponse(403, 'Forbidden', `kubesys proxy refuses this path: ${decision.rule}`);
  const result = getClusterCache();
  if (!result.ok) return statusResponse(503, 'ServiceUnavailable', `${result.problem.title}: ${result.problem.detail}`);
  try {
    const upstream = await kubeRequest(result.cache.connection, decision.path, {
      query: Object.fromEntries(url.searchParams),
      accept: request.headers.get('accept') ?? 'application/json',
      signal: request.signal,
    });
    const headers = new Headers({ 'X-Accel-Buffering': 'no' });
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) headers.set(name, value);
    }
    const body = request.method === 'HEAD' || !upstream.body ? null : (Readable.toWeb(Readable.from(upstream.body as AsyncIterable<Uint8Array>)) as ReadableStream);
    return new Response(body, { status: upstream.status, headers });
  } catch (error) {
    const { status, reason, message } = describeKubeError(error);
    return statusResponse(status === 401 ? 502 : status, reason, message);
  }
}
