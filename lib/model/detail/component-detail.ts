/**
 * One component in detail (the body of `GET /api/components/<id>`), from a snapshot plus the cached
 * ConfigMaps and Events: summary, workloads, a page of pods, DaemonSet coverage, the representative
 * pod specs, related Services/ConfigMaps/events and kubectl commands. Pure; small at any cluster size.
 */
import { COMPONENT_POD_PAGE_SIZE, type ComponentDetailResponse, type PodRow, type SpecInfo, type WorkloadInfo } from '@/lib/api/component';
import type { ComponentSummary } from '@/lib/api/types';
import { bucketsOf, emptyBucket, type Bucket } from '../buckets';
import { buildComponents, GROUP_NAMES } from '../components';
import { CORE_CONTROL_PLANE, type CoreControlPlaneId } from '../control-plane';
import { english } from '../english';
import { compareNames } from '../evidence';
import { humanAge } from '../duration';
import type { DaemonSet } from '../k8s';
import { comparePods, isLivePod, type PodFacts } from '../pod-evidence';
import type { ClusterSnapshot } from '../snapshot';
import { summarizeCoverage } from './coverage';
import { describeComponent } from './descriptions';
import { kubectlCommands } from './kubectl';
import { controlPlaneHealth, nodesInfo } from './nodes-health';
import { toSpecInfo } from './pod-spec';
import type { RawConfigMap, RawEvent, RawPod, RawPodSpec, RawWorkload } from './raw';
import { relatedConfigMaps, relatedEvents, relatedServices } from './related';

/** Workloads whose spec is shown; other pods of a static manifest named per spec. */
const MAX_SPECS = 4;
const MAX_OTHER_PODS = 20;

export interface DetailModel {
  snapshot: ClusterSnapshot;
  components: ComponentSummary[];
  buckets: ReadonlyMap<string, Bucket>;
}

export interface DetailExtras {
  configMaps: readonly RawConfigMap[];
  events: readonly RawEvent[];
}

export type ComponentDetail = Omit<ComponentDetailResponse, 'freshness' | 'generatedAt'>;

/** The per-snapshot part shared by every component's detail (built once per cache version). */
export function buildDetailModel(snapshot: ClusterSnapshot, now: number): DetailModel {
  return { snapshot, components: buildComponents(snapshot, now), buckets: bucketsOf(snapshot) };
}

interface WorkloadGroup {
  info: WorkloadInfo;
  pods: PodFacts[];
  object?: RawWorkload;
}

function workloadGroups(bucket: Bucket): WorkloadGroup[] {
  const groups = new Map<string, WorkloadGroup>();
  for (const w of bucket.workloads) {
    const object = w.object as RawWorkload;
    const matchLabels = object.spec?.selector?.matchLabels ?? {};
    const status = object.status ?? {};
    const upToDate = w.kind === 'DaemonSet' ? status.updatedNumberScheduled : status.updatedReplicas;
    const available = w.kind === 'DaemonSet' ? status.numberAvailable : status.availableReplicas;
    groups.set(`${w.kind}/${w.name}`, {
      object,
      pods: [...w.pods],
      info: {
        kind: w.kind,
        name: w.name,
        desired: w.desired,
        ready: w.statusReady,
        pods: w.pods.length,
        ...(Object.keys(matchLabels).length ? { selector: Object.entries(matchLabels).map(([k, v]) => `${k}=${v}`).join(',') } : {}),
        ...(upToDate !== undefined ? { upToDate } : {}),
        ...(available !== undefined ? { available } : {}),
      },
    });
  }
  for (const f of bucket.pods) {
    const key = `${f.workload.kind}/${f.workload.name}`;
    if (groups.has(key) && bucket.workloads.some((w) => `${w.kind}/${w.name}` === key)) continue;
    const group = groups.get(key) ?? { pods: [], info: { kind: f.workload.kind, name: f.workload.name, desired: 0, ready: 0, pods: 0 } };
    group.pods.push(f);
    group.info.pods++;
    if (isLivePod(f)) group.info.desired++;
    if (f.isReady) group.info.ready++;
    groups.set(key, group);
  }
  const order = ['DaemonSet', 'Deployment', 'StatefulSet', 'static'];
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return [...groups.values()].sort((a, b) => rank(a.info.kind) - rank(b.info.kind) || compareNames(a.info.name, b.info.name));
}

function toPodRow(f: PodFacts, now: number): PodRow {
  const raw = f.pod as RawPod;
  return {
    name: f.name,
    ready: f.ready,
    isReady: f.isReady,
    status: f.display,
    restarts: f.restarts,
    age: humanAge(f.createdAt, now),
    ...(f.createdAt ? { createdAt: f.createdAt } : {}),
    node: f.node,
    ip: raw.status?.podIP ?? '',
  };
}

function specOf(group: WorkloadGroup): { spec?: RawPodSpec; pod?: PodFacts; others: string[] } {
  const pods = [...group.pods].sort((a, b) => compareNames(a.name, b.name));
  const pod = pods[0];
  if (pod) {
    const others = group.info.kind === 'static' ? pods.slice(1).map((f) => f.name) : [];
    return { spec: (pod.pod as RawPod).spec ?? undefined, pod, others };
  }
  return { spec: group.object?.spec?.template?.spec ?? undefined, others: [] };
}

const SOURCE_LABEL: Record<string, string> = { static: 'static pod' };

function specs(groups: readonly WorkloadGroup[]): { infos: SpecInfo[]; raw: RawPodSpec[] } {
  const infos: SpecInfo[] = [];
  const raw: RawPodSpec[] = [];
  for (const group of groups.slice(0, MAX_SPECS)) {
    const { spec, pod, others } = specOf(group);
    if (!spec) continue;
    raw.push(spec);
    const source = `${SOURCE_LABEL[group.info.kind] ?? group.info.kind} ${group.info.name}`;
    infos.push(toSpecInfo(spec, source, pod?.name, others, MAX_OTHER_PODS));
  }
  return { infos, raw };
}

function eventObjects(id: string, bucket: Bucket, groups: readonly WorkloadGroup[], snapshot: ClusterSnapshot): Set<string> {
  const objects = new Set<string>(bucket.pods.map((f) => `Pod/${f.name}`));
  const deployments = new Set<string>();
  for (const g of groups) {
    if (g.info.kind !== 'static' && g.info.kind !== 'Pod') objects.add(`${g.info.kind}/${g.info.name}`);
    if (g.info.kind === 'Deployment') deployments.add(g.info.name);
  }
  for (const rs of snapshot.replicaSets) {
    const owner = rs?.metadata?.ownerReferences?.find((o) => o?.kind === 'Deployment');
    if (owner?.name && deployments.has(owner.name)) objects.add(`ReplicaSet/${rs.metadata?.name ?? ''}`);
  }
  if (id === 'kube-scheduler' || id === 'kube-controller-manager') objects.add(`Lease/${id}`);
  return objects;
}

function podPage(bucket: Bucket, page: number, now: number): ComponentDetail['pods'] {
  const sorted = [...bucket.pods].sort(comparePods);
  const pageCount = Math.max(1, Math.ceil(sorted.length / COMPONENT_POD_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (current - 1) * COMPONENT_POD_PAGE_SIZE;
  return {
    items: sorted.slice(start, start + COMPONENT_POD_PAGE_SIZE).map((f) => toPodRow(f, now)),
    total: sorted.length,
    notReady: sorted.filter((f) => !f.isReady && !f.isSucceeded).length,
    page: current,
    pageSize: COMPONENT_POD_PAGE_SIZE,
    pageCount,
  };
}

/** The summary without its pod and node lists (the detail pages those itself). */
function withoutLists(summary: ComponentSummary): ComponentDetail['component'] {
  const copy: Partial<ComponentSummary> = { ...summary };
  delete copy.pods;
  delete copy.nodes;
  return copy as ComponentDetail['component'];
}

/** The component's detail, or undefined when no component has this id. `podPage` is 1-based. */
export function buildComponentDetail(model: DetailModel, extras: DetailExtras, id: string, podPageNumber: number, now: number): ComponentDetail | undefined {
  const summary = model.components.find((c) => c.id === id);
  if (!summary) return undefined;
  const { snapshot } = model;
  const bucket = model.buckets.get(id) ?? emptyBucket(id);
  const groups = workloadGroups(bucket);
  const spec = specs(groups);
  const isKubelet = id === 'kubelet';
  const core = (CORE_CONTROL_PLANE as readonly string[]).includes(id) ? (id as CoreControlPlaneId) : undefined;
  const sortedPods = [...bucket.pods].sort(comparePods);
  const configMaps = relatedConfigMaps(id, spec.raw, extras.configMaps);
  const nodes = isKubelet ? nodesInfo(snapshot, now) : undefined;
  const crashed = sortedPods.find((f) => !f.isReady && f.restarts > 0);
  const description = describeComponent(id, summary.group, summary.recognition);
  return {
    component: withoutLists(summary),
    groupName: GROUP_NAMES[summary.group],
    description: english(description),
    descriptionMessage: description,
    workloads: groups.map((g) => g.info),
    pods: podPage(bucket, podPageNumber, now),
    coverage: groups
      .filter((g) => g.info.kind === 'DaemonSet' && g.object)
      .map((g) => summarizeCoverage(g.object as DaemonSet, g.pods, snapshot.nodes)),
    specs: spec.infos,
    services: relatedServices(snapshot.services as never[], bucket.pods.map((f) => f.pod.metadata?.labels ?? {})),
    configMaps,
    events: relatedEvents(extras.events, eventObjects(id, bucket, groups, snapshot)),
    ...(nodes ? { nodes } : {}),
    ...(core ? { controlPlane: controlPlaneHealth(snapshot, core, bucket.pods.length > 0, now) } : {}),
    kubectl: kubectlCommands({
      id,
      pods: sortedPods.map((f) => ({ name: f.name, labels: f.pod.metadata?.labels ?? {} })),
      allPods: snapshot.pods.map((p) => ({ name: p?.metadata?.name ?? '', labels: p?.metadata?.labels ?? {} })),
      workloads: groups
        .filter((g) => g.object)
        .map((g) => ({ kind: g.info.kind, name: g.info.name, matchLabels: g.object?.spec?.selector?.matchLabels ?? undefined })),
      hasManyContainers: spec.infos.some((s) => s.containers.filter((c) => !c.isInit).length > 1),
      ...(crashed ? { crashedPod: crashed.name } : {}),
      configMaps: configMaps.filter((c) => c.isFound && c.text).map((c) => c.name),
      isKubelet,
      ...(nodes?.items[0] ? { firstNode: nodes.items[0].name } : {}),
      ...(core === 'kube-apiserver' || core === 'etcd' ? { controlPlane: 'readyz' as const } : {}),
      ...(core === 'kube-scheduler' || core === 'kube-controller-manager' ? { controlPlane: 'lease' as const } : {}),
    }),
  };
}
