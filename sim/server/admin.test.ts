/** The admin port's PUT and DELETE /objects: tests change the demo cluster as a controller would; the API stays read-only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startHarness, type Harness } from './test-helpers';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h.sim.close();
});

const put = (body: string) => fetch(`${h.sim.adminUrl}/objects`, { method: 'PUT', body });

describe('PUT /objects on the admin port', () => {
  it('replaces an object, and API clients see the new version', async () => {
    const before = await call(h.sim, '/api/v1/namespaces/kube-system/services/kube-dns');
    const changed = { ...before.json, metadata: { ...before.json.metadata, labels: { 'k8s-app': 'kube-dns', changed: 'yes' } } };
    const response = await put(JSON.stringify(changed));
    expect(response.status).toBe(200);
    const { resourceVersion } = (await response.json()) as { resourceVersion: string };
    expect(Number(resourceVersion)).toBeGreaterThan(Number(before.json.metadata.resourceVersion));
    const after = await call(h.sim, '/api/v1/namespaces/kube-system/services/kube-dns');
    expect(after.json.metadata.labels.changed).toBe('yes');
  });

  it('refuses what is not one named object', async () => {
    expect((await put('not json')).status).toBe(400);
    expect((await put(JSON.stringify({ kind: 'Pod' }))).status).toBe(400);
  });

  it('leaves the Kubernetes API itself read-only', async () => {
    const reply = await call(h.sim, '/api/v1/namespaces/kube-system/services/kube-dns', { method: 'PUT', body: '{}' });
    expect(reply.status).toBe(405);
  });
});

describe('DELETE /objects on the admin port', () => {
  const remove = (body: string) => fetch(`${h.sim.adminUrl}/objects`, { method: 'DELETE', body });

  it('deletes an object: API clients get 404 for it, and a second delete is a 404 too', async () => {
    const ref = { apiVersion: 'v1', kind: 'Service', namespace: 'kube-system', name: 'kube-dns' };
    expect((await call(h.sim, '/api/v1/namespaces/kube-system/services/kube-dns')).status).toBe(200);
    expect((await remove(JSON.stringify(ref))).status).toBe(200);
    expect((await call(h.sim, '/api/v1/namespaces/kube-system/services/kube-dns')).status).toBe(404);
    expect((await remove(JSON.stringify(ref))).status).toBe(404);
  });

  it('refuses what does not name one object', async () => {
    expect((await remove('not json')).status).toBe(400);
    expect((await remove(JSON.stringify({ kind: 'Pod', name: 'x' }))).status).toBe(400);
  });
});
