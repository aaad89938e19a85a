/**
 * The build's static assets (`<base>/_next/static/…`: scripts, styles, fonts) answered from memory by the
 * front door, gzipped once. Next.js would read each from disk, run the proxy and gzip it again on every
 * request: about 9 ms of CPU per file, 13 files for a first view, on the same two cores as the page's
 * render. The files are content-hashed and immutable, so one compressed copy serves every viewer.
 *
 * A file is served from memory from its second request on: the first, and anything this module does not
 * know (a missing file, a Range request, an odd path), goes on to Next.js as before, while the file is
 * read and compressed off the request path. Access is unchanged: static bundles are open in every auth
 * mode (lib/auth/access.ts), and the Host check still applies.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { headerValue, type RawRequestHeaders, type RawResponse } from './raw-http';

const gzipAsync = promisify(gzip);

export const STATIC_PREFIX = '/_next/static/';

/** Content types by extension; `compress` for text, which gzip shrinks (fonts and images are compressed already). */
const TYPES: Readonly<Record<string, { type: string; compress: boolean }>> = {
  '.js': { type: 'application/javascript; charset=UTF-8', compress: true },
  '.css': { type: 'text/css; charset=UTF-8', compress: true },
  '.json': { type: 'application/json; charset=UTF-8', compress: true },
  '.txt': { type: 'text/plain; charset=UTF-8', compress: true },
  '.svg': { type: 'image/svg+xml', compress: true },
  '.woff2': { type: 'font/woff2', compress: false },
  '.woff': { type: 'font/woff', compress: false },
  '.png': { type: 'image/png', compress: false },
  '.ico': { type: 'image/x-icon', compress: false },
};

/** A file larger than this is left to Next.js; the build's largest chunk is about 230 kB. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Memory for all cached files together, raw and gzipped (a build's are about 1 MB). */
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;

interface Asset {
  type: string;
  etag: string;
  raw: Buffer;
  gzip?: Buffer;
}

export interface StaticRequest {
  method: string;
  /** The path without the base path and without the query. */
  pathname: string;
  headers: RawRequestHeaders;
}

export interface StaticAssets {
  /** The answer from memory, or null to let Next.js serve it (and cache it for the next request). */
  answer(request: StaticRequest, securityHeaders: () => Record<string, string>): RawResponse | null;
  /** Resolves when every load started so far has finished (tests). */
  settled(): Promise<void>;
  /** What the cache holds: files, their bytes (raw and gzipped), and names it will not try again. */
  held(): { files: number; bytes: number; remembered: number };
}

/** The file's path under `<dir>/`, or null for anything but a plain relative path without dot segments. */
export function assetPath(pathname: string): string | null {
  if (!pathname.startsWith(STATIC_PREFIX)) return null;
  const rest = pathname.slice(STATIC_PREFIX.length);
  // Built names are plain ASCII: anything encoded, hidden or climbing is Next.js's to answer (a 404).
  if (!/^[A-Za-z0-9_\-.~/@]+$/.test(rest) || rest.split('/').some((part) => part === '' || part.startsWith('.'))) return null;
  return rest;
}

function acceptsGzip(header: string | string[] | undefined): boolean {
  return (headerValue(header) ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  const value = headerValue(header);
  if (!value) return false;
  const bare = etag.replace(/^W\//, '');
  return value.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === bare);
}

/** Static assets of the build whose `static` directory is `dir`. */
export function createStaticAssets(dir: string): StaticAssets {
  const assets = new Map<string, Asset>();
  const loading = new Map<string, Promise<void>>();
  /**
   * Files of the build not worth keeping (too large, not a file, no room left): never tried again. Only
   * what exists is remembered, so a client asking for endless made-up names grows nothing here.
   */
  const passed = new Set<string>();
  let totalBytes = 0;

  async function load(rel: string, kind: { type: string; compress: boolean }): Promise<void> {
    const file = path.join(/*turbopackIgnore: true*/ dir, rel);
    try {
      const info = await stat(file).catch(() => undefined);
      // Missing: Next.js answers its 404 each time, as before.
      if (!info) return;
      if (!info.isFile() || info.size > MAX_FILE_BYTES || totalBytes + info.size > MAX_TOTAL_BYTES) {
        passed.add(rel);
        return;
      }
      const raw = await readFile(file);
      const gzipped = kind.compress ? await gzipAsync(raw, { level: 9 }) : undefined;
      // Smaller only: a gzip that saves nothing is not sent.
      const gzip = gzipped && gzipped.length < raw.length ? gzipped : undefined;
      totalBytes += raw.length + (gzip?.length ?? 0);
      assets.set(rel, { type: kind.type, etag: `W/"${createHash('sha1').update(raw).digest('base64url')}"`, raw, gzip });
    } catch {
      // Unreadable after all (removed between stat and read): left to Next.js, and not tried again.
      passed.add(rel);
    } finally {
      loading.delete(rel);
    }
  }

  return {
    answer(request, securityHeaders) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return null;
      const rel = assetPath(request.pathname);
      if (!rel || request.headers.range !== undefined) return null;
      const kind = TYPES[path.extname(rel).toLowerCase()];
      if (!kind || passed.has(rel)) return null;
      const asset = assets.get(rel);
      if (!asset) {
        if (!loading.has(rel)) loading.set(rel, load(rel, kind));
        return null;
      }
      const headers: Record<string, string> = {
        ...securityHeaders(),
        'Cache-Control': 'public, max-age=31536000, immutable',
        ETag: asset.etag,
        'Content-Type': asset.type,
      };
      if (asset.gzip) headers.Vary = 'Accept-Encoding';
      if (etagMatches(request.headers['if-none-match'], asset.etag)) return { status: 304, headers, body: '' };
      const gzipped = asset.gzip && acceptsGzip(request.headers['accept-encoding']);
      const body = gzipped ? asset.gzip! : asset.raw;
      if (gzipped) headers['Content-Encoding'] = 'gzip';
      headers['Content-Length'] = String(body.length);
      return { status: 200, headers, body: request.method === 'HEAD' ? '' : body };
    },
    async settled() {
      while (loading.size > 0) await Promise.all(loading.values());
    },
    held() {
      return { files: assets.size, bytes: totalBytes, remembered: passed.size };
    },
  };
}
