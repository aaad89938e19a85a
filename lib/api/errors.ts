/**
 * The error envelope's stable codes and which sentence of the `errors` catalogue the UI says for each:
 * scripts read the envelope's English `message`, the reader gets a sentence chosen by `code` (then by
 * HTTP status) in their language, with the server's own words shown verbatim beside it.
 */

/** What an error answer carries that the UI reads: the HTTP status (0 when nothing answered), the code, values. */
export interface ErrorFacts {
  status: number;
  code: string;
  params?: ErrorParams;
}

/** Values an envelope names for its sentence, e.g. the kubeconfig context a URL asked for. */
export type ErrorParams = { [name: string]: string };

/** A sentence of the `errors` catalogue. */
export type ErrorMessageId =
  | 'offline'
  | 'unreachable'
  | 'timeout'
  | 'credentials'
  | 'signIn'
  | 'forbidden'
  | 'notFound'
  | 'unknownContext'
  | 'notConfigured'
  | 'tooManyRequests'
  | 'expired'
  | 'badRequest'
  | 'unavailable'
  | 'server'
  | 'other';

/**
 * The envelope codes kubesys sends itself (lib/server/errors.ts, lib/kube/http.ts); any other code is the
 * Kubernetes `Status` reason the API server gave (Forbidden, NotFound, Expired, TooManyRequests …).
 */
const BY_CODE: Readonly<Record<string, ErrorMessageId>> = {
  Offline: 'offline',
  Unreachable: 'unreachable',
  Timeout: 'timeout',
  CredentialError: 'credentials',
  Forbidden: 'forbidden',
  NotFound: 'notFound',
  UnknownContext: 'unknownContext',
  NotConfigured: 'notConfigured',
  TooManyRequests: 'tooManyRequests',
  Expired: 'expired',
  Gone: 'expired',
  BadRequest: 'badRequest',
  ServiceUnavailable: 'unavailable',
};

/**
 * The sentence for an error answer: by its code, else by its status (an API server's `Unauthorized` arrives as
 * our 502, so 401 and 502 are told apart by status). A 401 reaches the browser only from
 * kubesys's own sign-in (the API server's 401 becomes our 502: the dashboard's credentials, not the reader's);
 * a 502 is the API server refusing kubesys's credentials (expired token, revoked certificate).
 */
export function errorMessageId({ status, code }: ErrorFacts): ErrorMessageId {
  const byCode = BY_CODE[code];
  if (byCode) return byCode;
  if (status === 0) return 'offline';
  if (status === 401) return 'signIn';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 410) return 'expired';
  if (status === 429) return 'tooManyRequests';
  if (status === 502) return 'credentials';
  if (status === 503) return 'unavailable';
  if (status === 504) return 'timeout';
  if (status >= 500) return 'server';
  return status >= 400 ? 'badRequest' : 'other';
}
