import { test } from '@playwright/test';
import { clusterNames, englishWords, namesInAnswers, withClusterText } from './korean-words';
const BASE = 'http://127.0.0.1:3196';
test('probe', async ({ page, request }) => {
  const pods = (await (await request.get(`${BASE}/api/pods?limit=3`)).json()) as { strings: string[]; rows: [string][] };
  const nodes = (await (await request.get(`${BASE}/api/nodes?limit=3`)).json()) as { rows: [string][] };
  const paths = ['/', '/groups/node', '/components/coredns', '/components/kube-proxy', '/components/kube-apiserver', '/components/etcd', '/components/kubelet', `/pods/${pods.rows[0]![0]}`, '/nodes', `/nodes/${nodes.rows[0]![0]}`, '/pods', '/events', '/health', '/troubleshoot', '/usage', '/inventory', '/clusters'];
  const names = await namesInAnswers(request, BASE, ['/api/overview', '/api/pods?limit=1000', '/api/nodes?limit=1000', '/api/events', '/api/inventory', '/api/findings', '/api/health', '/api/components/coredns', '/api/components/kube-proxy', '/api/components/kubelet']);
  for (const path of paths) {
    await page.goto(`${BASE}${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const words = await englishWords(page, names, { openAll: true });
    console.log(path, JSON.stringify(words));
  }
});
