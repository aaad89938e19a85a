import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toTable, type TableOptions } from './tables';
import type { KObject } from './types';

const CLUSTERS = join(__dirname, '../fixtures/clusters');

interface Table {
  kind: string;
  apiVersion: string;
  metadata: { resourceVersion?: string; continue?: string };
  columnDefinitions: { name: string; type: string; format: string; description: string; priority: number }[];
  rows: { cells: unknown[]; object?: Record<string, unknown>; conditions?: unknown[] }[];
}

/** The items of a captured list (`nodes`, `componentstatuses` or `kube-system/<plural>`, JSON or YAML); [] when absent. */
function captured(cluster: string, resource: string): KObject[] {
  const base = resource === 'nodes' || resource === 'componentstatuses' ? join(CLUSTERS, cluster, resource) : join(CLUSTERS, cluster, 'kube-system', resource);
  let list: { items?: KObject[] | null } = {};
  if (existsSync(`${base}.json`)) list = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as typeof list;
  else if (existsSync(`${base}.yaml`)) list = parseYaml(readFileSync(`${base}.yaml`, 'utf8')) as typeof list;
  return list.items ?? [];
}

const opts = (now: string, extra: Partial<TableOptions> = {}): TableOptions => ({ now: Date.parse(now), includeObject: 'Metadata', ...extra });

function table(resource: string, items: KObject[], options: TableOptions = opts('2021-04-12T00:00:00Z')): Table {
  return toTable(resource, items, options) as unknown as Table;
}

function rowOf(t: Table, name: string): unknown[] {
  const row = t.rows.find((r) => r.cells.includes(name));
  expect(row, name).toBeDefined();
  return row!.cells;
}

function obj(kind: string, name: string, rest: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}): KObject {
  return { apiVersion: 'v1', kind, metadata: { name, namespace: 'kube-system', creationTimestamp: '2024-05-01T11:00:00Z', ...metadata }, ...rest };
}

const NOW = '2024-05-01T12:00:00Z';

describe('column definitions match the API server printers', () => {
  it.each([
    ['pods', 'Name Ready Status Restarts Age | IP Node Nominated Node Readiness Gates'],
    ['nodes', 'Name Status Roles Age Version | Internal-IP External-IP OS-Image Kernel-Version Container-Runtime'],
    ['services', 'Name Type Cluster-IP External-IP Port(s) Age | Selector'],
    ['events', 'Last Seen Type Reason Object Message | Subobject Source First Seen Count Name'],
    ['deployments', 'Name Ready Up-to-date Available Age | Containers Images Selector'],
    ['daemonsets', 'Name Desired Current Ready Up-to-date Available Node Selector Age | Containers Images Selector'],
    ['replicasets', 'Name Desired Current Ready Age | Containers Images Selector'],
    ['statefulsets', 'Name Ready Age | Containers Images'],
    ['jobs', 'Name Status Completions Duration Age | Containers Images Selector'],
    ['cronjobs', 'Name Schedule Timezone Suspend Active Last Schedule Age | Containers Images Selector'],
    ['configmaps', 'Name Data Age |'],
    ['leases', 'Name Holder Age |'],
    ['endpoints', 'Name Endpoints Age |'],
    ['serviceaccounts', 'Name Secrets Age |'],
    ['networkpolicies', 'Name Pod-Selector Age |'],
    ['endpointslices', 'Name AddressType Ports Endpoints Age |'],
    ['apiservices', 'Name Service Available Age |'],
    ['componentstatuses', 'Name Status Message Error |'],
    ['namespaces', 'Name Status Age |'],
    ['secrets', 'Name Created At |'],
  ])('%s: %s', (resource, want) => {
    const cols = table(resource, []).columnDefinitions;
    const names = (priority: number) => cols.filter((c) => c.priority === priority).map((c) => c.name).join(' ');
    expect(`${names(0)} | ${names(1)}`.trim()).toBe(want);
    for (const c of cols) {
      expect(Object.keys(c).sort()).toEqual(['description', 'format', 'name', 'priority', 'type']);
      expect(c.description, `${resource} ${c.name}`).not.toBe('');
      expect(c.format).toBe(c.name === 'Name' ? 'name' : '');
    }
  });

  it('types counts as the server does (integer for workload counts, string for READY and RESTARTS)', () => {
    const type = (resource: string, name: string) => table(resource, []).columnDefinitions.find((c) => c.name === name)?.type;
    expect(type('pods', 'Restarts')).toBe('string');
    expect(type('daemonsets', 'Desired')).toBe('integer');
    expect(type('replicasets', 'Ready')).toBe('integer');
    expect(type('deployments', 'Ready')).toBe('string');
    expect(type('secrets', 'Created At')).toBe('date');
  });
});

describe('StatefulSets, Jobs and CronJobs', () => {
  const template = { spec: { containers: [{ name: 'etcdctl', image: 'registry.k8s.io/etcd:3.5.15-0' }] } };
  const job = (name: string, status: Record<string, unknown>, spec: Record<string, unknown> = { completions: 1, parallelism: 1 }, meta: Record<string, unknown> = {}) =>
    obj('Job', name, { apiVersion: 'batch/v1', spec: { ...spec, selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'u1' } }, template }, status }, meta);

  it('prints READY of a StatefulSet as ready/replicas', () => {
    const sts = obj('StatefulSet', 'vault', { apiVersion: 'apps/v1', spec: { replicas: 3, template }, status: { readyReplicas: 2 } });
    expect(table('statefulsets', [sts], opts(NOW)).rows[0]!.cells).toEqual(['vault', '2/3', '60m', 'etcdctl', 'registry.k8s.io/etcd:3.5.15-0']);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown> | undefined, Record<string, unknown>, unknown[]]>([
    ['complete', { startTime: '2024-05-01T11:30:00Z', completionTime: '2024-05-01T11:30:09Z', succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] }, undefined, {}, ['Complete', '1/1', '9s']],
    ['running', { startTime: '2024-05-01T11:58:00Z', active: 1 }, undefined, {}, ['Running', '0/1', '2m']],
    ['failed', { startTime: '2024-05-01T11:00:00Z', failed: 7, conditions: [{ type: 'FailureTarget', status: 'True' }, { type: 'Failed', status: 'True' }] }, undefined, {}, ['Failed', '0/1', '60m']],
    ['not started', {}, undefined, {}, ['Running', '0/1', '']],
    ['suspended', { conditions: [{ type: 'Suspended', status: 'True' }] }, { completions: 1, suspend: true }, {}, ['Suspended', '0/1', '']],
    ['terminating', { startTime: '2024-05-01T11:58:00Z' }, undefined, { deletionTimestamp: '2024-05-01T11:59:00Z' }, ['Terminating', '0/1', '2m']],
    ['a work queue', { startTime: '2024-05-01T11:59:30Z', succeeded: 2 }, { parallelism: 3 }, {}, ['Running', '2/1 of 3', '30s']],
  ])('prints a %s Job', (_label, status, spec, meta, want) => {
    const cells = table('jobs', [job('etcd-backup-28580000', status, spec, meta)], opts(NOW)).rows[0]!.cells;
    expect(cells.slice(1, 4)).toEqual(want);
    expect(cells.slice(4)).toEqual(['60m', 'etcdctl', 'registry.k8s.io/etcd:3.5.15-0', 'batch.kubernetes.io/controller-uid=u1']);
  });

  it('prints a CronJob: schedule, time zone, suspend, active runs and the last schedule', () => {
    const cron = (spec: Record<string, unknown>, status: Record<string, unknown>) =>
      obj('CronJob', 'etcd-backup', { apiVersion: 'batch/v1', spec: { schedule: '0 */6 * * *', jobTemplate: { spec: { template } }, ...spec }, status });
    expect(table('cronjobs', [cron({ suspend: false }, { lastScheduleTime: '2024-05-01T06:00:00Z' })], opts(NOW)).rows[0]!.cells).toEqual([
      'etcd-backup', '0 */6 * * *', '<none>', 'False', 0, '6h', '60m', 'etcdctl', 'registry.k8s.io/etcd:3.5.15-0', '<none>',
    ]);
    expect(table('cronjobs', [cron({ timeZone: 'Asia/Seoul' }, { active: [{ name: 'etcd-backup-1' }] })], opts(NOW)).rows[0]!.cells.slice(2, 6)).toEqual(['Asia/Seoul', '<unset>', 1, '<none>']);
  });
});

describe('rows over the real captures', () => {
  it.each<[string, string, string, unknown[], string?]>([
    ['kubeadm-calico', 'pods', 'calico-node-26mhc', ['calico-node-26mhc', '1/1', 'Running', '0', '11h', '10.10.1.61', 'k8s-worker1', '<none>', '<none>']],
    ['kubeadm-calico', 'pods', 'kube-apiserver-k8s-controller1', ['kube-apiserver-k8s-controller1', '1/1', 'Running', '1 (12h ago)', '12h', '10.10.1.31', 'k8s-controller1', '<none>', '<none>']],
    ['aks', 'pods', 'coredns-autoscaler-6d7bd69669-nmpz2', ['coredns-autoscaler-6d7bd69669-nmpz2', '0/1', 'CrashLoopBackOff', '1569 (13m ago)', '3d10h', '10.244.0.62', 'aks-nodepool1-28869405-vmss000000', '<none>', '<none>'], '2020-06-07T08:10:00Z'],
    ['kubeadm-calico', 'nodes', 'k8s-controller1', ['k8s-controller1', 'Ready', 'control-plane,master', '12h', 'v1.21.0', '10.10.1.31', '<none>', 'Ubuntu 18.04.5 LTS', '4.15.0-140-generic', 'docker://19.3.12']],
    ['kubeadm-calico', 'nodes', 'k8s-worker1', ['k8s-worker1', 'Ready', '<none>', '11h', 'v1.21.0', '10.10.1.61', '<none>', 'Ubuntu 18.04.5 LTS', '4.15.0-140-generic', 'docker://19.3.12']],
    ['aks', 'nodes', 'aks-nodepool1-28869405-vmss000000', ['aks-nodepool1-28869405-vmss000000', 'Ready', 'agent', '321d', 'v1.16.7', '10.240.0.4', '<none>', 'Ubuntu 16.04.6 LTS', '4.15.0-1082-azure', 'docker://3.0.10+azure']],
    ['kubeadm-calico', 'services', 'kube-dns', ['kube-dns', 'ClusterIP', '10.96.0.10', '<none>', '53/UDP,53/TCP,9153/TCP', '12h', 'k8s-app=kube-dns']],
    ['gke-calico', 'services', 'default-http-backend', ['default-http-backend', 'NodePort', '10.75.9.178', '<none>', '80:31689/TCP', '456d', 'k8s-app=glbc']],
    ['kubeadm-calico', 'deployments', 'coredns', ['coredns', '2/2', 2, 2, '12h', 'coredns', 'k8s.gcr.io/coredns/coredns:v1.8.0', 'k8s-app=kube-dns']],
    ['kubeadm-calico', 'daemonsets', 'kube-proxy', ['kube-proxy', 3, 3, 3, 3, 3, 'kubernetes.io/os=linux', '12h', 'kube-proxy', 'k8s.gcr.io/kube-proxy:v1.21.0', 'k8s-app=kube-proxy']],
    ['kubeadm-calico', 'replicasets', 'coredns-558bd4d5db', ['coredns-558bd4d5db', 2, 2, 2, '12h', 'coredns', 'k8s.gcr.io/coredns/coredns:v1.8.0', 'k8s-app=kube-dns,pod-template-hash=558bd4d5db']],
    ['kubeadm-calico', 'events', 'calico-node-z5xmz.1674cc81e0440be9', ['9h', 'Warning', 'Unhealthy', 'pod/calico-node-z5xmz', 'spec.containers{calico-node}', 'kubelet, k8s-controller1', 'Liveness probe failed:', '11h', 3, 'calico-node-z5xmz.1674cc81e0440be9']],
  ])('%s %s %s', (cluster, resource, name, want, now = '2021-04-12T00:00:00Z') => {
    expect(rowOf(table(resource, captured(cluster, resource), opts(now)), name)).toEqual(want);
  });

  it('prints a LoadBalancer ingress IP, node ports and a headless service', () => {
    const k3s = table('services', captured('k3s', 'services'), opts('2024-12-01T00:00:00Z'));
    expect(rowOf(k3s, 'traefik').slice(0, 5)).toEqual(['traefik', 'LoadBalancer', '10.43.150.32', '172.17.0.2', '80:30885/TCP,443:30687/TCP']);
    const rke2 = table('services', captured('rke2-cilium', 'services'), opts('2025-11-01T00:00:00Z'));
    expect(rowOf(rke2, 'hubble-relay-metrics')[2]).toBe('None');
  });

  it('prints node external IPs and k3s roles', () => {
    expect(rowOf(table('nodes', captured('gke-calico', 'nodes'), opts(NOW)), 'gke-kubevious-samples-pool-2-d17eaa99-a7xj')[6]).toBe('34.123.61.66');
    expect(table('nodes', captured('k3s', 'nodes'), opts(NOW)).rows[0]!.cells[2]).toBe('control-plane,master');
  });

  it('counts ConfigMap keys and prints ComponentStatus conditions', () => {
    expect(rowOf(table('configmaps', captured('gke-calico', 'configmaps'), opts(NOW)), 'extension-apiserver-authentication')[1]).toBe(6);
    expect(rowOf(table('componentstatuses', captured('kubeadm-flannel', 'componentstatuses'), opts(NOW)), 'scheduler')).toEqual([
      'scheduler', 'Unhealthy', 'Get "http://127.0.0.1:10251/healthz": dial tcp 127.0.0.1:10251: connect: connection refused', '',
    ]);
  });

  it('prints a cell for every column of every captured object', () => {
    let rows = 0;
    for (const cluster of readdirSync(CLUSTERS)) {
      for (const resource of ['nodes', 'componentstatuses', 'pods', 'services', 'events', 'deployments', 'daemonsets', 'replicasets', 'configmaps']) {
        const t = table(resource, captured(cluster, resource), opts(NOW));
        for (const row of t.rows) {
          expect(row.cells, `${cluster} ${resource}`).toHaveLength(t.columnDefinitions.length);
          expect(row.cells.every((c) => typeof c === 'string' || typeof c === 'number'), `${cluster} ${resource} ${JSON.stringify(row.cells)}`).toBe(true);
        }
        rows += t.rows.length;
      }
    }
    expect(rows).toBeGreaterThan(300);
  });
});

describe('the Table envelope', () => {
  const pod = obj('Pod', 'p', { status: { phase: 'Succeeded' } }, { labels: { a: 'b' } });

  it('carries resourceVersion and continue, and PartialObjectMetadata rows by default', () => {
    const t = table('pods', [pod], opts(NOW, { resourceVersion: '42', continueToken: 'abc' }));
    expect(t.kind).toBe('Table');
    expect(t.apiVersion).toBe('meta.k8s.io/v1');
    expect(t.metadata).toEqual({ resourceVersion: '42', continue: 'abc' });
    expect(t.rows[0]!.object).toEqual({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: pod.metadata });
  });

  it('returns the full object with includeObject=Object and none with None', () => {
    expect(table('pods', [pod], opts(NOW, { includeObject: 'Object' })).rows[0]!.object).toBe(pod);
    expect('object' in table('pods', [pod], opts(NOW, { includeObject: 'None' })).rows[0]!).toBe(false);
    expect(table('pods', [pod], opts(NOW)).metadata).toEqual({ resourceVersion: undefined });
  });

  it('marks Succeeded and Failed pods with the Completed row condition', () => {
    expect(table('pods', [pod], opts(NOW)).rows[0]!.conditions).toEqual([
      { type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' },
    ]);
    expect(table('pods', [obj('Pod', 'q', { status: { phase: 'Running' } })], opts(NOW)).rows[0]!.conditions).toBeUndefined();
  });

  it('prints NAME and the RFC3339 creation time for resources without a printer', () => {
    expect(table('secrets', [obj('Secret', 's')], opts(NOW)).rows[0]!.cells).toEqual(['s', '2024-05-01T11:00:00Z']);
  });
});

describe('node ROLES', () => {
  const roles = (labels: Record<string, string>) => table('nodes', [obj('Node', 'n', {}, { labels })], opts(NOW)).rows[0]!.cells[2];

  it('joins the roles with commas, or prints <none>', () => {
    expect(roles({ 'node-role.kubernetes.io/master': '', 'node-role.kubernetes.io/control-plane': '' })).toBe('control-plane,master');
    expect(roles({ 'kubernetes.io/hostname': 'w1' })).toBe('<none>');
  });

  it('reads the legacy kubernetes.io/role label and ignores an empty role (findNodeRoles)', () => {
    expect(roles({ 'kubernetes.io/role': 'agent' })).toBe('agent');
    expect(roles({ 'kubernetes.io/role': '', 'node-role.kubernetes.io/': '' })).toBe('<none>');
    expect(roles({ 'kubernetes.io/role': 'worker', 'node-role.kubernetes.io/worker': '', 'node-role.kubernetes.io/infra': 'true' })).toBe('infra,worker');
  });
});

describe('constructed objects the captures lack', () => {
  const node = (status: Record<string, unknown>, spec: Record<string, unknown> = {}) =>
    table('nodes', [obj('Node', 'n', { spec, status })], opts(NOW)).rows[0]!.cells.slice(1, 3);

  it('prints node STATUS', () => {
    expect(node({ conditions: [{ type: 'Ready', status: 'True' }] })).toEqual(['Ready', '<none>']);
    expect(node({ conditions: [{ type: 'MemoryPressure', status: 'False' }, { type: 'Ready', status: 'Unknown' }] })).toEqual(['NotReady', '<none>']);
    expect(node({ conditions: [{ type: 'Ready', status: 'True' }] }, { unschedulable: true })).toEqual(['Ready,SchedulingDisabled', '<none>']);
    expect(node({})).toEqual(['Unknown', '<none>']);
    expect(table('nodes', [obj('Node', 'n')], opts(NOW)).rows[0]!.cells.slice(4)).toEqual(['', '<none>', '<none>', '<unknown>', '<unknown>', '<unknown>']);
  });

  it('prints pod wide cells: first pod IP, readiness gates', () => {
    const p = obj('Pod', 'p', {
      spec: { containers: [{ name: 'a' }], readinessGates: [{ conditionType: 'x/ok' }, { conditionType: 'y/ok' }] },
      status: { phase: 'Running', podIPs: [{ ip: '10.244.1.5' }, { ip: 'fd00::5' }], nominatedNodeName: 'w2', conditions: [{ type: 'x/ok', status: 'True' }] },
    });
    expect(table('pods', [p], opts(NOW)).rows[0]!.cells.slice(5)).toEqual(['10.244.1.5', '<none>', 'w2', '1/2']);
  });

  it('prints Terminating and restarts with their age', () => {
    const p = obj('Pod', 'coredns-7d8f-abcde', {
      spec: { containers: [{ name: 'coredns' }] },
      status: { phase: 'Running', containerStatuses: [{ name: 'coredns', restartCount: 5, ready: true, state: { running: {} }, lastState: { terminated: { exitCode: 1, finishedAt: '2024-05-01T11:58:00Z' } } }] },
    }, { deletionTimestamp: '2024-05-01T11:59:00Z' });
    expect(table('pods', [p], opts(NOW)).rows[0]!.cells.slice(0, 5)).toEqual(['coredns-7d8f-abcde', '1/1', 'Terminating', '5 (2m ago)', '60m']);
  });

  it('prints events with a series, with only eventTime, and in events.k8s.io form', () => {
    const involvedObject = { kind: 'Pod', name: 'coredns-7d8f-abcde', fieldPath: 'spec.containers{coredns}' };
    const core = obj('Event', 'e1', {
      involvedObject, type: 'Warning', reason: 'BackOff', message: ' Back-off restarting failed container \n',
      firstTimestamp: '2024-05-01T11:00:00Z', lastTimestamp: '2024-05-01T11:50:00Z', count: 7, source: { component: 'kubelet', host: 'w1' },
    });
    const series = obj('Event', 'e2', {
      involvedObject: { kind: 'Node' }, type: 'Normal', reason: 'Starting', eventTime: '2024-05-01T11:30:00.000000Z',
      series: { count: 4, lastObservedTime: '2024-05-01T11:58:00.000000Z' }, reportingController: 'kube-proxy', reportingInstance: 'kube-proxy-w1',
    });
    const bare = obj('Event', 'e3', { involvedObject: { kind: 'Lease', name: 'kube-scheduler' }, type: 'Normal', reason: 'LeaderElection' });
    const v1 = { apiVersion: 'events.k8s.io/v1', kind: 'Event', metadata: { name: 'e4', creationTimestamp: '2024-05-01T11:00:00Z' },
      regarding: involvedObject, type: 'Warning', reason: 'Unhealthy', note: 'Readiness probe failed', deprecatedFirstTimestamp: '2024-05-01T11:40:00Z',
      deprecatedLastTimestamp: '2024-05-01T11:57:00Z', deprecatedCount: 3, deprecatedSource: { component: 'kubelet', host: 'w1' } } as KObject;
    const rows = table('events', [core, series, bare, v1], opts(NOW)).rows.map((r) => r.cells);
    expect(rows[0]).toEqual(['10m', 'Warning', 'BackOff', 'pod/coredns-7d8f-abcde', 'spec.containers{coredns}', 'kubelet, w1', 'Back-off restarting failed container', '60m', 7, 'e1']);
    expect(rows[1]).toEqual(['2m', 'Normal', 'Starting', 'node', '', 'kube-proxy, kube-proxy-w1', '', '30m', 4, 'e2']);
    expect(rows[2]).toEqual(['<unknown>', 'Normal', 'LeaderElection', 'lease/kube-scheduler', '', '', '', '<unknown>', 1, 'e3']);
    expect(rows[3]).toEqual(['3m', 'Warning', 'Unhealthy', 'pod/coredns-7d8f-abcde', 'spec.containers{coredns}', 'kubelet, w1', 'Readiness probe failed', '20m', 3, 'e4']);
  });

  it('prints endpoints with the `+ N more...` suffix, bare IPs for port-less subsets and <none>', () => {
    const ep = obj('Endpoints', 'kube-dns', { subsets: [{
      addresses: [{ ip: '10.244.1.2' }, { ip: '10.244.2.3' }],
      ports: [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53, protocol: 'TCP' }, { name: 'metrics', port: 9153, protocol: 'TCP' }],
    }] });
    const headless = obj('Endpoints', 'h', { subsets: [{ addresses: [{ ip: 'fd00::1' }] }] });
    const v6 = obj('Endpoints', 'v6', { subsets: [{ addresses: [{ ip: 'fd00::1' }], ports: [{ port: 443 }] }] });
    const rows = table('endpoints', [ep, headless, v6, obj('Endpoints', 'empty')], opts(NOW)).rows.map((r) => r.cells[1]);
    expect(rows).toEqual(['10.244.1.2:53,10.244.2.3:53,10.244.1.2:53 + 3 more...', 'fd00::1', '[fd00::1]:443', '<none>']);
  });

  it('prints endpointslices, networkpolicies, serviceaccounts, leases, namespaces', () => {
    const slice = { ...obj('EndpointSlice', 'kube-dns-x7k2p', {
      addressType: 'IPv4', ports: [{ name: 'dns', port: 53 }, { name: 'dns-tcp', port: 53 }, { name: 'metrics', port: 9153 }, { name: 'other' }],
      endpoints: [{ addresses: ['10.244.1.2'] }, { addresses: ['10.244.2.3'] }],
    }), apiVersion: 'discovery.k8s.io/v1' };
    expect(table('endpointslices', [slice, obj('EndpointSlice', 'e')], opts(NOW)).rows.map((r) => r.cells.slice(1, 4))).toEqual([
      ['IPv4', '53,53,9153 + 1 more...', '10.244.1.2,10.244.2.3'],
      ['', '<unset>', '<unset>'],
    ]);
    const policies = [
      obj('NetworkPolicy', 'all', { spec: { podSelector: {} } }),
      obj('NetworkPolicy', 'dns', { spec: { podSelector: { matchLabels: { 'k8s-app': 'kube-dns' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['node', 'control-plane'] }, { key: 'canary', operator: 'DoesNotExist' }] } } }),
    ];
    expect(table('networkpolicies', policies, opts(NOW)).rows.map((r) => r.cells[1])).toEqual(['<none>', '!canary,k8s-app=kube-dns,tier in (control-plane,node)']);
    expect(table('serviceaccounts', [obj('ServiceAccount', 'coredns', { secrets: [{ name: 'coredns-token-x' }] })], opts(NOW)).rows[0]!.cells).toEqual(['coredns', 1, '60m']);
    expect(table('leases', [obj('Lease', 'kube-scheduler', { spec: { holderIdentity: 'cp1_4f2c' } }), obj('Lease', 'free')], opts(NOW)).rows.map((r) => r.cells[1])).toEqual(['cp1_4f2c', '']);
    expect(table('namespaces', [obj('Namespace', 'kube-system', { status: { phase: 'Active' } })], opts(NOW)).rows[0]!.cells).toEqual(['kube-system', 'Active', '60m']);
  });

  it('prints apiservices: Local, a service, an unavailable reason, Unknown', () => {
    const svc = (name: string, service: unknown, conditions: unknown[]) => obj('APIService', name, { spec: service ? { service } : {}, status: { conditions } }, { namespace: undefined });
    const rows = table('apiservices', [
      svc('v1.', null, [{ type: 'Available', status: 'True', reason: 'Local' }]),
      svc('v1beta1.metrics.k8s.io', { namespace: 'kube-system', name: 'metrics-server' }, [{ type: 'Available', status: 'False', reason: 'FailedDiscoveryCheck' }]),
      svc('v1alpha1.x.io', { namespace: 'x', name: 'y' }, [{ type: 'Available', status: 'False' }]),
      svc('v1.y.io', { namespace: 'x', name: 'y' }, []),
    ], opts(NOW)).rows.map((r) => r.cells.slice(1, 3));
    expect(rows).toEqual([['Local', 'True'], ['kube-system/metrics-server', 'False (FailedDiscoveryCheck)'], ['x/y', 'False'], ['x/y', 'Unknown']]);
  });

  it('prints services of every type', () => {
    const svc = (name: string, spec: Record<string, unknown>, status: Record<string, unknown> = {}) => obj('Service', name, { spec, status });
    const rows = table('services', [
      svc('lb', { type: 'LoadBalancer', clusterIPs: ['10.96.5.5'], ports: [{ port: 443, nodePort: 31443, protocol: 'TCP' }] }, { loadBalancer: { ingress: [{ hostname: 'b.example.com' }, { ip: '203.0.113.9' }] } }),
      svc('pending', { type: 'LoadBalancer', clusterIP: '10.96.5.6', ports: [{ port: 80, protocol: 'TCP' }] }),
      svc('ext', { type: 'ExternalName', externalName: 'db.example.com' }),
      svc('eip', { type: 'ClusterIP', clusterIP: '10.96.5.7', externalIPs: ['198.51.100.1'], ports: [] }),
    ], opts(NOW)).rows.map((r) => r.cells.slice(1, 5).concat(r.cells[6]));
    expect(rows).toEqual([
      ['LoadBalancer', '10.96.5.5', '203.0.113.9,b.example.com', '443:31443/TCP', '<none>'],
      ['LoadBalancer', '10.96.5.6', '<pending>', '80/TCP', '<none>'],
      ['ExternalName', '<none>', 'db.example.com', '<none>', '<none>'],
      ['ClusterIP', '10.96.5.7', '198.51.100.1', '<none>', '<none>'],
    ]);
  });

  it('defaults spec.replicas to 1 and reports an invalid deployment selector', () => {
    const d = { ...obj('Deployment', 'd', { spec: { selector: { matchExpressions: [{ key: 'a', operator: 'Bogus' }] }, template: { spec: { containers: [{ name: 'a', image: 'i:1' }, { name: 'b', image: 'j:2' }] } } } }), apiVersion: 'apps/v1' };
    expect(table('deployments', [d], opts(NOW)).rows[0]!.cells).toEqual(['d', '0/1', 0, 0, '60m', 'a,b', 'i:1,j:2', '<invalid>']);
    expect(table('replicasets', [{ ...d, kind: 'ReplicaSet' }], opts(NOW)).rows[0]!.cells.slice(1, 4)).toEqual([1, 0, 0]);
  });
});
