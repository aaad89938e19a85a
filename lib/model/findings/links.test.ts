/** Every finding links to where its evidence is in the dashboard (the demo world's and every capture's findings). */
import { describe, expect, it } from 'vitest';
import type { DnsProbeResult } from '@/lib/api/findings';
import { listCaptures, loadCapture } from '@/test/captures';
import { NOW } from '@/test/k8s-builders';
import { worldSnapshot } from '@/test/world';
import { buildFindings } from './index';

const failedDns = (now: number): DnsProbeResult => ({
  status: 'failed', name: 'kubernetes.default.svc.cluster.local', server: '127.0.0.1:5353', serverSource: 'CLUSTER_DNS_SERVER',
  answers: [], error: 'SERVFAIL', checkedAt: new Date(now).toISOString(),
});

describe('evidence links on the degraded demo world', () => {
  const w = worldSnapshot({ nodes: 4, seed: 7, scenario: 'degraded' });
  const findings = buildFindings(w.snapshot, { now: w.now, configMaps: w.configMaps, dns: failedDns(w.now) });
  const byRule = (rule: string) => findings.find((f) => f.id.startsWith(rule))!;

  it('every finding has at least one link into the dashboard', () => {
    for (const f of findings) {
      expect(f.links.length, f.id).toBeGreaterThan(0);
      for (const link of f.links) expect(link.href, f.id).toMatch(/^\/[a-z]/);
    }
  });

  it.each([
    ['dns/crash-loop', /^\/pods\/coredns-[\w-]+\?tab=logs&container=coredns&previous=1$/, 'Previous log of container coredns'],
    ['dns/probe-failed', /^\/components\/coredns\/logs$/, 'Logs of CoreDNS (all pods)'],
    ['dns/not-ready', /^\/components\/coredns\/logs$/, 'Logs of CoreDNS (all pods)'],
    ['nodes/not-ready', /^\/nodes\/worker-3$/, 'Node worker-3'],
    ['metrics/apiservice-unavailable', /^\/components\/metrics-server\/logs$/, 'Logs of metrics-server (all pods)'],
    ['control-plane/etcd-backup-failed', /^\/pods\/etcd-backup-\d+-\w+\?tab=logs$/, 'Pod logs'],
    ['resources/unbounded', /^\/components\/[\w-]+#resources$/, 'Requests and limits'],
  ])('%s → %s', (rule, href, label) => {
    const link = byRule(rule).links[0]!;
    expect(link.href).toMatch(href);
    expect(link.label).toBe(label);
  });
});

describe('evidence links on the captures', () => {
  it.each(listCaptures())('%s: every finding has a link', (capture) => {
    for (const f of buildFindings(loadCapture(capture), { now: NOW })) expect(f.links.length, f.id).toBeGreaterThan(0);
  });
});
