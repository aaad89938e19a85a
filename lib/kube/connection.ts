/**
 * How the server reaches the cluster: a kubeconfig (KUBECONFIG or ~/.kube/config) or the in-cluster
 * ServiceAccount. Turns every way this can fail into a `ConnectionProblem` a person can act on.
 */
import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { parse } from 'yaml';
import type { ClusterSourceKind } from '@/lib/api/types';
import { getConfig } from '@/lib/config';

/** In-cluster credentials, where the kubelet mounts the ServiceAccount token (a projected, rotating token). */
export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface Connection {
  kc: KubeConfig;
  clusterName: string;
  contextName: string;
  contexts: string[];
  server: string;
  source: ClusterSourceKind;
  kubeconfigPath?: string;
  /** Where the current user is defined, for what client-node does not keep (kubeconfig files only). */
  userOrigin?: UserOrigin;
}

/** The kubeconfig file that defined the user: relative exec commands resolve against its directory. */
export interface UserOrigin {
  dir: string;
  /** `token-file`, absolute; client-node reads it once at load, client-go re-reads it every minute. */
  tokenFile?: string;
}

export interface ConnectionProblem {
  title: string;
  detail: string;
  hints: string[];
}

export type ConnectionResult = { ok: true; connection: Connection } | { ok: false; problem: ConnectionProblem };

const START_DEMO_HINT = 'No cluster at hand? `npm run demo` starts the built-in demo cluster and the dashboard together.';

/** Loads the connection from the environment: KUBECONFIG, then ~/.kube/config, then the in-cluster ServiceAccount. */
export function loadConnection(): ConnectionResult {
  const config = getConfig();
  const files = (config.KUBECONFIG ?? '').split(path.delimiter).filter(Boolean);
  if (files.length > 0) return fromKubeconfigFiles(files, 'KUBECONFIG');
  const home = config.HOME ?? os.homedir();
  const defaultFile = path.join(home, '.kube', 'config');
  if (fs.existsSync(defaultFile)) return fromKubeconfigFiles([defaultFile], '~/.kube/config');
  if (config.KUBERNETES_SERVICE_HOST && fs.existsSync(path.join(SERVICE_ACCOUNT_DIR, 'token'))) return fromServiceAccount();
  return {
    ok: false,
    problem: {
      title: 'No cluster configured',
      detail: `KUBECONFIG is not set, ${defaultFile} does not exist, and this is not running inside a cluster.`,
      hints: ['Point KUBECONFIG at a kubeconfig file, e.g. `KUBECONFIG=~/.kube/config npm start`.', START_DEMO_HINT],
    },
  };
}

function fromKubeconfigFiles(files: string[], origin: string): ConnectionResult {
  const missing = files.filter((file) => !fs.existsSync(file));
  if (missing.length === files.length) {
    return problem('Kubeconfig not found', `${origin} points at ${missing.join(', ')}, which does not exist.`, [
      'Check the path, or unset KUBECONFIG to use ~/.kube/config.',
      START_DEMO_HINT,
    ]);
  }
  // Several files in KUBECONFIG merge as kubectl merges them: missing files are skipped, and the first
  // file to define a name (or a current-context) wins.
  const present = files.filter((file) => fs.existsSync(file));
  let kc: KubeConfig;
  const origins = new Map<string, UserOrigin>();
  try {
    kc = loadKubeconfigFile(present[0], origins);
    for (const file of present.slice(1)) mergeFirstWins(kc, loadKubeconfigFile(file, origins));
  } catch (error) {
    return problem('Kubeconfig cannot be read', `${files.join(', ')}: ${errorMessage(error)}`, [
      'The file must be a valid kubeconfig (YAML with clusters, users and contexts).',
      START_DEMO_HINT,
    ]);
  }
  return finish(kc, 'kubeconfig', files.join(path.delimiter), origins);
}

type RawKubeconfig = { users?: { name?: string; user?: { 'token-file'?: string } }[] } | null;

/**
 * One file, loaded as client-node's loadFromFile does, except that `token-file` is resolved against the
 * file's directory as kubectl resolves it (client-node reads it relative to the working directory).
 * Records where each user not already seen was defined.
 */
function loadKubeconfigFile(file: string, origins: Map<string, UserOrigin>): KubeConfig {
  const dir = path.dirname(path.resolve(file));
  const doc = parse(fs.readFileSync(file, 'utf8')) as RawKubeconfig;
  for (const entry of doc?.users ?? []) {
    const tokenFile = entry?.user?.['token-file'];
    if (entry?.user && tokenFile) entry.user['token-file'] = path.resolve(dir, tokenFile);
    if (entry?.name && !origins.has(entry.name)) origins.set(entry.name, { dir, ...(tokenFile ? { tokenFile: path.resolve(dir, tokenFile) } : {}) });
  }
  const kc = new KubeConfig();
  kc.loadFromString(JSON.stringify(doc ?? {}));
  kc.makePathsAbsolute(dir);
  return kc;
}

/** kubectl's merge: the first definition of a cluster, user or context name wins; later ones are ignored. */
function mergeFirstWins(kc: KubeConfig, next: KubeConfig): void {
  const has = (list: { name: string }[], name: string) => list.some((entry) => entry.name === name);
  for (const cluster of next.getClusters()) if (!has(kc.getClusters(), cluster.name)) kc.addCluster(cluster);
  for (const user of next.getUsers()) if (!has(kc.getUsers(), user.name)) kc.addUser(user);
  for (const context of next.getContexts()) if (!has(kc.getContexts(), context.name)) kc.addContext(context);
  if (!kc.getCurrentContext() && next.getCurrentContext()) kc.setCurrentContext(next.getCurrentContext());
}

function fromServiceAccount(): ConnectionResult {
  const kc = new KubeConfig();
  try {
    kc.loadFromCluster();
  } catch (error) {
    return problem('In-cluster configuration failed', errorMessage(error), [
      `The ServiceAccount token is expected in ${SERVICE_ACCOUNT_DIR}; check automountServiceAccountToken.`,
    ]);
  }
  return finish(kc, 'in-cluster');
}

function finish(kc: KubeConfig, source: ClusterSourceKind, kubeconfigPath?: string, origins?: Map<string, UserOrigin>): ConnectionResult {
  const config = getConfig();
  const contexts = kc.getContexts().map((context) => context.name);
  if (config.KUBE_CONTEXT) {
    if (!contexts.includes(config.KUBE_CONTEXT)) {
      return problem('Unknown context', `KUBE_CONTEXT=${config.KUBE_CONTEXT} is not in the kubeconfig.`, [
        contexts.length ? `Contexts available: ${contexts.join(', ')}.` : 'The kubeconfig has no contexts.',
      ]);
    }
    kc.setCurrentContext(config.KUBE_CONTEXT);
  }
  const context = kc.getContextObject(kc.getCurrentContext());
  const cluster = kc.getCurrentCluster();
  if (!context || !cluster) {
    return problem('No usable context', 'The kubeconfig has no current-context, or it names a cluster that is not defined.', [
      contexts.length ? `Set KUBE_CONTEXT to one of: ${contexts.join(', ')}.` : 'Add a context with `kubectl config set-context`.',
    ]);
  }
  if (!cluster.server) return problem('Cluster has no server', `Cluster "${cluster.name}" has no server URL.`, []);
  return {
    ok: true,
    connection: {
      kc,
      clusterName: context.cluster,
      contextName: context.name,
      contexts,
      server: cluster.server,
      source: config.KUBESYS_CLUSTER_SOURCE ?? source,
      kubeconfigPath,
      userOrigin: origins?.get(context.user),
    },
  };
}

function problem(title: string, detail: string, hints: string[]): ConnectionResult {
  return { ok: false, problem: { title, detail, hints } };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
