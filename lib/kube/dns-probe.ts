/**
 * The guide's `nslookup kubernetes.default` test, run by the server without creating a pod: resolve
 * `kubernetes.default.svc.<cluster domain>` through the cluster DNS with `node:dns` and report the
 * answer and its latency. The address comes from CLUSTER_DNS_SERVER, in-cluster from /etc/resolv.conf,
 * else the kube-dns Service's ClusterIP (reachable only from inside the cluster network).
 */
import 'server-only';
import { Resolver } from 'node:dns/promises';
import fs from 'node:fs';
import type { DnsProbeResult } from '@/lib/api/findings';

/** How long one lookup may take (CoreDNS answers cluster names in milliseconds). */
export const DNS_PROBE_TIMEOUT_MS = 2_000;

export interface DnsTarget {
  name: string;
  /** `ip:port` or `ip` (port 53); undefined when no address is known. */
  server?: string;
  serverSource?: string;
  expected?: string;
  /** Why no server is known, when none is. */
  unavailable?: string;
}

const ERROR_WORDS: Record<string, string> = {
  ESERVFAIL: 'SERVFAIL',
  ENOTFOUND: 'NXDOMAIN',
  ETIMEOUT: 'timeout',
  ECONNREFUSED: 'connection refused',
  ENODATA: 'no A record',
  EREFUSED: 'REFUSED',
  EBADRESP: 'malformed answer',
};

/** `ip:port` for node:dns `setServers`: `10.96.0.10` → `10.96.0.10:53` (IPv6 in brackets). */
export function serverAddress(server: string): string {
  if (/^\[.*\]:\d+$/.test(server) || /^[\d.]+:\d+$/.test(server)) return server;
  return server.includes(':') ? `[${server}]:53` : `${server}:53`;
}

/** The first `nameserver` of a resolv.conf text. Kubernetes fact: the kubelet writes the kube-dns ClusterIP there for ClusterFirst pods. */
export function resolvConfNameserver(text: string): string | undefined {
  return /^\s*nameserver\s+(\S+)/m.exec(text)?.[1];
}

/** Read /etc/resolv.conf's nameserver (in-cluster), or undefined. */
export function readResolvConf(): string | undefined {
  try {
    return resolvConfNameserver(fs.readFileSync('/etc/resolv.conf', 'utf8'));
  } catch {
    return undefined;
  }
}

/** Resolve the target's name once through its server; never throws. */
export async function probeDns(target: DnsTarget, timeoutMs = DNS_PROBE_TIMEOUT_MS): Promise<DnsProbeResult> {
  const checkedAt = new Date().toISOString();
  const base = { name: target.name, answers: [] as string[], checkedAt, ...(target.expected ? { expected: target.expected } : {}) };
  if (!target.server) return { ...base, status: 'unavailable', error: target.unavailable ?? 'no cluster DNS address is known' };
  const server = serverAddress(target.server);
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  const started = performance.now();
  const where = { server, ...(target.serverSource ? { serverSource: target.serverSource } : {}) };
  try {
    resolver.setServers([server]);
    const answers = await resolver.resolve4(target.name);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const matches = !target.expected || answers.includes(target.expected);
    return { ...base, ...where, status: matches ? 'ok' : 'mismatch', answers, latencyMs };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return { ...base, ...where, status: 'failed', error: ERROR_WORDS[code] ?? (code || (error as Error).message), latencyMs };
  } finally {
    resolver.cancel();
  }
}
