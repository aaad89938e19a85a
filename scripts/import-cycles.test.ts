/**
 * No import cycle anywhere in the product, the demo cluster or the scripts: the import graph of every
 * non-test TypeScript file (`@/x` and relative imports, static and dynamic `import()`, type-only imports
 * too, as /work/shared/tools/import-cycles.py reads it) has no strongly connected component of two or more.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const SOURCES = ['app', 'components', 'lib', 'sim', 'scripts', 'proxy.ts', 'instrumentation.ts'];
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const full = path.join(ROOT, rel);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isFile()) return void out.push(rel);
    for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(child);
      else if (/\.(ts|tsx|mts)$/.test(entry.name) && !/\.(test|spec)\./.test(entry.name)) out.push(child);
    }
  };
  for (const source of SOURCES) walk(source);
  return out.map((file) => file.split(path.sep).join('/'));
}

/** file → the project files it imports. */
function importGraph(files: readonly string[], read: (file: string) => string): Map<string, Set<string>> {
  const known = new Set(files);
  const resolve = (from: string, spec: string): string | undefined => {
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)) : undefined;
    if (base === undefined) return undefined;
    return [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}/index.ts`, `${base}/index.tsx`].find((candidate) => known.has(candidate));
  };
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const text = read(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const targets = new Set<string>();
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(file, match[1] ?? match[2]!);
      if (target && target !== file) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The import cycles: strongly connected components with more than one file (Tarjan), each sorted. */
function importCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('import cycles', () => {
  it('finds a loop through type-only and dynamic imports, and none in a one-way graph', () => {
    const files: Record<string, string> = {
      'lib/a.ts': "import type { B } from './b';",
      'lib/b.ts': "export const c = () => import('@/lib/c');",
      'lib/c.ts': "import { a } from '../lib/a';\n// import { d } from './d';",
      'lib/d.ts': "import { a } from './a';",
    };
    const graph = importGraph(Object.keys(files), (file) => files[file]!);
    expect(importCycles(graph)).toEqual([['lib/a.ts', 'lib/b.ts', 'lib/c.ts']]);
    graph.get('lib/c.ts')!.clear();
    expect(importCycles(graph)).toEqual([]);
  });

  it('are none in the project', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(300);
    expect(importCycles(importGraph(files, (file) => fs.readFileSync(path.join(ROOT, file), 'utf8')))).toEqual([]);
  });
});
