/** The DNS and TLS probes against the demo cluster for real: its DNS server over UDP and its HTTPS API server's certificate. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type RunningSim } from '@/sim/index';
import { probeDns, resolvConfNameserver, serverAddress } from './dns-probe';
import { probeTls } from './tls-probe';

const NAME = 'kubernetes.default.svc.cluster.local';

describe('probes against the demo cluster', () => {
  let healthy: RunningSim;
  let degraded: RunningSim;

  beforeAll(async () => {
    [healthy, degraded] = await Promise.all([
      startSim({ nodes: 2, seed: 7, scenario: 'healthy', quiet: true, tickMs: 0, kubeconfig: '.sim/probes-healthy.kubeconfig' }),
      startSim({ nodes: 2, seed: 7, scenario: 'degraded', quiet: true, tickMs: 0, kubeconfig: '.sim/probes-degraded.kubeconfig' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([healthy?.close(), degraded?.close()]);
  });

  it('resolves kubernetes.default to the kubernetes Service IP on the healthy cluster, with a latency', async () => {
    const result = await probeDns({ name: NAME, server: `127.0.0.1:${healthy.dnsPort}`, serverSource: 'CLUSTER_DNS_SERVER', expected: '10.96.0.1' });
    expect(result).toMatchObject({ status: 'ok', name: NAME, server: `127.0.0.1:${healthy.dnsPort}`, answers: ['10.96.0.1'], expected: '10.96.0.1' });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('reports mismatch when the answer is not the expected IP', async () => {
    const result = await probeDns({ name: NAME, server: `127.0.0.1:${healthy.dnsPort}`, expected: '10.0.0.1' });
    expect(result.status).toBe('mismatch');
  });

  it('fails with SERVFAIL on the degraded cluster, and with timeout when the server is silent', async () => {
    const server = `127.0.0.1:${degraded.dnsPort}`;
    expect(await probeDns({ name: NAME, server })).toMatchObject({ status: 'failed', error: 'SERVFAIL', answers: [] });
    degraded.dns.setMode('timeout');
    expect(await probeDns({ name: NAME, server }, 300)).toMatchObject({ status: 'failed', error: 'timeout' });
    degraded.dns.setMode('servfail');
  });

  it('is unavailable, not failed, when no server is known', async () => {
    expect(await probeDns({ name: NAME, unavailable: 'no kube-dns Service' })).toMatchObject({ status: 'unavailable', error: 'no kube-dns Service' });
  });

  it('reads the serving certificate from the TLS handshake, trusted by the kubeconfig CA', async () => {
    const result = await probeTls({ server: healthy.url, caPem: healthy.caPem });
    expect(result).toMatchObject({ status: 'ok', server: `127.0.0.1:${healthy.port}`, isTrusted: true, subject: 'CN=kube-apiserver', issuer: 'CN=kubesys-demo-ca' });
    // The demo's certificate is valid for 365 days from its creation.
    const days = (Date.parse(result.validTo!) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(365);
  });

  it('still reads the certificate without the right CA, marked untrusted; fails cleanly on a closed port', async () => {
    expect(await probeTls({ server: healthy.url, caPem: degraded.caPem })).toMatchObject({ status: 'ok', isTrusted: false });
    expect(await probeTls({ server: 'https://127.0.0.1:1' })).toMatchObject({ status: 'failed', server: '127.0.0.1:1' });
  });
});

describe('the TLS probe follows the kubeconfig\'s tls-server-name and proxy-url', () => {
  let sim: RunningSim;
  beforeAll(async () => {
    sim = await startSim({ nodes: 2, quiet: true, tickMs: 0, proxy: true, tlsServerName: 'api.kubesys.test', kubeconfig: '.sim/probes-transport.kubeconfig' });
  });
  afterAll(() => sim?.close());

  it('reads the certificate through the CONNECT tunnel and trusts it under tls-server-name', async () => {
    const result = await probeTls({ server: sim.url, caPem: sim.caPem, servername: 'api.kubesys.test', proxyUrl: sim.proxyUrl });
    expect(result).toMatchObject({ status: 'ok', isTrusted: true, subject: 'CN=kube-apiserver' });
  });

  it('marks it untrusted under the URL\'s host, and fails when the proxy is skipped or refuses', async () => {
    expect(await probeTls({ server: sim.url, caPem: sim.caPem, proxyUrl: sim.proxyUrl })).toMatchObject({ status: 'ok', isTrusted: false });
    expect(await probeTls({ server: sim.url, caPem: sim.caPem, servername: 'api.kubesys.test' })).toMatchObject({ status: 'failed' });
    expect(await probeTls({ server: 'https://127.0.0.1:1', proxyUrl: sim.proxyUrl })).toMatchObject({ status: 'failed', error: 'through proxy-url: the proxy answered 403 to CONNECT 127.0.0.1:1' });
  });
});

describe('DNS probe helpers', () => {
  it('adds port 53 when the server has none', () => {
    expect(serverAddress('10.96.0.10')).toBe('10.96.0.10:53');
    expect(serverAddress('127.0.0.1:5353')).toBe('127.0.0.1:5353');
    expect(serverAddress('fd00::a')).toBe('[fd00::a]:53');
  });

  it('reads the nameserver the kubelet writes into a pod\'s resolv.conf', () => {
    expect(resolvConfNameserver('search kube-system.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n')).toBe('10.96.0.10');
  });
});
