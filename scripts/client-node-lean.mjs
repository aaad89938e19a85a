/**
 * Loads @kubernetes/client-node's KubeConfig without the generated API it does not use. Preloaded into
 * the standalone server (`node --import`, see start.mjs); in the loader thread it is the hook itself.
 *
 * The app uses only KubeConfig (lib/kube/connection.ts) and two request helpers (credential-load.ts).
 * KubeConfig's module imports `createConfiguration` and `ServerConfiguration` from `./gen/index.js`,
 * which re-exports the whole generated client: about 1,000 modules, 25 MB of V8 heap and 40 MB of RSS
 * in a server whose budget at 5,000 nodes is 250 MB (BENCHMARKS.md). This hook gives that one import a
 * module with just those two names, from their own files. The names are checked against the importer's
 * source first: if a client-node upgrade imports anything else, the import goes through unchanged
 * (correct, only heavier; scripts/client-node-lean.test.ts fails so the change is noticed).
 */
import fs from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

const IMPORTER = '/@kubernetes/client-node/dist/config.js';
const GEN_INDEX = './gen/index.js';
/** What KubeConfig imports from the generated client, and the file each name is defined in. */
export const LEAN_EXPORTS = { createConfiguration: 'configuration.js', ServerConfiguration: 'servers.js' };
const SCHEME = 'kubesys-lean:';

/** True when `source` imports from ./gen/index.js exactly the names LEAN_EXPORTS provides. */
export function importsOnlyLeanNames(source) {
  const imports = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]\.\/gen\/index\.js['"]/g)];
  if (imports.length !== 1 || /import\s*\*\s*as\s+\w+\s+from\s*['"]\.\/gen\/index\.js['"]/.test(source)) return false;
  const names = imports[0][1].split(',').map((name) => name.trim()).filter(Boolean);
  const wanted = Object.keys(LEAN_EXPORTS);
  return names.length === wanted.length && names.every((name) => wanted.includes(name));
}

/** The importers checked so far: file URL → whether the lean module stands in for ./gen/index.js. */
const checked = new Map();

function leanFor(parentURL) {
  if (!checked.has(parentURL)) {
    let ok = false;
    try {
      ok = importsOnlyLeanNames(fs.readFileSync(fileURLToPath(parentURL), 'utf8'));
    } catch {
      ok = false;
    }
    checked.set(parentURL, ok);
  }
  return checked.get(parentURL);
}

export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL;
  if (specifier === GEN_INDEX && parent?.startsWith('file:') && parent.endsWith(IMPORTER) && leanFor(parent)) {
    return { url: `${SCHEME}${new URL('./gen/', parent).href}`, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.startsWith(SCHEME)) {
    const gen = url.slice(SCHEME.length);
    const source = Object.entries(LEAN_EXPORTS)
      .map(([name, file]) => `export { ${name} } from ${JSON.stringify(new URL(file, gen).href)};`)
      .join('\n');
    return { format: 'module', source, shortCircuit: true };
  }
  return nextLoad(url, context);
}
