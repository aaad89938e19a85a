/**
 * `GET /api/clusters`: every context of the kubeconfig as a card. A cached cluster's card is read from its
 * runtime (no extra request); any other from the light probe (fleet-probe.ts), at most once per
 * FLEET_PROBE_MS, answered stale while a fresh probe runs, so a slow or unreachable cluster never holds
 * up the others. Probe connections are kept per context and dropped when the kubeconfig changes its entries.
 */
import 'server-only';
import type { ClusterCard, ClustersResponse, ConnectionState, ContextsResponse } from '@/lib/api/clusters';
import type { Status } from '@/lib/api/types';
import { getConfig } from '@/lib/config';
import { loadConnection, type Connection } from '@/lib/kube/connection';
import { englishLine } from '@/lib/kube/problem-english';
import { credentialsOf } from '@/lib/kube/credentials';
import { buildFindings, countFindings } from '@/lib/model/findings';
import { buildGroups } from '@/lib/model/components';
import type { ClusterSnapshot } from '@/lib/model/snapshot';
import { clusterCatalogue } from './cluster-catalogue';
import { classifyFailure, probeCluster } from './fleet-probe';
import { readFindings } from './findings';
import type { ClusterRuntime } from './runtime';
import { existingRuntime } from './runtimes';
import { readSnapshot } from './snapshot';

/** The fleet answer waits this long for a first (or long stale) probe; after that the card says "checking" (or the old facts). */
const FIRST_ANSWER_WAIT_MS = 2_000;
/** A card older than this many probe intervals is not answered before its new probe had FIRST_ANSWER_WAIT_MS. */
const STALE_AFTER_PROBES = 3;

interface ProbeEntry {
  fingerprint: string;
  connection?: Connection;
  card?: ClusterCard;
  at: number;
  inflight?: Promise<ClusterCard>;
}

const GLOBAL_KEY = Symbol.for('kubesys.fleet-probes');
type Holder = { [GLOBAL_KEY]?: Map<string, ProbeEntry> };

function probes(): Map<string, ProbeEntry> {
  const holder = globalThis as Holder;
  return (holder[GLOBAL_KEY] ??= new Map());
}

/** The contexts and the default one, for the switcher: nothing is asked of any cluster. */
export function contextsJson(): ContextsResponse {
  const listed = clusterCatalogue();
  if (!listed.ok) return { contexts: [] };
  const { contexts, defaultContext } = listed.catalogue;
  return { contexts, ...(defaultContext ? { defaultContext } : {}) };
}

/** Every cluster's card, in the kubeconfig's order. */
export async function fleetJson(now = Date.now()): Promise<ClustersResponse> {
  const listed = clusterCatalogue();
  if (!listed.ok) return { clusters: [], problem: englishLine(listed.problem), kubeconfigProblem: listed.problem };
  const { contexts, defaultContext, fingerprints } = listed.catalogue;
  for (const [context, entry] of probes()) {
    if (!contexts.includes(context)) dropProbe(context, entry);
  }
  const cards = await Promise.all(contexts.map((context) => cardOf(context, fingerprints.get(context) ?? '', now)));
  return {
    clusters: cards.map((card) => ({ ...card, isDefault: card.context === defaultContext })),
    ...(defaultContext ? { defaultContext } : {}),
  };
}

async function cardOf(context: string, fingerprint: string, now: number): Promise<ClusterCard> {
  const runtime = existingRuntime(context);
  if (runtime) return runtimeCard(context, runtime, now);
  let entry = probes().get(context);
  if (entry && entry.fingerprint !== fingerprint) {
    dropProbe(context, entry);
    entry = undefined;
  }
  if (!entry) {
    entry = { fingerprint, at: 0 };
    probes().set(context, entry);
  }
  const current = entry;
  if (current.card && now - current.at < getConfig().FLEET_PROBE_MS) return current.card;
  current.inflight ??= probeCard(context, current).finally(() => {
    current.inflight = undefined;
  });
  // Recently read: answer it while the new probe runs. Long unread (nobody had the page open): wait a little for fresh facts.
  if (current.card && now - current.at < STALE_AFTER_PROBES * getConfig().FLEET_PROBE_MS) return current.card;
  const fallback: ClusterCard = current.card ?? { context, isDefault: false, cached: false, reachable: false, pending: true, checkedAt: new Date(now).toISOString() };
  return Promise.race([current.inflight, new Promise<ClusterCard>((resolve) => setTimeout(() => resolve(fallback), FIRST_ANSWER_WAIT_MS).unref())]);
}

async function probeCard(context: string, entry: ProbeEntry): Promise<ClusterCard> {
  const startedAt = Date.now();
  const base = { context, isDefault: false, cached: false, checkedAt: new Date(startedAt).toISOString() };
  let card: ClusterCard;
  if (!entry.connection) {
    const loaded = loadConnection(context);
    if (loaded.ok) entry.connection = loaded.connection;
    else {
      card = { ...base, reachable: false, problem: { kind: 'config', message: englishLine(loaded.problem), kubeconfig: loaded.problem } };
    }
  }
  if (entry.connection) {
    const outcome = await probeCluster(entry.connection, getConfig().FLEET_PROBE_TIMEOUT_MS);
    card = outcome.ok
      ? { ...base, server: entry.connection.server, reachable: true, version: outcome.version, ...summarize(outcome.snapshot, startedAt) }
      : { ...base, server: entry.connection.server, reachable: false, problem: { kind: outcome.kind, message: outcome.message, ...(outcome.detail ? { detail: outcome.detail } : {}) } };
  }
  entry.card = card!;
  entry.at = startedAt;
  return card!;
}

/** Components per status, nodes ready, and the critical findings the snapshot alone can tell. */
function summarize(snapshot: ClusterSnapshot, now: number, critical?: number): Pick<ClusterCard, 'components' | 'nodes' | 'criticalFindings'> {
  const components: Record<Status, number> = { healthy: 0, degraded: 0, down: 0, unknown: 0 };
  for (const group of buildGroups(snapshot, now)) for (const component of group.components) components[component.status] += 1;
  const ready = snapshot.nodes.filter((node) => node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length;
  return {
    components,
    nodes: { ready, total: snapshot.nodes.length },
    criticalFindings: critical ?? countFindings(buildFindings(snapshot, { now })).critical,
  };
}

async function runtimeCard(context: string, runtime: ClusterRuntime, now: number): Promise<ClusterCard> {
  const base = { context, isDefault: false, cached: true, server: runtime.connection.server, checkedAt: new Date(now).toISOString() };
  const version = runtime.health.state.version;
  const latest = runtime.health.lastContact;
  if (!version || !latest) return { ...base, reachable: false, pending: true };
  if (!latest.ok) return { ...base, reachable: false, ...(version.ok ? { version: version.value.gitVersion ?? '' } : {}), problem: classifyFailure(latest) };
  if (!version.ok) return { ...base, reachable: false, problem: classifyFailure(version) };
  const findings = runtime.isSynced() ? await readFindings(runtime, {}) : undefined;
  return {
    ...base,
    reachable: true,
    version: version.value.gitVersion ?? '',
    ...summarize(readSnapshot(runtime), now, findings?.counts.critical),
  };
}

/** Whether the runtime's API server answers (its last /version poll, or a later failed /readyz), and if not, why (auth, TLS, timeout, unreachable). */
export function connectionState(runtime: ClusterRuntime): ConnectionState {
  const context = runtime.connection.contextName;
  const latest = runtime.health.lastContact;
  if (!latest) return { context, reachable: false, pending: true };
  return latest.ok ? { context, reachable: true } : { context, reachable: false, problem: classifyFailure(latest) };
}

function dropProbe(context: string, entry: ProbeEntry): void {
  if (entry.connection) credentialsOf(entry.connection).close();
  probes().delete(context);
}

/** For tests: forget every probe. */
export function resetFleetForTests(): void {
  for (const [context, entry] of probes()) dropProbe(context, entry);
}
