/** Fault injection in the demo cluster: flags, the admin endpoint, and what clients see for each fault. */
import { connect } from 'node:net';
import { Agent, fetch as tlsFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSimArgs, UsageError } from '../args';
import { startSim, type RunningSim } from '../index';
import { parseErrorRates, parseFaultPatch } from './faults';

describe('fault flags', () => {
  it('parses every --fault-* flag into a partial fault configuration', () => {
    expect(
      parseSimArgs([
        '--fault-latency-ms', '2000', '--fault-error-rate', '503:0.2,429:0.1', '--fault-drop-watches-every-s=5',
        '--fault-expire-rv', '--fault-forbid', 'events,metrics', '--fault-metrics-gone', '--fault-down', '--fault-odd-objects',
      ]).faults,
    ).toEqual({
      latencyMs: 2000,
      errorRates: { '503': 0.2, '429': 0.1 },
      dropWatchesEverySec: 5,
      expireRv: true,
      forbid: ['events', 'metrics'],
      metricsGone: true,
      down: true,
      oddObjects: true,
    });
    expect(parseSimArgs(['--nodes', '3']).faults).toBeUndefined();
  });

  it.each([
    [['--fault-error-rate', '503'], /expected CODE:RATE pairs/],
    [['--fault-error-rate', '200:0.5'], /not a 4xx or 5xx/],
    [['--fault-error-rate', '503:0.7,429:0.7'], /add up to more than 1/],
    [['--fault-latency-ms', 'slow'], /expected an integer/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseSimArgs(argv)).toThrow(UsageError);
    expect(() => parseSimArgs(argv)).toThrow(message);
  });

  it('validates PUT bodies field by field', () => {
    expect(parseFaultPatch({ down: true })).toEqual({ down: true });
    expect(() => parseFaultPatch({ down: 'yes' })).toThrow(/down: expected true or false/);
    expect(() => parseFaultPatch({ nope: 1 })).toThrow(/unknown fault "nope"/);
    expect(parseErrorRates('429:1')).toEqual({ '429': 1 });
  });
});

describe('the demo cluster under faults', () => {
  let sim: RunningSim;
  let agent: Agent;
  const api = (path: string) => tlsFetch(`${sim.url}${path}`, { headers: { Authorization: `Bearer ${sim.token}` }, dispatcher: agent });
  const admin = async (path: string, method = 'GET', body?: unknown) => {
    const response = await fetch(`${sim.adminUrl}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    sim = await startSim({ port: 0, nodes: 2, seed: 1, tickMs: 0, kubeconfig: '.sim/faults-sim-test.kubeconfig', quiet: true, faults: { forbid: ['events'] } });
    agent = new Agent({ connect: { ca: sim.caPem } });
  });
  afterAll(async () => {
    await agent?.close();
    await sim?.close();
  });

  it('answers a forbidden resource with the real RBAC message, counted in the stats', async () => {
    const response = await api('/api/v1/namespaces/kube-system/events');
    expect(response.status).toBe(403);
    const status = (await response.json()) as { reason: string; message: string };
    expect(status.reason).toBe('Forbidden');
    expect(status.message).toBe(
      'events is forbidden: User "system:serviceaccount:kubesys:kubesys" cannot list resource "events" in API group "" in the namespace "kube-system"',
    );
    expect(sim.stats().requests.byKey['LIST events']).toBe(1);
    expect((await api('/api/v1/namespaces/kube-system/pods')).status).toBe(200);
  });

  it('changes faults at run time: GET, partial PUT, 400 for a bad body, reset', async () => {
    expect((await admin('/faults')).body.faults).toMatchObject({ forbid: ['events'], down: false });
    const put = await admin('/faults', 'PUT', { errorRates: { '429': 1 }, metricsGone: true });
    expect(put.body.faults).toMatchObject({ forbid: ['events'], errorRates: { '429': 1 }, metricsGone: true });
    const limited = await api('/api/v1/nodes');
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { reason: string }).reason).toBe('TooManyRequests');
    expect(sim.stats().requests.byKey['LIST nodes']).toBe(1);
    expect((await admin('/faults', 'PUT', { latency: 5 })).status).toBe(400);
    await admin('/faults', 'PUT', { errorRates: {} });
    const groups = (await (await api('/apis')).json()) as { groups: { name: string }[] };
    expect(groups.groups.map((g) => g.name)).not.toContain('metrics.k8s.io');
    expect((await api('/apis/metrics.k8s.io/v1beta1/nodes')).status).toBe(404);
    const reset = await admin('/faults/reset', 'POST');
    expect(reset.body.faults).toMatchObject({ forbid: [], metricsGone: false, errorRates: {} });
    expect((await api('/apis/metrics.k8s.io/v1beta1/nodes')).status).toBe(200);
  });

  it('goes down (connections refused) and comes back on the same port', async () => {
    await admin('/faults', 'PUT', { down: true });
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(sim.port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    await admin('/faults', 'PUT', { down: false });
    expect((await api('/version')).status).toBe(200);
  });

  it('answers every resumed watch with ERROR 410 Expired under expireRv', async () => {
    await admin('/faults', 'PUT', { expireRv: true });
    const response = await api('/api/v1/nodes?watch=true&resourceVersion=1001');
    const text = await response.text();
    expect(JSON.parse(text.trim())).toMatchObject({ type: 'ERROR', object: { code: 410, reason: 'Expired' } });
    await admin('/faults/reset', 'POST');
  });
});
