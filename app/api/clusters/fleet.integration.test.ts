/**
 * Several clusters through real HTTPS: three demo clusters in one kubeconfig (healthy, degraded, a
 * replayed capture) plus a context on a closed port and one with a wrong token. The fleet answer tells
 * each apart; the JSON routes answer per context; an unknown context is a 404 naming the others; and
 * the degraded cluster going down (and coming back) shows on its card and its routes, never on the others.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterCard, ClustersResponse } from '@/lib/api/clusters';
import { CONTEXT_HEADER } from '@/lib/api/cluster-path';
import type { OverviewResponse } from '@/lib/api/types';
import { resetConfigForTests } from '@/lib/config';
import { resetFleetForTests } from '@/lib/server/fleet';
import { resetRuntimesForTests } from '@/lib/server/runtimes';
import { startDemoFleet, type DemoFleet } from '@/scripts/demo-fleet';
import { eventually } from '@/test/sim-runtime';
import { GET as overviewGET } from '../overview/route';
import { GET as clustersGET } from './route';

const ENV = { FLEET_PROBE_MS: '300', FLEET_PROBE_TIMEOUT_MS: '3000', HEALTH_POLL_MS: '500', FIRST_SYNC_WAIT_MS: '3000' };
const saved = new Map<string, string | undefined>();
let fleet: DemoFleet;

beforeAll(async () => {
  fleet = await startDemoFleet({ count: 3, kubeconfig: path.join('.sim', 'fleet-integration.kubeconfig'), shared: { nodes: 4, seed: 3 }, broken: true });
  for (const [key, value] of Object.entries({ ...ENV, KUBECONFIG: fleet.kubeconfigPath })) {
    saved.set(key, process.env[key]);
    process.env[key] = value;
  }
  delete process.env.KUBE_CONTEXT;
  resetConfigForTests();
  resetRuntimesForTests();
  resetFleetForTests();
});

afterAll(async () => {
  resetRuntimesForTests();
  resetFleetForTests();
  await fleet?.close();
  for (const [key, value] of saved) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetConfigForTests();
});

async function clusters(): Promise<Map<string, ClusterCard>> {
  const body = (await (await clustersGET()).json()) as ClustersResponse;
  return new Map(body.clusters.map((card) => [card.context, card]));
}

/** The cards once no first probe is still on its way. */
async function settledClusters(): Promise<Map<string, ClusterCard>> {
  let cards = new Map<string, ClusterCard>();
  await eventually(async () => {
    cards = await clusters();
    return [...cards.values()].every((card) => !card.pending);
  }, 30_000, 'every card answered');
  return cards;
}

function overview(context?: string): Promise<Response> {
  const headers = context ? { [CONTEXT_HEADER]: context } : undefined;
  return overviewGET(new Request('http://127.0.0.1/api/overview', { headers }));
}

describe('the fleet', () => {
  it('lists every context with what can be told of it, each failure sorted by its cause', async () => {
    const cards = await settledClusters();
    expect([...cards.keys()]).toEqual(['demo-healthy', 'demo-degraded', 'demo-replay', 'demo-unreachable', 'demo-bad-token', 'demo-dangling']);
    expect(cards.get('demo-healthy')).toMatchObject({ isDefault: true, reachable: true, nodes: { ready: 4, total: 4 }, components: { down: 0, degraded: 0 } });
    const degraded = cards.get('demo-degraded')!;
    expect(degraded).toMatchObject({ isDefault: false, cached: false, reachable: true });
    expect(degraded.components!.down + degraded.components!.degraded).toBeGreaterThan(0);
    expect(degraded.nodes!.ready).toBeLessThan(degraded.nodes!.total);
    expect(degraded.criticalFindings).toBeGreaterThan(0);
    expect(cards.get('demo-replay')).toMatchObject({ reachable: true, version: 'v1.21.0' });
    expect(cards.get('demo-unreachable')).toMatchObject({ reachable: false, problem: { kind: 'unreachable' } });
    expect(cards.get('demo-unreachable')!.problem!.message).toContain('ECONNREFUSED');
    expect(cards.get('demo-bad-token')).toMatchObject({ reachable: false, problem: { kind: 'auth' } });
    expect(cards.get('demo-dangling')).toMatchObject({
      reachable: false,
      problem: {
        kind: 'config',
        message: 'No usable context: Context "demo-dangling" names a cluster that is not defined in the kubeconfig.',
        kubeconfig: { code: 'contextWithoutCluster', params: { context: 'demo-dangling' } },
      },
    });
  });
});

describe('routes per context', () => {
  it('answer from the cluster the request names, the default one for bare paths', async () => {
    const bare = (await (await overview()).json()) as OverviewResponse;
    expect(bare.cluster.context).toBe('demo-healthy');
    const replay = (await (await overview('demo-replay')).json()) as OverviewResponse;
    expect(replay.cluster).toMatchObject({ context: 'demo-replay', source: 'dump' });
    expect(replay.freshness.capturedAt).toBeTruthy();
    const degraded = (await (await overview('demo-degraded')).json()) as OverviewResponse;
    expect(degraded.cluster.context).toBe('demo-degraded');
    expect(degraded.groups.flatMap((g) => g.components).some((c) => c.status === 'down')).toBe(true);
    // A viewed cluster is cached: its card now comes from its runtime.
    expect((await clusters()).get('demo-degraded')!.cached).toBe(true);
  });

  it('answer 404 naming the contexts there are for an unknown one', async () => {
    const response = await overview('nope');
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('UnknownContext');
    expect(body.error.message).toContain('demo-healthy, demo-degraded, demo-replay');
  });

  it('answer with the error of a cluster whose credentials fail, without holding up the others', async () => {
    const failing = await overview('demo-bad-token');
    const body = (await failing.json()) as OverviewResponse;
    expect(body.cluster.context).toBe('demo-bad-token');
    expect(body.freshness.state).not.toBe('live');
    expect(body.freshness.watches.pods.message).toMatch(/Unauthorized|401|credentials/i);
    expect((await overview('demo-healthy')).status).toBe(200);
  });
});

describe('a cluster that is unreachable part of the time', () => {
  it('shows on its own card while it is down, and comes back', async () => {
    const degraded = fleet.sims.get('demo-degraded')!;
    const setDown = async (down: boolean) => {
      const response = await fetch(`${degraded.adminUrl}/faults`, { method: 'PUT', body: JSON.stringify({ down }) });
      expect(response.ok).toBe(true);
    };
    await setDown(true);
    try {
      await eventually(async () => (await clusters()).get('demo-degraded')!.reachable === false, 30_000, 'degraded card unreachable');
      const cards = await clusters();
      expect(cards.get('demo-degraded')!.problem?.kind).toMatch(/unreachable|timeout/);
      expect(cards.get('demo-healthy')!.reachable).toBe(true);
      expect(cards.get('demo-replay')!.reachable).toBe(true);
      expect((await overview('demo-healthy')).status).toBe(200);
    } finally {
      await setDown(false);
    }
    await eventually(async () => (await clusters()).get('demo-degraded')!.reachable === true, 30_000, 'degraded card reachable again');
  });
});
