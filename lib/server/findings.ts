/**
 * `GET /api/findings`: the findings rules over the cluster's cache and the probes' latest results,
 * memoized per runtime version, probe result and metrics sample (and at most a few seconds old, since
 * a Lease or a restart crosses its threshold with the clock alone), then filtered per request. Findings say
 * when with moments, not ages, so a rebuild of an unchanged cluster finds the same ones and keeps the answer
 * (and its ETag) as it was.
 */
import 'server-only';
import type { Finding, FindingsQuery, FindingsResponse } from '@/lib/api/findings';
import { buildFindings, countFindings, filterFindings } from '@/lib/model/findings';
import { cachedConfigMaps } from './findings-inputs';
import { memoByVersion } from './memo';
import { HEARTBEAT_GRAIN_MS, type ClusterRuntime } from './runtime';
import { readSnapshot } from './snapshot';
import { unavailableKinds, unavailableSources } from './unavailable';

/**
 * A Lease, a heartbeat or a restart crosses its threshold with the clock alone; rebuild at least this often:
 * the heartbeat grain, which already bounds how far the cache's own answer may be behind.
 */
const MAX_AGE_MS = HEARTBEAT_GRAIN_MS;

interface Checked {
  findings: Finding[];
  /** When the checks first found these findings: a rebuild that finds the same keeps it. */
  checkedAt: string;
  json: string;
}

const lastChecked = new WeakMap<ClusterRuntime, Checked>();

/** Every finding, rebuilt when the cache, a probe result or the metrics sample changed. */
const allFindings = memoByVersion(
  (runtime: ClusterRuntime, now: number): Checked => {
    const { probes } = runtime;
    const findings = buildFindings(readSnapshot(runtime), {
      now,
      configMaps: cachedConfigMaps(runtime),
      dns: probes.dns,
      tls: probes.tls,
      podMetrics: runtime.metrics.latestPodMetrics(),
    });
    const json = JSON.stringify(findings);
    const last = lastChecked.get(runtime);
    if (last?.json === json) return last;
    const checked = { findings, checkedAt: new Date(now).toISOString(), json };
    lastChecked.set(runtime, checked);
    return checked;
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
