/**
 * `GET /api/inventory` and `GET /api/inventory/configmaps/<name>`: kube-system's objects from the shared
 * cache as rows (memoized per cache version); ConfigMap contents only on request.
 */
import 'server-only';
import type { ConfigMapData, ConfigMapRow, InventoryResponse, ServiceRow, WorkloadRow } from '@/lib/api/inventory';
import { buildClassifyContext, classifyPod, type ClassifyContext } from '@/lib/model/classify';
import { inventoryAnchor } from '@/lib/model/events';
import type { ConfigMap, ObjectMeta, Pod, PodTemplate, Service } from '@/lib/model/k8s';
import { describeSelector, networkPolicyMessages } from '@/lib/model/network-policy';
import { english } from '@/lib/model/english';
import { memoByVersion } from './memo';
import type { ClusterRuntime } from './runtime';
import { unavailableKinds } from './unavailable';

type Obj = { metadata?: ObjectMeta | null };
/** A Deployment, DaemonSet or ReplicaSet: what its rows read besides the counts. */
type Workload = Obj & { spec?: { template?: PodTemplate | null } | null };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const created = (o: Obj) => (o.metadata?.creationTimestamp ? { createdAt: o.metadata.creationTimestamp } : {});

/** The component a workload's pods land in: classify its pod template as if it were one of them. */
function componentOf(kind: string, obj: Workload, ctx: ClassifyContext): { componentId?: string; componentName?: string } {
  const template = obj.spec?.template;
  if (!template) return {};
  const pod: Pod = {
    metadata: { name: obj.metadata?.name, labels: template.metadata?.labels ?? {}, ownerReferences: [{ kind, name: obj.metadata?.name, controller: true }] },
    spec: template.spec ?? {},
  };
  const c = classifyPod(pod, ctx);
  return { componentId: c.componentId, componentName: c.componentName };
}

function images(obj: Workload): string[] {
  const spec = obj.spec?.template?.spec;
  return (spec?.containers ?? []).map((c) => c.image ?? '').filter(Boolean);
}

function workloadRow(kind: string, obj: Workload, ctx: ClassifyContext, counts: { desired: number; ready: number; upToDate?: number; available?: number }): WorkloadRow {
  const name = obj.metadata?.name ?? '';
  return { name, anchor: inventoryAnchor(kind, name), ...counts, ...componentOf(kind, obj, ctx), ...created(obj), images: images(obj) };
}

/** kubectl's PORT(S): `port[:nodePort]/protocol`, comma-separated. */
function portsText(ports: unknown): string {
  const list = (Array.isArray(ports) ? ports : []) as { port?: number; nodePort?: number; protocol?: string }[];
  return list.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',') || '<none>';
}

function serviceRow(obj: Service, pods: readonly Pod[], ctx: ClassifyContext): ServiceRow {
  const name = obj.metadata?.name ?? '';
  const selector = obj.spec?.selector ?? {};
  const entries = Object.entries(selector);
  const match = entries.length ? pods.find((p) => entries.every(([k, v]) => p.metadata?.labels?.[k] === v)) : undefined;
  const component = match ? classifyPod(match, ctx) : undefined;
  return {
    name,
    anchor: inventoryAnchor('Service', name),
    type: String(obj.spec?.type ?? 'ClusterIP'),
    ...(obj.spec?.clusterIP ? { clusterIP: String(obj.spec.clusterIP) } : {}),
    externalIPs: obj.spec?.externalIPs ?? [],
    ports: portsText(obj.spec?.ports),
    selector: describeSelector({ matchLabels: selector }),
    ...(component ? { componentId: component.componentId, componentName: component.componentName } : {}),
    ...created(obj),
  };
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const base64Bytes = (text: string) => Math.floor((text.length * 3) / 4) - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);

function configMapRow(obj: ConfigMap): ConfigMapRow {
  const name = obj.metadata?.name ?? '';
  const data = obj.data ?? {};
  const binary = obj.binaryData ?? {};
  const keys = [
    ...Object.entries(data).map(([key, value]) => ({ name: key, bytes: utf8Bytes(value), isBinary: false })),
    ...Object.entries(binary).map(([key, value]) => ({ name: key, bytes: base64Bytes(value), isBinary: true })),
  ].sort(byName);
  return { name, anchor: inventoryAnchor('ConfigMap', name), keys, totalBytes: keys.reduce((sum, k) => sum + k.bytes, 0), ...created(obj) };
}

/** The cached kinds the inventory lists. */
const INVENTORY_KINDS = ['pods', 'deployments', 'daemonsets', 'replicasets', 'services', 'configmaps', 'serviceaccounts', 'networkpolicies'];

export const inventoryJson = memoByVersion((runtime: ClusterRuntime): string => {
  const ctx = buildClassifyContext({ replicaSets: runtime.list('replicasets'), jobs: runtime.list('jobs') });
  const pods = runtime.list('pods');
  const body: InventoryResponse = {
    pods: pods.length,
    deployments: runtime.list('deployments')
      .map((d) =>
        workloadRow('Deployment', d, ctx, {
          desired: num(d.spec?.replicas ?? 1),
          ready: num(d.status?.readyReplicas),
          upToDate: num(d.status?.updatedReplicas),
          available: num(d.status?.availableReplicas),
        }),
      )
      .sort(byName),
    daemonSets: runtime.list('daemonsets')
      .map((d) =>
        workloadRow('DaemonSet', d, ctx, {
          desired: num(d.status?.desiredNumberScheduled),
          ready: num(d.status?.numberReady),
          upToDate: num(d.status?.updatedNumberScheduled),
          available: num(d.status?.numberAvailable),
        }),
      )
      .sort(byName),
    replicaSets: runtime.list('replicasets')
      .map((r) => {
        const owner = r.metadata?.ownerReferences?.find((o) => o.kind === 'Deployment')?.name;
        return { ...workloadRow('ReplicaSet', r, ctx, { desired: num(r.spec?.replicas), ready: num(r.status?.readyReplicas) }), ...(owner ? { owner } : {}) };
      })
      .sort(byName),
    services: runtime.list('services').map((s) => serviceRow(s, pods, ctx)).sort(byName),
    configMaps: runtime.list('configmaps').map(configMapRow).sort(byName),
    serviceAccounts: runtime.list('serviceaccounts')
      .map((s) => ({ name: s.metadata?.name ?? '', anchor: inventoryAnchor('ServiceAccount', s.metadata?.name ?? ''), ...created(s) }))
      .sort(byName),
    networkPolicies: runtime.list('networkpolicies')
      .map((p) => {
        const ruleMessages = networkPolicyMessages(p);
        const selector = describeSelector(p.spec?.podSelector);
        return {
          name: p.metadata?.name ?? '',
          anchor: inventoryAnchor('NetworkPolicy', p.metadata?.name ?? ''),
          podSelector: selector || '(all pods)',
          ...(selector ? {} : { selectsAll: true }),
          rules: ruleMessages.map(english),
          ruleMessages,
          ...created(p),
        };
      })
      .sort(byName),
    unavailable: unavailableKinds(runtime, INVENTORY_KINDS),
    generatedAt: new Date().toISOString(),
  };
  return JSON.stringify(body);
});

/** One ConfigMap's data (text values; binaryData only as sizes), or undefined when it does not exist. */
export function configMapData(runtime: ClusterRuntime, name: string): ConfigMapData | undefined {
  const obj = runtime.get('configmaps', name);
  if (!obj) return undefined;
  return {
    name,
    data: obj.data ?? {},
    binaryKeys: Object.entries(obj.binaryData ?? {}).map(([key, value]) => ({ name: key, bytes: base64Bytes(value) })),
  };
}
