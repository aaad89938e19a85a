/**
 * A demo API server serving only some resources (`--serve-only`, `--unserved`, the admin port's `/served`):
 * the rest are absent from discovery and answer 404 with a Status, as a trimmed or older API server does,
 * and the real kubectl says it does not know them.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSimArgs } from '../args';
import { call, startHarness, stream, type Harness } from './test-helpers';

const exec = promisify(execFile);
let h: Harness | undefined;

afterEach(async () => {
  await h?.sim.close();
  h = undefined;
});

const names = (list: { resources: { name: string }[] }) => list.resources.map((r) => r.name).sort();
const putServed = (body: unknown) => fetch(`${h!.sim.adminUrl}/served`, { method: 'PUT', body: JSON.stringify(body) });

describe('--serve-only pods,nodes,events', () => {
  it('leaves every other resource out of discovery and answers it 404 with a Status', async () => {
    h = await startHarness({ served: parseSimArgs(['--serve-only', 'pods,nodes,events']).served });
    expect(names((await call(h.sim, '/api/v1')).json)).toEqual(['events', 'nodes', 'pods', 'pods/log']);
    const groups = (await call(h.sim, '/apis')).json.groups.map((g: { name: string }) => g.name);
    expect(groups).toContain('events.k8s.io');
    expect(groups).not.toContain('apps');
    expect(groups).not.toContain('coordination.k8s.io');
    const deployments = await call(h.sim, '/apis/apps/v1/namespaces/kube-system/deployments');
    expect(deployments.status).toBe(404);
    expect(deployments.json).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'NotFound', code: 404, message: 'the server could not find the requested resource' });
    expect((await call(h.sim, '/apis/apps/v1')).status).toBe(404);
    expect((await call(h.sim, '/api/v1/namespaces/kube-system/services')).status).toBe(404);
    expect((await call(h.sim, '/api/v1/namespaces/kube-system/services?watch=true')).status).toBe(404);
    expect((await call(h.sim, '/api/v1/namespaces/kube-system/pods')).status).toBe(200);
    // Health paths are not resources: they stay.
    expect((await call(h.sim, '/readyz')).status).toBe(200);
  });

  it('is what the real kubectl meets: an unknown resource type, while served kinds print', async () => {
    h = await startHarness({ served: { only: ['pods', 'nodes', 'events'] } });
    const kubectl = (...args: string[]) =>
      exec('kubectl', ['--kubeconfig', h!.sim.kubeconfigPath, '--cache-dir', `${h!.sim.kubeconfigPath}.cache`, ...args], { timeout: 30_000 }).then(
        (r) => ({ ...r, code: 0 }),
        (e: { stdout: string; stderr: string; code: number }) => e,
      );
    const deployments = await kubectl('get', 'deployments', '-n', 'kube-system');
    expect(deployments.code).not.toBe(0);
    expect(deployments.stderr).toContain('the server doesn\'t have a resource type "deployments"');
    expect((await kubectl('get', 'nodes')).stdout).toMatch(/^NAME\s+STATUS/);
  });
});

describe('the admin port changes what is served at run time', () => {
  it('adds a resource back to discovery and ends open watches so clients learn it', async () => {
    h = await startHarness({ served: { unserved: ['deployments', 'leases.coordination.k8s.io'] } });
    expect((await call(h.sim, '/apis/apps/v1/namespaces/kube-system/deployments')).status).toBe(404);
    expect(names((await call(h.sim, '/apis/apps/v1')).json)).not.toContain('deployments');
    expect((await call(h.sim, '/apis/coordination.k8s.io/v1')).status).toBe(404);
    const watch = stream(h.sim, '/api/v1/namespaces/kube-system/pods?watch=true');
    expect(await watch.status).toBe(200);
    const response = await putServed({ unserved: [] });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { resources: string[] }).resources).toContain('deployments.apps');
    await watch.ended;
    expect((await call(h.sim, '/apis/apps/v1/namespaces/kube-system/deployments')).json.items).toHaveLength(1);
    expect(names((await call(h.sim, '/apis/coordination.k8s.io/v1')).json)).toEqual(['leases']);
  });

  it('can stop serving /readyz and /livez, as servers before v1.16 did', async () => {
    h = await startHarness();
    expect((await putServed({ unserved: ['readyz', 'livez'] })).status).toBe(200);
    expect((await call(h.sim, '/readyz?verbose')).status).toBe(404);
    expect((await call(h.sim, '/livez')).status).toBe(404);
    expect((await call(h.sim, '/healthz')).status).toBe(200);
  });

  it('refuses unknown names and fields with a message naming them', async () => {
    h = await startHarness();
    const bad = await putServed({ only: ['pods', 'widgets'] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/only: unknown resource "widgets" \(known: .*deployments\.apps/);
    expect((await putServed({ everything: true })).status).toBe(400);
    expect(() => parseSimArgs(['--unserved', 'widgets'])).toThrow(/--unserved: unknown resource "widgets"/);
  });
});
