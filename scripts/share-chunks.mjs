/**
 * One copy of each server chunk. Turbopack writes the chunks a route needs under names of that route's
 * own, so the same chunk (the app's lib/: config, cache, services; 660 kB) stands in `server/chunks/`
 * fourteen times, byte for byte but for its source-map comment. Its runtime loads chunks with `require`,
 * which caches by file, so every route handler would load and keep its own copy of the source: 11 MB of
 * V8 heap at 5,000 nodes for code that is never run twice (the runtime installs a module id once).
 *
 * In the copy of the build that map-build.mjs writes at each start, every duplicate becomes
 * `module.exports=require("./<first copy>")`: the route gets the very array the first copy exported, and
 * the runtime installs the modules it already has as it did before. Only files in the Turbopack chunk
 * format (`module.exports=[`) of the same directory (one runtime) are shared.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const CHUNK_START = Buffer.from('module.exports=[');
const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=[^\n]*\s*$/;

/** A chunk's content without its trailing source-map comment (the only part that names the file). */
export function chunkBody(content) {
  return content.toString('utf8').replace(SOURCE_MAP_COMMENT, '');
}

/** Rewrites duplicate chunks under `serverDir` to require their first copy; returns what it shared. */
export function shareDuplicateChunks(serverDir) {
  const stats = { shared: 0, bytes: 0 };
  if (!fs.existsSync(serverDir)) return stats;
  const visit = (dir) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const first = new Map();
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(file);
        continue;
      }
      if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
      const content = fs.readFileSync(file);
      if (!content.subarray(0, CHUNK_START.length).equals(CHUNK_START)) continue;
      const key = createHash('sha256').update(chunkBody(content)).digest('hex');
      const original = first.get(key);
      if (!original) {
        first.set(key, entry.name);
        continue;
      }
      fs.rmSync(file, { force: true });
      fs.writeFileSync(file, `module.exports=require(${JSON.stringify(`./${original}`)});\n`, { mode: 0o444 });
      stats.shared += 1;
      stats.bytes += content.length;
    }
  };
  visit(serverDir);
  return stats;
}
