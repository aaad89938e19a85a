/** Advances the world through the Mutator: leases renew, kubelets post status, events come and expire, the crash loop restarts. */
import type { KObject, Mutator } from '../types';
import { crashStatus, currentInstance, isRunningAt } from './crashloop';
import { buildEvent, isExpired, type EventSpec } from './events';
import { APISERVER_RENEW_MS, LEADER_RENEW_MS, NODE_LEASE_RENEW_MS, apiserverLease, lastRenewal, leaderLease, nodeLease, nodeRenewAt, type LeaderInfo } from './leases';
import { NAMESPACE, type NodeRec, type World } from './model';
import { NODE_STATUS_PERIOD_MS, nodeObject } from './nodes';
import { degradedEventSpecs, type Degraded } from './scenario';
import { int, rngFor } from './rand';

const SECOND = 1_000;
const EVENT_SWEEP_MS = 60_000;

/** Nodes grouped by the second (within a period) that completes their renewal, so each tick touches one batch. */
function buckets(nodes: NodeRec[], period: number, phase: (n: NodeRec) => number): NodeRec[][] {
  const size = period / SECOND;
  const out: NodeRec[][] = Array.from({ length: size }, () => []);
  for (const n of nodes) if (n.downSince === undefined) out[Math.ceil((((phase(n) % period) + period) % period) / SECOND) % size].push(n);
  return out;
}

/** Seconds crossed in (from, to], capped at one full period so a long pause renews everything once. */
function crossedSeconds(from: number, to: number, period: number): number[] {
  const a = Math.floor(from / SECOND) + 1;
  const b = Math.floor(to / SECOND);
  const out: number[] = [];
  for (let s = Math.max(a, b - period / SECOND + 1); s <= b; s++) out.push(s);
  return out;
}

/** Creates the tick function. Everything it writes depends only on the seed and the sequence of `now`. */
export function createTicker(w: World, leaders: LeaderInfo[], degraded: Degraded | undefined) {
  const leaseBuckets = buckets(w.nodes, NODE_LEASE_RENEW_MS, (n) => (n.index * 997) % NODE_LEASE_RENEW_MS);
  const statusBuckets = buckets(w.nodes, NODE_STATUS_PERIOD_MS, (n) => n.created + ((n.index * 7919) % NODE_STATUS_PERIOD_MS));
  const ingress = w.pods.find((p) => p.labels['app.kubernetes.io/name'] === 'ingress-nginx');
  let last = w.start;
  let lastSweep = w.start;
  let reloads = 0;
  let nextReload = w.start + int(rngFor(w.seed, 'reload', 0), 120, 420) * SECOND;
  let crashKey = '';

  const upsertEvents = (m: Mutator, specs: EventSpec[]) => {
    for (const spec of specs) {
      const ev = buildEvent(w, spec);
      const old = m.get('v1', 'Event', NAMESPACE, ev.metadata.name);
      if (!old || old.count !== ev.count || old.lastTimestamp !== ev.lastTimestamp) m.upsert(ev);
    }
  };

  return (now: number, m: Mutator): void => {
    if (now <= last) return;
    if (Math.floor(now / LEADER_RENEW_MS) !== Math.floor(last / LEADER_RENEW_MS)) {
      for (const l of leaders) m.upsert(leaderLease(w, l, lastRenewal(now, LEADER_RENEW_MS, 0)));
    }
    // On the leader-renewal boundaries, after the leader Leases: watchers see the leader locks move first.
    if (Math.floor(now / APISERVER_RENEW_MS) !== Math.floor(last / APISERVER_RENEW_MS)) m.upsert(apiserverLease(w, lastRenewal(now, APISERVER_RENEW_MS, 0)));
    for (const s of crossedSeconds(last, now, NODE_LEASE_RENEW_MS)) {
      for (const n of leaseBuckets[s % leaseBuckets.length]) m.upsert(nodeLease(w, n, nodeRenewAt(n, now)));
    }
    for (const s of crossedSeconds(last, now, NODE_STATUS_PERIOD_MS)) {
      for (const n of statusBuckets[s % statusBuckets.length]) m.upsert(nodeObject(w, n, now));
    }
    if (ingress && now >= nextReload) {
      upsertEvents(m, [{ object: { kind: 'Pod', name: ingress.name, uid: ingress.uid }, reason: 'RELOAD', message: 'NGINX reload triggered due to a change in configuration', component: 'nginx-ingress-controller', first: nextReload }]);
      reloads++;
      nextReload += int(rngFor(w.seed, 'reload', reloads), 180, 540) * SECOND;
    }
    if (degraded) tickDegraded(now, m);
    if (now - lastSweep >= EVENT_SWEEP_MS) {
      lastSweep = now;
      for (const ev of m.list('v1', 'Event', NAMESPACE)) if (isExpired(ev, now)) m.remove('v1', 'Event', NAMESPACE, ev.metadata.name);
    }
    last = now;
  };

  function tickDegraded(now: number, m: Mutator): void {
    const crash = degraded!.crash;
    if (crash) {
      const key = `${currentInstance(crash, now)}:${isRunningAt(crash, now)}`;
      if (key !== crashKey) {
        crashKey = key;
        const pod = m.get('v1', 'Pod', NAMESPACE, crash.pod);
        if (pod) m.upsert(withContainerStatus(pod, crashStatus(w, crash, 'registry.k8s.io/coredns/coredns:v1.11.3', now)));
      }
    }
    if (Math.floor(now / 10_000) !== Math.floor(last / 10_000)) upsertEvents(m, degradedEventSpecs(w, degraded!, now));
  }
}

function withContainerStatus(pod: KObject, cs: Record<string, unknown>): KObject {
  const st = pod.status as Record<string, unknown>;
  return { ...pod, metadata: { ...pod.metadata }, status: { ...st, containerStatuses: [cs] } };
}
