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
