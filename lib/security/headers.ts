/**
 * Security headers for every response: a nonce-based Content-Security-Policy, no framing, no MIME
 * sniffing, no referrer.
 */

/**
 * The CSP. Scripts: Next.js inlines its bootstrap (`self.__next_f.push(...)`), which carries the
 * per-request nonce (Next reads it from this header on the request and stamps its own scripts; kubesys
 * inlines no script of its own), and `'strict-dynamic'` lets those scripts load the chunks. So no `'unsafe-inline'` for scripts. The price: pages render per request.
 * Styles: `'unsafe-inline'` because server-rendered `style="…"` attributes (Recharts, Tailwind
 * arbitrary values, Next's own) cannot carry a nonce, and a nonce would disable `'unsafe-inline'`.
 * `next dev` needs `'unsafe-eval'` for React's error overlays; production never does.
 */
export function contentSecurityPolicy(nonce: string, isDev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers that do not depend on the request. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** A fresh nonce per request: 128 random bits, base64. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
