/**
 * GET /api/clusters/contexts is polled by the header's switcher: the same kubeconfig contexts answer a
 * conditional poll with a 304 and no body; a kubeconfig with another context answers 200 with a new tag.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { clusterCatalogue, resetCatalogueForTests } from '@/lib/server/cluster-catalogue';
import { GET } from './route';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-contexts-'));
const file = path.join(dir, 'config');
const ENV = ['KUBECONFIG', 'KUBE_CONTEXT', 'HOME'] as const;
const saved = Object.fromEntries(ENV.map((key) => [key, process.env[key]]));

function writeKubeconfig(contexts: string[]): void {
  fs.writeFileSync(
    file,
    `apiVersion: v1
kind: Config
clusters:
${contexts.map((c) => `- name: ${c}\n  cluster:\n    server: https://127.0.0.1:9`).join('\n')}
users:
- name: me
  user:
    token: t
contexts:
${contexts.map((c) => `- name: ${c}\n  context:\n    cluster: ${c}\n    user: me`).join('\n')}
current-context: ${contexts[0]}
`,
  );
  // Another mtime for sure, then read again now (the catalogue looks at the files at most once a second).
  const stamp = new Date(Date.now() + Math.floor(Math.random() * 1e6));
  fs.utimesSync(file, stamp, stamp);
  clusterCatalogue(true);
}

const ask = (etag?: string) =>
  GET(new Request('http://kubesys.test/api/clusters/contexts', { headers: etag ? { 'If-None-Match': etag } : {} }));

beforeAll(() => {
  process.env.KUBECONFIG = file;
  process.env.HOME = dir;
  delete process.env.KUBE_CONTEXT;
  resetConfigForTests();
  resetCatalogueForTests();
});

afterAll(() => {
  for (const key of ENV) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  resetConfigForTests();
  resetCatalogueForTests();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/clusters/contexts', () => {
  it('answers a poll with the same contexts with a 304 and no body, and another kubeconfig with a new tag', async () => {
    writeKubeconfig(['alpha', 'beta']);
    const first = ask();
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ contexts: ['alpha', 'beta'], defaultContext: 'alpha' });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);

    const again = ask(etag!);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    writeKubeconfig(['alpha', 'beta', 'gamma']);
    const changed = ask(etag!);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(((await changed.json()) as { contexts: string[] }).contexts).toEqual(['alpha', 'beta', 'gamma']);
  });
});
