import { describe, expect, it } from 'vitest';
import { indexCandidates, matchScore, rankMatches, type SearchCandidate } from './search';

const c = (kind: SearchCandidate['kind'], name: string): SearchCandidate => ({ kind, name, href: `/${kind}s/${name}` });

describe('matchScore', () => {
  it.each([
    ['coredns', 'coredns', 0],
    ['coredns-5d78c9869d-abcde', 'coredns', 1],
    ['kube-proxy-x1', 'proxy', 2],
    ['etcd-control-plane-1', 'plane', 2],
    ['metrics-server', 'rics', 3],
    ['coredns', 'kube', undefined],
    // A later occurrence on a word boundary beats an earlier one inside a word.
    ['dnsdns-dns', 'dns', 1],
    ['xdns-dns', 'dns', 2],
  ])('%s ~ %s → %s', (name, q, want) => {
    expect(matchScore(name, q)).toBe(want);
  });
});

describe('rankMatches', () => {
  const index = indexCandidates([
    c('pod', 'coredns-5d78c9869d-abcde'),
    c('pod', 'coredns-5d78c9869d-fghij'),
    c('component', 'coredns'),
    c('node', 'worker-10'),
    c('node', 'worker-2'),
    c('pod', 'kube-proxy-worker-2'),
    c('component', 'kube-proxy'),
    c('pod', 'node-local-dns-q'),
  ]);

  it('puts the exact component first, then prefixes, then the rest', () => {
    expect(rankMatches(index, 'coredns').map((m) => m.name)).toEqual(['coredns', 'coredns-5d78c9869d-abcde', 'coredns-5d78c9869d-fghij']);
  });

  it('ranks nodes before pods at equal score and orders numbers naturally', () => {
    expect(rankMatches(index, 'worker').map((m) => m.name)).toEqual(['worker-2', 'worker-10', 'kube-proxy-worker-2']);
  });

  it('matches word starts before substrings, case-insensitively', () => {
    expect(rankMatches(index, 'DNS').map((m) => m.name)).toEqual(['node-local-dns-q', 'coredns', 'coredns-5d78c9869d-abcde', 'coredns-5d78c9869d-fghij']);
  });

  it('caps the result and returns nothing for a blank query', () => {
    expect(rankMatches(index, 'o', 3)).toHaveLength(3);
    expect(rankMatches(index, '   ')).toEqual([]);
    expect(rankMatches(index, 'zzz')).toEqual([]);
  });

  it('finds the exact pod among 15,000 candidates, then its prefixes', () => {
    const big = indexCandidates(Array.from({ length: 15_000 }, (_, i) => c(i % 3 ? 'pod' : 'node', `kube-proxy-${i}`)));
    const top = rankMatches(big, 'kube-proxy-1499');
    expect(top[0]!.name).toBe('kube-proxy-1499');
    expect(top.slice(1).map((m) => m.name).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `kube-proxy-1499${i}`));
    // Nodes (every third candidate here) come before pods at the same score.
    expect(top[1]!.kind).toBe('node');
  });
});

describe('rankMatches by pod status', () => {
  const index = indexCandidates([
    { kind: 'pod', name: 'coredns-abc', href: '/pods/coredns-abc', keywords: 'CrashLoopBackOff' },
    { kind: 'pod', name: 'kube-proxy-x', href: '/pods/kube-proxy-x', keywords: 'Running' },
    { kind: 'status', name: 'CrashLoopBackOff', href: '/pods?status=CrashLoopBackOff', detail: '1 pod' },
    { kind: 'component', name: 'crashloop-exporter', href: '/components/crashloop-exporter' },
  ]);

  it('finds the status first, then names, then the pods in that status', () => {
    expect(rankMatches(index, 'CrashLoop').map((m) => `${m.kind}:${m.name}`)).toEqual([
      'status:CrashLoopBackOff',
      'component:crashloop-exporter',
      'pod:coredns-abc',
    ]);
  });

  it('a keyword never outranks a name match', () => {
    expect(rankMatches(index, 'running').map((m) => m.name)).toEqual(['kube-proxy-x']);
  });
});
