/**
 * What the findings read besides the cache, sampled on timers once per cluster (not per viewer): the DNS
 * probe every 30 s and the API server's serving certificate hourly. Started by the first findings request;
 * pod metrics come from the runtime's one metrics sampler (lib/metrics), not a second poller.
 */
import 'server-only';
import type { DnsProbeResult, TlsProbeResult } from '@/lib/api/findings';
import type { Connection } from '@/lib/kube/connection';
import { probeDns, type DnsTarget } from '@/lib/kube/dns-probe';
import { probeTls, tlsTargetOf } from '@/lib/kube/tls-probe';

export const DNS_PROBE_INTERVAL_MS = 30_000;
export const TLS_PROBE_INTERVAL_MS = 60 * 60_000;
/** A failed handshake is retried sooner than the hourly check. */
export const TLS_RETRY_MS = 5 * 60_000;

export interface ProbeInputs {
  connection: Connection;
  /** A replayed capture: its serving certificate is not the captured one, and it has no DNS. */
  isReplay: boolean;
  /** Where the DNS probe asks, worked out from the cluster's objects each time it runs. */
  dnsTarget: () => DnsTarget;
  /** Resolves once the cache is synced (or has waited long enough): the DNS target needs its Services. */
  whenSynced: () => Promise<unknown>;
}

export class FindingsProbes {
  dns?: DnsProbeResult;
  tls?: TlsProbeResult;
  /** Bumped whenever a probe result changes, so the memoized findings rebuild. */
  version = 0;
  private timers: NodeJS.Timeout[] = [];
  private started = false;
  private dnsInFlight?: Promise<DnsProbeResult>;

  constructor(private readonly inputs: ProbeInputs) {}

  /** Starts the timers once; later calls do nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.inputs.whenSynced().then(() => {
      if (!this.started) return;
      this.every(DNS_PROBE_INTERVAL_MS, () => this.runDns());
      void this.tlsLoop();
    });
  }

  stop(): void {
    this.started = false;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  /** Run the DNS probe now (concurrent callers share one lookup). */
  runDns(): Promise<DnsProbeResult> {
    this.dnsInFlight ??= (async () => {
      const { connection } = this.inputs;
      const target = this.inputs.dnsTarget();
      let result = await probeDns(target);
      // A ClusterIP is unreachable from outside the cluster network: silence there proves nothing about DNS.
      if (result.status === 'failed' && result.error === 'timeout' && target.serverSource === 'kube-dns Service' && connection.source !== 'in-cluster') {
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
    const { connection } = this.inputs;
    this.tls = this.inputs.isReplay
      ? { status: 'unavailable', server: connection.server, error: 'the serving certificate is not in the capture (the replay is served by the demo cluster)', checkedAt: new Date().toISOString() }
      : await probeTls(tlsTargetOf(connection));
    this.version += 1;
    return this.tls;
  }

  private every(intervalMs: number, run: () => Promise<unknown>): void {
    const loop = async () => {
      await run().catch(() => undefined);
      if (this.started) this.timers.push(setTimeout(() => void loop(), intervalMs).unref());
    };
    void loop();
  }

  private async tlsLoop(): Promise<void> {
    const result = await this.runTls();
    if (this.started) this.timers.push(setTimeout(() => void this.tlsLoop(), result.status === 'ok' ? TLS_PROBE_INTERVAL_MS : TLS_RETRY_MS).unref());
  }
}
