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

  it.each([
    [['--bogus'], /unknown flag "--bogus"/],
    [['--port', 'x'], /--port: expected an integer/],
    [['--port', '70000'], /--port: expected an integer/],
    [['--nodes', '0'], /--nodes: expected an integer from 1/],
    [['--scenario', 'sunny'], /--scenario: expected healthy or degraded/],
    [['--kubeconfig'], /--kubeconfig needs a value/],
    [['--dump', 'd', '--nodes', '3'], /cannot be combined/],
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
