/**
 * Where and what the DNS probe asks, read from the cluster: the cluster domain (kubelet-config or the
 * Corefile), the `kubernetes` Service IP it should answer, the kube-dns Service's address, the Corefile.
 */
import type { Pod, Service } from '../k8s';
import type { ClusterSnapshot } from '../snapshot';
import { configMapData, containersOf, type FindingsContext } from './context';

export const DEFAULT_CLUSTER_DOMAIN = 'cluster.local';

/**
 * The cluster domain. Kubernetes fact: kubeadm uploads the kubelet's `clusterDomain` to the
 * `kubelet-config` ConfigMap and its `dnsDomain` to `kubeadm-config`; CoreDNS serves it in its
 * `kubernetes <domain> in-addr.arpa ip6.arpa` block. Default `cluster.local`.
 */
export function clusterDomain(context: FindingsContext): string {
  const kubelet = configMapData(context, 'kubelet-config');
  const text = kubelet ? Object.values(kubelet).join('\n') : '';
  const fromKubelet = /^clusterDomain:\s*"?([\w.-]+)"?\s*$/m.exec(text)?.[1];
  if (fromKubelet) return fromKubelet;
  const kubeadm = configMapData(context, 'kubeadm-config')?.ClusterConfiguration ?? '';
  const fromKubeadm = /^\s*dnsDomain:\s*"?([\w.-]+)"?\s*$/m.exec(kubeadm)?.[1];
  if (fromKubeadm) return fromKubeadm;
  const fromCorefile = /^\s*kubernetes\s+([\w.-]+)\s/m.exec(corefile(context)?.text ?? '')?.[1];
  return fromCorefile ?? DEFAULT_CLUSTER_DOMAIN;
}

/** The Corefile and the ConfigMap holding it (`coredns`, or k3s/rke2's chart-named variants). */
export function corefile(context: FindingsContext): { configMap: string; text: string } | undefined {
  for (const cm of context.configMaps ?? []) {
    const text = cm?.data?.Corefile;
    if (text) return { configMap: cm.metadata?.name ?? 'coredns', text };
  }
  return undefined;
}

function firstAddress(cidr: string | undefined): string | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr?.split(',')[0]?.trim() ?? '');
  if (!match) return undefined;
  const n = (((Number(match[1]) << 24) >>> 0) + (Number(match[2]) << 16) + (Number(match[3]) << 8) + Number(match[4]) + 1) >>> 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function flagValue(pods: readonly Pod[], flag: string): string | undefined {
  for (const pod of pods) {
    for (const c of containersOf(pod)) {
      for (const arg of [...(c.command ?? []), ...(c.args ?? [])]) if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
    }
  }
  return undefined;
}

/**
 * The `kubernetes` Service's ClusterIP when it can be known from kube-system. Kubernetes fact: the API
 * server allocates the first address of `--service-cluster-ip-range` to `default/kubernetes`.
 */
export function kubernetesServiceIp(snapshot: ClusterSnapshot, context: FindingsContext): string | undefined {
  const apiservers = snapshot.pods.filter((p) => p?.metadata?.labels?.component === 'kube-apiserver');
  const range = flagValue(apiservers, '--service-cluster-ip-range')
    ?? /^\s*serviceSubnet:\s*"?([\d./,]+)"?\s*$/m.exec(configMapData(context, 'kubeadm-config')?.ClusterConfiguration ?? '')?.[1];
  return firstAddress(range);
}

/** The kube-dns Service (kubeadm, k3s, EKS … keep the legacy name for CoreDNS too). */
export function kubeDnsService(snapshot: ClusterSnapshot): Service | undefined {
  return snapshot.services.find((s) => s?.metadata?.name === 'kube-dns')
    ?? snapshot.services.find((s) => s?.metadata?.labels?.['k8s-app'] === 'kube-dns');
}

/** The kube-dns Service's ClusterIP, the address pods' /etc/resolv.conf points at. */
export function kubeDnsAddress(snapshot: ClusterSnapshot): string | undefined {
  const ip = (kubeDnsService(snapshot)?.spec as { clusterIP?: string } | null | undefined)?.clusterIP;
  return ip && ip !== 'None' ? ip : undefined;
}
