/**
 * The build's lean client-node (client-node-lean.mjs, applied by start.mjs's prepareStandalone): in a copy
 * of the package laid out as a standalone build holds it, KubeConfig loads without the generated API and
 * still authenticates a request. Checked in a real Node.js child with a hook that records every module it
 * loads; the project's own client-node, untouched, is the control that shows the generated API would load.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importsOnlyLeanNames, LEAN_EXPORTS, LEAN_MODULE, leanClientNode } from './client-node-lean.mjs';

const ROOT = path.resolve(__dirname, '..');
const PACKAGE = path.join(ROOT, 'node_modules/@kubernetes/client-node');
const CONFIG_JS = path.join(PACKAGE, 'dist/config.js');

/** Registers a hook that appends each loaded URL to $LOADED (it runs first: hooks registered last do). */
const TRACER = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
import fs from 'node:fs';
export async function load(url, context, next) { fs.appendFileSync(process.env.LOADED, url + '\\\\n'); return next(url, context); }
\`));
`)}`;

/** Loads KubeConfig as lib/kube/connection.ts does and signs a request with a token. */
const CLIENT = `
const { KubeConfig } = await import('@kubernetes/client-node/dist/config.js');
const { HttpMethod, RequestContext } = await import('@kubernetes/client-node/dist/gen/http/http.js');
const kc = new KubeConfig();
kc.loadFromOptions({
  clusters: [{ name: 'c', server: 'https://127.0.0.1:6443', skipTLSVerify: false }],
  users: [{ name: 'u', token: 'sesame' }],
  contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
  currentContext: 'x',
});
const request = new RequestContext(kc.getCurrentCluster().server, HttpMethod.GET);
await kc.applySecurityAuthentication(request);
console.log(JSON.stringify(request.getHeaders()));
`;

/**
 * A standalone build's layout inside the project (so client-node's own dependencies resolve from the
 * project's node_modules above it): `<dir>/node_modules/@kubernetes/client-node`, hard links of the
 * installed package, as `cp -al` makes them.
 */
fs.mkdirSync(path.join(ROOT, '.sim'), { recursive: true });
const standalone = fs.mkdtempSync(path.join(ROOT, '.sim', 'lean-test-'));
fs.mkdirSync(path.join(standalone, 'node_modules/@kubernetes'), { recursive: true });
execFileSync('cp', ['-al', PACKAGE, path.join(standalone, 'node_modules/@kubernetes/client-node')]);
afterAll(() => fs.rmSync(standalone, { recursive: true, force: true }));

/** Runs CLIENT with its working directory in `cwd` (whose node_modules it resolves client-node from). */
function run(cwd: string): { headers: Record<string, string>; loaded: string[] } {
  const loaded = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-lean-')), 'loaded.txt');
  fs.writeFileSync(loaded, '');
  const args = ['--import', TRACER, '--input-type=module', '-e', CLIENT];
  const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, LOADED: loaded } });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  const urls = fs.readFileSync(loaded, 'utf8').split('\n').filter(Boolean);
  fs.rmSync(path.dirname(loaded), { recursive: true, force: true });
  return { headers: JSON.parse(child.stdout) as Record<string, string>, loaded: urls };
}

const generatedApi = (urls: string[]) => urls.filter((url) => /\/client-node\/dist\/gen\/(index\.js|apis\/|models\/|types\/)/.test(url));

describe('client-node-lean', () => {
  it('applies to the installed client-node: KubeConfig imports from the generated index only the names it provides', () => {
    expect(importsOnlyLeanNames(fs.readFileSync(CONFIG_JS, 'utf8'))).toBe(true);
  });

  it('loads KubeConfig without the generated API in the patched copy, KubeConfig still authenticates, and the installed package is untouched', () => {
    const original = fs.readFileSync(CONFIG_JS, 'utf8');
    expect(leanClientNode(standalone)).toBe('applied');
    expect(fs.readFileSync(CONFIG_JS, 'utf8')).toBe(original);
    expect(fs.existsSync(path.join(PACKAGE, 'dist/gen', LEAN_MODULE))).toBe(false);
    const lean = run(standalone);
    expect(lean.headers).toEqual({ Authorization: 'Bearer sesame' });
    expect(lean.loaded.some((url) => url.includes('/lean-test-') && url.endsWith('/client-node/dist/config.js'))).toBe(true);
    expect(generatedApi(lean.loaded)).toEqual([]);
    expect(lean.loaded.some((url) => url.endsWith(`/gen/${LEAN_MODULE}`))).toBe(true);
    expect(lean.loaded.some((url) => url.endsWith('/gen/configuration.js'))).toBe(true);
    expect(lean.loaded.some((url) => url.endsWith('/gen/servers.js'))).toBe(true);
  });

  it('is what keeps it out: the installed package loads hundreds of generated modules for the same client', () => {
    const full = run(ROOT);
    expect(full.headers).toEqual({ Authorization: 'Bearer sesame' });
    expect(generatedApi(full.loaded).length).toBeGreaterThan(500);
  });

  it('writes nothing the second time, and leaves a KubeConfig that imports more, or no client-node, as they are', () => {
    expect(leanClientNode(standalone)).toBe('applied');
    const config = path.join(standalone, 'node_modules/@kubernetes/client-node/dist/config.js');
    const written = fs.statSync(config).mtimeMs;
    expect(leanClientNode(standalone)).toBe('applied');
    expect(fs.statSync(config).mtimeMs).toBe(written);

    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-lean-other-'));
    expect(leanClientNode(other)).toBe('no client-node');
    const dist = path.join(other, 'node_modules/@kubernetes/client-node/dist');
    fs.mkdirSync(path.join(dist, 'gen'), { recursive: true });
    const newer = `import { ${Object.keys(LEAN_EXPORTS).join(', ')}, CoreV1Api } from './gen/index.js';\n`;
    fs.writeFileSync(path.join(dist, 'config.js'), newer);
    expect(leanClientNode(other)).toBe('imports changed');
    expect(fs.readFileSync(path.join(dist, 'config.js'), 'utf8')).toBe(newer);
    expect(fs.readdirSync(path.join(dist, 'gen'))).toEqual([]);
    fs.rmSync(other, { recursive: true, force: true });
  });

  it('stands aside when KubeConfig imports anything else from the generated index', () => {
    const names = Object.keys(LEAN_EXPORTS).join(', ');
    expect(importsOnlyLeanNames(`import { ${names} } from './gen/index.js';`)).toBe(true);
    expect(importsOnlyLeanNames(`import {\n  ${names},\n} from "./gen/index.js";`)).toBe(true);
    expect(importsOnlyLeanNames(`import { ${names}, CoreV1Api } from './gen/index.js';`)).toBe(false);
    expect(importsOnlyLeanNames(`import { createConfiguration } from './gen/index.js';`)).toBe(false);
    expect(importsOnlyLeanNames(`import { ${names} } from './gen/index.js';\nimport * as gen from './gen/index.js';`)).toBe(false);
    expect(importsOnlyLeanNames(`import { ${names} } from './gen/index.js';\nimport { Observable } from './gen/index.js';`)).toBe(false);
    expect(importsOnlyLeanNames('')).toBe(false);
  });
});
