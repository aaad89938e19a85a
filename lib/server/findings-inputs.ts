/**
 * What the findings read of a cluster besides its snapshot: the kube-system ConfigMaps when they can be
 * read, and where the DNS probe asks (CLUSTER_DNS_SERVER, the in-cluster resolv.conf, else kube-dns).
 */
import 'server-only';
import { getConfig } from '@/lib/config';
import { readResolvConf, type DnsTarget } from '@/lib/kube/dns-probe';
import type { ConfigMap } from '@/lib/model/k8s';
import { clusterDomain, kubeDnsAddress, kubernetesServiceIp } from '@/lib/model/findings/dns-target';
import type { ClusterRuntime } from './runtime';
import { readSnapshot } from './snapshot';

/** kube-system ConfigMaps from the cache, or undefined when they are not readable (forbidden, or not listed yet). */
export function cachedConfigMaps(runtime: ClusterRuntime): readonly ConfigMap[] | undefined {
  const informer = runtime.cache.informer('configmaps');
  if (informer.state === 'forbidden' || !informer.hasSynced) return undefined;
  return runtime.list('configmaps');
}

/** Where the DNS probe asks: CLUSTER_DNS_SERVER, in-cluster /etc/resolv.conf, else the kube-dns Service. */
export function dnsTargetOf(runtime: ClusterRuntime): DnsTarget {
  const config = getConfig();
  const snapshot = readSnapshot(runtime);
  const context = { now: Date.now(), configMaps: cachedConfigMaps(runtime) };
  const name = `kubernetes.default.svc.${clusterDomain(context)}`;
  const inCluster = runtime.connection.source === 'in-cluster';
  const expected = (inCluster ? config.KUBERNETES_SERVICE_HOST : undefined) ?? kubernetesServiceIp(snapshot, context);
  const base = { name, ...(expected ? { expected } : {}) };
  const dnsServer = runtime.connection.extension?.clusterDnsServer ?? config.CLUSTER_DNS_SERVER;
  if (dnsServer) return { ...base, server: dnsServer, serverSource: 'CLUSTER_DNS_SERVER' };
  // A replayed capture has Services but no DNS server behind them: nothing can be asked.
  if (runtime.capturedAt) return { ...base, unavailable: 'a replayed capture has no cluster DNS to ask (set CLUSTER_DNS_SERVER to test one)' };
  const resolv = inCluster ? readResolvConf() : undefined;
  if (resolv) return { ...base, server: resolv, serverSource: '/etc/resolv.conf' };
  const service = kubeDnsAddress(snapshot);
  if (service) return { ...base, server: service, serverSource: 'kube-dns Service' };
  return { ...base, unavailable: 'no kube-dns Service ClusterIP is known and CLUSTER_DNS_SERVER is not set' };
}
