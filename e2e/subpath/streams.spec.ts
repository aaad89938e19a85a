/**
 * Journey, at the root and under each sub-path, one build: a followed log streams over server-sent
 * events through nginx, and the real kubectl reads the cluster through the dashboard's /api/k8s proxy
 * under the prefix (nginx as the authenticating proxy, the way kubectl gets through an Ingress).
 */
import { expect, test } from '@playwright/test';
import { kubectl, outsidePrefix, podsOf, recordRequests } from './journey';
import { entry, MOUNTS } from './mounts';

for (const mount of MOUNTS) {
  test.describe(`served at ${mount.basePath || '/'}`, () => {
    const at = () => entry(mount, 'sso');

    test('following a pod\'s log streams new lines over SSE through nginx', async ({ page, request }) => {
      const [pod] = await podsOf(request, at(), 'coredns');
      const requests = recordRequests(page);
      await page.goto(`${at().url}/pods/${pod}?tab=logs&tail=5`);
      const rows = page.getByRole('log').locator('[data-index]');
      await expect(rows).toHaveCount(5);
      const stream = page.waitForResponse((r) => new URL(r.url()).pathname === `${mount.basePath}/api/pods/${pod}/logs` && r.url().includes('follow='));
      await page.getByRole('button', { name: 'Follow', exact: true }).click();
      const response = await stream;
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/event-stream');
      await expect(page.getByRole('status').filter({ hasText: 'following' })).toBeVisible();
      // The demo CoreDNS logs a query every few seconds: lines beyond the five must arrive, unbuffered.
      await expect(rows).toHaveCount(6, { timeout: 20_000 });
      await expect(rows.last()).toContainText('[INFO]');
      expect(outsidePrefix(at(), requests)).toEqual([]);
    });

    test('kubectl gets, tops and reads logs through /api/k8s under the prefix; refusals reach it as Status', async () => {
      const pods = await kubectl(at(), 'get', 'pods', '-n', 'kube-system');
      expect(pods.code, pods.out).toBe(0);
      expect(pods.out.split('\n')[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
      expect(pods.out).toMatch(/^coredns-\S+\s+1\/1\s+Running/m);

      const top = await kubectl(at(), 'top', 'nodes');
      expect(top.code, top.out).toBe(0);
      expect(top.out).toMatch(/^control-plane-1\s+\d+m\s+\d+%/m);

      const names = await kubectl(at(), 'get', 'pods', '-n', 'kube-system', '-o', 'name');
      const coredns = names.out.split('\n').find((line) => line.startsWith('pod/coredns-'))!;
      const logs = await kubectl(at(), 'logs', '-n', 'kube-system', coredns, '--tail=3');
      expect(logs.code, logs.out).toBe(0);
      expect(logs.out.trim().split('\n')).toHaveLength(3);

      const secrets = await kubectl(at(), 'get', 'secrets', '-n', 'kube-system');
      expect(secrets.code).not.toBe(0);
      expect(secrets.out).toContain('Secrets are never read');
    });
  });
}
