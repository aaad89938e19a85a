/** GET /api/overview through real HTTP against the demo dashboards: the contract scripts rely on. */
import { expect, test } from '@playwright/test';
import { DEGRADED, HEALTHY, LARGE } from './env';

const GROUPS = ['control-plane', 'node', 'add-on', 'monitoring'];
const STATUSES = ['healthy', 'degraded', 'down', 'unknown'];

interface Overview {
  cluster: { name: string; version: string; source: string };
  groups: Array<{
    id: string;
    components: Array<{
      id: string;
      name: string;
      status: string;
      reasons: string[];
      href: string;
      group: string;
      recognition: { by: string; evidence: string[] };
      podCount: number;
      pods: Array<{ name: string; node: string; ready: string; phase: string; restarts: number }>;
      nodes: Array<{ name: string; ready: boolean; kubeletVersion: string }>;
      nodeCount: number;
      readyNodeCount: number;
    }>;
  }>;
}

test('answers the documented contract', async ({ request }) => {
  const response = await request.get(`${HEALTHY.url}/api/overview`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = (await response.json()) as Overview;
  expect(body.cluster).toMatchObject({ name: 'kubesys-demo', source: 'demo' });
  expect(body.groups.map((g) => g.id)).toEqual(GROUPS);
  for (const group of body.groups) {
    for (const component of group.components) {
      expect(STATUSES).toContain(component.status);
      expect(component.href).toBe(`/components/${component.id}`);
      expect(Array.isArray(component.reasons)).toBe(true);
      expect(component.group).toBe(group.id);
      expect(['table', 'shape', 'unrecognised']).toContain(component.recognition.by);
      expect(component.recognition.evidence.length, component.id).toBeGreaterThan(0);
    }
  }
  const byId = new Map(body.groups.flatMap((g) => g.components).map((c) => [c.id, c]));
  expect([...byId.keys()]).toEqual(expect.arrayContaining(['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'kubelet', 'kube-proxy', 'calico', 'coredns', 'metrics-server', 'prometheus', 'grafana', 'alertmanager']));
  expect(byId.get('kubelet')!.nodes).toHaveLength(4);
  expect(byId.get('coredns')!.pods).toHaveLength(2);
  expect(byId.get('coredns')!.pods[0]).toMatchObject({ ready: '1/1', phase: 'Running' });
  expect(byId.get('coredns')!.recognition).toEqual({ by: 'table', evidence: ['label k8s-app=kube-dns'] });
  expect(byId.get('etcd-backup')).toMatchObject({ group: 'control-plane', recognition: { by: 'shape' } });
});

test('lists every kube-system pod in exactly one component', async ({ request }) => {
  const body = (await (await request.get(`${HEALTHY.url}/api/overview?pods=all`)).json()) as Overview;
  const names = body.groups.flatMap((g) => g.components).flatMap((c) => c.pods.map((p) => p.name));
  expect(new Set(names).size).toBe(names.length);
  const total = body.groups.flatMap((g) => g.components).reduce((sum, c) => sum + c.podCount, 0);
  expect(names.length).toBe(total);
  expect(names.length).toBeGreaterThan(15);
});

test('the degraded scenario reports the crash loop and the NotReady node', async ({ request }) => {
  const components = async () => {
    const body = (await (await request.get(`${DEGRADED.url}/api/overview`)).json()) as Overview;
    return new Map(body.groups.flatMap((g) => g.components).map((c) => [c.id, c]));
  };
  const byId = await components();
  expect(byId.get('coredns')!.status).toBe('degraded');
  // Every five minutes the crashing container runs for 2 s (the kubelet's back-off is over), and the pod is
  // honestly running, not ready; the crash loop shows again as soon as that run ends.
  await expect.poll(async () => (await components()).get('coredns')!.reasons.join(' '), { timeout: 10_000 }).toMatch(/CrashLoopBackOff, \d+ restarts/);
  expect(byId.get('kubelet')!.reasons.join(' ')).toMatch(/NotReady/);
  expect(byId.get('kube-proxy')!.status).not.toBe('healthy');
});

test('at 400 nodes the kubelet lists 50 Nodes and counts all 400, and the overview says so', async ({ request, page }) => {
  const body = (await (await request.get(`${LARGE.url}/api/overview`)).json()) as Overview;
  const kubelet = body.groups.flatMap((g) => g.components).find((c) => c.id === 'kubelet')!;
  expect(kubelet.nodes).toHaveLength(50);
  expect(kubelet.nodeCount).toBe(400);
  const nodes = (await (await request.get(`${LARGE.url}/api/nodes?limit=1`)).json()) as { summary: { total: number; ready: number } };
  expect(nodes.summary.total).toBe(400);
  expect(kubelet.readyNodeCount).toBe(nodes.summary.ready);
  await page.goto(LARGE.url);
  await expect(page.getByRole('definition').filter({ hasText: `${kubelet.readyNodeCount}/400` })).toBeVisible();
  await expect(page.getByRole('link', { name: /^kubelet/ }).getByText(`${kubelet.readyNodeCount} of 400 nodes ready`).first()).toBeVisible();
});
