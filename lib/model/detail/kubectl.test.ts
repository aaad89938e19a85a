import { describe, expect, it } from 'vitest';
import { bucketSnapshot } from '@/lib/model/buckets';
import { listCaptures, loadCapture } from '@/test/captures';
import { componentSelector, kubectlCommands, type KubectlInput, type LabeledPod } from './kubectl';

/** Evaluates the selectors componentSelector writes (`a=b,c=d` and `k in (x,y)`), as kubectl would. */
function selects(selector: string, labels: Readonly<Record<string, string>>): boolean {
  const set = /^(\S+) in \((.*)\)$/.exec(selector);
  if (set) return set[2]!.split(',').includes(labels[set[1]!] ?? '\0');
  return selector.split(',').every((term) => {
    const [key, value] = term.split('=');
    return labels[key!] === value;
  });
}

const pod = (name: string, labels: Record<string, string>): LabeledPod => ({ name, labels });
const base: KubectlInput = { id: 'x', pods: [], allPods: [], workloads: [], hasManyContainers: false, configMaps: [], isKubelet: false };

describe('kubectlCommands', () => {
  const dns = [pod('coredns-a', { 'k8s-app': 'kube-dns', 'pod-template-hash': 'a' }), pod('coredns-b', { 'k8s-app': 'kube-dns', 'pod-template-hash': 'a' })];
  const all = [...dns, pod('kube-proxy-x', { 'k8s-app': 'kube-proxy' })];

  it("uses the Deployment's selector for list, logs and the workload", () => {
    const commands = kubectlCommands({
      ...base,
      id: 'coredns',
      pods: dns,
      allPods: all,
      workloads: [{ kind: 'Deployment', name: 'coredns', matchLabels: { 'k8s-app': 'kube-dns' } }],
      configMaps: ['coredns'],
    }).map((c) => c.command);
    expect(commands).toEqual([
      'kubectl get pods -n kube-system -l k8s-app=kube-dns -o wide',
      'kubectl get deploy coredns -n kube-system -o wide',
      'kubectl describe pod coredns-a -n kube-system',
      'kubectl logs -n kube-system -l k8s-app=kube-dns --tail=100 --prefix',
      'kubectl get events -n kube-system --field-selector involvedObject.name=coredns-a',
      'kubectl get configmap coredns -n kube-system -o yaml',
    ]);
  });

  it('says what each command shows as a message, and in English for the JSON API', () => {
    const [list, workload] = kubectlCommands({
      ...base,
      id: 'coredns',
      pods: dns,
      allPods: all,
      workloads: [{ kind: 'Deployment', name: 'coredns', matchLabels: { 'k8s-app': 'kube-dns' } }],
    });
    expect(list).toMatchObject({ label: 'List the pods', labelMessage: { id: 'kubectl.listPods' } });
    expect(workload).toMatchObject({ label: 'Show the Deployment', labelMessage: { id: 'kubectl.showWorkload', values: { kind: 'Deployment' } } });
  });

  it('adds --previous for a crashed pod and --all-containers for multi-container pods', () => {
    const commands = kubectlCommands({ ...base, pods: dns, allPods: all, hasManyContainers: true, crashedPod: 'coredns-b' }).map((c) => c.command);
    expect(commands).toContain('kubectl logs -n kube-system -l k8s-app=kube-dns --tail=100 --prefix --all-containers');
    expect(commands).toContain('kubectl logs -n kube-system coredns-b --previous --tail=100 --all-containers');
  });

  it('writes a quoted set-based selector when the pods share a label key but not a value', () => {
    const calico = [pod('calico-node-1', { 'k8s-app': 'calico-node' }), pod('calico-kube-controllers-1', { 'k8s-app': 'calico-kube-controllers' })];
    const [list] = kubectlCommands({ ...base, pods: calico, allPods: [...calico, ...all] });
    expect(list?.command).toBe("kubectl get pods -n kube-system -l 'k8s-app in (calico-kube-controllers,calico-node)' -o wide");
  });

  it('names the pods when no label singles them out', () => {
    const odd = [pod('a', {}), pod('b', {})];
    const [list] = kubectlCommands({ ...base, pods: odd, allPods: [...odd, pod('c', {})] });
    expect(list?.command).toBe('kubectl get pods -n kube-system a b -o wide');
  });

  it('gives kubelet the node commands', () => {
    expect(kubectlCommands({ ...base, id: 'kubelet', isKubelet: true, firstNode: 'w-1' }).map((c) => c.command)).toEqual([
      'kubectl get nodes -o wide',
      'kubectl describe node w-1',
      'kubectl get leases -n kube-node-lease',
    ]);
  });

  it('adds readyz for the API server and the Lease for leader-elected components', () => {
    expect(kubectlCommands({ ...base, id: 'kube-apiserver', controlPlane: 'readyz' }).map((c) => c.command)).toEqual([
      "kubectl get --raw='/readyz?verbose'",
    ]);
    expect(kubectlCommands({ ...base, id: 'kube-scheduler', controlPlane: 'lease' }).map((c) => c.command)).toEqual([
      'kubectl get lease kube-scheduler -n kube-system -o yaml',
    ]);
  });
});

describe.each(listCaptures())('selectors over capture %s', (capture) => {
  const snapshot = loadCapture(capture);
  const allPods = snapshot.pods.map((p) => pod(p.metadata?.name ?? '', p.metadata?.labels ?? {}));
  const buckets = [...bucketSnapshot(snapshot).values()].filter((b) => b.pods.length > 0);

  it("selects exactly each component's pods whenever it writes a selector", () => {
    const wrong: string[] = [];
    for (const bucket of buckets) {
      const pods = bucket.pods.map((f) => pod(f.name, f.pod.metadata?.labels ?? {}));
      const selector = componentSelector({ pods, allPods, workloads: [] });
      if (!selector) continue;
      const own = new Set(pods.map((p) => p.name));
      for (const p of allPods) if (selects(selector, p.labels) !== own.has(p.name)) wrong.push(`${bucket.id}: ${selector} vs ${p.name}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds a selector for cluster DNS and kube-proxy where they run', () => {
    for (const id of ['coredns', 'kube-dns', 'kube-proxy']) {
      const bucket = buckets.find((b) => b.id === id);
      const pods = bucket?.pods.map((f) => pod(f.name, f.pod.metadata?.labels ?? {})) ?? [];
      const selector = componentSelector({ pods, allPods, workloads: [] });
      expect(Boolean(selector)).toBe(pods.length > 0);
    }
  });
});
