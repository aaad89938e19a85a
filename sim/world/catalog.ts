/** Shapes shared by the add-on and monitoring catalogs: a Deployment plan and small builders for container specs. */
import type { ContainerPlan, Json } from './pods';

export interface DeployPlan {
  name: string;
  /** Pod labels; the selector is `selector` or these minus nothing. */
  labels: Record<string, string>;
  selector?: Record<string, string>;
  deployLabels?: Record<string, string>;
  /** The pod template's annotations (`kubectl.kubernetes.io/default-container` …). */
  podAnnotations?: Record<string, string>;
  replicas: number;
  serviceAccount: string;
  containers: ContainerPlan[];
  spec: Json;
  /** Minutes after `kubeadm init` the Deployment was created. */
  createdAfterMin: number;
  /** Rolled out again this many minutes before the simulation start (a second ReplicaSet, revision 2). */
  rolledMinAgo?: number;
  /** Schedule pods on distinct nodes, as CoreDNS's anti-affinity prefers. */
  spread?: boolean;
}

export const TERMINATION = { terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' } as const;

/** An httpGet probe as the API server defaults it. */
export function httpProbe(path: string, port: number | string, opts: { scheme?: string; initialDelaySeconds?: number; periodSeconds?: number; timeoutSeconds?: number; failureThreshold?: number } = {}): Json {
  return {
    httpGet: { path, port, scheme: opts.scheme ?? 'HTTP' },
    failureThreshold: opts.failureThreshold ?? 3, initialDelaySeconds: opts.initialDelaySeconds ?? 0,
    periodSeconds: opts.periodSeconds ?? 10, successThreshold: 1, timeoutSeconds: opts.timeoutSeconds ?? 1,
  };
}

/** Requests and limits; `profile` values (millicores, MiB) drive the simulated usage. */
export function container(spec: Json & { name: string; image: string }, profile: string, cpuMilli: number, memMi: number, memLimitMi?: number): ContainerPlan {
  return { profile, cpuMilli, memMi, memLimitMi, spec: { imagePullPolicy: 'IfNotPresent', ...spec, ...TERMINATION } };
}

export const CRITICAL_ADDON_TOLERATIONS = [
  { key: 'CriticalAddonsOnly', operator: 'Exists' },
  { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' },
];

/** The defaults the API server fills into every pod template. */
export const POD_DEFAULTS = {
  dnsPolicy: 'ClusterFirst', enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority', restartPolicy: 'Always',
  schedulerName: 'default-scheduler', securityContext: {}, terminationGracePeriodSeconds: 30,
} as const;

/** DefaultTolerationSeconds admission: every pod tolerates not-ready and unreachable for 300 s. */
export const DEFAULT_TOLERATIONS = ['not-ready', 'unreachable'].map((k) => ({ key: `node.kubernetes.io/${k}`, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }));
