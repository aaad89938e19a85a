/**
 * Where a sign-in sends the browser next: a path on this site, or `/`. Browsers forgive a great deal in
 * a Location (they drop tabs and newlines, read `\` as `/`, and `/\t/evil.example` becomes
 * `//evil.example`, another host), so anything unusual falls back to `/` rather than being repaired.
 */

const ORIGIN = 'http://kubesys.invalid';
const MAX_LENGTH = 2048;

/**
 * A path inside the app (`/pods/x?tab=logs`), never another origin. Refused, to `/`: not a string,
 * not starting with a single `/`, control characters or backslashes raw or percent-encoded, an encoded
 * `/` (a later decode could make `//`), and anything that does not stay on this origin when a URL
 * parser reads it. The result is ASCII (non-ASCII is percent-encoded), so it is always a valid header.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > MAX_LENGTH) return '/';
  if (!next.startsWith('/') || next.startsWith('//')) return '/';
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  if (/%(?:[01][0-9a-f]|7f|2f|5c)/i.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== ORIGIN) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('//') ? '/' : path;
}
