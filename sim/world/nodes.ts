/** Nodes of a kubeadm cluster: one control plane and workers, with the labels, taints, conditions and nodeInfo a v1.31 kubelet posts. */
import type { KObject } from '../types';
import { CONTAINERD_VERSION, DAY_MS, K8S_VERSION, MINUTE_MS, iso, uidFor, type NodeRec, type World } from './model';
import { nodeManagedFields } from './ownership-live';
import { hex, int, rngFor, uuid } from './rand';

/** The kubelet posts its full status every nodeStatusReportFrequency (5 m) when nothing changed. */
export const NODE_STATUS_PERIOD_MS = 5 * MINUTE_MS;

/** Create the node records: `control-plane-1` and `worker-1..N-1`, InternalIPs in 10.0.0.0/16. */
export function planNodes(w: World): NodeRec[] {
  const count = Math.max(1, Math.floor(w.opts.nodes));
  const manyNodes = count > 256;
  const nodes: NodeRec[] = [];
  for (let i = 0; i < count; i++) {
    const isControlPlane = i === 0;
    const name = isControlPlane ? 'control-plane-1' : `worker-${i}`;
    const ip = isControlPlane ? '10.0.0.10' : `10.0.${1 + Math.floor((i - 1) / 240)}.${10 + ((i - 1) % 240)}`;
    // 10.244.0.0/16 fits 256 /24 node ranges; larger clusters get 10.128.0.0/9.
    const podCidr = manyNodes ? `10.${128 + Math.floor(i / 256)}.${i % 256}.0/24` : `10.244.${i}.0/24`;
    const created = w.clusterCreated + (isControlPlane ? 0 : 6 * MINUTE_MS + i * 7_000);
    nodes.push({ name, index: i, isControlPlane, ip, podCidr, uid: uidFor(w, 'Node', name), created, nextPodIp: 2 });
  }
  return nodes;
}

/** Allocate the next pod IP from a node's podCIDR (the CNI's IPAM hands out addresses in order). */
export function nextPodIp(node: NodeRec): string {
  const base = node.podCidr.split('.').slice(0, 3).join('.');
  const host = node.nextPodIp++;
  return `${base}.${Math.min(host, 254)}`;
}

/** Last time the kubelet posted status at or before `t` (every 5 m from a per-node phase). */
export function lastHeartbeat(w: World, node: NodeRec, t: number): number {
  const until = node.downSince !== undefined ? Math.min(t, node.downSince) : t;
  const phase = node.created + (node.index * 7919) % NODE_STATUS_PERIOD_MS;
  if (until < phase) return node.created;
  return phase + Math.floor((until - phase) / NODE_STATUS_PERIOD_MS) * NODE_STATUS_PERIOD_MS;
}

function quantities(node: NodeRec) {
  const cpu = node.isControlPlane ? '4' : '8';
  const memKi = node.isControlPlane ? 8_148_060 : 32_863_296;
  return {
    capacity: { cpu, 'ephemeral-storage': '101430960Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: `${memKi}Ki`, pods: '110' },
    // Allocatable = capacity minus the hard eviction threshold (memory.available<100Mi, nodefs.available<10%).
    allocatable: { cpu, 'ephemeral-storage': '93478772582', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: `${memKi - 102_400}Ki`, pods: '110' },
  };
}

function conditions(w: World, node: NodeRec, now: number) {
  const hb = iso(lastHeartbeat(w, node, now));
  const since = iso(node.created + 40_000);
  const calico = { type: 'NetworkUnavailable', status: 'False', lastHeartbeatTime: iso(node.created + 90_000), lastTransitionTime: iso(node.created + 90_000), reason: 'CalicoIsUp', message: 'Calico is running on this node' };
  const kubelet: [string, string, string][] = [
    ['MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
    ['DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
    ['PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
    ['Ready', 'KubeletReady', 'kubelet is posting ready status'],
  ];
  if (node.downSince !== undefined) {
    // The node lifecycle controller marks every kubelet condition Unknown after node-monitor-grace-period (40 s).
    const lost = iso(node.downSince + 40_000);
    return [calico, ...kubelet.map(([type]) => ({ type, status: 'Unknown', lastHeartbeatTime: hb, lastTransitionTime: lost, reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' }))];
  }
  return [calico, ...kubelet.map(([type, reason, message]) => ({ type, status: type === 'Ready' ? 'True' : 'False', lastHeartbeatTime: hb, lastTransitionTime: type === 'Ready' ? iso(node.created + 75_000) : since, reason, message }))];
}

function taints(node: NodeRec) {
  const list: Record<string, string>[] = [];
  if (node.isControlPlane) list.push({ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' });
  if (node.downSince !== undefined) {
    list.push({ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: iso(node.downSince + 40_000) });
    list.push({ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: iso(node.downSince + 45_000) });
  }
  return list.length ? list : undefined;
}

/** The Node object as the API server would return it at `now`. */
export function nodeObject(w: World, node: NodeRec, now: number): KObject {
  const r = rngFor(w.seed, 'node', node.name);
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': node.name, 'kubernetes.io/os': 'linux',
  };
  if (node.isControlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const obj: KObject = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: node.name, uid: node.uid, creationTimestamp: iso(node.created), labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'projectcalico.org/IPv4Address': `${node.ip}/16`,
        'projectcalico.org/IPv4IPIPTunnelAddr': node.podCidr.replace(/\.0\/24$/, '.1'),
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR: node.podCidr, podCIDRs: [node.podCidr], taints: taints(node) },
    status: {
      ...quantities(node),
      conditions: conditions(w, node, now),
      addresses: [{ type: 'InternalIP', address: node.ip }, { type: 'Hostname', address: node.name }],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: hex(r, 32), systemUUID: uuid(r), bootID: uuid(r),
        kernelVersion: `5.15.0-${int(r, 124, 126)}-generic`, osImage: 'Ubuntu 22.04.4 LTS',
        containerRuntimeVersion: CONTAINERD_VERSION, kubeletVersion: K8S_VERSION, kubeProxyVersion: K8S_VERSION,
        operatingSystem: 'linux', architecture: 'amd64',
      },
    },
  };
  obj.metadata.managedFields = nodeManagedFields(w, node, obj);
  return obj;
}

/** How long ago `kubeadm init` ran: between 9 and 60 days before the start. */
export function clusterAge(seed: number): number {
  return int(rngFor(seed, 'cluster-age'), 9, 60) * DAY_MS + int(rngFor(seed, 'cluster-age-h'), 0, 23) * 3_600_000;
}
