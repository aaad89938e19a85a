/** Where the e2e journeys find their dashboards and the demo clusters behind them. */
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const base = process.env.BASE_PATH ?? '';

function target(port: number) {
  return {
    port,
    url: `http://127.0.0.1:${port}${base}`,
    /** The demo script writes the demo cluster's kubeconfig here (see scripts/demo.ts). */
    kubeconfig: path.join(ROOT, '.sim', `demo-${port}.kubeconfig`),
  };
}

export const HEALTHY = target(Number(process.env.E2E_HEALTHY_PORT ?? 3100));
export const DEGRADED = target(Number(process.env.E2E_DEGRADED_PORT ?? 3101));
/** A healthy demo cluster of 400 nodes (817 kube-system pods): lists longer than one window (e2e/windows.spec.ts). */
export const LARGE = target(Number(process.env.E2E_LARGE_PORT ?? 3106));
/** A healthy demo cluster behind AUTH_MODE=token; its server log is captured to check for leaks. */
export const TOKEN_AUTH = {
  ...target(Number(process.env.E2E_TOKEN_PORT ?? 3102)),
  token: 'e2e-demo-access-token-7f3a9c1d',
  log: path.join(ROOT, '.tmp', 'e2e-token-server.log'),
};
/**
 * A healthy demo cluster whose faults the fault journeys change at run time through its loopback admin
 * endpoint (e2e/faults.spec.ts); no other spec uses it, so its outages disturb nobody.
 */
export const FAULTS = {
  ...target(Number(process.env.E2E_FAULTS_PORT ?? 3103)),
  adminUrl: `http://127.0.0.1:${Number(process.env.E2E_FAULTS_ADMIN_PORT ?? 3113)}`,
  adminPort: Number(process.env.E2E_FAULTS_ADMIN_PORT ?? 3113),
};
/**
 * The security journeys' dashboard (e2e/security-*.spec.ts): AUTH_MODE=token with low limits so they
 * can be reached in a test (2 streams per client, 4 in total, 3 failed sign-ins, 3-second proxied
 * watches), an Ingress name in ALLOWED_HOSTS, the access log on, its server log kept for the checks,
 * and its demo cluster's admin port for open watch and log-follow counts. No other spec uses it.
 */
export const SECURITY = {
  ...target(Number(process.env.E2E_SECURITY_PORT ?? 3104)),
  adminUrl: `http://127.0.0.1:${Number(process.env.E2E_SECURITY_ADMIN_PORT ?? 3114)}`,
  adminPort: Number(process.env.E2E_SECURITY_ADMIN_PORT ?? 3114),
  token: 'e2e-security-access-token-5b2e81f4',
  allowedHost: 'kubesys.example.test',
  log: path.join(ROOT, '.tmp', `e2e-security-server-${Number(process.env.E2E_SECURITY_PORT ?? 3104)}.log`),
  env: {
    AUTH_MODE: 'token',
    AUTH_TOKEN: 'e2e-security-access-token-5b2e81f4',
    ALLOWED_HOSTS: 'kubesys.example.test',
    STREAM_MAX_PER_CLIENT: '2',
    STREAM_MAX_TOTAL: '4',
    SIGN_IN_MAX_FAILURES: '3',
    SIGN_IN_WINDOW_SECONDS: '600',
    PROXY_WATCH_MAX_SECONDS: '3',
    ACCESS_LOG: 'true',
    LOG_LEVEL: 'debug',
    // The cache's own watches are not renewed during the run, so the demo cluster's watch count moves
    // only with what the tests open.
    WATCH_TIMEOUT_SECONDS: '3600',
  },
};

/**
 * The multi-cluster journeys' dashboard (e2e/clusters.spec.ts): `--clusters 3 --broken`, one kubeconfig with
 * demo-healthy (the default), demo-degraded, demo-replay (a replayed capture), demo-unreachable (a closed
 * port), demo-bad-token (a refused token) and demo-dangling (a context whose cluster entry is gone). The
 * clusters' admin ports are adminPort, +1, +2; the journeys take demo-degraded down and back through its
 * admin port.
 */
export const FLEET = {
  ...target(Number(process.env.E2E_FLEET_PORT ?? 3105)),
  adminPort: Number(process.env.E2E_FLEET_ADMIN_PORT ?? 3115),
  degradedAdminUrl: `http://127.0.0.1:${Number(process.env.E2E_FLEET_ADMIN_PORT ?? 3115) + 1}`,
  contexts: ['demo-healthy', 'demo-degraded', 'demo-replay', 'demo-unreachable', 'demo-bad-token', 'demo-dangling'],
};
