/**
 * The read-only pass-through proxy behind `/api/k8s/<path>`: GET (and watch) requests on the
 * allowlist in k8s-proxy-policy.ts go to the API server with the dashboard's credentials, streamed
 * back as they come (Tables, watches, logs); everything else is refused with a Kubernetes `Status`
 * that also carries the app's error envelope, so kubectl and scripts both read the refusal. Watches
 * and followed logs take a stream slot (stream-caps.ts) and a watch lasts PROXY_WATCH_MAX_SECONDS at most.
 */
import 'server-only';
import { Readable } from 'node:stream';
import { requestClient } from '@/lib/auth/policy';
import { getConfig } from '@/lib/config';
import { describeKubeError, kubeRequest } from '@/lib/kube/http';
import { englishLine, englishProblem } from '@/lib/kube/problem-english';
import { decideProxyPath, proxyQuery } from './k8s-proxy-policy';
import { contextOfRequest, runtimeFor } from './runtimes';
import { statusResponse } from './status-response';
import { acquireStreamSlot, holdSlotWhileStreaming, type StreamSlot } from './stream-caps';

const PREFIX = '/api/k8s';
/** Response headers worth passing on; hop-by-hop and credential-bearing headers are not. */
const PASSED_HEADERS = ['content-type', 'cache-control', 'audit-id', 'warning'];

export function methodNotAllowed(method: string): Response {
  return statusResponse(405, 'MethodNotAllowed', `${method} is not allowed: kubesys is read-only, its proxy forwards GET and watch only`, { Allow: 'GET' });
}

export async function forwardToApiServer(request: Request): Promise<Response> {
  if (request.method !== 'GET') return methodNotAllowed(request.method);
  const url = new URL(request.url);
  const at = url.pathname.indexOf(PREFIX);
  const decision = decideProxyPath(at >= 0 ? url.pathname.slice(at + PREFIX.length) : '');
  if (!decision.allow) return statusResponse(403, 'Forbidden', `kubesys proxy refuses this path: ${decision.rule}`);
  const query = proxyQuery(url.searchParams, decision.path, getConfig().PROXY_WATCH_MAX_SECONDS);
  if (!query.ok) return statusResponse(400, 'BadRequest', query.message);
  const result = runtimeFor(contextOfRequest(request));
  if (!result.ok) {
    const { detail, hints } = englishProblem(result.problem);
    if (result.unknownContext) return statusResponse(404, 'NotFound', [detail, ...hints].join(' '));
    return statusResponse(503, 'ServiceUnavailable', englishLine(result.problem));
  }
  let slot: StreamSlot | undefined;
  if (query.isStream) {
    const granted = acquireStreamSlot(requestClient(request.headers));
    if ('refusal' in granted) return granted.refusal;
    slot = granted.slot;
  }
  try {
    const upstream = await kubeRequest(result.runtime.connection, decision.path, {
      query: query.query,
      accept: request.headers.get('accept') ?? 'application/json',
      signal: request.signal,
    });
    const headers = new Headers({ 'X-Accel-Buffering': 'no' });
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) headers.set(name, value);
    }
    const body = upstream.body ? (Readable.toWeb(Readable.from(upstream.body as AsyncIterable<Uint8Array>)) as ReadableStream) : null;
    const response = new Response(body, { status: upstream.status, headers });
    return slot ? holdSlotWhileStreaming(response, slot, request.signal) : response;
  } catch (error) {
    slot?.release();
    const { status, reason, message } = describeKubeError(error);
    return statusResponse(status === 401 ? 502 : status, reason, message);
  }
}
