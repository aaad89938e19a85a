import { describe, expect, it } from 'vitest';
import { GROUP_IDS } from '@/lib/api/types';
import { listCaptures, loadCapture } from '@/test/captures';
import { EXPECTED } from '@/test/capture-expectations';
import { buildComponents, buildGroups } from './components';


/** Where the control plane runs no pods in kube-system, and the words the reason must use. */
const PODLESS_CONTROL_PLANE: Record<string, string> = {
  aks: 'managed by the provider (AKS)',
  'eks-2': 'managed by the provider (EKS)',
  'gke-calico': 'managed by the provider (GKE)',
  k3s: 'k3s runs it inside the server process',
  'openshift-azure': 'OpenShift',
};
const CORE = ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager'];
/** A time just after each capture was taken matters only for restart windows; a fixed one keeps tests stable. */
const NOW = Date.parse('2030-01-01T00:00:00Z');

describe.each(listCaptures())('components of capture %s', (capture) => {
  const snapshot = loadCapture(capture);
  const groups = buildGroups(snapshot, NOW);
  const components = groups.flatMap((g) => g.components);

  it('returns the five groups in order, each component in its own group', () => {
    expect(groups.map((g) => g.id)).toEqual(GROUP_IDS);
    for (const g of groups) for (const c of g.components) expect(c.group).toBe(g.id);
  });

  it('puts every pod in exactly one component (none dropped, none twice)', () => {
    const listed = components.flatMap((c) => c.pods.map((p) => p.name)).sort();
    const pods = snapshot.pods.map((p) => p.metadata?.name ?? '').sort();
    expect(listed).toEqual(pods);
    expect(components.reduce((n, c) => n + c.podCount, 0)).toBe(snapshot.pods.length);
  });

  it('yields the expected components per group', () => {
    const expected = EXPECTED[capture];
    expect(expected, `add ${capture} to EXPECTED`).toBeDefined();
    for (const group of GROUP_IDS) {
      const ids = groups.find((g) => g.id === group)!.components.map((c) => c.id);
      const want = expected?.[group] ?? (group === 'control-plane' ? CORE : []);
      expect(ids, group).toEqual(want);
    }
  });

  it('shows kubelet with one entry per Node', () => {
    const kubelet = components.find((c) => c.id === 'kubelet')!;
    expect(kubelet.group).toBe('node');
    expect(kubelet.nodes.map((n) => n.name).sort()).toEqual(snapshot.nodes.map((n) => n.metadata?.name).sort());
    for (const n of kubelet.nodes) expect(n.kubeletVersion).toMatch(/^v1\./);
  });

  it('gives every component a status, reasons and an href', () => {
    for (const c of components) {
      expect(['healthy', 'degraded', 'down', 'unknown']).toContain(c.status);
      expect(c.reasons.length).toBeGreaterThan(0);
      expect(c.reasons.length).toBeLessThanOrEqual(3);
      expect(c.href).toBe(`/components/${c.id}`);
    }
  });

  const podless = capture in PODLESS_CONTROL_PLANE;
  it(podless ? 'shows the pod-less core control plane as unknown, saying why' : 'shows the core control plane from its pods', () => {
    for (const id of CORE) {
      const c = components.find((x) => x.id === id)!;
      if (podless) {
        expect(c).toMatchObject({ group: 'control-plane', status: 'unknown', podCount: 0 });
        expect(c.reasons[0]).toContain('no pods in kube-system');
        expect(c.reasons[0]).toContain(PODLESS_CONTROL_PLANE[capture]);
      } else {
        expect(c.group).toBe('control-plane');
        expect(c.podCount).toBeGreaterThan(0);
      }
    }
  });
});

describe('capture verdicts', () => {
  const byId = (capture: string) => new Map(buildComponents(loadCapture(capture), NOW).map((c) => [c.id, c]));

  it('kubeadm-flannel (single node): everything healthy; the stale componentstatus probes do not count', () => {
    const components = byId('kubeadm-flannel');
    for (const c of components.values()) expect(c.status, c.id).toBe('healthy');
    expect(components.get('etcd')!.reasons).toEqual(['1 of 1 pod ready', 'componentstatus etcd-0 healthy']);
    expect(components.get('flannel')!.reasons).toEqual(['1 of 1 pod ready']);
    expect(components.get('kubelet')!.reasons).toEqual(['1 of 1 node ready']);
  });

  it('aks: crash-looping autoscaler is down, dashboard degraded with the failing pod named', () => {
    const components = byId('aks');
    expect(components.get('dns-autoscaler')).toMatchObject({
      status: 'down',
      reasons: ['0 of 1 pod ready: coredns-autoscaler-6d7bd69669-nmpz2 CrashLoopBackOff, 1,569 restarts; last exit code 2 (Error)'],
    });
    expect(components.get('kubernetes-dashboard')).toMatchObject({
      status: 'degraded',
      reasons: ['1 of 2 pods ready: kubernetes-dashboard-7f7676f7b5-65j6w CrashLoopBackOff, 2,943 restarts; last exit code 2 (Error)'],
    });
    expect(components.get('kubernetes-dashboard')!.pods[0]!.isReady).toBe(false);
  });

  it('k3s: Completed helm-install pods are not failures', () => {
    const helm = byId('k3s').get('helm-install')!;
    expect(helm).toMatchObject({ status: 'healthy', reasons: ['2 jobs completed'], podCount: 2, readyCount: 0 });
    expect(helm.pods.map((p) => p.phase)).toEqual(['Completed', 'Completed']);
  });
});
