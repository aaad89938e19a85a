import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { assetPath, createStaticAssets, type StaticRequest } from './static-assets';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-assets-'));
const CSS = `.card{color:red}\n`.repeat(300);
fs.mkdirSync(path.join(dir, 'chunks'));
fs.mkdirSync(path.join(dir, 'media'));
fs.writeFileSync(path.join(dir, 'chunks', 'page.css'), CSS);
fs.writeFileSync(path.join(dir, 'chunks', 'tiny.js'), 'x');
fs.writeFileSync(path.join(dir, 'media', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]));
fs.writeFileSync(path.join(dir, 'chunks', 'data.bin'), 'binary');
fs.writeFileSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.js`), 'secret');

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.join(path.dirname(dir), `${path.basename(dir)}-secret.js`), { force: true });
});

const security = () => ({ 'X-Content-Type-Options': 'nosniff' });
const get = (pathname: string, headers: StaticRequest['headers'] = {}, method = 'GET'): StaticRequest => ({ method, pathname, headers });

/** The answer once the file is cached: the first request always passes on. */
async function warm(assets: ReturnType<typeof createStaticAssets>, request: StaticRequest) {
  expect(assets.answer(request, security)).toBeNull();
  await assets.settled();
  return assets.answer(request, security);
}

describe('assetPath', () => {
  it('takes plain paths under /_next/static/ and nothing that climbs, hides or is encoded', () => {
    expect(assetPath('/_next/static/chunks/0i-r_hm2nk4n5.css')).toBe('chunks/0i-r_hm2nk4n5.css');
    expect(assetPath('/_next/static/media/font.woff2')).toBe('media/font.woff2');
    for (const odd of ['/_next/static/../secret.js', '/_next/static/chunks/../../x.js', '/_next/static/.env', '/_next/static/a%2e%2e/x.js', '/_next/static//etc/passwd', '/_next/static/a\\b.js', '/_next/image', '/static/x.js', '/_next/static/']) {
      expect(assetPath(odd), odd).toBeNull();
    }
  });
});

describe('static assets', () => {
  it('passes the first request on, then answers from memory: gzip when accepted, raw bytes otherwise', async () => {
    const assets = createStaticAssets(dir);
    const zipped = await warm(assets, get('/_next/static/chunks/page.css', { 'accept-encoding': 'gzip, deflate, br, zstd' }));
    expect(zipped).toMatchObject({ status: 200, headers: { 'Content-Type': 'text/css; charset=UTF-8', 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=31536000, immutable' } });
    expect(gunzipSync(zipped!.body as Buffer).toString()).toBe(CSS);
    expect(Number(zipped!.headers['Content-Length'])).toBe((zipped!.body as Buffer).length);

    const plain = assets.answer(get('/_next/static/chunks/page.css'), security);
    expect(plain!.headers['Content-Encoding']).toBeUndefined();
    expect(plain!.body.toString()).toBe(CSS);
    const refused = assets.answer(get('/_next/static/chunks/page.css', { 'accept-encoding': 'gzip;q=0, identity' }), security);
    expect(refused!.headers['Content-Encoding']).toBeUndefined();
  });

  it('answers a matching If-None-Match with 304 and no body, and HEAD with headers only', async () => {
    const assets = createStaticAssets(dir);
    const first = await warm(assets, get('/_next/static/chunks/page.css'));
    const etag = first!.headers.ETag!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(assets.answer(get('/_next/static/chunks/page.css', { 'if-none-match': `"other", ${etag}` }), security)).toMatchObject({ status: 304, body: '', headers: { ETag: etag } });
    expect(assets.answer(get('/_next/static/chunks/page.css', { 'if-none-match': '"other"' }), security)!.status).toBe(200);
    const head = assets.answer(get('/_next/static/chunks/page.css', {}, 'HEAD'), security);
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(Number(head!.headers['Content-Length'])).toBe(CSS.length);
  });

  it('sends fonts as they are, and a file gzip would not shrink without gzip', async () => {
    const assets = createStaticAssets(dir);
    const font = await warm(assets, get('/_next/static/media/font.woff2', { 'accept-encoding': 'gzip' }));
    expect(font).toMatchObject({ status: 200, headers: { 'Content-Type': 'font/woff2' } });
    expect(font!.headers['Content-Encoding']).toBeUndefined();
    expect(font!.headers.Vary).toBeUndefined();
    const tiny = await warm(assets, get('/_next/static/chunks/tiny.js', { 'accept-encoding': 'gzip' }));
    expect(tiny!.headers['Content-Encoding']).toBeUndefined();
    expect(tiny!.body.toString()).toBe('x');
  });

  it('remembers nothing of a name that is not in the build, however many are asked for', async () => {
    const assets = createStaticAssets(dir);
    for (let i = 0; i < 200; i++) expect(assets.answer(get(`/_next/static/chunks/made-up-${i}.js`), security)).toBeNull();
    await assets.settled();
    expect(assets.held()).toMatchObject({ files: 0, bytes: 0, remembered: 0 });
    // A file that appears later (a name asked for before it existed) is served once it does.
    fs.writeFileSync(path.join(dir, 'chunks', 'made-up-7.js'), 'late();');
    expect(await warm(assets, get('/_next/static/chunks/made-up-7.js'))).toMatchObject({ status: 200, body: Buffer.from('late();') });
    expect(assets.held()).toMatchObject({ files: 1, bytes: 7, remembered: 0 });
  });

  it('leaves to Next.js what it does not hold: missing files, unknown types, ranges, other methods, odd paths', async () => {
    const assets = createStaticAssets(dir);
    for (const request of [
      get('/_next/static/chunks/missing.js'),
      get('/_next/static/chunks/data.bin'),
      get('/_next/static/chunks/page.css', { range: 'bytes=0-10' }),
      get('/_next/static/chunks/page.css', {}, 'POST'),
      get(`/_next/static/../${path.basename(dir)}-secret.js`),
    ]) {
      expect(assets.answer(request, security), `${request.method} ${request.pathname}`).toBeNull();
      await assets.settled();
      expect(assets.answer(request, security), `${request.method} ${request.pathname}, again`).toBeNull();
    }
  });
});
