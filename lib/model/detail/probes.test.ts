import { describe, expect, it } from 'vitest';
import { listCaptures, loadCapture } from '@/test/captures';
import { containerProbes, describeProbe } from './probes';
import { english } from '../english';
import type { RawPod } from './raw';

describe('describeProbe', () => {
  it.each([
    {
      name: 'the kubeadm API server liveness probe',
      probe: { httpGet: { host: '10.0.0.10', path: '/livez', port: 6443, scheme: 'HTTPS' }, periodSeconds: 10, timeoutSeconds: 15, failureThreshold: 8 },
      want: 'HTTPS GET :6443/livez every 10s, timeout 15s, failure after 8',
    },
    {
      name: 'defaults filled in (period 10, timeout 1, failure 3)',
      probe: { httpGet: { path: '/ready', port: 8181 } },
      want: 'HTTP GET :8181/ready every 10s, timeout 1s, failure after 3',
    },
    {
      name: 'initial delay and success threshold',
      probe: { httpGet: { path: '/health', port: 8080 }, initialDelaySeconds: 60, timeoutSeconds: 5, failureThreshold: 5, successThreshold: 2 },
      want: 'HTTP GET :8080/health every 10s, timeout 5s, failure after 5, success after 2, initial delay 60s',
    },
    { name: 'TCP socket on a named port', probe: { tcpSocket: { port: 'metrics' } }, want: 'TCP connect :metrics every 10s, timeout 1s, failure after 3' },
    {
      name: 'exec',
      probe: { exec: { command: ['/bin/sh', '-c', 'etcdctl endpoint health'] }, periodSeconds: 5 },
      want: 'exec `/bin/sh -c etcdctl endpoint health` every 5s, timeout 1s, failure after 3',
    },
    { name: 'gRPC', probe: { grpc: { port: 2379, service: 'etcd' } }, want: 'gRPC health check :2379 (etcd) every 10s, timeout 1s, failure after 3' },
  ])('$name', ({ probe, want }) => {
    expect(english(describeProbe(probe))).toBe(want);
  });

  it('lists liveness, readiness and startup in that order', () => {
    const probe = { tcpSocket: { port: 1 } };
    expect(containerProbes({ startupProbe: probe, livenessProbe: probe }).map((p) => p.kind)).toEqual(['liveness', 'startup']);
  });
});

describe.each(listCaptures())('probes of capture %s', (capture) => {
  it('describes every probe with an action, a period, a timeout and a failure threshold', () => {
    const pods = loadCapture(capture).pods as RawPod[];
    const texts = pods.flatMap((p) => (p.spec?.containers ?? []).flatMap((c) => containerProbes(c).map((x) => x.text)));
    const shape = /^(HTTPS? GET :\S+|TCP connect :\S+|gRPC .+|exec `.*`) every \d+s, timeout \d+s, failure after \d+/;
    expect(texts.filter((t) => !shape.test(t))).toEqual([]);
  });
});
