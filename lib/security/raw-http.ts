/**
 * The shapes the raw HTTP server (scripts/server-hooks.cjs) hands the front door and takes back, shared
 * by the front door and the static assets it serves. Pure.
 */

/** Request headers as Node's http module gives them (repeated ones as arrays). */
export type RawRequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/** A header's value, repeated ones joined with commas as HTTP allows (`undefined` when absent). */
export function headerValue(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header.join(',') : header;
}
