/** The world's story: a controller-manager restart and a Grafana rollout in the last hour; in `degraded`, a CoreDNS crash loop, a lost worker and metrics-server not ready. */
import type { KObject } from '../types';
import { crashStatus, currentInstance, instanceStart, planCrashLoop, type CrashLoop } from './crashloop';
import { buildEvent, restartEvents, rolloutEvents, leaderElectionEvent, type EventSpec } from './events';
import { lostLeaseLines } from './logprofiles-core';
import { K8S_VERSION, MINUTE_MS, iso, type World } from './model';
import { containerId } from './pods';
import { int, nameSuffix, pick, rngFor } from './rand';

type Json = Record<string, unknown>;
type Cond = { type: string; status: string; lastTransitionTime?: string; reason?: string; message?: string };
const status = (pod: KObject) => pod.status as Json & { conditions: Cond[]; containerStatuses: Json[] };

function setConditions(pod: KObject, types: string[], at: number, reason?: string, message?: string): void {
  for (const c of status(pod).conditions) {
    if (!types.includes(c.type)) continue;
    Object.assign(c, { status: 'False', lastTransitionTime: iso(at) }, reason ? { reason, message } : {});
  }
}

/** When kube-controller-manager lost its lease and the kubelet restarted it (also the new leader's acquire time). */
export function kcmRestartTime(w: World): number {
  return w.start - int(rngFor(w.seed, 'kcm-restart'), 44, 56) * MINUTE_MS;
}

/** Both scenarios: the controller-manager restart and the Grafana rollout, with the events they left. */
export function applyStory(w: World, objects: KObject[], restartAt: number, leaderHolder: string): KObject[] {
  const byName = new Map(objects.map((o) => [`${o.kind}/${o.metadata.name}`, o]));
  const kcm = byName.get(`Pod/kube-controller-manager-${w.controlPlane.name}`)!;
  const rec = w.podsByName.get(kcm.metadata.name)!.containers[0];
  const image = `registry.k8s.io/kube-controller-manager:${K8S_VERSION}`;
  rec.previous = { startedAt: rec.startedAt, finishedAt: restartAt - 1_000, lastLines: lostLeaseLines(restartAt - 1_000, w.controlPlane.ip) };
  rec.startedAt = restartAt;
  rec.restartCount = 1;
  const cs = status(kcm).containerStatuses[0];
  Object.assign(cs, {
    restartCount: 1, containerID: containerId(w, kcm.metadata.name, rec.name, 1), state: { running: { startedAt: iso(restartAt) } },
    lastState: { terminated: { containerID: containerId(w, kcm.metadata.name, rec.name, 0), exitCode: 1, reason: 'Error', startedAt: iso(rec.previous.startedAt), finishedAt: iso(rec.previous.finishedAt) } },
  });
  const specs: EventSpec[] = [...restartEvents(kcm, rec.name, image, restartAt), leaderElectionEvent('kube-controller-manager', leaderHolder, restartAt + 16_000)];

  const grafana = objects.find((o) => o.kind === 'Pod' && o.metadata.labels?.['app.kubernetes.io/name'] === 'grafana');
  const sets = objects.filter((o) => o.kind === 'ReplicaSet' && o.metadata.name.startsWith('grafana-'));
  const newRs = sets.find((s) => (s.spec as Json).replicas === 1);
  const oldRs = sets.find((s) => (s.spec as Json).replicas === 0);
  if (grafana && newRs && oldRs) {
    const at = Date.parse(String(newRs.metadata.creationTimestamp));
    const oldPod = `${oldRs.metadata.name}-${nameSuffix(rngFor(w.seed, 'old-grafana'))}`;
    specs.push(...rolloutEvents(byName.get('Deployment/grafana')!, newRs, oldRs, grafana, oldPod, at, 'grafana', 'docker.io/grafana/grafana:11.2.0'));
  }
  return specs.map((s) => buildEvent(w, s));
}

/** Pick the worker that goes down: the last one, when there are at least two (one must stay for the add-ons). */
export function planDownNode(w: World): void {
  if (w.workers.length < 2) return;
  w.workers[w.workers.length - 1].downSince = w.start - int(rngFor(w.seed, 'node-down'), 6, 11) * MINUTE_MS;
}

export interface Degraded { crash?: CrashLoop; metricsDownSince: number }

/** Degraded: CoreDNS in CrashLoopBackOff, pods on the lost node marked not ready, metrics-server failing readiness. */
export function applyDegraded(w: World, objects: KObject[]): Degraded {
  const pods = objects.filter((o) => o.kind === 'Pod');
  const dns = pods.filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns');
  let crash: CrashLoop | undefined;
  if (dns.length) {
    const pod = pick(rngFor(w.seed, 'crash-pod'), dns);
    const rec = w.podsByName.get(pod.metadata.name)!;
    crash = planCrashLoop(w, pod.metadata.name, rec.containers[0].startedAt);
    rec.isCrashLooping = true;
    status(pod).containerStatuses[0] = crashStatus(w, crash, 'registry.k8s.io/coredns/coredns:v1.11.3', w.start);
    setConditions(pod, ['Ready', 'ContainersReady'], crash.began, 'ContainersNotReady', 'containers with unready status: [coredns]');
  }
  // The node lifecycle controller marks every pod on an unreachable node Ready=False (MarkPodsNotReady).
  for (const pod of pods) {
    const node = w.podsByName.get(pod.metadata.name)?.node;
    if (node?.downSince !== undefined) setConditions(pod, ['Ready'], node.downSince + 41_000);
  }
  const metricsDownSince = w.start - int(rngFor(w.seed, 'metrics-down'), 25, 38) * MINUTE_MS;
  w.metricsDownSince = metricsDownSince;
  const ms = pods.find((p) => p.metadata.labels?.['k8s-app'] === 'metrics-server');
  if (ms) {
    status(ms).containerStatuses[0].ready = false;
    setConditions(ms, ['Ready', 'ContainersReady'], metricsDownSince, 'ContainersNotReady', 'containers with unready status: [metrics-server]');
  }
  return { crash, metricsDownSince };
}

/** The degraded scenario's repeating events at `now`: counts grow with the crash loop and the failing probe. */
export function degradedEventSpecs(w: World, d: Degraded, now: number): EventSpec[] {
  const specs: EventSpec[] = [];
  const ref = (name: string, container: string) => ({ kind: 'Pod', name, uid: w.podsByName.get(name)?.uid, fieldPath: `spec.containers{${container}}` });
  if (d.crash) {
    const c = d.crash;
    const host = w.podsByName.get(c.pod)!.node.name;
    const k = currentInstance(c, now);
    const backoffCount = 1 + Math.floor((now - c.began) / 20_000);
    specs.push({ object: ref(c.pod, 'coredns'), reason: 'BackOff', type: 'Warning', message: `Back-off restarting failed container coredns in pod ${c.pod}_kube-system(${w.podsByName.get(c.pod)!.uid})`, component: 'kubelet', host, first: c.began + 1_000, last: c.began + (backoffCount - 1) * 20_000 + 1_000, count: backoffCount });
    if (k > 0) {
      const last = instanceStart(c, k);
      specs.push({ object: ref(c.pod, 'coredns'), reason: 'Pulled', message: 'Container image "registry.k8s.io/coredns/coredns:v1.11.3" already present on machine', component: 'kubelet', host, first: instanceStart(c, 1) - 100, last: last - 100, count: k });
      specs.push({ object: ref(c.pod, 'coredns'), reason: 'Created', message: 'Created container coredns', component: 'kubelet', host, first: instanceStart(c, 1) - 50, last: last - 50, count: k });
      specs.push({ object: ref(c.pod, 'coredns'), reason: 'Started', message: 'Started container coredns', component: 'kubelet', host, first: instanceStart(c, 1), last, count: k });
    }
  }
  const ms = w.pods.find((p) => p.labels['k8s-app'] === 'metrics-server');
  if (ms) {
    const count = 1 + Math.floor((now - d.metricsDownSince) / 10_000);
    specs.push({ object: ref(ms.name, 'metrics-server'), reason: 'Unhealthy', type: 'Warning', message: 'Readiness probe failed: HTTP probe failed with statuscode: 500', component: 'kubelet', host: ms.node.name, first: d.metricsDownSince, last: d.metricsDownSince + (count - 1) * 10_000, count });
  }
  for (const pod of w.pods) {
    if (pod.node.downSince === undefined) continue;
    specs.push({ object: { kind: 'Pod', name: pod.name, uid: pod.uid }, reason: 'NodeNotReady', type: 'Warning', message: 'Node is not ready', component: 'node-controller', first: pod.node.downSince + 41_000 });
  }
  return specs;
}
