/**
 * The module hook the server starts with (start.mjs): client-node's KubeConfig loads without the
 * generated API, and still authenticates a request. Checked in a real Node.js child with a second hook
 * that records every module it loads; the same child without the hook is the control that shows the
 * generated API would load.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOnlyLeanNames, LEAN_EXPORTS } from './client-node-lean.mjs';

const ROOT = path.resolve(__dirname, '..');
const CONFIG_JS = path.join(ROOT, 'node_modules/@kubernetes/client-node/dist/config.js');
const LEAN = pathToFileURL(path.join(__dirname, 'client-node-lean.mjs')).href;

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

function run(withLean: boolean): { headers: Record<string, string>; loaded: string[] } {
  const loaded = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-lean-')), 'loaded.txt');
  fs.writeFileSync(loaded, '');
  const args = [...(withLean ? ['--import', LEAN] : []), '--import', TRACER, '--input-type=module', '-e', CLIENT];
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOADED: loaded } });
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

  it('loads KubeConfig without the generated API, and KubeConfig still authenticates', () => {
    const lean = run(true);
    expect(lean.headers).toEqual({ Authorization: 'Bearer sesame' });
    expect(lean.loaded.some((url) => url.endsWith('/client-node/dist/config.js'))).toBe(true);
    expect(generatedApi(lean.loaded)).toEqual([]);
    expect(lean.loaded.some((url) => url.endsWith('/gen/configuration.js'))).toBe(true);
    expect(lean.loaded.some((url) => url.endsWith('/gen/servers.js'))).toBe(true);
  });

  it('is what keeps it out: without the hook the same client loads hundreds of generated modules', () => {
    const full = run(false);
    expect(full.headers).toEqual({ Authorization: 'Bearer sesame' });
    expect(generatedApi(full.loaded).length).toBeGreaterThan(500);
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
