import { Writable } from 'node:stream';
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutator } from '../types';
import { startHarness, type Harness } from './test-helpers';

let h: Harness;
let kc: k8s.KubeConfig;
beforeAll(async () => {
  h = await startHarness({ historyMaxEvents: 5 });
  kc = new k8s.KubeConfig();
  kc.loadFromFile(h.sim.kubeconfigPath);
});
afterAll(() => h.sim.close());

async function until<T>(check: () => T | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const stats = async () => (await (await fetch(`${h.sim.adminUrl}/stats`)).json()).requests.byKey as Record<string, number>;
const dropWatches = () => fetch(`${h.sim.adminUrl}/watches/drop`, { method: 'POST' });
const configMap = (name: string, labels: Record<string, string> = {}) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'kube-system', labels }, data: {} });

describe('@kubernetes/client-node against the demo cluster', () => {
  it('lists pods and nodes through CoreV1Api over verified TLS with the token', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const pods = await core.listNamespacedPod({ namespace: 'kube-system', labelSelector: 'k8s-app=kube-dns' });
    expect(pods.items.map((p) => p.metadata?.name)).toEqual(['coredns-abc', 'coredns-def']);
    expect((await core.listNode()).items).toHaveLength(2);
    const paged = await core.listNamespacedPod({ namespace: 'kube-system', limit: 4 });
    expect(paged.metadata?._continue).toBeTruthy();
    await expect(core.readNamespacedPod({ namespace: 'kube-system', name: 'ghost' })).rejects.toMatchObject({ code: 404 });
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    expect((await apps.listNamespacedDeployment({ namespace: 'kube-system' })).items[0].metadata?.name).toBe('coredns');
  });

  it('watches with Watch, resumes from the last resourceVersion, and sees ERROR 410 for an expired one', async () => {
    const watch = new k8s.Watch(kc);
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const rv = (await core.listNamespacedConfigMap({ namespace: 'kube-system' })).metadata!.resourceVersion!;
    await h.t.mutate((m) => m.upsert(configMap('w-1')));
    const seen: string[] = [];
    await new Promise<void>((resolve, reject) => {
      void watch.watch('/api/v1/namespaces/kube-system/configmaps', { resourceVersion: rv, timeoutSeconds: 1 }, (type, obj) => seen.push(`${type} ${obj.metadata?.name}`), (err) => (err ? reject(err) : resolve()));
    });
    expect(seen).toEqual(['ADDED w-1']);
    await h.t.mutate((m) => {
      for (let i = 0; i < 7; i++) m.upsert(configMap('w-2', { n: String(i) }));
    });
    const events: { type: string; obj: { code?: number; reason?: string } }[] = [];
    await new Promise<void>((resolve) => {
      void watch.watch('/api/v1/namespaces/kube-system/configmaps', { resourceVersion: rv }, (type, obj) => events.push({ type, obj }), () => resolve());
    });
    expect(events).toEqual([{ type: 'ERROR', obj: expect.objectContaining({ code: 410, reason: 'Expired' }) }]);
  });

  it('keeps an informer in sync: resumes after a dropped watch, relists after 410', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const path = '/api/v1/namespaces/kube-system/configmaps';
    const informer = k8s.makeInformer(kc, path, () => core.listNamespacedConfigMap({ namespace: 'kube-system', labelSelector: 'team=dash' }), 'team=dash');
    const names = () => informer.list('kube-system').map((c) => c.metadata?.name).sort();
    await fetch(`${h.sim.adminUrl}/stats/reset`, { method: 'POST' });
    await informer.start();
    await h.t.mutate((m) => m.upsert(configMap('i-1', { team: 'dash' })));
    await until(() => names().includes('i-1'), 'i-1 in the informer');

    await dropWatches();
    await until(async () => (await stats())['WATCH configmaps'] === 2, 'a second watch');
    await h.t.mutate((m) => m.upsert(configMap('i-2', { team: 'dash' })));
    await until(() => names().includes('i-2'), 'i-2 after resume');
    expect((await stats())['LIST configmaps']).toBe(1);

    await h.t.mutate((m: Mutator) => {
      m.upsert(configMap('i-3', { team: 'dash' }));
      m.remove('v1', 'ConfigMap', 'kube-system', 'i-3');
      m.upsert(configMap('i-4', { team: 'dash' }));
    });
    await until(() => names().includes('i-4') && !names().includes('i-3'), 'i-3 gone and i-4 live');
    // Changes outside the informer's selector push its last resourceVersion out of the history.
    await h.t.mutate((m: Mutator) => {
      for (let i = 0; i < 7; i++) m.upsert(configMap('noise', { n: String(i) }));
    });
    await dropWatches();
    await until(async () => (await stats())['LIST configmaps'] === 2, 'a relist after 410');
    await h.t.mutate((m) => m.upsert(configMap('i-5', { team: 'dash' })));
    await until(() => names().includes('i-5'), 'i-5 after relist');
    expect(names()).toEqual(['i-1', 'i-2', 'i-4', 'i-5']);
    await informer.stop();
  });

  it('reads metrics with Metrics, topNodes and topPods', async () => {
    const metrics = new k8s.Metrics(kc);
    const nodes = await metrics.getNodeMetrics();
    expect(nodes.items.map((n) => n.metadata.name)).toEqual(['cp-1', 'worker-1']);
    const pods = await metrics.getPodMetrics('kube-system');
    expect(pods.items[0].containers[0].usage.cpu).toBe('3m');
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const top = await k8s.topNodes(core);
    expect(top.map((t) => t.Node.metadata?.name)).toEqual(['cp-1', 'worker-1']);
    expect(Number(top[0].CPU.Capacity)).toBe(4);
    const topPods = await k8s.topPods(core, metrics, 'kube-system');
    expect(topPods.find((p) => p.Pod.metadata?.name === 'coredns-abc')?.CPU.CurrentUsage).toBeCloseTo(0.003);
  });

  it('reads logs with Log, including a follow that streams new lines', async () => {
    const collect = () => {
      const chunks: string[] = [];
      const sink = new Writable({ write: (c, _e, cb) => (chunks.push(String(c)), cb()) });
      return { sink, text: () => chunks.join('') };
    };
    const log = new k8s.Log(kc);
    const tail = collect();
    await log.log('kube-system', 'coredns-abc', 'coredns', tail.sink, { tailLines: 2 });
    await until(() => tail.text().includes('line 19'), 'the tail');
    expect(tail.text()).toBe('[INFO] line 18\n[INFO] line 19\n');

    const follow = collect();
    const ctrl = await log.log('kube-system', 'coredns-abc', 'coredns', follow.sink, { follow: true, tailLines: 1 });
    await until(() => follow.text().includes('line 19'), 'the first line');
    h.t.logs.get('coredns-abc/coredns')!.push({ time: Date.now(), text: 'fresh line' });
    await until(() => follow.text().includes('fresh line'), 'the followed line');
    await h.t.mutate((m) => {
      const pod = m.get('v1', 'Pod', 'kube-system', 'coredns-abc')! as Parameters<typeof m.upsert>[0] & { status: { containerStatuses: object[] } };
      m.upsert({ ...pod, status: { ...pod.status, containerStatuses: [{ ...pod.status.containerStatuses[0], restartCount: 1 }] } });
    });
    await until(() => follow.sink.writableEnded, 'the follow to end on restart');
    expect(ctrl.signal.aborted).toBe(false);
  });
});
