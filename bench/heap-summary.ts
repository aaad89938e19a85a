/**
 * `npx tsx bench/heap-summary.ts <file.heapsnapshot> [--min-mb 1] [--depth 14]`: what a V8 heap snapshot of
 * the dashboard holds, by constructor (self size) and by owner (retained size in the dominator tree, the
 * way Chrome DevTools computes "Retained size"). Used by hand for the memory breakdown in BENCHMARKS.md
 * (take the snapshot with `--heapsnapshot-signal=SIGUSR2` in NODE_OPTIONS and `kill -USR2 <pid>`).
 */
import fs from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] }; node_count: number };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--'));
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
if (!file) {
  console.error('usage: npx tsx bench/heap-summary.ts <file.heapsnapshot> [--min-mb 1] [--depth 14]');
  process.exit(2);
}
const MIN_BYTES = option('--min-mb', 1) * 1024 * 1024;
const MAX_DEPTH = option('--depth', 14);

const snap = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
const { meta } = snap.snapshot;
const NF = meta.node_fields.length;
const EF = meta.edge_fields.length;
const N = snap.nodes.length / NF;
const nType = meta.node_fields.indexOf('type');
const nName = meta.node_fields.indexOf('name');
const nSelf = meta.node_fields.indexOf('self_size');
const nEdges = meta.node_fields.indexOf('edge_count');
const eType = meta.edge_fields.indexOf('type');
const eName = meta.edge_fields.indexOf('name_or_index');
const eTo = meta.edge_fields.indexOf('to_node');
const nodeTypes = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const WEAK = edgeTypes.indexOf('weak');
const SHORTCUT = edgeTypes.indexOf('shortcut');

const firstEdge = new Uint32Array(N + 1);
for (let i = 0, e = 0; i < N; i++) {
  firstEdge[i] = e;
  e += snap.nodes[i * NF + nEdges];
  firstEdge[i + 1] = e;
}
const self = (i: number) => snap.nodes[i * NF + nSelf];
const typeOf = (i: number) => nodeTypes[snap.nodes[i * NF + nType]];
const nameOf = (i: number) => snap.strings[snap.nodes[i * NF + nName]];
const strong = (e: number) => {
  const t = snap.edges[e * EF + eType];
  return t !== WEAK && t !== SHORTCUT;
};
const target = (e: number) => snap.edges[e * EF + eTo] / NF;

/** A label for one node: constructor for objects, type otherwise, with a short string preview. */
function label(i: number): string {
  const type = typeOf(i);
  if (type === 'object' || type === 'closure' || type === 'native') return `${type === 'object' ? '' : `${type} `}${nameOf(i).slice(0, 60)}`;
  if (type === 'string' || type === 'concatenated string' || type === 'sliced string') return `string "${nameOf(i).slice(0, 40)}"`;
  return `(${type}) ${nameOf(i).slice(0, 40)}`;
}

// Depth-first postorder from the root (node 0) over strong edges.
const order = new Int32Array(N).fill(-1);
const post: number[] = [];
{
  const stack = [0];
  const cursor = new Uint32Array(N);
  order[0] = 0;
  for (let i = 0; i < N; i++) cursor[i] = firstEdge[i];
  while (stack.length) {
    const v = stack[stack.length - 1];
    if (cursor[v] < firstEdge[v + 1]) {
      const e = cursor[v]++;
      if (!strong(e)) continue;
      const w = target(e);
      if (order[w] !== -1) continue;
      order[w] = 0;
      stack.push(w);
    } else {
      stack.pop();
      order[v] = post.length;
      post.push(v);
    }
  }
}
// Predecessors (strong edges between reachable nodes), as CSR.
const predCount = new Uint32Array(N + 1);
for (let v = 0; v < N; v++) {
  if (order[v] < 0) continue;
  for (let e = firstEdge[v]; e < firstEdge[v + 1]; e++) if (strong(e) && order[target(e)] >= 0) predCount[target(e) + 1]++;
}
for (let i = 0; i < N; i++) predCount[i + 1] += predCount[i];
const preds = new Uint32Array(predCount[N]);
{
  const fill = predCount.slice();
  for (let v = 0; v < N; v++) {
    if (order[v] < 0) continue;
    for (let e = firstEdge[v]; e < firstEdge[v + 1]; e++) if (strong(e) && order[target(e)] >= 0) preds[fill[target(e)]++] = v;
  }
}
// Cooper, Harvey, Kennedy: "A Simple, Fast Dominance Algorithm", on postorder numbers.
const idom = new Int32Array(N).fill(-1);
idom[0] = 0;
for (let changed = true; changed; ) {
  changed = false;
  for (let k = post.length - 2; k >= 0; k--) {
    const v = post[k];
    let best = -1;
    for (let p = predCount[v]; p < predCount[v + 1]; p++) {
      const u = preds[p];
      if (idom[u] === -1) continue;
      if (best === -1) {
        best = u;
        continue;
      }
      let a = u;
      let b = best;
      while (a !== b) {
        while (order[a] < order[b]) a = idom[a];
        while (order[b] < order[a]) b = idom[b];
      }
      best = a;
    }
    if (best !== -1 && idom[v] !== best) {
      idom[v] = best;
      changed = true;
    }
  }
}
const retained = new Float64Array(N);
for (const v of post) retained[v] += self(v);
for (const v of post) if (v !== 0) retained[idom[v]] += retained[v];

const total = retained[0];
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
console.log(`nodes ${N}, reachable ${post.length}, total ${mb(total)} MB`);

// Self size by constructor / type.
const byName = new Map<string, { bytes: number; count: number }>();
for (const v of post) {
  const type = typeOf(v);
  const key = type === 'object' ? nameOf(v) : type === 'native' ? `native ${nameOf(v).slice(0, 30)}` : `(${type})`;
  const row = byName.get(key) ?? { bytes: 0, count: 0 };
  row.bytes += self(v);
  row.count += 1;
  byName.set(key, row);
}
console.log('\n## self size by constructor (top 30)');
for (const [k, r] of [...byName].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 30)) console.log(`${mb(r.bytes).padStart(8)} MB ${String(r.count).padStart(9)}  ${k}`);

// The dominator tree, top down: children retaining at least MIN_BYTES one by one, each with the edge its
// owner holds it by; the smaller children of a node summed by label (10,000 pods held by a Map's table
// are one line), when the sum reaches MIN_BYTES.
const children = new Map<number, number[]>();
for (const v of post) {
  if (v === 0) continue;
  const list = children.get(idom[v]) ?? [];
  list.push(v);
  children.set(idom[v], list);
}
function edgeName(from: number, to: number): string {
  for (let e = firstEdge[from]; e < firstEdge[from + 1]; e++) {
    if (target(e) !== to) continue;
    const type = edgeTypes[snap.edges[e * EF + eType]];
    const n = snap.edges[e * EF + eName];
    return type === 'element' || type === 'hidden' ? `[${n}]` : String(snap.strings[n]).slice(0, 40);
  }
  return '?';
}
/** A label for summing small siblings: constructor or type, strings not previewed. */
function kindLabel(i: number): string {
  const type = typeOf(i);
  return type === 'object' ? nameOf(i).slice(0, 40) : type === 'native' ? `native ${nameOf(i).slice(0, 30)}` : `(${type})`;
}
console.log(`\n## retained size by owner (dominator tree, ≥ ${mb(MIN_BYTES)} MB)`);
function walk(v: number, depth: number): void {
  const kids = children.get(v) ?? [];
  const big = kids.filter((c) => retained[c] >= MIN_BYTES).sort((a, b) => retained[b] - retained[a]);
  const small = new Map<string, { bytes: number; count: number }>();
  for (const c of kids) {
    if (retained[c] >= MIN_BYTES) continue;
    const row = small.get(kindLabel(c)) ?? { bytes: 0, count: 0 };
    row.bytes += retained[c];
    row.count += 1;
    small.set(kindLabel(c), row);
  }
  const lines: [number, () => void][] = [
    ...big.map((c): [number, () => void] => [retained[c], () => {
      console.log(`${'  '.repeat(depth)}${mb(retained[c]).padStart(7)} MB  .${edgeName(v, c)} → ${label(c)}`);
      if (depth < MAX_DEPTH) walk(c, depth + 1);
    }]),
    ...[...small].filter(([, r]) => r.bytes >= MIN_BYTES).map(([k, r]): [number, () => void] => [r.bytes, () => {
      console.log(`${'  '.repeat(depth)}${mb(r.bytes).padStart(7)} MB  ${r.count} × ${k} (each < ${mb(MIN_BYTES)} MB)`);
    }]),
  ];
  for (const [, print] of lines.sort((a, b) => b[0] - a[0])) print();
}
walk(0, 0);
