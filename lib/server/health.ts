/** `GET /api/health`: what the health poller last saw plus leader Leases and cluster-info Services from the runtime; memoized per version (ages move with the clock, so at most 1 s old). */
import 'server-only';
import type { HealthEndpoint, HealthResponse } from '@/lib/api/health';
import type { UnavailableKind } from '@/lib/api/types';
import type { Polled } from '@/lib/kube/health';
import type { HealthReport } from '@/lib/kube/health-checks';
import { apiServiceRows, clusterInfoServices, componentStatusRows, failuresFirst, leaderLeases } from '@/lib/model/cluster-health';
import { memoByVersion } from './memo';
import type { ClusterRuntime } from './runtime';
import { unavailableKinds, unavailableSource } from './unavailable';

const notServedOnly = (u: UnavailableKind | undefined) => (u?.reason === 'not-served' ? u : undefined);

const MAX_AGE_MS = 1_000;

function endpoint(polled: Polled<HealthReport> | undefined, notServed: UnavailableKind | undefined): HealthEndpoint {
  if (!polled) return { ok: false, checks: [], summary: '', error: 'not polled yet' };
  if (notServed?.reason === 'not-served') return { ok: false, checks: [], summary: '', polledAt: polled.at, notServed: notServed.message };
  if (!polled.ok) return { ok: false, checks: [], summary: '', polledAt: polled.at, error: `${polled.status} ${polled.reason}: ${polled.message}` };
  return { ok: polled.value.ok, checks: failuresFirst(polled.value.checks), summary: polled.value.summary, polledAt: polled.at };
}

export const healthJson = memoByVersion((runtime: ClusterRuntime, now: number): string => {
  const state = runtime.health.state;
  const server = runtime.connection.server;
  const cs = state.componentStatuses;
  const apis = state.apiServices;
  const [leases] = unavailableKinds(runtime, ['leases']);
  const [services] = unavailableKinds(runtime, ['services']);
  const apisNotServed = notServedOnly(unavailableSource(runtime, 'apiServices'));
  const csNotServed = notServedOnly(unavailableSource(runtime, 'componentStatuses'));
  const body: HealthResponse = {
    ...(state.version?.ok
      ? {
          version: {
            gitVersion: state.version.value.gitVersion ?? '',
            ...(state.version.value.platform ? { platform: state.version.value.platform } : {}),
            ...(state.version.value.goVersion ? { goVersion: state.version.value.goVersion } : {}),
            ...(state.version.value.buildDate ? { buildDate: state.version.value.buildDate } : {}),
          },
        }
      : state.version
        ? { versionError: state.version.message }
        : {}),
    readyz: endpoint(state.readyz, unavailableSource(runtime, 'readyz')),
    livez: endpoint(state.livez, unavailableSource(runtime, 'livez')),
    clusterInfo: {
      server,
      services: clusterInfoServices(runtime.list('services'), server),
      ...(services ? { servicesUnavailable: services } : {}),
    },
    leaderLeases: leaderLeases(runtime.list('leases'), now),
    ...(leases ? { leasesUnavailable: leases } : {}),
    apiServices: apis?.ok
      ? { served: true, items: apiServiceRows(apis.value) }
      : apisNotServed
        ? { served: false, notServed: apisNotServed.message, items: [] }
        : { served: false, ...(apis ? { error: apis.message } : {}), items: [] },
    componentStatuses: cs?.ok
      ? { served: true, items: componentStatusRows(cs.value) }
      : {
          served: false,
          ...(cs?.status === 403 ? { forbidden: true } : {}),
          ...(cs && cs.status !== 404 ? { error: cs.message } : {}),
          ...(csNotServed ? { notServed: csNotServed.message } : {}),
          items: [],
        },
    generatedAt: new Date(now).toISOString(),
  };
  return JSON.stringify(body);
}, { maxAgeMs: MAX_AGE_MS });
