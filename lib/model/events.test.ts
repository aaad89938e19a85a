import { describe, expect, it } from 'vitest';
import type { EventRow } from '@/lib/api/events';
import { compareEventsNewestFirst, countBy, filterEvents, objectHref, parseObjectFilter, toEventRow, type KubeEvent } from './events';

const coreEvent = (over: Partial<KubeEvent> = {}): KubeEvent => ({
  metadata: { name: 'coredns-abc.1', uid: 'u1', creationTimestamp: '2026-03-01T11:00:00Z' },
  type: 'Warning',
  reason: 'BackOff',
  message: 'Back-off restarting failed container coredns',
  count: 7,
  firstTimestamp: '2026-03-01T11:00:00Z',
  lastTimestamp: '2026-03-01T11:59:00Z',
  involvedObject: { kind: 'Pod', name: 'coredns-abc', namespace: 'kube-system' },
  source: { component: 'kubelet', host: 'worker-2' },
  ...over,
});

describe('toEventRow', () => {
  it('reads a core/v1 Event', () => {
    expect(toEventRow(coreEvent())).toEqual({
      id: 'u1',
      type: 'Warning',
      reason: 'BackOff',
      message: 'Back-off restarting failed container coredns',
      object: { kind: 'Pod', name: 'coredns-abc', namespace: 'kube-system', href: '/pods/coredns-abc' },
      count: 7,
      firstSeen: '2026-03-01T11:00:00Z',
      lastSeen: '2026-03-01T11:59:00Z',
      source: 'kubelet, worker-2',
    });
  });

  it('reads an events.k8s.io-shaped Event: eventTime, series, regarding, reportingComponent', () => {
    const row = toEventRow({
      metadata: { name: 'kube-scheduler.1' },
      reason: 'LeaderElection',
      note: 'cp-1 became leader',
      eventTime: '2026-03-01T10:00:00Z',
      series: { count: 3, lastObservedTime: '2026-03-01T10:30:00Z' },
      regarding: { kind: 'Lease', name: 'kube-scheduler' },
      reportingComponent: 'default-scheduler',
    });
    expect(row).toMatchObject({
      id: 'kube-scheduler.1',
      type: 'Normal',
      message: 'cp-1 became leader',
      count: 3,
      firstSeen: '2026-03-01T10:00:00Z',
      lastSeen: '2026-03-01T10:30:00Z',
      source: 'default-scheduler',
      object: { kind: 'Lease', name: 'kube-scheduler', href: '/inventory#lease-kube-scheduler' },
    });
  });

  it('falls back to the creation time and a count of one', () => {
    const row = toEventRow(coreEvent({ firstTimestamp: null, lastTimestamp: null, count: null }));
    expect(row.firstSeen).toBe('2026-03-01T11:00:00Z');
    expect(row.lastSeen).toBe('2026-03-01T11:00:00Z');
    expect(row.count).toBe(1);
  });
});

describe('objectHref', () => {
  it.each([
    ['Pod', 'coredns-1', '/pods/coredns-1'],
    ['Node', 'worker-4', '/nodes/worker-4'],
    ['Deployment', 'coredns', '/inventory#deployment-coredns'],
    ['ReplicaSet', 'grafana-abc', '/inventory#replicaset-grafana-abc'],
  ])('%s %s → %s', (kind, name, want) => {
    expect(objectHref(kind, name)).toBe(want);
  });
});

describe('filtering and ordering', () => {
  const rows: EventRow[] = [
    toEventRow(coreEvent()),
    toEventRow(coreEvent({ metadata: { uid: 'u2' }, type: 'Normal', reason: 'Pulled', lastTimestamp: '2026-03-01T11:58:00Z' })),
    toEventRow(coreEvent({ metadata: { uid: 'u3' }, type: 'Warning', reason: 'NodeNotReady', involvedObject: { kind: 'Node', name: 'worker-4' }, lastTimestamp: '2026-03-01T12:00:00Z' })),
    toEventRow(coreEvent({ metadata: { uid: 'u4' }, type: 'Normal', reason: 'ScalingReplicaSet', involvedObject: { kind: 'Deployment', name: 'coredns' }, lastTimestamp: '2026-03-01T09:00:00Z' })),
  ];

  it('parses object filters', () => {
    expect(parseObjectFilter('pod/coredns-abc')).toEqual({ kind: 'pod', name: 'coredns-abc' });
    expect(parseObjectFilter('Pods/coredns')).toEqual({ kind: 'pod', name: 'coredns' });
    expect(parseObjectFilter('coredns')).toEqual({ name: 'coredns' });
    expect(parseObjectFilter('  ')).toBeUndefined();
    expect(parseObjectFilter(undefined)).toBeUndefined();
  });

  it.each<[Parameters<typeof filterEvents>[1], string[]]>([
    [{}, ['u1', 'u2', 'u3', 'u4']],
    [{ type: 'Warning' }, ['u1', 'u3']],
    [{ type: 'warning', reason: 'backoff' }, ['u1']],
    [{ reason: 'Pulled' }, ['u2']],
    [{ object: 'pod/coredns-abc' }, ['u1', 'u2']],
    [{ object: 'coredns' }, ['u1', 'u2', 'u4']],
    [{ object: 'deployment/coredns' }, ['u4']],
    [{ object: 'node/worker-4', type: 'Warning' }, ['u3']],
    [{ type: 'Warning', object: 'deployment/coredns' }, []],
  ])('%j → %j', (query, want) => {
    expect(filterEvents(rows, query).map((r) => r.id)).toEqual(want);
  });

  it('sorts newest first', () => {
    expect([...rows].sort(compareEventsNewestFirst).map((r) => r.id)).toEqual(['u3', 'u1', 'u2', 'u4']);
  });

  it('counts facets', () => {
    expect(countBy(rows, (r) => r.type)).toEqual({ Warning: 2, Normal: 2 });
    expect(countBy(rows, (r) => r.reason)).toEqual({ BackOff: 1, Pulled: 1, NodeNotReady: 1, ScalingReplicaSet: 1 });
  });
});
