/** The simulated kube-system of a kubeadm cluster (v1.31, Calico, CoreDNS, add-ons, monitoring, an etcd-backup CronJob) as a ClusterSource for the demo API server. */
import type { ClusterSource, KObject, VersionInfo } from '../types';
import { buildApiServices, buildComponentStatuses, metricsAvailability } from './apiservices';
import { buildEtcdBackup } from './backup';
import { buildConfigMaps } from './configmaps';
import { buildControlPlane } from './controlplane';
import { isRunningAt } from './crashloop';
import { buildDaemonSets } from './daemonsets';
import { buildDeployments } from './deployments';
import { buildEvent } from './events';
import { healthChecks } from './health';
import { buildLeases, planLeaders } from './leases';
import { podLogs } from './logs';
import { buildMetrics, metricsCache } from './metrics';
import { K8S_VERSION, type World, type WorldOptions } from './model';
import { buildNetworkPolicies } from './networkpolicies';
import { recordOwnership } from './ownership';
import { clusterAge, nodeObject, planNodes } from './nodes';
import { mulberry32 } from './rand';
import { applyDegraded, applyStory, degradedEventSpecs, kcmRestartTime, planDownNode, type Degraded } from './scenario';
import { buildServiceAccounts } from './serviceaccounts';
import { assignServiceIps, buildServices } from './services';
import { syncWorkloadStatus } from './status';
import { createTicker } from './tick';

export type { WorldOptions } from './model';

/** `GET /version` of kube-apiserver v1.31.4 as released (commit, build date, Go toolchain). */
export const WORLD_VERSION: VersionInfo = {
  major: '1', minor: '31', gitVersion: K8S_VERSION, gitCommit: 'a78aa47129b8539636eb86a9d00e31b2720fe06b', gitTreeState: 'clean',
  buildDate: '2024-12-10T11:37:37Z', goVersion: 'go1.22.10', compiler: 'gc', platform: 'linux/amd64',
};

function newWorld(opts: WorldOptions): World {
  const start = opts.now ?? Date.now();
  const seed = opts.seed >>> 0;
  const w = {
    opts: { nodes: opts.nodes, seed, scenario: opts.scenario, now: start }, seed, start, clusterCreated: start - clusterAge(seed),
    rng: mulberry32(seed), nodes: [], workers: [], pods: [], podsByName: new Map(), objects: [], serviceIps: new Map(), leaders: new Map(), fieldSets: new Map(), liveFields: new Map(),
    isDegraded: opts.scenario === 'degraded',
  } as unknown as World;
  w.nodes = planNodes(w);
  w.controlPlane = w.nodes[0];
  w.workers = w.nodes.slice(1);
  return w;
}

/**
 * Build the world: kubeadm's static control-plane pods on `control-plane-1`, kube-proxy and calico-node
 * on every node, the add-on and monitoring Deployments on workers, and everything that refers to them.
 * Deterministic for a given seed, scenario, node count and `now`.
 */
export function createWorld(opts: WorldOptions): ClusterSource {
  const w = newWorld(opts);
  if (w.isDegraded) planDownNode(w);
  assignServiceIps(w);
  const restartAt = kcmRestartTime(w);
  const leaders = planLeaders(w, restartAt);
  for (const l of leaders) w.leaders.set(l.name, l.holder);

  const nodes = w.nodes.map((n) => nodeObject(w, n, w.start));
  const workloads: KObject[] = [...buildControlPlane(w, w.controlPlane), ...buildDaemonSets(w), ...buildDeployments(w)];
  const events = applyStory(w, workloads, restartAt, leaders[1].holder);
  let degraded: Degraded | undefined;
  if (w.isDegraded) {
    degraded = applyDegraded(w, workloads);
    events.push(...degradedEventSpecs(w, degraded, w.start).map((s) => buildEvent(w, s)));
  }
  syncWorkloadStatus(workloads, w.start);
  const pods = workloads.filter((o) => o.kind === 'Pod');
  w.objects = [
    ...nodes, ...workloads, ...buildEtcdBackup(w, w.controlPlane), ...buildServices(w, pods), ...buildConfigMaps(w), ...buildServiceAccounts(w), ...buildNetworkPolicies(w),
    ...buildLeases(w, leaders), ...buildApiServices(w, metricsAvailability(w, degraded?.metricsDownSince)), ...buildComponentStatuses(), ...events,
  ];
  recordOwnership(w, w.objects);

  const nodeLabels = new Map(nodes.map((n) => [n.metadata.name, n.metadata.labels ?? {}]));
  const crash = degraded?.crash;
  const isRunning = (pod: string, t: number) => !(crash && crash.pod === pod) || isRunningAt(crash, t);
  const metrics = metricsCache((now) => buildMetrics(w, nodeLabels, now, isRunning));
  return {
    kind: 'demo',
    name: 'kubesys-demo',
    version: WORLD_VERSION,
    objects: w.objects,
    tick: createTicker(w, leaders, degraded),
    logs: (namespace, pod, container, previous, now) => (namespace === 'kube-system' ? podLogs(w, crash, pod, container, previous, now) : undefined),
    metrics: (now) => (w.isDegraded ? { unavailable: 'the server is currently unable to handle the request' } : metrics(now)),
    health: () => healthChecks(),
  };
}
