/** readyz and livez checks of a healthy v1.31 kube-apiserver, by the names it prints under `?verbose`. */
import type { HealthCheck } from '../types';

const POST_START_HOOKS = [
  'start-kube-apiserver-admission-initializer', 'generic-apiserver-start-informers', 'priority-and-fairness-config-consumer',
  'priority-and-fairness-filter', 'start-apiextensions-informers', 'start-apiextensions-controllers', 'crd-informer-synced',
  'bootstrap-controller', 'rbac/bootstrap-roles', 'scheduling/bootstrap-system-priority-classes', 'priority-and-fairness-config-producer',
  'start-cluster-authentication-info-controller', 'aggregator-reload-proxy-client-cert', 'start-kube-aggregator-informers',
  'apiservice-registration-controller', 'apiservice-status-available-controller', 'kube-apiserver-autoregistration',
].map((h) => `poststarthook/${h}`);

/** livez: ping, log, etcd, the post-start hooks, autoregister-completion, apiservice-openapi-controller (fixtures/health/livez-verbose-healthy.txt). */
export const LIVEZ_CHECKS = ['ping', 'log', 'etcd', ...POST_START_HOOKS, 'autoregister-completion', 'poststarthook/apiservice-openapi-controller'];

/** readyz adds informer-sync after etcd and shutdown at the end (fixtures/health/readyz-verbose-healthy.txt). */
export const READYZ_CHECKS = ['ping', 'log', 'etcd', 'informer-sync', ...POST_START_HOOKS, 'autoregister-completion', 'poststarthook/apiservice-openapi-controller', 'shutdown'];

/**
 * The API server's own checks. A broken aggregated API (metrics-server) does not fail readyz, so
 * both scenarios report every check ok.
 */
export function healthChecks(): { readyz: HealthCheck[]; livez: HealthCheck[] } {
  return {
    readyz: READYZ_CHECKS.map((name) => ({ name, ok: true })),
    livez: LIVEZ_CHECKS.map((name) => ({ name, ok: true })),
  };
}
