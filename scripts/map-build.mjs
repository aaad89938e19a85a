/**
 * Maps a production build to the base path given at start. `next build` inlines its basePath into the
 * server's config and manifests, the server and browser chunks and the prerendered pages, so the build
 * is made with a placeholder (scripts/base-path.cjs) and this writes a copy of the standalone server with
 * the placeholder replaced by BASE_PATH, into the build's cache directory (the one place a read-only image
 * lets the runtime user write). Next.js then serves it exactly as a build made for that path: no
 * per-request work. Every start maps afresh, so nothing written at run time outlives the process.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BASE_PATH_PLACEHOLDER } from './base-path.cjs';
import { shareDuplicateChunks } from './share-chunks.mjs';

const PLACEHOLDER = Buffer.from(BASE_PATH_PLACEHOLDER);
/** Under `<standalone>/<distDir>/cache`: one directory per running server, `<pid>-<n>` of the process that started it. */
export const RUN_DIR = 'kubesys-run';
/** The run directories this process made (a process may start several servers: the e2e suites do). */
const mine = new Set();
/**
 * What may stand on either side of the placeholder: the ends of a JS, JSON or HTML-attribute string, the
 * rest of a URL, a template-literal `${`, an escaped quote. Anything else (a regular expression, a longer
 * word) would need another kind of replacement, so the start refuses rather than serve a broken build.
 */
const BEFORE = new Set(['"', "'", '`']);
const AFTER = new Set(['"', "'", '`', '/', '$', '\\', '?', '#']);

/**
 * The build's own basePath, from `<distDir>/required-server-files.json`: the placeholder for a build made
 * since BASE_PATH became a start-time setting.
 */
export function builtBasePath(standaloneDir, distDir) {
  const file = path.join(standaloneDir, distDir, 'required-server-files.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).config?.basePath ?? '';
}

/**
 * Writes the build mapped to `basePath` ('' for the root) beside it and returns the server to start.
 * `owner` is the pid of the process that removes the copy when its server exits.
 */
export function mapBuild({ standaloneDir, distDir, basePath, owner = process.pid }) {
  const built = builtBasePath(standaloneDir, distDir);
  if (built !== BASE_PATH_PLACEHOLDER) {
    throw new Error(
      `this build serves only under ${JSON.stringify(built || '/')}: it was made before BASE_PATH became a start-time setting. Rebuild it (npm run build).`,
    );
  }
  const runRoot = path.join(standaloneDir, distDir, 'cache', RUN_DIR);
  fs.mkdirSync(runRoot, { recursive: true });
  removeStaleRuns(runRoot);
  const name = `${owner}-${mine.size + 1}`;
  mine.add(name);
  const dir = path.join(runRoot, name);
  const staging = `${dir}.${randomBytes(4).toString('hex')}.tmp`;
  const stats = { files: 0, mapped: 0, sharedChunks: 0 };
  try {
    fs.mkdirSync(staging);
    for (const entry of fs.readdirSync(standaloneDir, { withFileTypes: true })) {
      const from = path.join(standaloneDir, entry.name);
      const to = path.join(staging, entry.name);
      if (entry.name === distDir) copyTree(from, to, { basePath, stats, skip: path.join(from, 'cache') });
      else if (entry.isFile()) copyFile(from, to, basePath, stats);
      // node_modules and traced files: no placeholder in them, so the originals serve.
      else fs.symlinkSync(fs.realpathSync(from), to);
    }
    stats.sharedChunks = shareDuplicateChunks(path.join(staging, distDir, 'server')).shared;
    fs.mkdirSync(path.join(staging, distDir, 'cache'), { recursive: true });
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(staging, dir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return { dir, server: path.join(dir, 'server.js'), ...stats };
}

/**
 * Removes the run directories of processes that are gone, and those under this process's pid that it did
 * not make: a restarted container's entrypoint has the pid its previous life had.
 */
export function removeStaleRuns(runRoot) {
  for (const name of fs.readdirSync(runRoot)) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    const isStale = !pid || !isAlive(pid) || (pid === process.pid && !mine.has(name.replace(/\.[0-9a-f]+\.tmp$/, '')));
    if (isStale) fs.rmSync(path.join(runRoot, name), { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function copyTree(from, to, options) {
  fs.mkdirSync(to);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (source === options.skip) continue;
    if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target);
    else if (entry.isDirectory()) copyTree(source, target, options);
    else copyFile(source, target, options.basePath, options.stats);
  }
}

/** Copies one file, replacing the placeholder where it stands; the copy is read-only, as the build is. */
function copyFile(from, to, basePath, stats) {
  stats.files += 1;
  const content = fs.readFileSync(from);
  if (content.indexOf(PLACEHOLDER) < 0) {
    fs.writeFileSync(to, content, { mode: 0o444 });
    return;
  }
  stats.mapped += 1;
  const source = path.basename(from) === 'routes-manifest.json' ? Buffer.from(mapRoutesManifest(content.toString('utf8'), basePath)) : content;
  fs.writeFileSync(to, replacePlaceholder(source, basePath, from), { mode: 0o444 });
}

/**
 * Next.js adds a redirect from `<basePath>/` to `<basePath>` with a regular expression for it; at the
 * root there is no such redirect (the generic trailing-slash one covers it).
 */
export function mapRoutesManifest(text, basePath) {
  const manifest = JSON.parse(text);
  const isBaseRedirect = (r) => r.internal && r.basePath === false && r.source === `${BASE_PATH_PLACEHOLDER}/`;
  manifest.redirects = (manifest.redirects ?? []).flatMap((redirect) => {
    if (!isBaseRedirect(redirect)) return [redirect];
    if (basePath === '') return [];
    return [{ ...redirect, source: `${basePath}/`, destination: basePath, regex: `^${escapeRegExp(basePath)}/$` }];
  });
  return JSON.stringify(manifest, null, 2);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The content with every placeholder replaced, after checking that each one stands where a plain
 * replacement is right (see BEFORE and AFTER) and, in a prerendered RSC payload, outside a length-prefixed
 * text row. Throws naming the file otherwise.
 */
export function replacePlaceholder(content, basePath, file = 'a file') {
  const spans = file.endsWith('.rsc') ? rscTextRows(content) : [];
  const parts = [];
  let from = 0;
  for (let at = content.indexOf(PLACEHOLDER); at >= 0; at = content.indexOf(PLACEHOLDER, at + PLACEHOLDER.length)) {
    const before = String.fromCharCode(content[at - 1] ?? 0);
    const after = String.fromCharCode(content[at + PLACEHOLDER.length] ?? 0);
    const inTextRow = spans.some(([start, end]) => at >= start && at < end);
    if (!BEFORE.has(before) || !AFTER.has(after) || inTextRow) {
      const context = content.subarray(Math.max(0, at - 40), at + PLACEHOLDER.length + 40).toString('utf8');
      throw new Error(`cannot map the build to BASE_PATH: ${file} holds the base path where a plain replacement would be wrong (…${context}…)`);
    }
    parts.push(content.subarray(from, at), Buffer.from(basePath));
    from = at + PLACEHOLDER.length;
  }
  parts.push(content.subarray(from));
  return Buffer.concat(parts);
}

/**
 * The byte ranges of an RSC payload's text rows (`<id>:T<hex length>,<bytes>`): their length prefix counts
 * bytes, so a replacement inside one would break the payload.
 */
export function rscTextRows(content) {
  const spans = [];
  let at = 0;
  while (at < content.length) {
    const row = /^[0-9a-f]+:T([0-9a-f]+),/.exec(content.subarray(at, at + 32).toString('latin1'));
    if (row) {
      const start = at + row[0].length;
      const end = start + parseInt(row[1], 16);
      spans.push([start, end]);
      at = end;
    } else {
      const newline = content.indexOf(10, at);
      at = newline < 0 ? content.length : newline + 1;
    }
  }
  return spans;
}
