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
