/**
 * meta/v1 Status objects, the body of every error the API server returns, and helpers to send them.
 */
import type { ServerResponse } from 'node:http';

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
}

/** An error that leaves the server as a Status object with its HTTP code. */
export class StatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: StatusDetails,
  ) {
    super(message);
  }
}

/** The Status body: `kind: Status`, `status: Failure`, `reason`, `code` — what client-go and kubectl parse. */
export function statusBody(code: number, reason: string, message: string, details?: StatusDetails): Record<string, unknown> {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  };
}

export function toStatus(err: StatusError): Record<string, unknown> {
  return statusBody(err.code, err.reason, err.message, err.details);
}

export const unauthorized = () => new StatusError(401, 'Unauthorized', 'Unauthorized');

/** The API server's answer for a path it does not serve. */
export const notFoundPath = () => new StatusError(404, 'NotFound', 'the server could not find the requested resource', {});

/** `pods "x" not found`, details naming the resource plural and group, as the real server does. */
export function notFoundObject(group: string, plural: string, name: string): StatusError {
  const what = group ? `${plural}.${group}` : plural;
  return new StatusError(404, 'NotFound', `${what} "${name}" not found`, { name, ...(group ? { group } : {}), kind: plural });
}

export const badRequest = (message: string) => new StatusError(400, 'BadRequest', message);

/** The demo cluster is read-only like the product: every write verb gets 405 MethodNotAllowed. */
export const methodNotAllowed = () =>
  new StatusError(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource (the kubesys demo cluster is read-only)',
    {},
  );

/** 410 Gone with reason Expired: a continue token or resourceVersion older than the retained history. */
export const gone = (message: string) => new StatusError(410, 'Expired', message);

export const serviceUnavailable = (message: string) => new StatusError(503, 'ServiceUnavailable', message);

/** Send a JSON body: an object is serialized; a string or Buffer is already JSON. */
export function sendJson(res: ServerResponse, code: number, body: unknown): void {
  const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Send a JSON body given as chunks (a list assembled from cached item bytes), corked into few writes. */
export function sendJsonChunks(res: ServerResponse, code: number, chunks: Buffer[]): void {
  const length = chunks.reduce((n, c) => n + c.length, 0);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': length });
  res.cork();
  for (const c of chunks) res.write(c);
  res.uncork();
  res.end();
}

export function sendStatus(res: ServerResponse, err: StatusError): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  sendJson(res, err.code, toStatus(err));
}
