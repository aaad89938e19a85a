/**
 * Test helper: small constructors for realistic raw Kubernetes objects (pods, nodes, workloads, leases)
 * shaped like the API's, for model tests on constructed snapshots.
 */
import type { DaemonSet, Deployment, Lease, Node, Pod, ReplicaSet } from '@/lib/model/k8s';

export const NOW = Date.parse('2026-03-01T12:00:00Z');
export const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

export interface PodOptions {
  labels?: Record<string, string>;
  owner?: [kind: string, name: string];
  node?: string;
  image?: string;
  ready?: boolean;
  /** Waiting reason of the (single) container when not ready, e.g. CrashLoopBackOff. */
  waiting?: string;
  restarts?: number;
  /** Seconds ago the last restart finished, and how long that run lasted. */
  lastRestart?: { secondsAgo: number; ranSeconds: number };
  phase?: string;
  createdSecondsAgo?: number;
}

export function makePod(name: string, o: PodOptions = {}): Pod {
  const ready = o.ready ?? true;
  const last = o.lastRestart;
  return {
    metadata: {
      name,
      namespace: 'kube-system',
      labels: o.labels ?? {},
      creationTimestamp: ago(o.createdSecondsAgo ?? 86_400),
      ownerReferences: o.owner ? [{ kind: o.owner[0], name: o.owner[1], controller: true }] : [],
    },
    spec: { nodeName: o.node ?? 'w-1', containers: [{ name: 'main', image: o.image ?? 'example.com/app:v1' }] },
    status: {
      phase: o.phase ?? 'Running',
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      containerStatuses: [
        {
          name: 'main',
          ready,
          restartCount: o.restarts ?? 0,
          state: ready || !o.waiting ? { running: { startedAt: ago(60) } } : { waiting: { reason: o.waiting } },
          lastState: last
            ? { terminated: { exitCode: 1, reason: 'Error', startedAt: ago(last.secondsAgo + last.ranSeconds), finishedAt: ago(last.secondsAgo) } }
            : {},
        },
      ],
    },
  };
}

export function makeNode(name: string, ready = true, message?: string, extra: Partial<Node> = {}): Node {
  return {
    metadata: { name, labels: { 'kubernetes.io/hostname': name } },
    status: {
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', reason: ready ? 'KubeletReady' : 'KubeletNotReady', message }],
      nodeInfo: { kubeletVersion: 'v1.31.2' },
    },
    ...extra,
  };
}

export function makeDaemonSet(name: string, desired: number, ready = desired): DaemonSet {
  return {
    metadata: { name, namespace: 'kube-system' },
    spec: { template: { spec: { tolerations: [{ operator: 'Exists' }] } } },
    status: { desiredNumberScheduled: desired, currentNumberScheduled: desired, numberReady: ready },
  };
}

export function makeDeployment(name: string, replicas: number, readyReplicas = replicas, labels: Record<string, string> = {}): Deployment {
  return {
    metadata: { name, namespace: 'kube-system' },
    spec: { replicas, template: { metadata: { labels }, spec: {} } },
    status: { replicas, readyReplicas },
  };
}

export function makeReplicaSet(name: string, deployment: string): ReplicaSet {
  return { metadata: { name, ownerReferences: [{ kind: 'Deployment', name: deployment, controller: true }] } };
}

export function makeLease(name: string, renewedSecondsAgo: number, durationSeconds: number, holder = `${name}-holder_1234`): Lease {
  return { metadata: { name }, spec: { holderIdentity: holder, renewTime: ago(renewedSecondsAgo), leaseDurationSeconds: durationSeconds } };
}
