/**
 * The receive-time transforms lose nothing a page, finding or API answer reads: over every real capture,
 * the model's outputs (components and their statuses and reasons, groups, findings, component details,
 * pod rows, pod details, node rows, conditions and resources, event rows) are the same computed from the
 * objects as captured and from the objects as the cache keeps them.
 */
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { bucketSnapshot } from '@/lib/model/buckets';
import { buildGroups, buildComponents } from '@/lib/model/components';
import { buildComponentDetail, buildDetailModel } from '@/lib/model/detail/component-detail';
import type { RawConfigMap, RawEvent } from '@/lib/model/detail/raw';
import { toEventRow } from '@/lib/model/events';
import { buildFindings } from '@/lib/model/findings/index';
import type { FindingsContext } from '@/lib/model/findings/context';
import type { ConfigMap, Lease, Node, Pod } from '@/lib/model/k8s';
import { indexNodeFacts, toNodeConditions, toNodeResources, toNodeRow } from '@/lib/model/nodes';
import { toPodDetail } from '@/lib/model/pod-describe';
import { buildPodRows } from '@/lib/model/pod-list';
import type { ClusterSnapshot } from '@/lib/model/snapshot';
import { buildWorkloadContext } from '@/lib/model/workload';
import { captureTime, loadCaptureConfigMaps } from '@/test/capture-context';
import { listCaptures, loadCapture, loadCaptureItems } from '@/test/captures';
import { RESOURCES } from './resources';
import { intern, internStrings, LAST_APPLIED, share, slimNode, slimPod, withoutKeys } from './transforms';

/** An object as an informer stores it: without managedFields, then through its kind's transform. */
function received<T extends object>(object: T, transform?: (o: T) => T): T {
  const copy = structuredClone(object) as T & { metadata?: object };
  if (copy.metadata) copy.metadata = withoutKeys(copy.metadata, ['managedFields']);
  return transform ? transform(copy) : copy;
}

const each = <T extends object>(items: readonly T[], transform: (o: T) => T): T[] => items.map((o) => received(o, transform));
/** A kind the capture lacks stays absent (unknown), not empty. */
const eachOf = <T extends object>(items: readonly T[] | undefined, transform: (o: T) => T): T[] | undefined => (items ? each(items, transform) : undefined);

/** The capture's objects as the cache keeps them, kind by kind through the registry's transforms. */
function transformed(s: ClusterSnapshot): ClusterSnapshot {
  const t = <K extends keyof typeof RESOURCES>(key: K) => RESOURCES[key].transform as unknown as <T extends object>(o: T) => T;
  return {
    ...s,
    pods: each(s.pods, t('pods')),
    nodes: each(s.nodes, t('nodes')),
    daemonSets: each(s.daemonSets, t('daemonsets')),
    deployments: each(s.deployments, t('deployments')),
    replicaSets: each(s.replicaSets, t('replicasets')),
    statefulSets: eachOf(s.statefulSets, t('statefulsets')),
    jobs: eachOf(s.jobs, t('jobs')),
    cronJobs: eachOf(s.cronJobs, t('cronjobs')),
    services: each(s.services, t('services')),
    events: eachOf(s.events, t('events')),
  };
}

function context(configMaps: ConfigMap[], now: number): FindingsContext {
  return {
    now,
    configMaps,
    dns: { status: 'ok', name: 'kubernetes.default.svc.cluster.local', server: '10.96.0.10:53', answers: ['10.96.0.1'], checkedAt: new Date(now).toISOString() },
    tls: { status: 'ok', server: '10.0.0.1:6443', validTo: new Date(now + 300 * 86_400_000).toISOString(), checkedAt: new Date(now).toISOString() },
    podMetrics: { ok: true, at: new Date(now).toISOString(), containers: [] },
  };
}

/** Everything the model answers about a snapshot, as plain data. */
function outputs(s: ClusterSnapshot, configMaps: ConfigMap[], events: RawEvent[], now: number) {
  const model = buildDetailModel(s, now);
  const extras = { configMaps: configMaps as RawConfigMap[], events };
  const workloads = buildWorkloadContext(s.replicaSets ?? [], s.jobs ?? []);
  const facts = indexNodeFacts(s.pods ?? [], []);
  return {
    components: buildComponents(s, now),
    groups: buildGroups(s, now),
    findings: buildFindings(s, context(configMaps, now)),
    details: model.components.map((c) => buildComponentDetail(model, extras, c.id, 1, now)),
    podRows: buildPodRows(bucketSnapshot(s).values(), new Map()),
    pods: (s.pods ?? []).map((pod: Pod) => {
      const detail = toPodDetail(pod, workloads);
      // The last-applied annotation is dropped by design; the YAML tab reads the pod from the API server.
      Reflect.deleteProperty(detail.annotations ?? {}, LAST_APPLIED);
      return detail;
    }),
    nodes: (s.nodes ?? []).map((node: Node) => ({ row: toNodeRow(node, facts), conditions: toNodeConditions(node), resources: toNodeResources(node) })),
    events: (s.events ?? []).map((e) => toEventRow(e)),
  };
}

describe('receive-time transforms over every capture', () => {
  for (const name of listCaptures()) {
    it(`${name}: every model output is the same from the captured and the cached objects`, () => {
      const raw = loadCapture(name);
      const now = captureTime(raw);
      const configMaps = loadCaptureConfigMaps(name) ?? [];
      const events = loadCaptureItems<RawEvent>(name, 'events');
      const cachedConfigMaps = each(configMaps, RESOURCES.configmaps.transform!);
      const cachedEvents = each(events as never[], RESOURCES.events.transform as never) as RawEvent[];
      const slim = transformed(raw);
      expect(outputs(slim, cachedConfigMaps, cachedEvents, now)).toEqual(outputs(raw, configMaps, events, now));
      // And the transforms did take something away, so the comparison compares what it should.
      const size = (x: ClusterSnapshot) => JSON.stringify([x.pods, x.nodes]).length;
      expect(size(slim)).toBeLessThan(size({ ...raw, pods: each(raw.pods ?? [], (o) => o), nodes: each(raw.nodes ?? [], (o) => o) }));
    });
  }
});

describe('interning', () => {
  it('gives equal strings one instance and leaves unique fields alone', () => {
    const a = { metadata: { uid: 'abc', labels: { app: `kube-${'proxy'}` } }, spec: { nodeName: ['node', '1'].join('-') } };
    const b = { metadata: { uid: 'abc', labels: { app: ['kube', 'proxy'].join('-') } }, spec: { nodeName: `node-${1}` } };
    internStrings(a);
    internStrings(b);
    expect(a).toEqual(b);
    expect(intern(['kube', 'proxy'].join('-'))).toBe(a.metadata.labels.app);
  });

  it('shares what sibling pods repeat: one tolerations list for two pods of a DaemonSet, equal to what each had', () => {
    const pod = (node: string): Pod => ({
      metadata: { name: `kube-proxy-${node}`, labels: { 'k8s-app': 'kube-proxy' } },
      spec: { nodeName: node, tolerations: [{ operator: 'Exists' }], containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.31.0' }] },
    });
    const [a, b] = [slimPod(pod('n1')), slimPod(pod('n2'))];
    expect(a.spec?.tolerations).toBe(b.spec?.tolerations);
    expect(a.metadata?.labels).toBe(b.metadata?.labels);
    expect(b.spec?.tolerations).toEqual([{ operator: 'Exists' }]);
    expect(a.spec?.nodeName).not.toBe(b.spec?.nodeName);
    expect(share({ x: [1] })).toEqual({ x: [1] });
  });

  it('drops what nothing reads from a pod\'s status and spec, and shares a volume source under a per-pod name', () => {
    const started = ['2026-12-01T10:00:0', '5Z'].join('');
    const pod = (suffix: string): Pod =>
      JSON.parse(
        JSON.stringify({
          metadata: { name: `calico-node-${suffix}`, creationTimestamp: '2026-12-01T10:00:05Z' },
          spec: {
            nodeName: `node-${suffix}`,
            affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [`node-${suffix}`] }] }] } } },
            volumes: [{ name: `kube-api-access-${suffix}`, projected: { defaultMode: 420, sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }] } }],
            containers: [{ name: 'calico-node', image: 'calico/node:v3.28.0' }],
          },
          status: {
            phase: 'Running',
            hostIP: '10.0.0.7',
            hostIPs: [{ ip: '10.0.0.7' }],
            podIP: '10.0.0.7',
            podIPs: [{ ip: '10.0.0.7' }],
            startTime: started,
            conditions: [{ type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: started }],
            containerStatuses: [
              {
                name: 'calico-node',
                state: { running: { startedAt: started } },
                lastState: {},
                ready: true,
                restartCount: 0,
                image: 'calico/node:v3.28.0',
                imageID: 'docker.io/calico/node@sha256:abc',
                containerID: `containerd://${suffix}`,
                started: true,
                volumeMounts: [{ name: 'lib-modules', mountPath: '/lib/modules', readOnly: true }],
                user: { linux: { uid: 0, gid: 0 } },
              },
            ],
          },
        }),
      ) as Pod;
    const [a, b] = [slimPod(pod('a1')), slimPod(pod('b2'))];
    expect(a.spec).not.toHaveProperty('affinity');
    expect(a.status).not.toHaveProperty('hostIPs');
    expect(a.status?.podIP).toBe('10.0.0.7');
    expect(a.status?.conditions).toEqual([{ type: 'Ready', status: 'True', lastTransitionTime: started }]);
    expect(a.status?.containerStatuses).toEqual([
      { name: 'calico-node', state: { running: { startedAt: started } }, lastState: {}, ready: true, restartCount: 0, image: 'calico/node:v3.28.0', imageID: 'docker.io/calico/node@sha256:abc', started: true },
    ]);
    expect(a.status?.containerStatuses?.[0].lastState).toBe(b.status?.containerStatuses?.[0].lastState);
    const volume = (p: Pod) => (p.spec as { volumes: { name: string; projected: unknown }[] }).volumes[0];
    expect(volume(a).name).toBe('kube-api-access-a1');
    expect(volume(a).projected).toBe(volume(b).projected);
    expect(volume(b).projected).toEqual({ defaultMode: 420, sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }] });
  });

  it('drops a node\'s machine ids and shares the rest of its nodeInfo with the nodes of its pool', () => {
    const node = (n: number): Node =>
      JSON.parse(JSON.stringify({ metadata: { name: `node-${n}` }, status: { nodeInfo: { machineID: `m${n}`, systemUUID: `s${n}`, bootID: `b${n}`, kernelVersion: '6.1.0', kubeletVersion: 'v1.31.2' } } })) as Node;
    const [a, b] = [slimNode(node(1)), slimNode(node(2))];
    expect(a.status?.nodeInfo).toEqual({ kernelVersion: '6.1.0', kubeletVersion: 'v1.31.2' });
    expect(a.status?.nodeInfo).toBe(b.status?.nodeInfo);
  });

  it('keeps of a node\'s Lease what the node pages and the kubelet\'s checks read', () => {
    const lease = JSON.parse(
      JSON.stringify({
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: { name: 'node-7', namespace: 'kube-node-lease', uid: 'u-7', resourceVersion: '42', creationTimestamp: '2026-12-01T10:00:00Z', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: 'node-7', uid: 'n-7' }] },
        spec: { holderIdentity: 'node-7', leaseDurationSeconds: 40, renewTime: '2026-12-07T00:00:00.000000Z' },
      }),
    ) as Lease;
    expect(RESOURCES['node-leases'].transform!(lease)).toEqual({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'node-7', namespace: 'kube-node-lease', resourceVersion: '42' },
      spec: { holderIdentity: 'node-7', leaseDurationSeconds: 40, renewTime: '2026-12-07T00:00:00.000000Z' },
    });
  });

  it('gives a pod\'s equal times one instance, and no other pod\'s', () => {
    const at = () => ['2026-12-01T10:00:0', '5Z'].join('');
    const pod = (): Pod => ({ metadata: { creationTimestamp: at() }, status: { startTime: at(), conditions: [{ type: 'Ready', lastTransitionTime: at() } as never] } }) as Pod;
    const [a, b] = [slimPod(pod()), slimPod(pod())];
    const times = (p: Pod) => [p.metadata?.creationTimestamp, (p.status as { startTime?: string }).startTime, (p.status?.conditions?.[0] as { lastTransitionTime?: string }).lastTransitionTime];
    const [first, ...rest] = times(a);
    for (const t of rest) expect(isSameInstance(t!, first!)).toBe(true);
    expect(isSameInstance(times(b)[0]!, first!)).toBe(false);
  });

  it('keeps odd objects as they came instead of throwing (a null spec, containers that are not objects)', () => {
    const odd = [{ metadata: null, spec: null }, { spec: { containers: [null, 'x', 3] } }, { spec: { containers: 'x', volumes: [null] } }, { metadata: { annotations: null } }];
    for (const pod of odd) expect(() => slimPod(structuredClone(pod) as unknown as Pod)).not.toThrow();
    expect(slimPod({ spec: { containers: [null, 'x'] } } as unknown as Pod)).toEqual({ spec: { containers: [null, 'x'] } });
    expect(() => slimNode({ metadata: null, status: null } as unknown as Node)).not.toThrow();
  });
});

/** V8's own answer: does `object` keep its properties in a compact shared layout (not a dictionary)? */
function hasFastProperties(object: object): boolean {
  // V8 intrinsics parse only in code compiled after the flag is set.
  v8.setFlagsFromString('--allow-natives-syntax');
  return (new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean)(object);
}

/** V8's own answer: are `a` and `b` one string in the heap (not just equal)? */
function isSameInstance(a: string, b: string): boolean {
  v8.setFlagsFromString('--allow-natives-syntax');
  return (new Function('a', 'b', 'return %ReferenceEqual(a, b)') as (a: string, b: string) => boolean)(a, b);
}

describe('dropping fields without delete', () => {
  it('returns the object itself when none of the keys is there, else a copy without them in the same key order', () => {
    const metadata = { name: 'a', managedFields: [{ manager: 'kubelet' }], uid: 'u', labels: { x: 'y' } };
    const slim = withoutKeys(metadata, ['managedFields']);
    expect(Object.keys(slim)).toEqual(['name', 'uid', 'labels']);
    expect(slim.labels).toBe(metadata.labels);
    expect(metadata.managedFields).toHaveLength(1);
    expect(withoutKeys(slim, ['managedFields'])).toBe(slim);
  });

  it('leaves a pod\'s and a node\'s objects in V8\'s compact layout, which `delete` would turn into dictionaries', () => {
    const json = JSON.stringify({
      metadata: { name: 'p', namespace: 'kube-system', selfLink: '/x', uid: 'u', managedFields: [{}], annotations: { [LAST_APPLIED]: '{}', a: 'b' }, labels: { k: 'v' } },
      spec: { schedulerName: 'default-scheduler', nodeName: 'n1', dnsPolicy: 'ClusterFirst', containers: [{ name: 'c', imagePullPolicy: 'IfNotPresent', image: 'i', terminationMessagePath: '/dev/termination-log' }] },
      status: { phase: 'Running', images: [], volumesInUse: [], conditions: [] },
    });
    const deleted = JSON.parse(json) as { metadata: Record<string, unknown> };
    delete deleted.metadata.managedFields;
    expect(hasFastProperties(deleted.metadata)).toBe(false);
    const pod = received(JSON.parse(json) as Pod, slimPod);
    for (const part of [pod.metadata!, pod.metadata!.annotations!, pod.spec!, pod.spec!.containers![0]]) expect(hasFastProperties(part)).toBe(true);
    expect(pod.spec).not.toHaveProperty('schedulerName');
    expect(pod.spec!.containers![0]).toEqual({ name: 'c', image: 'i' });
    expect(pod.metadata).toEqual({ name: 'p', namespace: 'kube-system', uid: 'u', annotations: { a: 'b' }, labels: { k: 'v' } });
    const node = received(JSON.parse(json) as Node, slimNode);
    for (const part of [node.metadata!, node.status!]) expect(hasFastProperties(part)).toBe(true);
    expect(node.status).toEqual({ phase: 'Running', conditions: [] });
  });
});
