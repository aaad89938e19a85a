/**
 * Probes in words: "HTTPS GET :6443/livez every 10s, timeout 15s, failure after 8". Pure.
 * Kubernetes fact: unset probe fields default to period 10 s, timeout 1 s, failureThreshold 3,
 * successThreshold 1, initialDelaySeconds 0 (core/v1 Probe).
 */
import type { ProbeInfo } from '@/lib/api/component';
import type { Message } from '@/lib/api/message';
import { english } from '../english';
import { listMessages, say } from '../say';
import type { RawContainer, RawProbe } from './raw';

function action(probe: RawProbe): Message {
  if (probe.httpGet) {
    const scheme = (probe.httpGet.scheme ?? 'HTTP').toUpperCase();
    const path = probe.httpGet.path ?? '/';
    return say('probe.http', { scheme, port: String(probe.httpGet.port ?? '?'), path: path.startsWith('/') ? path : `/${path}` });
  }
  if (probe.tcpSocket) return say('probe.tcp', { port: String(probe.tcpSocket.port ?? '?') });
  if (probe.grpc) {
    const port = String(probe.grpc.port ?? '?');
    return probe.grpc.service ? say('probe.grpcService', { port, service: probe.grpc.service }) : say('probe.grpc', { port });
  }
  if (probe.exec) return say('probe.exec', { command: (probe.exec.command ?? []).join(' ') });
  return say('probe.none');
}

/** One probe as a sentence; defaults filled in as the kubelet applies them. */
export function describeProbe(probe: RawProbe): Message {
  const parts = [
    say('probe.every', { action: action(probe), period: probe.periodSeconds ?? 10 }),
    say('probe.timeout', { timeout: probe.timeoutSeconds ?? 1 }),
    say('probe.failure', { count: probe.failureThreshold ?? 3 }),
  ];
  if ((probe.successThreshold ?? 1) > 1) parts.push(say('probe.success', { count: probe.successThreshold! }));
  if (probe.initialDelaySeconds) parts.push(say('probe.delay', { delay: probe.initialDelaySeconds }));
  return listMessages(parts);
}

function info(kind: ProbeInfo['kind'], probe: RawProbe): ProbeInfo {
  const textMessage = describeProbe(probe);
  return { kind, text: english(textMessage), textMessage };
}

/** A container's probes, liveness → readiness → startup, only those it has. */
export function containerProbes(container: RawContainer): ProbeInfo[] {
  const out: ProbeInfo[] = [];
  if (container.livenessProbe) out.push(info('liveness', container.livenessProbe));
  if (container.readinessProbe) out.push(info('readiness', container.readinessProbe));
  if (container.startupProbe) out.push(info('startup', container.startupProbe));
  return out;
}
