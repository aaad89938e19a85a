/**
 * The fleet page's light probe of a cluster that is not cached: one `/version`, one `/readyz?verbose`
 * and one LIST per kind the component model reads (no watches, no metrics, no DNS or TLS probes), each
 * within FLEET_PROBE_TIMEOUT_MS, turned into the model's snapshot. Failures are sorted into what a
 * person can act on: credentials (auth), TLS, a timeout, or no connection.
 */
import 'server-only';
import type { ClusterProblem } from '@/lib/api/clusters';
import type { Connection } from '@/lib/kube/connection';
import { parseHealthText } from '@/lib/kube/health-checks';
import { describeKubeError, KubeApiError, kubeGetJson, kubeRequest, type KubeErrorDescription } from '@/lib/kube/http';
import { collectionPath, RESOURCES, type ResourceKey, type ResourceTypes } from '@/lib/kube/resources';
import type { ClusterSnapshot } from '@/lib/model/snapshot';

/** The kinds a snapshot needs for components, nodes and the findings that need no probe (events and ConfigMaps stay out). */
const PROBED = ['pods', 'nodes', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'jobs', 'cronjobs', 'services', 'endpoints', 'leases', 'node-leases'] as const;

export type ProbeOutcome =
  | { ok: true; version: string; snapshot: ClusterSnapshot }
  | ({ ok: false } & ClusterProblem);

/**
 * Probes one cluster. Kubernetes fact: `/version` answers any authenticated client (system:discovery),
 * so its failure tells reachability and credentials apart from RBAC on the listed kinds; a kind that
 * answers 403 or 404 is left out of the snapshot as unavailable, not as empty.
 */
export async function probeCluster(connection: Connection, timeoutMs: number): Promise<ProbeOutcome> {
  let version: string;
  try {
    version = (await kubeGetJson<{ gitVersion?: string }>(connection, '/version', { timeoutMs })).gitVersion ?? '';
  } catch (error) {
    return { ok: false, ...classifyProblem(error) };
  }
  const [readyz, ...lists] = await Promise.all([
    kubeRequest(connection, '/readyz', { query: { verbose: true }, accept: 'text/plain', timeoutMs })
      .then(async (response) => parseHealthText(await response.text(), response.ok))
      .catch((error: unknown) => (error instanceof KubeApiError && error.status >= 500 ? parseHealthText(error.message, false) : undefined)),
    ...PROBED.map((key) => listKind(connection, key, timeoutMs)),
  ]);
  const unavailable: Record<string, string> = {};
  const items = new Map<ResourceKey, unknown[]>();
  PROBED.forEach((key, index) => {
    const listed = lists[index];
    if (listed.ok) items.set(key, listed.items);
    else unavailable[key === 'node-leases' ? 'nodeLeases' : key] = listed.message;
  });
  const of = <K extends ResourceKey>(key: K) => (items.get(key) ?? []) as ResourceTypes[K][];
  const snapshot: ClusterSnapshot = {
    pods: of('pods'),
    nodes: of('nodes'),
    daemonSets: of('daemonsets'),
    deployments: of('deployments'),
    replicaSets: of('replicasets'),
    statefulSets: of('statefulsets'),
    jobs: of('jobs'),
    cronJobs: of('cronjobs'),
    services: of('services'),
    endpoints: of('endpoints'),
    leases: of('leases'),
    nodeLeases: of('node-leases'),
    health: {
      version,
      readyz: readyz?.checks.map((check) => ({ name: check.name, ok: check.ok, ...(check.detail ? { message: check.detail } : {}) })),
    },
    unavailable,
  };
  return { ok: true, version, snapshot };
}

async function listKind(connection: Connection, key: (typeof PROBED)[number], timeoutMs: number): Promise<{ ok: true; items: unknown[] } | { ok: false; message: string }> {
  const def = RESOURCES[key];
  try {
    const list = await kubeGetJson<{ items?: ResourceTypes[typeof key][] }>(connection, collectionPath(def), { timeoutMs });
    const transform = def.transform as ((object: unknown) => unknown) | undefined;
    return { ok: true, items: (list.items ?? []).map((item) => (transform ? transform(item) : item)) };
  } catch (error) {
    return { ok: false, message: describeKubeError(error).message };
  }
}

/** Sorts a failure to reach a cluster into auth, TLS, timeout or unreachable, with the message in words. */
export function classifyProblem(error: unknown): ClusterProblem {
  const described = describeKubeError(error);
  const cause = rootCause(error);
  if (described.reason === 'Unreachable' && cause) Object.assign(described, { message: `cannot reach the API server (${cause})`, detail: cause });
  return classifyFailure(described);
}

/** The innermost `code: message` of an error's causes (undici hides ECONNREFUSED two causes deep, in an AggregateError). */
function rootCause(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const { cause, errors, code, message } = error as { cause?: unknown; errors?: unknown[]; code?: string; message?: string };
  const inner = rootCause(cause, depth + 1) ?? (Array.isArray(errors) ? rootCause(errors[0], depth + 1) : undefined);
  return inner ?? (code ? `${code}${message ? `: ${message}` : ''}` : depth > 0 ? message : undefined);
}

/** The same sorting for a failure already described (a health poll's `{ status, reason, message }`). */
export function classifyFailure({ status, reason, message, detail }: KubeErrorDescription): ClusterProblem {
  const cause = detail ? { detail } : {};
  if (status === 401 || status === 403 || reason === 'CredentialError') return { kind: 'auth', message: `credentials refused or unusable: ${message}`, ...cause };
  if (reason === 'Timeout') return { kind: 'timeout', message, ...cause };
  if (/CERT|TLS|SSL|certificate|self[- ]signed/i.test(message)) return { kind: 'tls', message, ...cause };
  return { kind: 'unreachable', message, ...cause };
}
