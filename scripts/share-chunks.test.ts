/**
 * Duplicate server chunks in the mapped copy of a build: byte-identical Turbopack chunks (but for their
 * source-map comment) become a `require` of the first copy, and a route loading either gets the same
 * array. The real build's chunks are shared by every server the Playwright suites start.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chunkBody, shareDuplicateChunks } from './share-chunks.mjs';

let dir: string;
const LIB = 'module.exports=[101,e=>{"use strict";e.s(["x",0,1])},102,e=>{"use strict";e.s(["y",0,2])}];';
const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
};
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-share-'));
  write('chunks/_b1._.js', `${LIB}\n\n//# sourceMappingURL=_b1._.js.map`);
  write('chunks/_a2._.js', `${LIB}\n\n//# sourceMappingURL=_a2._.js.map`);
  write('chunks/_c3._.js', `${LIB}\n\n//# sourceMappingURL=_c3._.js.map\n`);
  write('chunks/_other._.js', 'module.exports=[103,e=>{"use strict";e.s(["z",0,3])}];\n//# sourceMappingURL=_other._.js.map');
  write('chunks/runtime-a.js', 'const x = 1;\nmodule.exports = x;\n');
  write('chunks/runtime-b.js', 'const x = 1;\nmodule.exports = x;\n');
  write('chunks/ssr/_d4._.js', `${LIB}\n\n//# sourceMappingURL=_d4._.js.map`);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('shareDuplicateChunks', () => {
  it('keeps the first copy by name and makes the others require it', () => {
    const stats = shareDuplicateChunks(dir);
    expect(read('chunks/_a2._.js')).toBe(`${LIB}\n\n//# sourceMappingURL=_a2._.js.map`);
    expect(read('chunks/_b1._.js')).toBe('module.exports=require("./_a2._.js");\n');
    expect(read('chunks/_c3._.js')).toBe('module.exports=require("./_a2._.js");\n');
    expect(stats.shared).toBe(2);
    expect(stats.bytes).toBe(Buffer.byteLength(`${LIB}\n\n//# sourceMappingURL=_b1._.js.map`) + Buffer.byteLength(`${LIB}\n\n//# sourceMappingURL=_c3._.js.map\n`));
  });

  it('hands every route the same exported array, so the runtime installs each module once', () => {
    shareDuplicateChunks(dir);
    const req = createRequire(path.join(dir, 'chunks', 'x.js'));
    const first = req('./_a2._.js');
    expect(Array.isArray(first)).toBe(true);
    expect(req('./_b1._.js')).toBe(first);
    expect(req('./_c3._.js')).toBe(first);
  });

  it('leaves different chunks, files in another format and other directories (another runtime) alone', () => {
    shareDuplicateChunks(dir);
    expect(read('chunks/_other._.js')).toContain('e.s(["z",0,3])');
    expect(read('chunks/runtime-b.js')).toBe('const x = 1;\nmodule.exports = x;\n');
    expect(read('chunks/ssr/_d4._.js')).toBe(`${LIB}\n\n//# sourceMappingURL=_d4._.js.map`);
  });

  it('shares nothing twice: a second pass finds no duplicates left', () => {
    shareDuplicateChunks(dir);
    expect(shareDuplicateChunks(dir)).toEqual({ shared: 0, bytes: 0 });
  });

  it('answers nothing shared for a build without a server directory', () => {
    expect(shareDuplicateChunks(path.join(dir, 'missing'))).toEqual({ shared: 0, bytes: 0 });
  });
});

describe('chunkBody', () => {
  it('drops only the trailing source-map comment', () => {
    expect(chunkBody(Buffer.from('module.exports=[1];\n//# sourceMappingURL=a.js.map\n'))).toBe('module.exports=[1];');
    expect(chunkBody(Buffer.from('module.exports=["//# sourceMappingURL=x"];'))).toBe('module.exports=["//# sourceMappingURL=x"];');
  });
});
