/**
 * Test helper: the demo cluster's simulated world (`createWorld`) as the model's input, a ClusterSnapshot
 * plus its kube-system ConfigMaps, exactly what the shared cache would hold right after a LIST.
 */
import { createWorld } from '@/sim/world/index';
import type { KObject } from '@/sim/types';
import type { ClusterSnapshot } from '@/lib/model/snapshot';
import type { ConfigMap } from '@/lib/model/findings/context';

export interface WorldSnapshot {
  snapshot: ClusterSnapshot;
  configMaps: ConfigMap[];
  /** The world's start time (epoch ms): its objects' ages are relative to it. */
  now: number;
}

/** Objects of one kind (and namespace) as the model's raw types. */
function pick<T>(objects: readonly KObject[], kind: string, namespace?: string): T[] {
  return objects.filter((o) => o.kind === kind && (namespace === undefined || o.metadata.namespace === namespace)) as unknown as T[];
}

/** `createWorld({ nodes, seed, scenario, now })` read into a snapshot, health from the world's readyz/livez and /version. */
export function worldSnapshot(opts: { nodes: number; seed: number; scenario: 'healthy' | 'degraded'; now?: number }): WorldSnapshot {
  const now = opts.now ?? Date.parse('2026-11-28T12:00:00Z');
  const source = createWorld({ ...opts, now });
  const objects = source.objects;
  const health = source.health?.(now);
  return {
    now,
    configMaps: pick(objects, 'ConfigMap', 'kube-system'),
    snapshot: {
      pods: pick(objects, 'Pod', 'kube-system'),
      nodes: pick(objects, 'Node'),
      daemonSets: pick(objects, 'DaemonSet', 'kube-system'),
      deployments: pick(objects, 'Deployment', 'kube-system'),
      replicaSets: pick(objects, 'ReplicaSet', 'kube-system'),
      statefulSets: pick(objects, 'StatefulSet', 'kube-system'),
      jobs: pick(objects, 'Job', 'kube-system'),
      cronJobs: pick(objects, 'CronJob', 'kube-system'),
      services: pick(objects, 'Service', 'kube-system'),
      endpoints: pick(objects, 'Endpoints', 'kube-system'),
      events: pick(objects, 'Event', 'kube-system'),
      nodeLeases: pick(objects, 'Lease', 'kube-node-lease'),
      leases: pick(objects, 'Lease', 'kube-system'),
      componentStatuses: pick(objects, 'ComponentStatus'),
      apiServices: pick(objects, 'APIService'),
      health: { readyz: health?.readyz, livez: health?.livez, version: source.version.gitVersion },
    },
  };
}
