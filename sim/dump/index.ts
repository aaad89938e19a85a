/** Replays a `kubectl cluster-info dump --output-directory` folder (JSON or YAML) as a still ClusterSource for the demo API server. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { ClusterSource, KObject, MetricsSnapshot } from '../types';
import { capturedAt } from './captured-at';
import { readList } from './files';
import { readPodLogs, type PodLogs } from './logs';
import { DUMP_RESOURCES, LIST_EXTENSIONS, METRICS_FILES, SKIPPED_FILES, type DumpResource } from './resources';
import { dumpVersion } from './version';

interface Loaded {
  files: number;
  objects: KObject[];
  podMetrics: KObject[];
  nodeMetrics: KObject[];
  logs: Map<string, Map<string, PodLogs>>;
  hasPodMetrics: boolean;
  /** The resources the capture holds a file of (`pods`, `deployments.apps`), as sim/server/served.ts names them. */
  served: Set<string>;
}

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * metrics-server stamps each object with its scrape time; a replay keeps the captured usage (a still
 * photo) and re-stamps it at `now`, so clients that reject stale metrics still accept it.
 */
export function freshMetrics(pods: KObject[], nodes: KObject[], now: number): MetricsSnapshot {
  const stamp = (o: KObject): KObject => ({ ...o, metadata: { ...o.metadata, creationTimestamp: iso(now) }, timestamp: iso(now - 5_000) });
  return { nodes: nodes.map(stamp), pods: pods.map(stamp) };
}

/** `deployments` + `apps/v1` → `deployments.apps`; core resources keep their plural. */
function servedName(plural: string, res: DumpResource): string {
  const group = res.apiVersion.includes('/') ? res.apiVersion.split('/')[0] : '';
  return group ? `${plural}.${group}` : plural;
}

/** List files in `dir`, one per base name (`nodes.json` preferred over `nodes.yaml`). */
function listFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const names = readdirSync(dir).filter((n) => LIST_EXTENSIONS.includes(extname(n).toLowerCase())).sort((a, b) => LIST_EXTENSIONS.indexOf(extname(a)) - LIST_EXTENSIONS.indexOf(extname(b)));
  for (const name of names) {
    const base = name.slice(0, -extname(name).length);
    if (!out.has(base) && statSync(join(dir, name)).isFile()) out.set(base, join(dir, name));
  }
  return out;
}

function loadDir(dir: string, namespace: string | undefined, into: Loaded): void {
  for (const [base, file] of listFiles(dir)) {
    if (base === 'version' || SKIPPED_FILES.has(base)) continue;
    const metrics = METRICS_FILES[base];
    const res: DumpResource | undefined = metrics ?? DUMP_RESOURCES[base];
    if (!res) continue;
    into.files++;
    if (!metrics) into.served.add(servedName(base, res));
    const items = readList(file, { apiVersion: res.apiVersion, kind: res.kind, namespace: res.namespaced ? namespace : undefined });
    if (base === 'podmetrics') {
      into.podMetrics.push(...items);
      into.hasPodMetrics = true;
    } else if (base === 'nodemetrics') into.nodeMetrics.push(...items);
    else into.objects.push(...items);
  }
}

/**
 * Load a dump folder: `nodes.*` and other cluster-scoped lists at the top, `<namespace>/<plural>.*`
 * below, `<namespace>/<pod>/logs.txt` for logs. Kinds the dump lacks are not served (404, absent from
 * discovery), so clients see them as unknown rather than empty; a dump without podmetrics has no metrics
 * API, and one without health text has no /readyz, /livez or /healthz. Throws an Error naming the file for anything malformed.
 */
export function loadDump(dir: string): ClusterSource {
  const root = resolve(dir);
  if (!existsSync(root)) throw new Error(`${dir}: no such directory (expected a kubectl cluster-info dump --output-directory folder)`);
  if (!statSync(root).isDirectory()) throw new Error(`${dir}: not a directory (expected a kubectl cluster-info dump --output-directory folder)`);
  const loaded: Loaded = { files: 0, objects: [], podMetrics: [], nodeMetrics: [], logs: new Map(), hasPodMetrics: false, served: new Set() };
  loadDir(root, undefined, loaded);
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const nsDir = join(root, entry.name);
    loadDir(nsDir, entry.name, loaded);
    loaded.logs.set(entry.name, readPodLogs(nsDir));
  }
  if (!loaded.files) throw new Error(`${dir}: no dump files found (expected nodes.json or <namespace>/pods.json, as kubectl cluster-info dump --output-directory writes)`);
  const nodes = loaded.objects.filter((o) => o.kind === 'Node');
  const containersOf = new Map(loaded.objects.filter((o) => o.kind === 'Pod').map((p) => {
    const spec = p.spec as { containers?: { name: string }[] } | undefined;
    return [`${p.metadata.namespace}/${p.metadata.name}`, spec?.containers?.map((c) => c.name) ?? []];
  }));
  return {
    kind: 'dump',
    name: `dump-${basename(root)}`,
    version: dumpVersion(root, nodes),
    objects: loaded.objects,
    logs: (namespace, pod, container, previous) => {
      const entry = loaded.logs.get(namespace)?.get(pod);
      if (!entry) return undefined;
      if (previous) return entry.previous.get(container);
      const known = containersOf.get(`${namespace}/${pod}`);
      if (entry.any && (!known || known.includes(container))) return entry.any;
      return entry.byContainer.get(container);
    },
    metrics: (now) => (loaded.hasPodMetrics ? freshMetrics(loaded.podMetrics, loaded.nodeMetrics, now) : null),
    served: [...loaded.served].sort(),
    capturedAt: capturedAt(loaded.objects),
  };
}
