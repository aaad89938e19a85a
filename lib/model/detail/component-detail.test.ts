import { describe, expect, it } from 'vitest';
import { COMPONENT_POD_PAGE_SIZE } from '@/lib/api/component';
import { listCaptures, loadCapture, loadCaptureItems } from '@/test/captures';
import { buildComponentDetail, buildDetailModel } from './component-detail';
import type { RawConfigMap, RawEvent } from './raw';

const NOW = Date.parse('2030-01-01T00:00:00Z');

describe.each(listCaptures())('component detail over capture %s', (capture) => {
  const snapshot = loadCapture(capture);
  const model = buildDetailModel(snapshot, NOW);
  const extras = { configMaps: loadCaptureItems<RawConfigMap>(capture, 'configmaps'), events: loadCaptureItems<RawEvent>(capture, 'events') };
  const details = model.components.map((c) => ({ id: c.id, detail: buildComponentDetail(model, extras, c.id, 1, NOW) }));

  it('builds every component, its pods not-ready first and paged', () => {
    for (const { id, detail } of details) {
      expect(detail?.component.id).toBe(id);
      const items = detail!.pods.items;
      expect(items.length).toBeLessThanOrEqual(COMPONENT_POD_PAGE_SIZE);
      const firstReady = items.findIndex((p) => p.isReady);
      expect(firstReady === -1 || items.slice(firstReady).every((p) => p.isReady || p.status === 'Completed')).toBe(true);
    }
  });

  it('accounts for every kube-system pod in exactly one component', () => {
    const total = details.reduce((sum, d) => sum + (d.detail?.pods.total ?? 0), 0);
    expect(total).toBe(snapshot.pods.length);
  });

  it('describes kubelet from the nodes and the core control plane from its health sources', () => {
    const kubelet = details.find((d) => d.id === 'kubelet')?.detail;
    expect(kubelet?.nodes?.total).toBe(snapshot.nodes.length);
    expect(kubelet?.kubectl[0]?.command).toBe('kubectl get nodes -o wide');
    for (const id of ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager']) {
      const cp = details.find((d) => d.id === id)?.detail;
      expect(Boolean(cp?.controlPlane?.podlessNote)).toBe(cp?.pods.total === 0);
    }
  });

  it('shows the Corefile of cluster DNS when the capture holds its ConfigMap', () => {
    const dns = details.find((d) => d.id === 'coredns' || d.id === 'kube-dns')?.detail;
    const hasCorefile = extras.configMaps.some((cm) => cm.metadata?.name === 'coredns' && cm.data?.Corefile);
    const text = dns?.configMaps.find((cm) => cm.name === 'coredns')?.text;
    expect(Boolean(text?.content.includes('kubernetes'))).toBe(hasCorefile);
  });

  it('never carries Secret contents, only Secret names', () => {
    const json = JSON.stringify(details);
    expect(json).not.toMatch(/"(data|stringData)":/);
  });
});

it('answers undefined for an unknown id', () => {
  const model = buildDetailModel(loadCapture('kind'), NOW);
  expect(buildComponentDetail(model, { configMaps: [], events: [] }, 'no-such-thing', 1, NOW)).toBeUndefined();
});
