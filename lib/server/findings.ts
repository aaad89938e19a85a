/**
 * `GET /api/findings`: the findings rules over the shared cache and the probes' latest results,
 * memoized per cache version and probe version (and at most a few seconds old, since ages move with the
 * clock), then filtered per request.
 */
import 'server-only';
import type { FindingsQuery, FindingsResponse } from '@/lib/api/findings';
import type { ClusterCache } from '@/lib/kube/cache';
import { buildFindings, countFindings, filterFindings } from '@/lib/model/findings';
import type { Finding } from '@/lib/api/findings';
import { cachedConfigMaps, getFindingsProbes } from './findings-probes';
import { readSnapshot } from './snapshot';
import { unavailableKinds, unavailableSources } from './unavailable';

/** Lease, heartbeat and restart ages change with the clock alone; rebuild at least this often. */
const MAX_AGE_MS = 5_000;

interface Memo {
  key: string;
  at: number;
  findings: Finding[];
  checkedAt: string;
}

const memos = new WeakMap<ClusterCache, Memo>();

function allFindings(cache: ClusterCache): Memo {
  const probes = getFindingsProbes(cache);
  const now = Date.now();
  const key = `${cache.version}:${probes.version}:${cache.metrics.tick}`;
  const memo = memos.get(cache);
  if (memo && memo.key === key && now - memo.at < MAX_AGE_MS) return memo;
  const findings = buildFindings(readSnapshot(cache), {
    now,
    configMaps: cachedConfigMaps(cache),
    dns: probes.dns,
    tls: probes.tls,
    podMetrics: cache.metrics.latestPodMetrics(),
  });
  const fresh = { key, at: now, findings, checkedAt: new Date(now).toISOString() };
  memos.set(cache, fresh);
  return fresh;
}

/** Findings for a query; `probe: 'dns'` runs a fresh DNS probe first. */
export async function readFindings(cache: ClusterCache, query: FindingsQuery): Promise<FindingsResponse> {
  const probes = getFindingsProbes(cache);
  if (query.probe === 'dns') await probes.runDns();
  const { findings, checkedAt } = allFindings(cache);
  return {
    findings: filterFindings(findings, query),
    counts: countFindings(findings),
    checkedAt,
    probes: { ...(probes.dns ? { dns: probes.dns } : {}), ...(probes.tls ? { tls: probes.tls } : {}) },
    unavailable: [...unavailableKinds(cache), ...unavailableSources(cache)],
    ...(cache.capturedAt ? { capturedAt: cache.capturedAt } : {}),
  };
}
