/**
 * kube-system objects with missing and odd fields, as real clusters produce them: a pod just created
 * (no status at all), null labels and annotations, empty container lists, an unknown phase, a 253-character
 * name, unicode in messages and annotations, nodes without status, events without an involved object.
 * Served by the `oddObjects` fault (`--fault-odd-objects`); every reader must survive them.
 */
import type { KObject } from '../types';

const NS = 'kube-system';
/** The longest name the API server accepts (a DNS subdomain: 253 characters). */
export const HUGE_NAME = `odd-${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(63)}`.slice(0, 253);

const pod = (name: string, rest: Record<string, unknown>, metadata: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: NS, ...metadata },
  ...rest,
});

/** Typed loosely on purpose: the point is fields the types say cannot be null. */
export const ODD_OBJECTS: KObject[] = ([
  // Just created: no status, no node, no labels.
  pod('odd-no-status', { spec: { containers: [{ name: 'main', image: 'busybox' }] } }),
  // Null everywhere a map or list is expected.
  pod(
    'odd-nulls',
    {
      spec: { nodeName: null, containers: null, initContainers: null, volumes: null, tolerations: null },
      status: { phase: null, conditions: null, containerStatuses: null, initContainerStatuses: null, podIP: null, startTime: null },
    },
    { labels: null, annotations: null, ownerReferences: null, creationTimestamp: null },
  ),
  // No spec at all, and an empty container list.
  pod('odd-no-spec', { status: { phase: 'Pending' } }),
  pod('odd-empty-containers', { spec: { containers: [] }, status: { phase: 'Running', containerStatuses: [] } }),
  // A phase no release defines, and container states with nothing in them.
  pod('odd-unknown-phase', {
    spec: { nodeName: 'node-that-does-not-exist', containers: [{ name: 'c' }] },
    status: {
      phase: 'Flapping',
      reason: 'NodeLost',
      conditions: [{ type: 'Ready' }, { type: 'SomethingNew', status: 'Maybe' }],
      containerStatuses: [{ name: 'c', state: {}, lastState: {}, ready: false, restartCount: -1 }],
    },
  }),
  pod('odd-unknown', {
    spec: { nodeName: 'node-that-does-not-exist', containers: [{ name: 'c', image: 'x' }] },
    status: { phase: 'Unknown', containerStatuses: [{ name: 'c' }, { name: 'not-in-spec', restartCount: 2 ** 31 }] },
  }),
  // The longest legal name, owned by a controller that is not there, with unicode in its annotations.
  pod(
    HUGE_NAME,
    {
      spec: { nodeName: 'node-that-does-not-exist', containers: [{ name: 'sidecar-ünïcødé', image: 'registry.例え.jp/ツール:最新' }] },
      status: {
        phase: 'Running',
        message: 'Ключ 🔑 — 节点 已 就绪 ✅',
        containerStatuses: [
          { name: 'sidecar-ünïcødé', ready: true, restartCount: 0, state: { running: { startedAt: 'not-a-date' } }, image: 'registry.例え.jp/ツール:最新' },
        ],
      },
    },
    {
      labels: { 'k8s-app': 'ødd-💥', tier: '' },
      annotations: { 'description': 'résumé 🚀 日本語 العربية', 'empty': '' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'gone-7d4b9c', uid: 'missing', controller: true }],
    },
  ),
  // A component label some distributions use, with a deletion in flight.
  pod(
    'odd-terminating',
    { spec: { containers: [{ name: 'c', image: 'x' }] }, status: { phase: 'Running' } },
    { labels: { component: 'kube-apiserver', tier: 'control-plane' }, deletionTimestamp: '2020-01-01T00:00:00Z', deletionGracePeriodSeconds: 30 },
  ),
  // Nodes with nothing in them.
  { apiVersion: 'v1', kind: 'Node', metadata: { name: 'odd-node-no-status', labels: null } },
  {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'odd-node-ünïcødé-☃', labels: { 'node-role.kubernetes.io/💥': '' } },
    spec: { taints: null },
    status: { conditions: [{ type: 'Ready', status: 'Unknown' }], capacity: null, allocatable: { cpu: 'lots', memory: '-1' }, addresses: null },
  },
  // Events with missing parts.
  { apiVersion: 'v1', kind: 'Event', metadata: { name: 'odd-event-bare', namespace: NS } },
  {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'odd-event-unicode', namespace: NS },
    involvedObject: { kind: 'Pod', name: HUGE_NAME, namespace: NS },
    reason: 'Ünïcødé',
    message: `${'🔥'.repeat(200)} Ключ — 节点 ${'x'.repeat(4000)}`,
    type: 'Weird',
    count: null,
    firstTimestamp: null,
    lastTimestamp: 'yesterday',
    source: null,
  },
  // Workloads, services and others without spec or status.
  { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'odd-deployment', namespace: NS, labels: null } },
  { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'odd-daemonset', namespace: NS }, spec: { selector: null, template: null }, status: null },
  { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'odd-replicaset', namespace: NS, ownerReferences: [] } },
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'odd-service', namespace: NS } },
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'odd-service-ports', namespace: NS }, spec: { ports: [{}], selector: null, clusterIP: 'None' } },
  { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'odd-service', namespace: NS }, subsets: null },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'odd-configmap', namespace: NS }, data: null },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'odd-configmap-unicode', namespace: NS }, data: { 'ключ.txt': '值 🎉\u0000nul' } },
  { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'odd-lease', namespace: NS } },
  { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'odd-lease-dates', namespace: NS }, spec: { holderIdentity: null, renewTime: 'never', leaseDurationSeconds: -5 } },
  { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'odd-node-no-status', namespace: 'kube-node-lease' }, spec: {} },
] as unknown[]) as KObject[];
