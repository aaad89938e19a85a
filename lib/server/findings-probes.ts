/**
 * What the findings read besides the cache, sampled on timers once per process (not per viewer): the DNS
 * probe every 30 s and the API server's serving certificate hourly. Pod metrics (memory near its limit,
 * stale samples) come from the cache's one metrics sampler (lib/metrics), not a second poller.
 */
import 'server-only';
import type { DnsProbeResult, TlsProbeResult } from '@/lib/api/findings';
import { getConfig } from '@/lib/config';
import type { ClusterCache } from '@/lib/kube/cache';
import { probeDns, readResolvConf, type DnsTarget } from '@/lib/kube/dns-probe';
import { probeTls, tlsTargetOf } from '@/lib/kube/tls-probe';
import type { ConfigMap } from '@/lib/model/findings/context';
import { clusterDomain, kubeDnsAddress, kubernetesServiceIp } from '@/lib/model/findings/dns-target';
import { readSnapshot } from './snapshot';

export const DNS_PROBE_INTERVAL_MS = 30_000;
export const TLS_PROBE_INTERVAL_MS = 60 * 60_000;
/** A failed handshake is retried sooner than the hourly check. */
export const TLS_RETRY_MS = 5 * 60_000;

/** kube-system ConfigMaps from the cache, or undefined when they are not readable. */
export function cachedConfigMaps(cache: ClusterCache): ConfigMap[] | undefined {
  const informer = cache.informers.get('configmaps');
  if (!informer || informer.state === 'forbidden' || !informer.hasSynced) return undefined;
  return cache.objects('configmaps') as unknown as ConfigMap[];
}

export class FindingsProbes {
  dns?: DnsProbeResult;
  tls?: TlsProbeResult;
  /** Bumped whenever a probe result changes, so the memoized findings rebuild. */
  version = 0;
  private timers: NodeJS.Timeout[] = [];
  private started = false;
  private dnsInFlight?: Promise<DnsProbeResult>;

  constructor(private readonly cache: ClusterCache) {}

  start(): void {
    if (this.started) return;
    this.started = true;
    void this.cache.waitForSync(10_000).then(() => {
      this.every(DNS_PROBE_INTERVAL_MS, () => this.runDns());
      void this.tlsLoop();
    });
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  /** Where the DNS probe asks: CLUSTER_DNS_SERVER, in-cluster /etc/resolv.conf, else the kube-dns Service. */
  dnsTarget(): DnsTarget {
    const config = getConfig();
    const snapshot = readSnapshot(this.cache);
    const context = { now: Date.now(), configMaps: cachedConfigMaps(this.cache) };
    const name = `kubernetes.default.svc.${clusterDomain(context)}`;
    const inCluster = this.cache.connection.source === 'in-cluster';
    const expected = (inCluster ? config.KUBERNETES_SERVICE_HOST : undefined) ?? kubernetesServiceIp(snapshot, context);
    const base = { name, ...(expected ? { expected } : {}) };
    if (config.CLUSTER_DNS_SERVER) return { ...base, server: config.CLUSTER_DNS_SERVER, serverSource: 'CLUSTER_DNS_SERVER' };
    // A replayed capture has Services but no DNS server behind them: nothing can be asked.
    if (this.cache.capturedAt) return { ...base, unavailable: 'a replayed capture has no cluster DNS to ask (set CLUSTER_DNS_SERVER to test one)' };
    const resolv = inCluster ? readResolvConf() : undefined;
    if (resolv) return { ...base, server: resolv, serverSource: '/etc/resolv.conf' };
    const service = kubeDnsAddress(snapshot);
    if (service) return { ...base, server: service, serverSource: 'kube-dns Service' };
    return { ...base, unavailable: 'no kube-dns Service ClusterIP is known and CLUSTER_DNS_SERVER is not set' };
  }

  /** Run the DNS probe now (concurrent callers share one lookup). */
  runDns(): Promise<DnsProbeResult> {
    this.dnsInFlight ??= (async () => {
      const target = this.dnsTarget();
      let result = await probeDns(target);
      // A ClusterIP is unreachable from outside the cluster network: silence there proves nothing about DNS.
      if (result.status === 'failed' && result.error === 'timeout' && target.serverSource === 'kube-dns Service' && this.cache.connection.source !== 'in-cluster') {
        result = { ...result, status: 'unavailable', error: `no answer from ${result.server} (the kube-dns Service ClusterIP is usually unreachable from outside the cluster network; set CLUSTER_DNS_SERVER to test DNS from here)` };
      }
      this.dns = result;
      this.version += 1;
      return result;
    })().finally(() => {
      this.dnsInFlight = undefined;
    });
    return this.dnsInFlight;
  }

  async runTls(): Promise<TlsProbeResult> {
    // A replayed capture is served by the demo cluster: its certificate says nothing about the captured one.
    this.tls = this.cache.capturedAt
      ? { status: 'unavailable', server: this.cache.connection.server, error: 'the serving certificate is not in the capture (the replay is served by the demo cluster)', checkedAt: new Date().toISOString() }
      : await probeTls(tlsTargetOf(this.cache.connection));
    this.version += 1;
    return this.tls;
  }

  private every(intervalMs: number, run: () => Promise<unknown>): void {
    const loop = async () => {
      await run().catch(() => undefined);
      this.timers.push(setTimeout(() => void loop(), intervalMs).unref());
    };
    void loop();
  }

  private async tlsLoop(): Promise<void> {
    const result = await this.runTls();
    this.timers.push(setTimeout(() => void this.tlsLoop(), result.status === 'ok' ? TLS_PROBE_INTERVAL_MS : TLS_RETRY_MS).unref());
  }
}

const GLOBAL_KEY = Symbol.for('kubesys.findings-probes');
type Holder = { [GLOBAL_KEY]?: WeakMap<ClusterCache, FindingsProbes> };

/** The process's probes for a cache, started on first use (kept on globalThis like the cache itself). */
export function getFindingsProbes(cache: ClusterCache): FindingsProbes {
  const holder = globalThis as Holder;
  const all = (holder[GLOBAL_KEY] ??= new WeakMap());
  let probes = all.get(cache);
  if (!probes) {
    probes = new FindingsProbes(cache);
    all.set(cache, probes);
    probes.start();
  }
  return probes;
}
