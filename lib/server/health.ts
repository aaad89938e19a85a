/** `GET /api/health`: what the health poller last saw plus leader Leases and cluster-info Services from the cache; memoized per version (ages move with the clock, so at most 1 s old). */
import 'server-only';
import type { HealthEndpoint, HealthResponse } from '@/lib/api/health';
import type { ClusterCache } from '@/lib/kube/cache';
import type { Polled } from '@/lib/kube/health';
import type { HealthReport } from '@/lib/kube/health-checks';
import { apiServiceRows, clusterInfoServices, componentStatusRows, failuresFirst, leaderLeases, type APIServiceObject, type ServiceObject } from '@/lib/model/cluster-health';
import type { Lease } from '@/lib/model/k8s';
import { memoByVersion } from './memo';

const MAX_AGE_MS = 1_000;

function endpoint(polled: Polled<HealthReport> | undefined): HealthEndpoint {
  if (!polled) return { ok: false, checks: [], summary: '', error: 'not polled yet' };
  if (!polled.ok) return { ok: false, checks: [], summary: '', polledAt: polled.at, error: `${polled.status} ${polled.reason}: ${polled.message}` };
  return { ok: polled.value.ok, checks: failuresFirst(polled.value.checks), summary: polled.value.summary, polledAt: polled.at };
}

export const healthJson = memoByVersion((cache: ClusterCache, now: number): string => {
  const state = cache.health.state;
  const server = cache.connection.server;
  const cs = state.componentStatuses;
  const apis = state.apiServices;
  const body: HealthResponse = {
    ...(state.version?.ok
      ? {
          version: {
            gitVersion: state.version.value.gitVersion ?? '',
            ...(state.version.value.platform ? { platform: state.version.value.platform } : {}),
            ...((state.version.value as { goVersion?: string }).goVersion ? { goVersion: (state.version.value as { goVersion?: string }).goVersion } : {}),
            ...((state.version.value as { buildDate?: string }).buildDate ? { buildDate: (state.version.value as { buildDate?: string }).buildDate } : {}),
          },
        }
      : state.version
        ? { versionError: state.version.message }
        : {}),
    readyz: endpoint(state.readyz),
    livez: endpoint(state.livez),
    clusterInfo: { server, services: clusterInfoServices(cache.objects('services') as unknown as ServiceObject[], server) },
    leaderLeases: leaderLeases(cache.objects('leases') as unknown as Lease[], now),
    apiServices: apis?.ok
      ? { served: true, items: apiServiceRows(apis.value as unknown as APIServiceObject[]) }
      : { served: false, ...(apis ? { error: apis.message } : {}), items: [] },
    componentStatuses: cs?.ok
      ? { served: true, items: componentStatusRows(cs.value as never[]) }
      : {
          served: false,
          ...(cs?.status === 403 ? { forbidden: true } : {}),
          ...(cs && cs.status !== 404 ? { error: cs.message } : {}),
          items: [],
        },
    generatedAt: new Date(now).toISOString(),
  };
  return JSON.stringify(body);
}, MAX_AGE_MS);
