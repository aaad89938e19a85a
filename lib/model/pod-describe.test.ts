import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CAPTURES_DIR, listCaptures, loadCapture } from '@/test/captures';
import type { Pod } from './k8s';
import { podYaml, toPodDetail, toPodEvents, toVolume, type RawEvent } from './pod-describe';
import { podDisplayStatus } from './pod-status';
import { buildWorkloadContext } from './workload';

const byName = (capture: string, name: string): Pod => {
  const pod = loadCapture(capture).pods.find((p) => p.metadata?.name === name);
  if (!pod) throw new Error(`no pod ${name} in ${capture}`);
  return pod;
};

describe('toPodDetail over every capture', () => {
  for (const capture of listCaptures()) {
    it(`${capture}: every pod maps with containers, status and volumes matching the object`, () => {
      const snapshot = loadCapture(capture);
      const ctx = buildWorkloadContext(snapshot.replicaSets);
      expect(snapshot.pods.length).toBeGreaterThan(0);
      for (const pod of snapshot.pods) {
        const detail = toPodDetail(pod, ctx);
        expect(detail.name).toBe(pod.metadata?.name);
        expect(detail.status).toBe(podDisplayStatus(pod) || 'Unknown');
        expect(detail.containers.map((c) => c.name)).toEqual((pod.spec?.containers ?? []).map((c) => c.name));
        expect(detail.initContainers).toHaveLength(pod.spec?.initContainers?.length ?? 0);
        for (const c of detail.containers) expect(c.image).not.toBe('');
        const volumes = (pod.spec as { volumes?: unknown[] } | undefined)?.volumes ?? [];
        expect(detail.volumes).toHaveLength(volumes.length);
        for (const v of detail.volumes) expect(v.type).not.toBe('unknown');
        // No Secret content can appear: a volume carries its name, type and source name, nothing more.
        for (const v of detail.volumes) expect(Object.keys(v).every((k) => ['name', 'type', 'source'].includes(k))).toBe(true);
      }
    });
  }
});

describe('toPodDetail on a kubeadm CoreDNS pod', () => {
  const pod = byName('kubeadm-calico', 'coredns-558bd4d5db-h9dhs');
  const detail = toPodDetail(pod, buildWorkloadContext(loadCapture('kubeadm-calico').replicaSets));

  it('resolves the ReplicaSet owner to its Deployment', () => {
    expect(detail.owner).toEqual({ kind: 'ReplicaSet', name: 'coredns-558bd4d5db' });
    expect(detail.workload).toEqual({ kind: 'Deployment', name: 'coredns' });
  });

  it('reads QoS, ports, requests and limits, tolerations and volumes as describe prints them', () => {
    expect(detail.qosClass).toBe('Burstable');
    expect(detail.priorityClassName).toBe('system-cluster-critical');
    const [coredns] = detail.containers;
    expect(coredns?.ports).toContainEqual({ name: 'dns', containerPort: 53, protocol: 'UDP' });
    expect(coredns?.requests).toMatchObject({ cpu: '100m', memory: '70Mi' });
    expect(coredns?.limits).toMatchObject({ memory: '170Mi' });
    expect(coredns?.state.kind).toBe('running');
    expect(detail.tolerations).toContainEqual(expect.objectContaining({ key: 'CriticalAddonsOnly', operator: 'Exists' }));
    expect(detail.volumes).toContainEqual({ name: 'config-volume', type: 'configMap', source: 'coredns' });
    expect(detail.conditions.map((c) => c.type)).toContain('Ready');
  });
});

describe('toPodDetail last state', () => {
  it('shows the terminated last state with its exit code (kube-apiserver restarted once)', () => {
    const pod = byName('kubeadm-calico', 'kube-apiserver-k8s-controller1');
    const detail = toPodDetail(pod, buildWorkloadContext([]));
    expect(detail.workload).toEqual({ kind: 'static', name: 'kube-apiserver' });
    const [apiserver] = detail.containers;
    expect(apiserver?.restarts).toBe(1);
    expect(apiserver?.lastState).toMatchObject({ kind: 'terminated', exitCode: expect.any(Number), reason: expect.any(String) });
  });

  it('reads a crash loop: waiting CrashLoopBackOff now, terminated Error before', () => {
    const pod: Pod = {
      metadata: { name: 'coredns-x', ownerReferences: [{ kind: 'ReplicaSet', name: 'coredns-5d78c9869d', controller: true }] },
      spec: { containers: [{ name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.11.1' }] },
      status: {
        phase: 'Running',
        containerStatuses: [
          {
            name: 'coredns',
            restartCount: 7,
            state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' } },
            lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:02Z' } },
          },
        ],
      },
    };
    const detail = toPodDetail(pod, buildWorkloadContext([]));
    expect(detail.status).toBe('CrashLoopBackOff');
    expect(detail.containers[0]).toMatchObject({
      restarts: 7,
      state: { kind: 'waiting', reason: 'CrashLoopBackOff' },
      lastState: { kind: 'terminated', exitCode: 1, reason: 'Error' },
    });
  });
});

describe('toVolume', () => {
  it('names a Secret volume by its secret and nothing more', () => {
    expect(toVolume({ name: 'certs', secret: { secretName: 'metrics-server-certs', defaultMode: 420 } })).toEqual({
      name: 'certs',
      type: 'secret',
      source: 'metrics-server-certs',
    });
  });

  it('lists projected sources and host paths', () => {
    const projected = toVolume({
      name: 'kube-api-access-abc',
      projected: { sources: [{ serviceAccountToken: { path: 'token' } }, { configMap: { name: 'kube-root-ca.crt' } }] },
    });
    expect(projected).toEqual({ name: 'kube-api-access-abc', type: 'projected', source: 'serviceAccountToken token, configMap kube-root-ca.crt' });
    expect(toVolume({ name: 'lib-modules', hostPath: { path: '/lib/modules', type: '' } }).source).toBe('/lib/modules');
    expect(toVolume({ name: 'tmp', emptyDir: {} })).toEqual({ name: 'tmp', type: 'emptyDir' });
  });
});

describe('toPodEvents', () => {
  it('keeps the pod events of a capture, newest first', () => {
    const file = join(CAPTURES_DIR, 'kubeadm-calico', 'kube-system', 'events.json');
    const events = (JSON.parse(readFileSync(file, 'utf8')) as { items: RawEvent[] }).items;
    const target = events.find((e) => e.involvedObject?.kind === 'Pod')!;
    const podEvents = toPodEvents(events, target.involvedObject!.name!);
    expect(podEvents.length).toBeGreaterThan(0);
    expect(podEvents.every((e) => e.reason && e.count >= 1)).toBe(true);
    const times = podEvents.map((e) => e.lastSeen ?? '');
    expect([...times].sort().reverse()).toEqual(times);
    expect(toPodEvents(events, 'no-such-pod')).toEqual([]);
  });
});

describe('podYaml', () => {
  it('drops managedFields and parses back to the same object otherwise', () => {
    const pod = byName('kubeadm-calico', 'coredns-558bd4d5db-h9dhs') as Pod & { metadata: { managedFields?: unknown } };
    expect(pod.metadata.managedFields).toBeDefined();
    const text = podYaml(pod);
    expect(text).not.toContain('managedFields');
    expect(text.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n')).toBe(true);
    const back = parse(text) as Record<string, unknown> & { metadata: Record<string, unknown> };
    const { managedFields: _dropped, ...meta } = pod.metadata;
    void _dropped;
    expect(back.metadata).toEqual(meta);
    expect(back.spec).toEqual(pod.spec);
    expect(back.status).toEqual(pod.status);
  });
});
