/**
 * Admin switches for authentication and the proxy, on the loopback admin port: `GET|PUT /auth`
 * (`{"refuseAll": true}` refuses every credential), `POST /auth/revoke` (refuse every credential issued
 * so far) and `GET /proxy` (tunnels opened, direct connections refused).
 */
import { adminJson, type AdminHandler } from '../server/admin';
import type { SimAuth } from './index';

export function authAdminRoutes(auth: SimAuth, proxyStats?: () => Record<string, unknown>): Map<string, AdminHandler> {
  const routes = new Map<string, AdminHandler>([
    ['GET /auth', (_req, res) => adminJson(res, 200, auth.describe())],
    [
      'PUT /auth',
      (_req, res, body) => {
        let patch: { refuseAll?: unknown };
        try {
          patch = JSON.parse(body) as { refuseAll?: unknown };
        } catch {
          return adminJson(res, 400, { error: 'body must be JSON, e.g. {"refuseAll": true}' });
        }
        if (typeof patch?.refuseAll !== 'boolean') return adminJson(res, 400, { error: '"refuseAll" must be true or false' });
        auth.refuseAll = patch.refuseAll;
        adminJson(res, 200, auth.describe());
      },
    ],
    [
      'POST /auth/revoke',
      async (_req, res) => {
        await auth.revoke();
        adminJson(res, 200, auth.describe());
      },
    ],
  ]);
  if (proxyStats) routes.set('GET /proxy', (_req, res) => adminJson(res, 200, proxyStats()));
  return routes;
}
