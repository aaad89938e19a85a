import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseSimArgs, UsageError } from './args';

describe('parseSimArgs', () => {
  it('parses every flag, in both --flag value and --flag=value forms', () => {
    expect(parseSimArgs(['--port', '0', '--admin-port=7000', '--kubeconfig', 'k.yaml', '--nodes', '5000', '--seed=7', '--scenario', 'degraded', '--quiet'])).toEqual({
      port: 0,
      adminPort: 7000,
      kubeconfig: 'k.yaml',
      nodes: 5000,
      seed: 7,
      scenario: 'degraded',
      quiet: true,
    });
    expect(parseSimArgs(['--dump', 'fixtures/clusters/k3s'])).toEqual({ dump: 'fixtures/clusters/k3s' });
    expect(parseSimArgs([])).toEqual({});
    expect(parseSimArgs(['--serve-only', 'pods,nodes,events', '--unserved=readyz,leases.coordination.k8s.io'])).toEqual({
      served: { only: ['pods', 'nodes', 'events'], unserved: ['readyz', 'leases.coordination.k8s.io'] },
    });
  });

  it('parses the authentication and transport flags', () => {
    expect(parseSimArgs(['--auth', 'exec', '--token-ttl-s', '60', '--proxy', '--proxy-port=0', '--tls-server-name', 'api.kubesys.test'])).toEqual({
      auth: 'exec',
      tokenTtlS: 60,
      proxy: true,
      proxyPort: 0,
      tlsServerName: 'api.kubesys.test',
    });
    expect(parseSimArgs(['--auth=client-cert', '--client-cert-ttl-s', '3600'])).toEqual({ auth: 'client-cert', clientCertTtlS: 3600 });
  });

  it.each([
    [['--bogus'], /unknown flag "--bogus"/],
    [['--port', 'x'], /--port: expected an integer/],
    [['--port', '70000'], /--port: expected an integer/],
    [['--nodes', '0'], /--nodes: expected an integer from 1/],
    [['--scenario', 'sunny'], /--scenario: expected healthy or degraded/],
    [['--kubeconfig'], /--kubeconfig needs a value/],
    [['--dump', 'd', '--nodes', '3'], /cannot be combined/],
    [['--auth', 'oidc'], /--auth: expected token, client-cert, exec, got "oidc"/],
    [['--auth', 'exec', '--token-ttl-s', '1'], /--token-ttl-s: expected an integer from 2/],
    [['--token-ttl-s', '60'], /--token-ttl-s applies to --auth exec/],
    [['--auth', 'exec', '--client-cert-ttl-s', '60'], /--client-cert-ttl-s applies to --auth client-cert/],
    [['--proxy-port', '4150'], /--proxy-port needs --proxy/],
    [['--tls-server-name', 'https://api'], /--tls-server-name: expected a DNS name/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseSimArgs(argv)).toThrow(UsageError);
    expect(() => parseSimArgs(argv)).toThrow(message);
  });
});

describe('sim/main.ts', () => {
  it('exits 2 with a one-line message and no stack trace on a bad flag', () => {
    const r = spawnSync('npx', ['tsx', 'sim/main.ts', '--scenario', 'sunny'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['sim: --scenario: expected healthy or degraded, got "sunny"']);
  });
});
