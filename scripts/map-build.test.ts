/**
 * The start-time mapping of a build to BASE_PATH, on a small standalone output laid out as `next build`
 * lays it out (the placeholder in the server's config, manifests, chunks, prerendered RSC). The real
 * build is mapped by every server the Playwright suites start (e2e/subpath at three paths).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BASE_PATH_PLACEHOLDER as PH } from './base-path.cjs';
import { mapBuild, mapRoutesManifest, replacePlaceholder, rscTextRows, RUN_DIR } from './map-build.mjs';

let root: string;
let standalone: string;

/** What next build leaves, in miniature. */
const BUILD: Record<string, string> = {
  'server.js': `const nextConfig = {"basePath":"${PH}","assetPrefix":"${PH}","images":{"path":"${PH}/_next/image"}};\nmodule.exports = nextConfig;\n`,
  'package.json': '{"name":"kubesys"}\n',
  'node_modules/dep/index.js': 'module.exports = "dependency";\n',
  '.next/BUILD_ID': 'build-1',
  '.next/required-server-files.json': JSON.stringify({ config: { basePath: PH, env: { NEXT_PUBLIC_BASE_PATH: PH } } }),
  '.next/routes-manifest.json': JSON.stringify({
    basePath: PH,
    redirects: [
      { source: `${PH}/`, destination: PH, basePath: false, internal: true, statusCode: 308, regex: `^${PH}/$` },
      { source: '/:path+/', destination: '/:path+', internal: true, statusCode: 308, regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))/$' },
    ],
  }),
  '.next/server/chunks/base.js': `let n="${PH}";module.exports={base:n,api:(e)=>\`${PH}\${e}\`,prefixed:"${PH}/_next/"};\n`,
  '.next/server/chunks/plain.js': 'module.exports = "no base path here";\n',
  '.next/server/app/page.js': 'module.exports = require("../chunks/base.js");\n',
  '.next/server/app/_global-error.rsc': `1:"$Sreact.fragment"\n2:"${PH}/_next/static/chunks/c.js"\n3:T5,hello4:["$","p",null,{}]\n`,
  '.next/server/app/_global-error.html': `<script src="${PH}/_next/static/chunks/c.js" async=""></script><script>self.__next_f.push([1,"2:\\"${PH}/_next/x.js\\""])</script>`,
  '.next/static/chunks/c.js': `E="string"==typeof TURBOPACK_CHUNK_BASE_PATH?TURBOPACK_CHUNK_BASE_PATH:"${PH}/_next/";\n`,
  '.next/static/media/font.woff2': 'wOF2 binary',
  '.next/cache/images/old.png': 'not copied',
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-map-'));
  standalone = path.join(root, 'standalone');
  for (const [file, content] of Object.entries(BUILD)) {
    fs.mkdirSync(path.dirname(path.join(standalone, file)), { recursive: true });
    fs.writeFileSync(path.join(standalone, file), content);
  }
  // Turbopack links external packages relative to the dist dir.
  fs.mkdirSync(path.join(standalone, '.next/node_modules'), { recursive: true });
  fs.symlinkSync('../../node_modules/dep', path.join(standalone, '.next/node_modules/dep-1a2b'));
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const map = (basePath: string, owner = process.pid) => mapBuild({ standaloneDir: standalone, distDir: '.next', basePath, owner });
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

describe('mapBuild', () => {
  it('copies the build with the placeholder replaced by the base path, wherever it stands', () => {
    const mapped = map('/ops/kube-system');
    expect(path.relative(standalone, mapped.dir)).toMatch(new RegExp(`^\\.next/cache/${RUN_DIR}/${process.pid}-\\d+$`));
    expect(mapped.server).toBe(path.join(mapped.dir, 'server.js'));
    expect(read(mapped.dir, 'server.js')).toContain('{"basePath":"/ops/kube-system","assetPrefix":"/ops/kube-system","images":{"path":"/ops/kube-system/_next/image"}}');
    expect(read(mapped.dir, '.next/static/chunks/c.js')).toContain(':"/ops/kube-system/_next/";');
    expect(read(mapped.dir, '.next/server/app/_global-error.rsc')).toBe('1:"$Sreact.fragment"\n2:"/ops/kube-system/_next/static/chunks/c.js"\n3:T5,hello4:["$","p",null,{}]\n');
    expect(read(mapped.dir, '.next/server/app/_global-error.html')).toBe(
      '<script src="/ops/kube-system/_next/static/chunks/c.js" async=""></script><script>self.__next_f.push([1,"2:\\"/ops/kube-system/_next/x.js\\""])</script>',
    );
    expect(JSON.parse(read(mapped.dir, '.next/required-server-files.json')).config.env.NEXT_PUBLIC_BASE_PATH).toBe('/ops/kube-system');
    const everything = fs.readdirSync(mapped.dir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('node_modules'));
    for (const file of everything) {
      if (fs.statSync(path.join(mapped.dir, file)).isFile()) expect(read(mapped.dir, file), file).not.toContain(PH);
    }
    expect(mapped).toMatchObject({ files: 12, mapped: 7 });
  });

  it('runs as mapped: relative requires land in the copy, packages resolve through the original node_modules', () => {
    const mapped = map('/kubesys');
    const require = createRequire(path.join(mapped.dir, 'server.js'));
    const page = require('./.next/server/app/page.js') as { base: string; api: (p: string) => string; prefixed: string };
    expect(page.base).toBe('/kubesys');
    expect(page.api('/api/overview')).toBe('/kubesys/api/overview');
    expect(require('./.next/node_modules/dep-1a2b')).toBe('dependency');
    expect(fs.lstatSync(path.join(mapped.dir, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(fs.realpathSync(path.join(mapped.dir, 'node_modules'))).toBe(fs.realpathSync(path.join(standalone, 'node_modules')));
  });

  it('at the root the base path vanishes and so does its trailing-slash redirect', () => {
    const mapped = map('');
    const server = createRequire(path.join(mapped.dir, 'server.js'))('./server.js') as { basePath: string; images: { path: string } };
    expect(server.basePath).toBe('');
    expect(server.images.path).toBe('/_next/image');
    expect(read(mapped.dir, '.next/static/chunks/c.js')).toContain(':"/_next/";');
    const manifest = JSON.parse(read(mapped.dir, '.next/routes-manifest.json')) as { basePath: string; redirects: { source: string }[] };
    expect(manifest.basePath).toBe('');
    expect(manifest.redirects.map((r) => r.source)).toEqual(['/:path+/']);
  });

  it('rewrites the base path redirect with its regular expression escaped', () => {
    const manifest = JSON.parse(mapRoutesManifest(BUILD['.next/routes-manifest.json']!, '/v1.2/kube-system')) as { redirects: Record<string, string>[] };
    expect(manifest.redirects[0]).toMatchObject({ source: '/v1.2/kube-system/', destination: '/v1.2/kube-system', regex: '^/v1\\.2/kube-system/$' });
    expect(new RegExp(manifest.redirects[0]!.regex!).test('/v1.2/kube-system/')).toBe(true);
    expect(new RegExp(manifest.redirects[0]!.regex!).test('/v1x2/kube-system/')).toBe(false);
  });

  it('leaves the Next.js cache behind and makes the copy read-only like the build, apart from a fresh cache', () => {
    const mapped = map('/kubesys');
    expect(fs.readdirSync(path.join(mapped.dir, '.next/cache'))).toEqual([]);
    expect(fs.statSync(path.join(mapped.dir, '.next/static/chunks/c.js')).mode & 0o222).toBe(0);
    expect(fs.statSync(path.join(mapped.dir, '.next/server/chunks/plain.js')).mode & 0o222).toBe(0);
    fs.writeFileSync(path.join(mapped.dir, '.next/cache/fetch'), 'Next.js may write here');
  });

  it('serves several base paths from one build side by side, one directory per server, whichever process starts them', () => {
    const a = map('/kubesys');
    const b = map('/ops/kube-system');
    const c = map('', process.ppid);
    expect(new Set([a.dir, b.dir, c.dir]).size).toBe(3);
    expect(read(a.dir, '.next/static/chunks/c.js')).toContain('"/kubesys/_next/"');
    expect(read(b.dir, '.next/static/chunks/c.js')).toContain('"/ops/kube-system/_next/"');
    expect(read(c.dir, '.next/static/chunks/c.js')).toContain('"/_next/"');
  });

  it('removes what servers that are gone left behind, and its own pid\'s leftovers (a restarted container)', () => {
    const runRoot = path.join(standalone, '.next/cache', RUN_DIR);
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim();
    const leftovers = [`${dead}-1`, `${dead}-2.abcd1234.tmp`, `${process.pid}-999`, 'unnamed'];
    for (const name of [...leftovers, `${process.ppid}-1`]) fs.mkdirSync(path.join(runRoot, name, 'x'), { recursive: true });
    const mapped = map('/kubesys');
    expect(fs.readdirSync(runRoot).sort()).toEqual([path.basename(mapped.dir), `${process.ppid}-1`].sort());
  });

  it.each([
    ['/kubesys', '"/kubesys"'],
    ['', '"/"'],
  ])('refuses a build made for a fixed base path (%j)', (basePath, shown) => {
    fs.writeFileSync(path.join(standalone, '.next/required-server-files.json'), JSON.stringify({ config: { basePath } }));
    expect(() => map('/kubesys')).toThrow(`this build serves only under ${shown}: it was made before BASE_PATH became a start-time setting. Rebuild it (npm run build).`);
  });

  it('refuses to start rather than map a place where a plain replacement would be wrong, and leaves nothing behind', () => {
    fs.writeFileSync(path.join(standalone, '.next/server/chunks/regex.js'), `const r = new RegExp("^${PH}(/|$)");\n`);
    expect(() => map('/kubesys')).toThrow(/cannot map the build to BASE_PATH: .*regex\.js holds the base path where a plain replacement would be wrong \(…const r = new RegExp\("\^\/__KUBESYS/);
    expect(fs.readdirSync(path.join(standalone, '.next/cache', RUN_DIR))).toEqual([]);
  });
});

describe('replacePlaceholder', () => {
  it.each([
    [`"${PH}"`, '"/x"'],
    [`'${PH}/_next/'`, "'/x/_next/'"],
    [`\`${PH}\${e}\``, '`/x${e}`'],
    [`"${PH}?a=1"`, '"/x?a=1"'],
    [`\\"${PH}\\"`, '\\"/x\\"'],
  ])('replaces it inside a string: %s', (input, output) => {
    expect(replacePlaceholder(Buffer.from(input), '/x').toString()).toBe(output);
  });

  it.each([[`^${PH}/$`], [`"${PH}suffix"`], [`/${PH}"`], [`${PH}`]])('refuses anything else: %s', (input) => {
    expect(() => replacePlaceholder(Buffer.from(input), '/x', 'chunk.js')).toThrow('chunk.js holds the base path');
  });

  it('refuses a placeholder inside an RSC text row, whose length prefix counts bytes', () => {
    const rsc = Buffer.from(`1:"a"\n2:T1a,see "${PH}" here3:"b"\n`);
    expect(() => replacePlaceholder(rsc, '/x', 'page.rsc')).toThrow('page.rsc holds the base path');
    expect(replacePlaceholder(Buffer.from(`1:T3,abc2:"${PH}/_next/a.js"\n`), '/x', 'page.rsc').toString()).toBe('1:T3,abc2:"/x/_next/a.js"\n');
  });
});

describe('rscTextRows', () => {
  it('finds the text rows of a payload by their byte length', () => {
    const payload = Buffer.from('0:["$","div"]\n1:T3,hé2:"x"\na:T2,ab');
    expect(rscTextRows(payload).map(([start, end]) => payload.subarray(start, end).toString())).toEqual(['hé', 'ab']);
  });
});
