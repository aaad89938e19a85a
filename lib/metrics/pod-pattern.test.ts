import { describe, expect, it } from 'vitest';
import { podPattern, workloadPodPattern } from './pod-pattern';

/** Prometheus anchors `=~` patterns; so does this check. */
const matches = (pattern: string, name: string) => new RegExp(`^(?:${pattern})$`).test(name);

describe('workloadPodPattern', () => {
  it.each([
    [{ kind: 'Deployment', name: 'coredns' }, 'coredns-7db6d8ff4d-x2k9p', 'coredns-x2k9p'],
    [{ kind: 'DaemonSet', name: 'kube-proxy' }, 'kube-proxy-8kz2m', 'kube-proxy-7db6d8ff4d-x2k9p'],
    [{ kind: 'StatefulSet', name: 'prometheus-k8s' }, 'prometheus-k8s-0', 'prometheus-k8s-abcde'],
    [{ kind: 'static', name: 'kube-apiserver' }, 'kube-apiserver-control-plane-1', 'kube-apiserver'],
    [{ kind: 'Pod', name: 'debug.pod' }, 'debug.pod', 'debugxpod'],
  ])('%o matches %s and not %s', (workload, yes, no) => {
    expect(matches(workloadPodPattern(workload), yes)).toBe(true);
    expect(matches(workloadPodPattern(workload), no)).toBe(false);
  });

  it('joins workloads and remembered pod names into one pattern', () => {
    const pattern = podPattern([{ kind: 'Deployment', name: 'coredns' }], ['coredns-old-pod']);
    expect(matches(pattern, 'coredns-old-pod')).toBe(true);
    expect(matches(pattern, 'coredns-55cb58b774-abcde')).toBe(true);
    expect(matches(pattern, 'kube-proxy-abcde')).toBe(false);
  });
});
