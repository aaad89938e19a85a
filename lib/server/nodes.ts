/**
 * `GET /api/nodes` and `GET /api/nodes/<name>`: nodes from the cluster's cache (Nodes, node Leases,
 * kube-system pods, Events). The row list is built once per runtime version; filters and paging per request.
 */
import 'server-only';
import { encodeNodeRows, type NodeDetail, type NodePodRow, type NodeRow, type NodesQuery, type NodesResponse } from '@/lib/api/nodes';
import { buildClassifyContext, classifyPod } from '@/lib/model/classify';
import type { Pod } from '@/lib/model/k8s';
import { DEFAULT_NODE_LEASE_SECONDS } from '@/lib/model/kubelet';
import { nodeRoles } from '@/lib/model/node-roles';
import {
  compareNodeRows,
  filterNodeRows,
  indexNodeFacts,
  kubeProxyImageVersion,
  nodeReadiness,
  summarizeNodes,
  toNodeConditions,
  toNodeResources,
  toNodeRow,
} from '@/lib/model/nodes';
import { isPodReady, podDisplayStatus, podReadyCounts, podRestarts } from '@/lib/model/pod-status';
import { eventRows } from './events';
import { memoByVersion } from './memo';
import type { ClusterRuntime } from './runtime';
import { unavailableKinds } from './unavailable';

const allRows = memoByVersion((runtime: ClusterRuntime) => {
  const index = indexNodeFacts(runtime.list('pods'), runtime.list('node-leases'));
  const rows = runtime.list('nodes').map((node) => toNodeRow(node, index));
  rows.sort(compareNodeRows);
  return { rows, summary: summarizeNodes(rows) };
});

/** The node list: summary over all nodes, rows filtered by `q`, `status`, `role`, then paged by `offset`/`limit`. */
export function listNodes(runtime: ClusterRuntime, query: NodesQuery): NodesResponse {
  const { rows, summary } = allRows(runtime);
  const matched: NodeRow[] = filterNodeRows(rows, query);
  const offset = query.offset ?? 0;
  const limit = query.limit ?? matched.length;
  return {
    summary,
    matched: matched.length,
    offset,
    limit,
    ...encodeNodeRows(matched.slice(offset, offset + limit)),
    unavailable: unavailableKinds(runtime, ['nodes', 'node-leases']),
    generatedAt: new Date().toISOString(),
  };
}

const podIp = (pod: Pod): string | undefined => pod.status?.podIP;

function toPodRow(pod: Pod, ctx: ReturnType<typeof buildClassifyContext>): NodePodRow {
  const classification = classifyPod(pod, ctx);
  const { ready, total } = podReadyCounts(pod);
  return {
    name: pod.metadata?.name ?? '',
    componentId: classification.componentId,
    componentName: classification.componentName,
    status: podDisplayStatus(pod),
    ready: `${ready}/${total}`,
    isReady: isPodReady(pod),
    restarts: podRestarts(pod).count,
    ...(podIp(pod) ? { ip: podIp(pod) } : {}),
    ...(pod.metadata?.creationTimestamp ? { createdAt: pod.metadata.creationTimestamp } : {}),
  };
}

/** One node in detail, or undefined when the runtime holds no Node of that name. */
export function nodeDetail(runtime: ClusterRuntime, name: string): NodeDetail | undefined {
  const node = runtime.get('nodes', name);
  if (!node) return undefined;
  const pods = runtime.list('pods').filter((pod) => pod.spec?.nodeName === name);
  const ctx = buildClassifyContext({ replicaSets: runtime.list('replicasets'), jobs: runtime.list('jobs') });
  const podNames = new Set(pods.map((pod) => pod.metadata?.name));
  const proxyVersion = pods.map(kubeProxyImageVersion).find(Boolean);
  const info = node.status?.nodeInfo ?? {};
  const lease = runtime.list('node-leases').find((l) => l.metadata?.name === name);
  return {
    name,
    readiness: nodeReadiness(node),
    unschedulable: node.spec?.unschedulable === true,
    roles: nodeRoles(node.metadata?.labels),
    ...(node.metadata?.creationTimestamp ? { createdAt: node.metadata.creationTimestamp } : {}),
    versions: {
      kubelet: info.kubeletVersion ?? '',
      kubeProxy: proxyVersion ?? info.kubeProxyVersion ?? '',
      kubeProxySource: proxyVersion ? 'pod' : info.kubeProxyVersion ? 'nodeInfo' : 'none',
      runtime: info.containerRuntimeVersion ?? '',
    },
    system: {
      osImage: info.osImage ?? '',
      kernel: info.kernelVersion ?? '',
      architecture: info.architecture ?? '',
      operatingSystem: info.operatingSystem ?? '',
    },
    addresses: (node.status?.addresses ?? []).map((a) => ({ type: a.type ?? '', address: a.address ?? '' })),
    podCIDRs: node.spec?.podCIDRs ?? (node.spec?.podCIDR ? [node.spec.podCIDR] : []),
    conditions: toNodeConditions(node),
    resources: toNodeResources(node),
    taints: (node.spec?.taints ?? []).map((t) => ({ key: t.key ?? '', ...(t.value ? { value: t.value } : {}), effect: t.effect ?? '' })),
    labels: node.metadata?.labels ?? {},
    ...(lease
      ? {
          lease: {
            ...(lease.spec?.holderIdentity ? { holder: lease.spec.holderIdentity } : {}),
            ...(lease.spec?.renewTime ? { renewTime: lease.spec.renewTime } : {}),
            durationSeconds: lease.spec?.leaseDurationSeconds ?? DEFAULT_NODE_LEASE_SECONDS,
          },
        }
      : {}),
    pods: pods.map((pod) => toPodRow(pod, ctx)).sort((a, b) => a.name.localeCompare(b.name)),
    events: eventRows(runtime).filter(
      (e) => (e.object.kind === 'Node' && e.object.name === name) || (e.object.kind === 'Pod' && podNames.has(e.object.name)),
    ),
    generatedAt: new Date().toISOString(),
  };
}
