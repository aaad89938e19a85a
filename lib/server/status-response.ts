/**
 * A Kubernetes `Status` response (what kubectl prints for an error) that also carries the app's
 * `{ error }` envelope, so kubectl and the app's own clients both read the same refusal.
 */
import 'server-only';
import { refusalBody } from '@/lib/security/request-policy';

export function statusResponse(code: number, reason: string, message: string, extraHeaders: Record<string, string> = {}): Response {
  const body = refusalBody('/api/k8s', { status: code, code: reason, message });
  return Response.json(body, { status: code, headers: { 'Cache-Control': 'no-store', ...extraHeaders } });
}
