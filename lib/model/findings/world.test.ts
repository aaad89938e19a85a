/** Findings on the demo cluster's two scenarios, built from `createWorld` objects as the cache would hold them. */
import { describe, expect, it } from 'vitest';
import type { DnsProbeResult } from '@/lib/api/findings';
import { worldSnapshot } from '@/test/world';
import type { FindingsContext } from './context';
import { clusterDomain, corefile, kubeDnsAddress, kubernetesServiceIp } from './dns-target';
import { buildFindings } from './index';

const okDns = (now: number): DnsProbeResult => ({
  status: 'ok', name: 'kubernetes.default.svc.cluster.local', server: '127.0.0.1:5353', serverSource: 'CLUSTER_DNS_SERVER',
  answers: ['10.96.0.1'], expected: '10.96.0.1', latencyMs: 1, checkedAt: new Date(now).toISOString(),
});

function world(scenario: 'healthy' | 'degraded', probes: Partial<FindingsContext> = {}) {
  const w = worldSnapshot({ nodes: 4, seed: 7, scenario });
  const context: FindingsContext = {
    now: w.now,
    configMaps: w.configMaps,
    dns: okDns(w.now),
    tls: { status: 'ok', server: '127.0.0.1:6443', validTo: new Date(w.now + 365 * 86_400_000).toISOString(), checkedAt: '' },
    ...probes,
  };
  return { ...w, context, findings: buildFindings(w.snapshot, context) };
}

describe('the healthy demo world', () => {
  it('raises exactly these findings, none critical', () => {
    const { findings } = world('healthy');
    expect(findings.map((f) => f.id).sort()).toEqual([
      'resources/memory-unchecked',
      'resources/unbounded:calico',
      'resources/unbounded:etcd',
      'resources/unbounded:ingress-nginx',
      'resources/unbounded:kube-apiserver',
      'resources/unbounded:kube-controller-manager',
      'resources/unbounded:kube-proxy',
      'resources/unbounded:kube-scheduler',
      'resources/unbounded:kubernetes-dashboard',
      'resources/unbounded:metrics-server',
      'resources/unbounded:prometheus',
      'security/host-network',
      'security/privileged',
      'updates/eol',
    ]);
  });

  it('says 1.31 is past its end of life on 2026-11-28, with the date', () => {
    const eol = world('healthy').findings.find((f) => f.id === 'updates/eol');
    expect(eol?.title).toBe('Kubernetes 1.31 is past its end of life (2025-11-11)');
    expect(eol?.evidence).toContain('kube-apiserver v1.31.4');
  });

  it('finds what the DNS probe needs in the cluster: domain, kube-dns address, kubernetes Service IP, Corefile', () => {
    const { snapshot, context } = world('healthy');
    expect(clusterDomain(context)).toBe('cluster.local');
    expect(kubeDnsAddress(snapshot)).toBe('10.96.0.10');
    expect(kubernetesServiceIp(snapshot, context)).toBe('10.96.0.1');
    expect(corefile(context)?.text).toContain('kubernetes cluster.local in-addr.arpa ip6.arpa');
  });

  it('without probes or metrics says what it could not check instead of passing', () => {
    const { findings } = world('healthy', { dns: undefined, tls: undefined });
    const unchecked = findings.filter((f) => f.id.endsWith('-unchecked'));
    expect(unchecked.map((f) => f.id).sort()).toEqual(['apiserver/serving-cert-unchecked', 'dns/probe-unchecked', 'resources/memory-unchecked']);
    expect(unchecked.every((f) => f.severity === 'info' && f.title.startsWith('Could not check'))).toBe(true);
  });
});

describe('the etcd backup of the demo world', () => {
  it('is found as a CronJob: healthy raises nothing, degraded warns that the newest run failed', () => {
    expect(world('healthy').findings.filter((f) => f.id.startsWith('control-plane/etcd-backup'))).toEqual([]);
    const failed = world('degraded').findings.find((f) => f.id.startsWith('control-plane/etcd-backup'));
    expect(failed).toMatchObject({ id: 'control-plane/etcd-backup-failed:etcd-backup', severity: 'warning', subject: { kind: 'component', name: 'etcd-backup' } });
    expect(failed!.evidence[0]).toMatch(/^Job kube-system\/etcd-backup-\d+: BackoffLimitExceeded: Job has reached the specified backoff limit$/);
  });
});

describe('the degraded demo world', () => {
  const { findings } = world('degraded', {
    dns: { ...okDns(0), status: 'failed', answers: [], error: 'SERVFAIL', latencyMs: 2 },
  });
  const byId = (id: string) => findings.find((f) => f.id === id || f.id.startsWith(id));

  it('reports the lost worker as a critical NotReady node with its condition', () => {
    const node = byId('nodes/not-ready:worker-3');
    expect(node?.severity).toBe('critical');
    expect(node?.evidence[0]).toMatch(/^Ready=Unknown \(NodeStatusUnknown\)/);
    expect(node?.subject).toEqual({ kind: 'node', name: 'worker-3', href: '/nodes/worker-3' });
  });

  it('reports the CoreDNS crash loop with its last termination and the Corefile', () => {
    const crash = byId('dns/crash-loop:');
    expect(crash?.severity).toBe('warning');
    expect(crash?.title).toMatch(/^CoreDNS pod coredns-\S+ is crash-looping \(last exit: Error\)$/);
    expect(crash?.evidence.some((e) => /^container coredns last terminated: Error \(exit code 1\)/.test(e))).toBe(true);
    expect(crash?.evidence.at(-1)).toMatch(/^Corefile \(ConfigMap coredns\):\n\.:53 \{/);
    expect(crash?.commands[0]).toMatch(/^kubectl -n kube-system logs coredns-\S+ --previous$/);
    expect(byId('dns/not-ready:coredns')?.title).toBe('CoreDNS: 1 of 2 replicas ready');
  });

  it('reports the metrics APIService unavailable with its reason and message', () => {
    const metrics = byId('metrics/apiservice-unavailable');
    expect(metrics?.title).toBe('The metrics API is unavailable (MissingEndpoints)');
    expect(metrics?.evidence[1]).toBe('message: endpoints for service/metrics-server in "kube-system" have no addresses with port name "https"');
    expect(byId('metrics/server-not-ready')?.severity).toBe('warning');
  });

  it('makes a failed DNS probe critical, naming the name, the server and the answer', () => {
    const probe = byId('dns/probe-failed');
    expect(probe?.severity).toBe('critical');
    expect(probe?.title).toBe('Resolving kubernetes.default.svc.cluster.local via 127.0.0.1:5353 failed: SERVFAIL');
  });

  it('orders critical before warning before info', () => {
    const ranks = findings.map((f) => ['critical', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(findings.filter((f) => f.severity === 'critical').map((f) => f.id)).toEqual(['dns/probe-failed', 'nodes/not-ready:worker-3']);
  });
});
