/**
 * The one way errors leave a route handler: `{ error: { code, message, status } }` with the status
 * the API server's answer implies (401, 403, 404, 410, 429, 5xx, timeouts).
 */
import 'server-only';
import type { ErrorParams } from '@/lib/api/errors';
import type { ApiErrorBody } from '@/lib/api/types';
import { kubeconfigProblemParams } from '@/lib/api/kubeconfig-problem';
import type { ConnectionProblem } from '@/lib/kube/connection';
import { englishProblem } from '@/lib/kube/problem-english';
import { describeKubeError } from '@/lib/kube/http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(status: number, code: string, message: string, params?: ErrorParams): Response {
  const body: ApiErrorBody = { error: params ? { code, message, status, params } : { code, message, status } };
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof HttpError) return errorResponse(error.status, error.code, error.message);
  const { status, reason, message } = describeKubeError(error);
  // The browser talks to us, not to the API server: its 401 means our credentials are wrong (a 502 to us).
  const mapped = status === 401 ? 502 : status;
  return errorResponse(mapped, reason, status === 401 ? `the API server rejected the dashboard's credentials: ${message}` : message);
}

/** 503 `NotConfigured`: the problem in English for scripts, and its code, values and hints in `params` for the UI to word. */
export function connectionProblemResponse(problem: ConnectionProblem): Response {
  const { title, detail, hints } = englishProblem(problem);
  return errorResponse(503, 'NotConfigured', [`${title}: ${detail}`, ...hints].join(' '), kubeconfigProblemParams(problem));
}

/** 404 for a URL naming a kubeconfig context there is not: the message lists those there are; `params.context` names it for the UI. */
export function unknownContextResponse(context: string, contexts: readonly string[]): Response {
  return errorResponse(404, 'UnknownContext', `no cluster context "${context}" in the kubeconfig; contexts: ${contexts.join(', ') || 'none'}`, {
    context,
    contexts: contexts.join(', '),
  });
}
