/**
 * Is a POST from this site's own pages? Browsers tell: `Sec-Fetch-Site` (same-origin, or none for a
 * typed URL) and `Origin` (sent on every POST). Under this site's `Referrer-Policy: no-referrer` a
 * browser sends `Origin: null` even for its own form posts, so a null Origin is believed only when
 * Sec-Fetch-Site says same-origin. A request with neither header comes from a script (curl), not from
 * a page another site controls, so it is let through; SameSite=Lax alone does not stop login CSRF.
 */
import { isSecureRequest } from './session';

/** Why the request looks cross-site, or null when it is same-origin (or no browser sent it). */
export function crossSiteReason(headers: Headers, url: URL): string | null {
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site is ${site.slice(0, 20)}`;
  const origin = headers.get('origin');
  if (origin === null || (origin === 'null' && site)) return null;
  const expected = `${isSecureRequest(headers, url) ? 'https' : 'http'}://${(headers.get('host') ?? url.host).toLowerCase()}`;
  let actual: string;
  try {
    actual = new URL(origin).origin;
  } catch {
    return `Origin ${origin.slice(0, 100)} is not an origin`;
  }
  return normalize(actual) === normalize(expected) ? null : `Origin ${actual.slice(0, 100)} is not ${expected}`;
}

/** `http://h:80` and `http://h` are the same origin. */
function normalize(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin;
  }
}
