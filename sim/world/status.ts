/** Recomputes workload status (DaemonSet, ReplicaSet, Deployment) from the pods, as their controllers would, so counts always agree with pods. */
import type { KObject } from '../types';
import { iso } from './model';

type Json = Record<string, unknown>;

/** A pod counts as ready (and, with minReadySeconds 0, available) when its `Ready` condition is True. */
export function isPodReady(pod: KObject): boolean {
  const conds = ((pod.status as Json | undefined)?.conditions ?? []) as { type: string; status: string }[];
  return conds.some((c) => c.type === 'Ready' && c.status === 'True');
}

function podsByOwner(objects: KObject[]): Map<string, KObject[]> {
  const map = new Map<string, KObject[]>();
  for (const o of objects) {
    if (o.kind !== 'Pod') continue;
    const uid = o.metadata.ownerReferences?.[0]?.uid;
    if (!uid) continue;
    const list = map.get(uid) ?? map.set(uid, []).get(uid)!;
    list.push(o);
  }
  return map;
}

/** DaemonSet status: desired = scheduled = one per node; ready/available from the pods' Ready condition. */
export function daemonSetStatus(pods: KObject[], generation = 1): Json {
  const desired = pods.length;
  const ready = pods.filter(isPodReady).length;
  return {
    currentNumberScheduled: desired, desiredNumberScheduled: desired, numberAvailable: ready, numberMisscheduled: 0, numberReady: ready,
    ...(desired > ready ? { numberUnavailable: desired - ready } : {}), observedGeneration: generation, updatedNumberScheduled: desired,
  };
}

/** Fill in status for every workload in `objects`, in place. `now` stamps Deployment condition times. */
export function syncWorkloadStatus(objects: KObject[], now: number): void {
  const owned = podsByOwner(objects);
  const rsByDeploy = new Map<string, KObject[]>();
  for (const o of objects) {
    if (o.kind === 'DaemonSet') o.status = daemonSetStatus(owned.get(o.metadata.uid!) ?? []);
    if (o.kind !== 'ReplicaSet') continue;
    const pods = owned.get(o.metadata.uid!) ?? [];
    const ready = pods.filter(isPodReady).length;
    const gen = (o.metadata.generation as number) ?? 1;
    o.status = pods.length ? { availableReplicas: ready, fullyLabeledReplicas: pods.length, observedGeneration: gen, readyReplicas: ready, replicas: pods.length } : { observedGeneration: gen, replicas: 0 };
    const deployUid = o.metadata.ownerReferences?.[0]?.uid;
    if (deployUid) (rsByDeploy.get(deployUid) ?? rsByDeploy.set(deployUid, []).get(deployUid)!).push(o);
  }
  for (const d of objects) {
    if (d.kind !== 'Deployment') continue;
    const sets = rsByDeploy.get(d.metadata.uid!) ?? [];
    const newest = sets.reduce<KObject | undefined>((a, b) => (!a || (b.metadata.creationTimestamp ?? '') > (a.metadata.creationTimestamp ?? '') ? b : a), undefined);
    const st = (s: KObject | undefined, k: string) => Number(((s?.status as Json | undefined)?.[k] as number | undefined) ?? 0);
    const replicas = sets.reduce((n, s) => n + st(s, 'replicas'), 0);
    const available = sets.reduce((n, s) => n + st(s, 'availableReplicas'), 0);
    const spec = d.spec as { replicas: number; strategy: { rollingUpdate: { maxUnavailable: number | string } } };
    const maxUnavailable = typeof spec.strategy.rollingUpdate.maxUnavailable === 'number' ? spec.strategy.rollingUpdate.maxUnavailable : Math.floor(spec.replicas * 0.25);
    const isAvailable = available >= spec.replicas - maxUnavailable;
    const since = newest?.metadata.creationTimestamp ?? iso(now);
    d.status = {
      availableReplicas: available, observedGeneration: d.metadata.generation, readyReplicas: available, replicas, updatedReplicas: st(newest, 'replicas'),
      ...(replicas > available ? { unavailableReplicas: replicas - available } : {}),
      conditions: [
        { type: 'Available', status: isAvailable ? 'True' : 'False', lastUpdateTime: since, lastTransitionTime: since, reason: isAvailable ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', message: isAvailable ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.' },
        { type: 'Progressing', status: 'True', lastUpdateTime: since, lastTransitionTime: d.metadata.creationTimestamp, reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${newest?.metadata.name}" has successfully progressed.` },
      ],
    };
  }
}
