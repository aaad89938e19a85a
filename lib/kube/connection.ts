/**
 * How the server reaches a cluster: a context of the kubeconfig (KUBECONFIG or ~/.kube/config) or the
 * in-cluster ServiceAccount. Turns every way this can fail into a `ConnectionProblem` a person can act on.
 */
import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node/dist/config.js';
import { parse } from 'yaml';
import { contextsHint, type KubeconfigHintId, type KubeconfigProblem, type KubeconfigProblemCode } from '@/lib/api/kubeconfig-problem';
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
  /** The context's `kubesys` extension: a replay's capture time, a DNS server to ask (the demo writes them). */
  extension?: ContextExtension;
}

/**
 * What a kubeconfig context may tell kubesys in its `extensions` entry named `kubesys` (kubectl keeps
 * and ignores extensions): per context what KUBESYS_CLUSTER_SOURCE, KUBESYS_CAPTURED_AT and
 * CLUSTER_DNS_SERVER say for the whole process. `npm run demo -- --clusters 3` writes them.
 */
export interface ContextExtension {
  source?: ClusterSourceKind;
  capturedAt?: string;
  clusterDnsServer?: string;
}

const EXTENSION_NAME = 'kubesys';

function parseExtension(raw: unknown): ContextExtension | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const value = raw as Record<string, unknown>;
  const out: ContextExtension = {};
  if (typeof value.source === 'string' && ['kubeconfig', 'in-cluster', 'demo', 'dump'].includes(value.source)) out.source = value.source as ClusterSourceKind;
  if (typeof value.capturedAt === 'string' && !Number.isNaN(Date.parse(value.capturedAt))) out.capturedAt = value.capturedAt;
  if (typeof value.clusterDnsServer === 'string' && /^(?:[\d.]+|\[[0-9a-fA-F:.]+\])(?::\d{1,5})?$/.test(value.clusterDnsServer)) out.clusterDnsServer = value.clusterDnsServer;
  return Object.keys(out).length ? out : undefined;
}

/** The kubeconfig file that defined the user: relative exec commands resolve against its directory. */
export interface UserOrigin {
  dir: string;
  /** `token-file`, absolute; client-node reads it once at load, client-go re-reads it every minute. */
  tokenFile?: string;
}

/** Why there is no connection: a code with its values and hints (lib/api/kubeconfig-problem.ts); `englishProblem` words it. */
export type ConnectionProblem = KubeconfigProblem;

export type ConnectionResult = { ok: true; connection: Connection } | { ok: false; problem: ConnectionProblem };

/** The context name kubesys gives the in-cluster ServiceAccount's cluster (it has no kubeconfig context). */
export const IN_CLUSTER_CONTEXT = 'in-cluster';

/**
 * Every cluster the environment offers: the contexts of the kubeconfig (KUBECONFIG, all its files, or
 * ~/.kube/config) and, inside a pod, the in-cluster ServiceAccount's cluster. `fingerprints` holds per
 * context its context, cluster and user entries as text, so a reader can tell which ones a file change touched.
 */
export interface ClusterCatalogue {
  contexts: string[];
  /** KUBE_CONTEXT, else the in-cluster cluster inside a pod, else the kubeconfig's current-context. */
  defaultContext?: string;
  fingerprints: Map<string, string>;
  /** The kubeconfig files read (to watch); empty for in-cluster only. */
  files: string[];
  /** Why there is no default context (no current-context, KUBE_CONTEXT unknown), when there is none. */
  defaultProblem?: ConnectionProblem;
}

interface Sources {
  kubeconfig?: { kc: KubeConfig; files: string[]; origins: Origins };
  inCluster: boolean;
}

/** The files a kubeconfig is read from: KUBECONFIG's, else ~/.kube/config (whether or not they exist yet). */
export function kubeconfigFiles(): string[] {
  const config = getConfig();
  const files = (config.KUBECONFIG ?? '').split(path.delimiter).filter(Boolean);
  return files.length > 0 ? files : [path.join(config.HOME ?? os.homedir(), '.kube', 'config')];
}

function inClusterAvailable(): boolean {
  return Boolean(getConfig().KUBERNETES_SERVICE_HOST) && fs.existsSync(path.join(SERVICE_ACCOUNT_DIR, 'token'));
}

/**
 * Reads the environment's sources: the kubeconfig files (KUBECONFIG, then ~/.kube/config) and the
 * in-cluster ServiceAccount. A kubeconfig that is named but missing or broken is a problem even in a pod.
 */
function readSources(): { ok: true; sources: Sources } | { ok: false; problem: ConnectionProblem } {
  const config = getConfig();
  const named = (config.KUBECONFIG ?? '').split(path.delimiter).filter(Boolean);
  const inCluster = inClusterAvailable();
  if (named.length > 0) {
    const loaded = fromKubeconfigFiles(named, 'KUBECONFIG');
    return loaded.ok ? { ok: true, sources: { kubeconfig: loaded.value, inCluster } } : loaded;
  }
  const defaultFile = kubeconfigFiles()[0];
  if (fs.existsSync(defaultFile)) {
    const loaded = fromKubeconfigFiles([defaultFile], '~/.kube/config');
    return loaded.ok ? { ok: true, sources: { kubeconfig: loaded.value, inCluster } } : loaded;
  }
  if (inCluster) return { ok: true, sources: { inCluster } };
  return problem('noCluster', { file: defaultFile }, ['pointKubeconfig', 'demo']);
}

/** Every context the environment offers and which one is the default; a kubeconfig problem otherwise. */
export function loadCatalogue(): { ok: true; catalogue: ClusterCatalogue } | { ok: false; problem: ConnectionProblem } {
  const read = readSources();
  if (!read.ok) return read;
  const { kubeconfig, inCluster } = read.sources;
  const fingerprints = new Map<string, string>();
  if (inCluster) fingerprints.set(IN_CLUSTER_CONTEXT, IN_CLUSTER_CONTEXT);
  for (const context of kubeconfig?.kc.getContexts() ?? []) {
    if (fingerprints.has(context.name)) continue;
    const kc = kubeconfig!.kc;
    fingerprints.set(context.name, JSON.stringify([context, kc.getCluster(context.cluster), kc.getUser(context.user), kubeconfig!.origins.extensions.get(context.name)]));
  }
  const contexts = [...fingerprints.keys()];
  const chosen = chooseDefault(contexts, inCluster, kubeconfig?.kc.getCurrentContext());
  return {
    ok: true,
    catalogue: {
      contexts,
      fingerprints,
      files: kubeconfig?.files ?? [],
      ...(chosen.ok ? { defaultContext: chosen.context } : { defaultProblem: chosen.problem }),
    },
  };
}

/** KUBE_CONTEXT when set (and known), else the in-cluster cluster, else the kubeconfig's current-context. */
function chooseDefault(contexts: string[], inCluster: boolean, current: string | undefined): { ok: true; context: string } | { ok: false; problem: ConnectionProblem } {
  const wanted = getConfig().KUBE_CONTEXT;
  if (wanted) {
    if (contexts.includes(wanted)) return { ok: true, context: wanted };
    return problem('unknownKubeContext', { context: wanted, contexts: contexts.join(', ') }, [contextsHint(contexts, 'contextsAvailable', 'noContexts')]);
  }
  if (inCluster) return { ok: true, context: IN_CLUSTER_CONTEXT };
  if (current && contexts.includes(current)) return { ok: true, context: current };
  return problem('noCurrentContext', { contexts: contexts.join(', ') }, [contextsHint(contexts, 'setKubeContext', 'addContext')]);
}

/**
 * Loads the connection to one context (the default one when `context` is absent) from the environment:
 * KUBECONFIG, then ~/.kube/config, and the in-cluster ServiceAccount (context `in-cluster`).
 */
export function loadConnection(context?: string): ConnectionResult {
  const read = readSources();
  if (!read.ok) return read;
  const { kubeconfig, inCluster } = read.sources;
  const contexts = [...(inCluster ? [IN_CLUSTER_CONTEXT] : []), ...(kubeconfig?.kc.getContexts() ?? []).map((c) => c.name)].filter(
    (name, index, all) => all.indexOf(name) === index,
  );
  let name = context;
  if (name === undefined) {
    const chosen = chooseDefault(contexts, inCluster, kubeconfig?.kc.getCurrentContext());
    if (!chosen.ok) return chosen;
    name = chosen.context;
  }
  if (inCluster && name === IN_CLUSTER_CONTEXT) return fromServiceAccount(contexts);
  if (!kubeconfig || !contexts.includes(name)) {
    return problem('unknownContext', { context: name, contexts: contexts.join(', ') }, [contextsHint(contexts, 'contextsAvailable', 'noContexts')]);
  }
  return finish(kubeconfig.kc, name, contexts, kubeconfig.files.join(path.delimiter), kubeconfig.origins);
}

function fromKubeconfigFiles(
  files: string[],
  origin: string,
): { ok: true; value: NonNullable<Sources['kubeconfig']> } | { ok: false; problem: ConnectionProblem } {
  const missing = files.filter((file) => !fs.existsSync(file));
  if (missing.length === files.length) {
    return problem('kubeconfigMissing', { origin, files: missing.join(', ') }, ['checkPath', 'demo']);
  }
  // Several files in KUBECONFIG merge as kubectl merges them: missing files are skipped, and the first
  // file to define a name (or a current-context) wins.
  const present = files.filter((file) => fs.existsSync(file));
  let kc: KubeConfig;
  const origins: Origins = { users: new Map(), extensions: new Map(), contexts: new Set() };
  try {
    kc = loadKubeconfigFile(present[0], origins);
    for (const file of present.slice(1)) mergeFirstWins(kc, loadKubeconfigFile(file, origins));
  } catch (error) {
    return problem('kubeconfigUnreadable', { files: files.join(', '), cause: errorMessage(error) }, ['validKubeconfig', 'demo']);
  }
  return { ok: true, value: { kc, files, origins } };
}

type RawKubeconfig = {
  users?: { name?: string; user?: { 'token-file'?: string } }[];
  contexts?: { name?: string; context?: { extensions?: { name?: string; extension?: unknown }[] } }[];
} | null;

/** What the files say beyond client-node's KubeConfig: per user where it was defined, per context its kubesys extension. */
interface Origins {
  users: Map<string, UserOrigin>;
  extensions: Map<string, ContextExtension>;
  contexts: Set<string>;
}

/**
 * One file, loaded as client-node's loadFromFile does, except that `token-file` is resolved against the
 * file's directory as kubectl resolves it (client-node reads it relative to the working directory).
 * Records where each user not already seen was defined.
 */
function loadKubeconfigFile(file: string, origins: Origins): KubeConfig {
  const dir = path.dirname(path.resolve(file));
  const doc = parse(fs.readFileSync(file, 'utf8')) as RawKubeconfig;
  for (const entry of doc?.users ?? []) {
    const tokenFile = entry?.user?.['token-file'];
    if (entry?.user && tokenFile) entry.user['token-file'] = path.resolve(dir, tokenFile);
    if (entry?.name && !origins.users.has(entry.name)) origins.users.set(entry.name, { dir, ...(tokenFile ? { tokenFile: path.resolve(dir, tokenFile) } : {}) });
  }
  for (const entry of doc?.contexts ?? []) {
    if (!entry?.name || origins.contexts.has(entry.name)) continue;
    origins.contexts.add(entry.name);
    const extension = parseExtension(entry.context?.extensions?.find((e) => e?.name === EXTENSION_NAME)?.extension);
    if (extension) origins.extensions.set(entry.name, extension);
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

function fromServiceAccount(contexts: string[]): ConnectionResult {
  const kc = new KubeConfig();
  try {
    kc.loadFromCluster();
  } catch (error) {
    return problem('inClusterFailed', { cause: errorMessage(error), dir: SERVICE_ACCOUNT_DIR }, ['automount']);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster?.server) return problem('inClusterNoServer', {}, []);
  return {
    ok: true,
    connection: {
      kc,
      clusterName: cluster.name,
      contextName: IN_CLUSTER_CONTEXT,
      contexts,
      server: cluster.server,
      source: getConfig().KUBESYS_CLUSTER_SOURCE ?? 'in-cluster',
    },
  };
}

/** The connection to context `name` of a loaded kubeconfig (client-node's KubeConfig pointed at it). */
function finish(kc: KubeConfig, name: string, contexts: string[], kubeconfigPath: string, origins: Origins): ConnectionResult {
  const context = kc.getContextObject(name);
  const cluster = context ? kc.getCluster(context.cluster) : null;
  if (!context || !cluster) {
    return problem('contextWithoutCluster', { context: name, contexts: contexts.join(', ') }, [contextsHint(contexts, 'contextsAvailable', 'addContext')]);
  }
  if (!cluster.server) return problem('clusterWithoutServer', { cluster: cluster.name }, []);
  // Each connection owns its KubeConfig: the current context is what client-node's auth-providers read.
  const own = new KubeConfig();
  own.loadFromOptions({ clusters: kc.getClusters(), users: kc.getUsers(), contexts: kc.getContexts(), currentContext: name });
  return {
    ok: true,
    connection: {
      kc: own,
      clusterName: context.cluster,
      contextName: context.name,
      contexts,
      server: cluster.server,
      source: origins.extensions.get(name)?.source ?? getConfig().KUBESYS_CLUSTER_SOURCE ?? 'kubeconfig',
      kubeconfigPath,
      userOrigin: origins.users.get(context.user),
      extension: origins.extensions.get(name),
    },
  };
}

function problem(code: KubeconfigProblemCode, params: ConnectionProblem['params'], hints: KubeconfigHintId[]): { ok: false; problem: ConnectionProblem } {
  return { ok: false, problem: { code, params, hints } };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
