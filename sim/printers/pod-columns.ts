/**
 * The pod Table's READY, STATUS and RESTARTS cells, computed the way printPod in
 * kubernetes/pkg/printers/internalversion/printers.go computes them. The demo cluster's own code: the
 * dashboard has its own (lib/model/pod-status.ts), and both are tested against the upstream printer's
 * cases in fixtures/printers/pod-printer-cases.json so that neither can agree with the other by sharing a bug.
 */
import { arr, field, num, record, str } from './common';
import { formatDuration } from './duration';

type Json = Record<string, unknown>;

/** Set by the node lifecycle controller on pods of an unreachable node (k8s.io/kubernetes/pkg/util/node). */
const NODE_UNREACHABLE_POD_REASON = 'NodeLost';

export interface PodColumns {
  ready: string;
  status: string;
  restarts: string;
}

/** No termination seen yet: Go's zero time, which every real timestamp is after. */
const NEVER = Number.NEGATIVE_INFINITY;

/** The later of two instants in epoch ms; an absent or unparsable finishedAt (a zero Go time) never wins. */
function latest(current: number, finishedAt: unknown): number {
  const t = typeof finishedAt === 'string' ? Date.parse(finishedAt) : Number.NaN;
  return Number.isNaN(t) || t <= current ? current : t;
}

/** `Signal:9` / `ExitCode:1` for a terminated state without a reason, the reason otherwise. */
function terminatedText(terminated: Json): string {
  if (str(terminated.reason) !== '') return str(terminated.reason);
  return num(terminated.signal) !== 0 ? `Signal:${num(terminated.signal)}` : `ExitCode:${num(terminated.exitCode)}`;
}

/** The `status` of the first condition of a type (isPodInitializedConditionTrue reads only the first). */
function firstConditionStatus(conditions: Json[], type: string): unknown {
  return conditions.find((c) => c.type === type)?.status;
}

/** READY, STATUS and RESTARTS of a pod at `now` (epoch ms, for the `(… ago)` of RESTARTS). */
export function podColumns(pod: unknown, now: number): PodColumns {
  const status = record(field(pod, 'status'));
  const conditions = arr(status.conditions).map(record);
  const initSpecs = arr(field(pod, 'spec', 'initContainers')).map(record);
  const sidecars = new Set(initSpecs.filter((c) => c.restartPolicy === 'Always').map((c) => str(c.name)));
  const phase = str(status.phase);

  const total = arr(field(pod, 'spec', 'containers')).length + initSpecs.filter((c) => c.restartPolicy === 'Always').length;
  let ready = 0;
  let reason = str(status.reason) || phase;
  if (conditions.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';

  let restarts = 0;
  let lastRestart = NEVER;
  let sidecarRestarts = 0;
  let sidecarLastRestart = NEVER;
  let initializing = false;
  const initStatuses = arr(status.initContainerStatuses).map(record);
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i];
    const isSidecar = sidecars.has(str(c.name));
    restarts += num(c.restartCount);
    lastRestart = latest(lastRestart, field(c, 'lastState', 'terminated', 'finishedAt'));
    if (isSidecar) {
      sidecarRestarts += num(c.restartCount);
      sidecarLastRestart = latest(sidecarLastRestart, field(c, 'lastState', 'terminated', 'finishedAt'));
    }
    const terminated = field(c, 'state', 'terminated');
    const waiting = field(c, 'state', 'waiting');
    if (terminated && num(record(terminated).exitCode) === 0) continue;
    if (isSidecar && c.started === true) {
      if (c.ready === true) ready++;
      continue;
    }
    initializing = true;
    const waitingReason = str(record(waiting).reason);
    if (terminated) reason = `Init:${terminatedText(record(terminated))}`;
    else if (waiting && waitingReason !== '' && waitingReason !== 'PodInitializing') reason = `Init:${waitingReason}`;
    // Old kubelets report init containers waiting as PodInitializing; the printer shows what new ones say.
    else if (waiting && waitingReason === 'PodInitializing') reason = 'Init:ContainerCreating';
    else reason = `Init:${i}/${initSpecs.length}`;
    break;
  }

  if (!initializing || firstConditionStatus(conditions, 'Initialized') === 'True') {
    restarts = sidecarRestarts;
    lastRestart = sidecarLastRestart;
    let hasRunning = false;
    let errorReason = '';
    const statuses = arr(status.containerStatuses).map(record);
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i];
      restarts += num(c.restartCount);
      lastRestart = latest(lastRestart, field(c, 'lastState', 'terminated', 'finishedAt'));
      const waiting = field(c, 'state', 'waiting');
      const terminated = field(c, 'state', 'terminated');
      if (waiting && str(record(waiting).reason) !== '') {
        reason = str(record(waiting).reason);
      } else if (terminated) {
        reason = terminatedText(record(terminated));
        if (num(record(terminated).exitCode) !== 0) errorReason = reason;
      } else if (c.ready === true && field(c, 'state', 'running')) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed') {
      const isReady = conditions.some((c) => c.type === 'Ready' && c.status === 'True');
      if (hasRunning && isReady) reason = 'Running';
      else if (errorReason !== '') reason = errorReason;
      else if (hasRunning) reason = 'NotReady';
    }
  }

  if (field(pod, 'metadata', 'deletionTimestamp')) {
    if (str(status.reason) === NODE_UNREACHABLE_POD_REASON) reason = 'Unknown';
    else if (phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';
  }

  const restartsCell = restarts !== 0 && lastRestart !== NEVER ? `${restarts} (${formatDuration(now - lastRestart)} ago)` : String(restarts);
  return { ready: `${ready}/${total}`, status: reason, restarts: restartsCell };
}
