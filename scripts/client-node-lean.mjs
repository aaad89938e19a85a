/**
 * Makes a standalone build's copy of @kubernetes/client-node load KubeConfig without the generated API it
 * does not use. Applied by `prepareStandalone` (start.mjs), so the image is built with it and every start
 * checks it.
 *
 * The app uses only KubeConfig (lib/kube/connection.ts) and two request helpers (credential-load.ts).
 * KubeConfig's module imports `createConfiguration` and `ServerConfiguration` from `./gen/index.js`,
 * which re-exports the whole generated client: about 1,000 modules, 25 MB of V8 heap and 40 MB of RSS
 * in a server whose budget at 5,000 nodes is 250 MB (BENCHMARKS.md). In the build's copy (never in the
 * project's node_modules) that one import is pointed at a module with just those two names, from their
 * own files. The names are checked against the importer's source first: if a client-node upgrade imports
 * anything else, the copy is left as it is (correct, only heavier; scripts/client-node-lean.test.ts fails
 * so the change is noticed).
 *
 * It was a module hook (`node --import`) before: the same result, but Node 20 runs module hooks in a
 * thread of their own, which held about 14 MB of RSS for the server's whole life.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The module written beside the generated index, and what config.js imports instead of the index. */
export const LEAN_MODULE = 'kubesys-lean.js';
const LEAN_SPECIFIER = `./gen/${LEAN_MODULE}`;
/** What KubeConfig imports from the generated client, and the file each name is defined in. */
export const LEAN_EXPORTS = { createConfiguration: 'configuration.js', ServerConfiguration: 'servers.js' };

/** `import { … } from './gen/index.js'`, the names captured. */
const IMPORT_FROM_GEN_INDEX = /import\s*\{([^}]*)\}\s*from\s*['"]\.\/gen\/index\.js['"]/g;

/** True when `source` imports from ./gen/index.js exactly the names LEAN_EXPORTS provides. */
export function importsOnlyLeanNames(source) {
  const imports = [...source.matchAll(IMPORT_FROM_GEN_INDEX)];
  if (imports.length !== 1 || /import\s*\*\s*as\s+\w+\s+from\s*['"]\.\/gen\/index\.js['"]/.test(source)) return false;
  const names = imports[0][1].split(',').map((name) => name.trim()).filter(Boolean);
  const wanted = Object.keys(LEAN_EXPORTS);
  return names.length === wanted.length && names.every((name) => wanted.includes(name));
}

/** Writes `text` to `file` through a new file renamed over it: a hard link to the original is left alone. */
function replaceFile(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

/**
 * Points KubeConfig's import in `<standaloneDir>/node_modules/@kubernetes/client-node` at the two-name
 * module. Returns `'applied'` (now or before) or why it was not: `'no client-node'` (nothing to do) or
 * `'imports changed'` (a client-node whose KubeConfig needs more; left as it is).
 */
export function leanClientNode(standaloneDir) {
  const dist = path.join(standaloneDir, 'node_modules', '@kubernetes', 'client-node', 'dist');
  const config = path.join(dist, 'config.js');
  if (!fs.existsSync(config)) return 'no client-node';
  const source = fs.readFileSync(config, 'utf8');
  if (source.includes(`'${LEAN_SPECIFIER}'`) && fs.existsSync(path.join(dist, 'gen', LEAN_MODULE))) return 'applied';
  if (!importsOnlyLeanNames(source)) return 'imports changed';
  const lean = Object.entries(LEAN_EXPORTS)
    .map(([name, file]) => `export { ${name} } from './${file}';`)
    .join('\n');
  replaceFile(path.join(dist, 'gen', LEAN_MODULE), `// Written by kubesys (scripts/client-node-lean.mjs): KubeConfig's two names, without the generated API.\n${lean}\n`);
  replaceFile(config, source.replace(IMPORT_FROM_GEN_INDEX, (statement) => statement.replace(/(['"])\.\/gen\/index\.js\1/, `'${LEAN_SPECIFIER}'`)));
  return 'applied';
}
