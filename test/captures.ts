/**
 * Test helper: reads a `kubectl cluster-info dump` capture in fixtures/clusters (JSON or YAML) into a
 * ClusterSnapshot, so model tests run over real clusters without the demo server.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { emptySnapshot, type ClusterSnapshot } from '@/lib/model/snapshot';

export const CAPTURES_DIR = join(__dirname, '../fixtures/clusters');

/** Names of every capture folder, e.g. `kubeadm-calico`, `openshift-azure`. */
export function listCaptures(): string[] {
  return readdirSync(CAPTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Items of `<base>.json` or `<base>.yaml` (a List), or [] when the file is absent. */
function readItems<T>(base: string): T[] {
  for (const ext of ['.json', '.yaml']) {
    const file = base + ext;
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const list = (ext === '.json' ? JSON.parse(text) : parseYaml(text)) as { items?: T[] } | null;
    return list?.items ?? [];
  }
  return [];
}

/** StatefulSets, Jobs and CronJobs when the capture holds them (`kubectl cluster-info dump` writes none). */
function optionalItems(ns: string): Partial<ClusterSnapshot> {
  const has = (plural: string) => existsSync(join(ns, `${plural}.json`)) || existsSync(join(ns, `${plural}.yaml`));
  return {
    ...(has('statefulsets') ? { statefulSets: readItems(join(ns, 'statefulsets')) } : {}),
    ...(has('jobs') ? { jobs: readItems(join(ns, 'jobs')) } : {}),
    ...(has('cronjobs') ? { cronJobs: readItems(join(ns, 'cronjobs')) } : {}),
  };
}

function readVersion(dir: string): string | undefined {
  const file = join(dir, 'version.json');
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { gitVersion?: string }).gitVersion;
}

/** Load one capture as the shared cache would present it (no leases or readyz: dumps hold none). */
export function loadCapture(name: string): ClusterSnapshot {
  const dir = join(CAPTURES_DIR, name);
  const ns = join(dir, 'kube-system');
  const version = readVersion(dir);
  return {
    ...emptySnapshot(),
    pods: readItems(join(ns, 'pods')),
    nodes: readItems(join(dir, 'nodes')),
    daemonSets: readItems(join(ns, 'daemonsets')),
    deployments: readItems(join(ns, 'deployments')),
    replicaSets: readItems(join(ns, 'replicasets')),
    ...optionalItems(ns),
    services: readItems(join(ns, 'services')),
    events: readItems(join(ns, 'events')),
    componentStatuses: readItems(join(dir, 'componentstatuses')),
    ...(version ? { health: { version } } : {}),
  };
}

/** Items of one kube-system list of a capture (`configmaps`, `events` …), or [] when the capture has none. */
export function loadCaptureItems<T = unknown>(name: string, plural: string): T[] {
  return readItems<T>(join(CAPTURES_DIR, name, 'kube-system', plural));
}
