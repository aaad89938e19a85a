/**
 * What the dashboard cannot read, for the JSON answers that must say so instead of showing empty data:
 * cached kinds settled as not served or forbidden, and health sources that answered 404 or 403.
 */
import 'server-only';
import type { UnavailableKind } from '@/lib/api/types';
import { notServedPhrase } from '@/lib/kube/availability';
import type { HealthState } from '@/lib/kube/health';

/** What these helpers read of a cluster (structural: the ClusterRuntime fits). */
interface CacheView {
  unavailable(): UnavailableKind[];
  readonly health: { state: HealthState };
  readonly capturedAt?: string;
}

/** The health poller's sources by the name the JSON uses, and their path. */
const HEALTH_SOURCES = {
  readyz: { key: 'readyz', path: '/readyz' },
  livez: { key: 'livez', path: '/livez' },
  apiServices: { key: 'apiservices', path: '/apis/apiregistration.k8s.io/v1/apiservices' },
  componentStatuses: { key: 'componentstatuses', path: '/api/v1/componentstatuses' },
} as const;

export type HealthSource = keyof typeof HEALTH_SOURCES;

/** Cached kinds that are not served or forbidden; only `keys` when given. */
export function unavailableKinds(cache: CacheView, keys?: readonly string[]): UnavailableKind[] {
  const all = cache.unavailable();
  return keys ? all.filter((u) => keys.includes(u.kind)) : all;
}

/** A health source that answered 404 (not served) or 403 (forbidden) on its last poll, as an UnavailableKind. */
export function unavailableSource(cache: CacheView, source: HealthSource): UnavailableKind | undefined {
  const polled = cache.health.state[source];
  if (!polled || polled.ok) return undefined;
  const { key, path } = HEALTH_SOURCES[source];
  if (polled.status === 404) return { kind: key, reason: 'not-served', message: `${notServedPhrase(Boolean(cache.capturedAt))} (404 on ${path})` };
  if (polled.status === 403) return { kind: key, reason: 'forbidden', message: `needs get on ${path}: ${polled.message}` };
  return undefined;
}

/** Every health source that is not served or forbidden. */
export function unavailableSources(cache: CacheView): UnavailableKind[] {
  return (Object.keys(HEALTH_SOURCES) as HealthSource[]).map((s) => unavailableSource(cache, s)).filter((u): u is UnavailableKind => Boolean(u));
}
