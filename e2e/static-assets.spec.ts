/**
 * The build's scripts and styles as the front door serves them from memory (lib/security/static-assets.ts):
 * the same bytes Next.js serves, gzipped, immutable, with the security headers, and a 304 for a browser
 * that already holds them.
 */
import { expect, test } from '@playwright/test';
import { HEALTHY } from './env';

test('every script and style of a page answers the same bytes from memory as from Next.js, and 304 to its ETag', async ({ request }) => {
  const html = await (await request.get(`${HEALTHY.url}/`)).text();
  const assets = [...new Set(html.match(/\/_next\/static\/[^"'\s]+\.(?:js|css)/g) ?? [])];
  expect(assets.length).toBeGreaterThan(5);
  for (const asset of assets) {
    const first = await request.get(`${HEALTHY.url}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first.status(), asset).toBe(200);
    const bytes = await first.body();
    // The first request may have been Next.js's (the file is cached off the request path); from here on it is memory's.
    await expect.poll(async () => (await request.get(`${HEALTHY.url}${asset}`)).headers()['content-length'], { message: asset }).toBeDefined();
    const cached = await request.get(`${HEALTHY.url}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(cached.status(), asset).toBe(200);
    expect((await cached.body()).equals(bytes), `${asset}: same bytes`).toBe(true);
    const headers = cached.headers();
    expect(headers['content-encoding'], asset).toBe('gzip');
    expect(headers['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    expect(headers['x-content-type-options'], asset).toBe('nosniff');
    expect(headers['content-type'], asset).toMatch(asset.endsWith('.css') ? /^text\/css/ : /^application\/javascript/);
    const again = await request.get(`${HEALTHY.url}${asset}`, { headers: { 'If-None-Match': headers.etag! } });
    expect(again.status(), asset).toBe(304);
    expect((await again.body()).length, asset).toBe(0);
  }
});
