/**
 * What the Ingress and the dashboard decide together, at the root and under each sub-path, one build:
 * only the prefix reaches the dashboard (and the dashboard answers only under it), the proxy's user
 * header counts only from the proxy's address, and a Host it does not answer to is refused.
 */
import { expect, test } from '@playwright/test';
import { send } from '../http';
import { NOT_ROUTED } from './nginx-conf';
import { entry, MOUNTS, PROXY_SOURCE_ADDRESS, PROXY_USER } from './mounts';

for (const mount of MOUNTS) {
  test.describe(`served at ${mount.basePath || '/'}`, () => {
    const at = () => entry(mount, 'sso');

    test('AUTH_MODE=proxy: the user header counts only from the proxy\'s address; probes stay open', async ({ request }) => {
      expect((await request.get(`${at().url}/api/overview`)).status()).toBe(200);
      const direct = await request.get(`${at().appUrl}/api/overview`, {
        headers: { 'X-Forwarded-User': PROXY_USER, 'X-Forwarded-For': PROXY_SOURCE_ADDRESS, 'X-Kubesys-Peer': PROXY_SOURCE_ADDRESS },
      });
      expect(direct.status()).toBe(403);
      expect(await direct.json()).toEqual({ error: { code: 'Forbidden', message: 'kubesys is reachable only through its sign-in proxy.', status: 403 } });
      expect((await request.get(`${at().appUrl}/api/healthz`)).status()).toBe(200);
    });

    test('a Host the dashboard does not answer to is refused through the proxy (DNS rebinding)', async () => {
      const refused = await send(at().url, `${mount.basePath}/api/k8s/api/v1/namespaces/kube-system/configmaps`, { headers: { Host: 'attacker.example' } });
      expect(refused.status).toBe(421);
      expect(JSON.parse(refused.body)).toMatchObject({ kind: 'Status', code: 421, error: { code: 'MisdirectedRequest', status: 421 } });
      expect(refused.headers['x-frame-options']).toBe('DENY');
    });

    test('odd requests get the JSON envelope from the front door under the prefix', async () => {
      const propfind = await send(at().url, `${mount.basePath}/api/overview`, { method: 'PROPFIND' });
      expect(propfind.status).toBe(405);
      expect(JSON.parse(propfind.body)).toMatchObject({ error: { code: 'MethodNotAllowed', status: 405 } });
      expect(propfind.headers.allow).toBe('GET');
      const post = await send(at().url, `${mount.basePath}/api/k8s/api/v1/namespaces/kube-system/pods`, { method: 'POST', body: '{}' });
      expect(post.status).toBe(405);
      expect(JSON.parse(post.body)).toMatchObject({ kind: 'Status', reason: 'MethodNotAllowed' });
      const badBytes = await send(at().url, `${mount.basePath}/api/pods/%ff`);
      expect(badBytes.status).toBe(400);
      expect(badBytes.headers['content-security-policy']).toContain("default-src 'self'");
    });

    if (mount.basePath) {
      test('only the prefix is routed to the dashboard, and the dashboard answers only under it', async ({ request }) => {
        for (const outside of ['/api/overview', '/_next/static/chunks/x.js', `${mount.basePath}x/api/overview`]) {
          const response = await request.get(`http://127.0.0.1:${at().port}${outside}`);
          expect(response.status(), outside).toBe(404);
          expect(await response.text(), outside).toContain(NOT_ROUTED);
        }
        expect((await request.get(`http://127.0.0.1:${at().appPort}/api/healthz`)).status()).toBe(404);
        const slash = await request.get(`${at().url}/`, { maxRedirects: 0 });
        expect(slash.status()).toBe(308);
        expect(slash.headers().location).toBe(mount.basePath);
      });
    }
  });
}
