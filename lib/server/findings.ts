/**
 * `GET /api/findings`: the findings rules over the cluster's cache and the probes' latest results,
 * memoized per runtime version, probe result and metrics sample (and at most a few seconds old, since
 * ages move with the clock), then filtered per request.
 */
import 'server-only';
import type { FindingsQuery, FindingsResponse } from '@/lib/api/findings';
import { buildFindings, countFindings, filterFindings } from '@/lib/model/findings';
import { cachedConfigMaps } from './findings-inputs';
import { memoByVersion } from './memo';
import type { ClusterRuntime } from './runtime';
import { readSnapshot } from './snapshot';
import { unavailableKinds, unavailableSources } from './unavailable';

/** Lease, heartbeat and restart ages change with the clock alone; rebuild at least this often. */
const MAX_AGE_MS = 5_000;

/** Every finding, rebuilt when the cache, a probe result or the metrics sample changed. */
const allFindings = memoByVersion(
  (runtime: ClusterRuntime, now: number) => {
    const { probes } = runtime;
    const findings = buildFindings(readSnapshot(runtime), {
      now,
      configMaps: cachedConfigMaps(runtime),
      dns: probes.dns,
      tls: probes.tls,
      podMetrics: runtime.metrics.latestPodMetrics(),
    });
    return { findings, checkedAt: new Date(now).toISOString() };
  },
  { stamp: (runtime) => `${runtime.version}:${runtime.probes.version}:${runtime.metrics.tick}`, maxAgeMs: MAX_AGE_MS },
);

/** Findings for a query; `probe: 'dns'` runs a fresh DNS probe first. The first request starts the probes. */
export async function readFindings(runtime: ClusterRuntime, query: FindingsQuery): Promise<FindingsResponse> {
  const { probes } = runtime;
  probes.start();
  if (query.probe === 'dns') await probes.runDns();
  const { findings, checkedAt } = allFindings(runtime);
  return {
    findings: filterFindings(findings, query),
    counts: countFindings(findings),
    checkedAt,
    probes: { ...(probes.dns ? { dns: probes.dns } : {}), ...(probes.tls ? { tls: probes.tls } : {}) },
    unavailable: [...unavailableKinds(runtime), ...unavailableSources(runtime)],
    ...(runtime.capturedAt ? { capturedAt: runtime.capturedAt } : {}),
  };
}
