/**
 * Probes in words: "HTTPS GET :6443/livez every 10s, timeout 15s, failure after 8". Pure.
 * Kubernetes fact: unset probe fields default to period 10 s, timeout 1 s, failureThreshold 3,
 * successThreshold 1, initialDelaySeconds 0 (core/v1 Probe).
 */
import type { ProbeInfo } from '@/lib/api/component';
import type { RawContainer, RawProbe } from './raw';

function action(probe: RawProbe): string {
  if (probe.httpGet) {
    const scheme = (probe.httpGet.scheme ?? 'HTTP').toUpperCase();
    const path = probe.httpGet.path ?? '/';
    return `${scheme} GET :${probe.httpGet.port ?? '?'}${path.startsWith('/') ? path : `/${path}`}`;
  }
  if (probe.tcpSocket) return `TCP connect :${probe.tcpSocket.port ?? '?'}`;
  if (probe.grpc) return `gRPC health check :${probe.grpc.port ?? '?'}${probe.grpc.service ? ` (${probe.grpc.service})` : ''}`;
  if (probe.exec) return `exec \`${(probe.exec.command ?? []).join(' ')}\``;
  return 'no action';
}

/** One probe as a sentence; defaults filled in as the kubelet applies them. */
export function describeProbe(probe: RawProbe): string {
  const parts = [
    `${action(probe)} every ${probe.periodSeconds ?? 10}s`,
    `timeout ${probe.timeoutSeconds ?? 1}s`,
    `failure after ${probe.failureThreshold ?? 3}`,
  ];
  if ((probe.successThreshold ?? 1) > 1) parts.push(`success after ${probe.successThreshold}`);
  if (probe.initialDelaySeconds) parts.push(`initial delay ${probe.initialDelaySeconds}s`);
  return parts.join(', ');
}

/** A container's probes, liveness → readiness → startup, only those it has. */
export function containerProbes(container: RawContainer): ProbeInfo[] {
  const out: ProbeInfo[] = [];
  if (container.livenessProbe) out.push({ kind: 'liveness', text: describeProbe(container.livenessProbe) });
  if (container.readinessProbe) out.push({ kind: 'readiness', text: describeProbe(container.readinessProbe) });
  if (container.startupProbe) out.push({ kind: 'startup', text: describeProbe(container.startupProbe) });
  return out;
}
