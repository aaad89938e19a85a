/**
 * `limit`/`continue` tokens. Like the real server's, a token is base64 JSON naming the list's
 * resourceVersion and the key to resume after; a token older than the retained history is 410 Expired.
 */
import { badRequest, gone } from './status';

export interface ContinueToken {
  rv: number;
  /** Resume at the first key >= start (the last returned key plus "\u0000"). */
  start: string;
}

export function encodeContinue(rv: number, lastKey: string): string {
  return Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv, start: `${lastKey}\u0000` })).toString('base64url');
}

/** Decode a `continue` value; a malformed one is a 400 like the real server's "continue key is not valid". */
export function decodeContinue(token: string): ContinueToken {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { v?: string; rv?: number; start?: string };
    if (parsed.v !== 'meta.k8s.io/v1' || typeof parsed.rv !== 'number' || typeof parsed.start !== 'string') throw new Error('bad');
    return { rv: parsed.rv, start: parsed.start };
  } catch {
    throw badRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
  }
}

/** The real API server's message for a continue token whose resourceVersion has been compacted. */
export const EXPIRED_CONTINUE =
  'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.';

export const expiredContinue = () => gone(EXPIRED_CONTINUE);
