import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { KObject } from '../types';
import { loadDump } from './index';

const FIXTURES = new URL('../../fixtures/clusters/', import.meta.url).pathname;
const CAPTURES = readdirSync(FIXTURES).sort();
const NOW = Date.parse('2025-06-01T12:00:00Z');

/** Item counts per kind straight from the files, parsed independently of the loader. */
function expectedCounts(dir: string): Record<string, number> {
  const kinds: Record<string, string> = { nodes: 'Node', pods: 'Pod', services: 'Service', configmaps: 'ConfigMap', events: 'Event', deployments: 'Deployment', daemonsets: 'DaemonSet', replicasets: 'ReplicaSet', componentstatuses: 'ComponentStatus' };
  const counts: Record<string, number> = {};
  const visit = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      if (name.isDirectory()) visit(join(d, name.name));
      const m = /^(\w+)\.(json|yaml)$/.exec(name.name);
      if (!m || !kinds[m[1]]) continue;
      const text = readFileSync(join(d, name.name), 'utf8');
      const doc = (m[2] === 'json' ? JSON.parse(text) : parseYaml(text)) as { items: unknown[] | null };
      if (doc.items?.length) counts[kinds[m[1]]] = (counts[kinds[m[1]]] ?? 0) + doc.items.length;
    }
  };
  visit(dir);
  return counts;
}

function countKinds(objects: KObject[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of objects) counts[o.kind] = (counts[o.kind] ?? 0) + 1;
  return counts;
}

describe('loadDump: the real captures', () => {
  it('finds all eleven captures', () => expect(CAPTURES).toHaveLength(11));

  it.each(CAPTURES)('replays %s with the object counts of its files', (name) => {
    const src = loadDump(join(FIXTURES, name));
    expect(src.kind).toBe('dump');
    expect(src.name).toBe(`dump-${name}`);
    expect(countKinds(src.objects)).toEqual(expectedCounts(join(FIXTURES, name)));
    for (const o of src.objects) {
      expect(o.apiVersion).toMatch(/^(v1|apps\/v1)$/);
      expect(o.metadata.name).toBeTruthy();
      if (o.kind !== 'Node' && o.kind !== 'ComponentStatus') expect(o.metadata.namespace).toBe('kube-system');
    }
    // Health the capture did not record is not invented: no health(), and readyz/livez are not served.
    expect(src.health).toBeUndefined();
    expect(src.served).not.toContain('readyz');
    expect(src.tick).toBeUndefined();
  });

  it('serves only the kinds each capture holds, and dates it by its newest timestamp', () => {
    const kind = loadDump(join(FIXTURES, 'kind'));
    expect(kind.served).toEqual(['daemonsets.apps', 'deployments.apps', 'events', 'nodes', 'pods', 'replicasets.apps', 'services']);
    expect(kind.capturedAt).toBe('2022-11-23T22:36:02Z');
    const flannel = loadDump(join(FIXTURES, 'kubeadm-flannel'));
    expect(flannel.served).toEqual(['componentstatuses', 'configmaps', 'daemonsets.apps', 'deployments.apps', 'events', 'nodes', 'pods', 'replicasets.apps', 'services']);
    // No nodes.json: Nodes are unknown, not an empty list.
    expect(loadDump(join(FIXTURES, 'openshift-azure')).served).not.toContain('nodes');
  });

  it('reports version.json, else the newest kubelet, else an unversioned build rather than a made-up release', () => {
    const v = (name: string) => loadDump(join(FIXTURES, name)).version;
    expect(v('k3s')).toMatchObject({ major: '1', minor: '31', gitVersion: 'v1.31.2+k3s1', gitCommit: '6da204241bfd40220cb1af4cde35609e0c58df72' });
    expect(v('eks-2')).toMatchObject({ major: '1', minor: '31', gitVersion: 'v1.31.13-eks-ecaa3a6' });
    expect(v('docker-desktop-2025')).toMatchObject({ minor: '34', gitVersion: 'v1.34.1' });
    expect(v('aks')).toMatchObject({ minor: '16', gitVersion: 'v1.16.7' });
    expect(v('openshift-azure')).toMatchObject({ major: '', minor: '', gitVersion: 'v0.0.0-unknown' });
  });

  it('serves podmetrics with fresh timestamps, and no metrics API without them', () => {
    const snap = loadDump(join(FIXTURES, 'openshift-azure')).metrics!(NOW) as { pods: KObject[]; nodes: KObject[] };
    expect(snap.pods).toHaveLength(3);
    expect(snap.nodes).toHaveLength(0);
    expect(snap.pods[0]).toMatchObject({ kind: 'PodMetrics', apiVersion: 'metrics.k8s.io/v1beta1', timestamp: '2025-06-01T11:59:55Z' });
    expect(loadDump(join(FIXTURES, 'kind')).metrics!(NOW)).toBeNull();
  });
});

function tempDump(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubesys-dump-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const podList = (items: unknown[]) => JSON.stringify({ kind: 'PodList', apiVersion: 'v1', items });
const pod = (name: string, containers: string[]) => ({ metadata: { name }, spec: { containers: containers.map((c) => ({ name: c, image: `${c}:1` })) } });

describe('loadDump: hand-made dumps', () => {
  it('reads YAML and JSON alike, filling kind, apiVersion and namespace', () => {
    const dir = tempDump({
      'nodes.yaml': 'kind: NodeList\napiVersion: v1\nitems:\n- metadata: {name: n1}\n  status: {nodeInfo: {kubeletVersion: v1.29.3, operatingSystem: linux, architecture: arm64}}\n',
      'kube-system/pods.json': podList([pod('a', ['c'])]),
      'kube-system/leases.yml': 'apiVersion: v1\nkind: List\nitems:\n- metadata: {name: kube-scheduler}\n  spec: {holderIdentity: x}\n',
      'kube-system/replication-controllers.json': JSON.stringify({ kind: 'ReplicationControllerList', items: [] }),
    });
    const src = loadDump(dir);
    expect(src.objects.map((o) => `${o.apiVersion}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`).sort()).toEqual(['coordination.k8s.io/v1/Lease/kube-system/kube-scheduler', 'v1/Node//n1', 'v1/Pod/kube-system/a']);
    expect(src.version).toMatchObject({ minor: '29', gitVersion: 'v1.29.3', platform: 'linux/arm64' });
    expect(src.name).toBe(`dump-${basename(dir)}`);
  });

  it('serves each container\'s section of <pod>/logs.txt, as kubectl cluster-info dump writes it', () => {
    const section = (c: string, lines: string[]) => [`==== START logs for container ${c} of pod kube-system/multi ====`, ...lines, `==== END logs for container ${c} of pod kube-system/multi ====`].join('\n');
    const dir = tempDump({
      'kube-system/pods.json': podList([pod('multi', ['main', 'sidecar']), pod('plain', ['only'])]),
      'kube-system/multi/logs.txt': [section('init', ['Request log error: the server rejected our request']), section('main', ['2025-01-02T03:04:05Z first', 'second']), section('sidecar', ['side'])].join('\n') + '\n',
      'kube-system/plain/logs.txt': 'hello\nworld\n',
      'kube-system/plain/logs-only-previous.txt': 'before the crash\n',
    });
    const src = loadDump(dir);
    const main = src.logs!('kube-system', 'multi', 'main', false, NOW)!;
    expect(main.map((l) => l.text)).toEqual(['2025-01-02T03:04:05Z first', 'second']);
    expect(main[1].time).toBe(Date.parse('2025-01-02T03:04:05Z'));
    expect(src.logs!('kube-system', 'multi', 'sidecar', false, NOW)!.map((l) => l.text)).toEqual(['side']);
    expect(src.logs!('kube-system', 'multi', 'init', false, NOW)).toBeUndefined();
    expect(src.logs!('kube-system', 'multi', 'main', true, NOW)).toBeUndefined();
    expect(src.logs!('kube-system', 'plain', 'only', false, NOW)!.map((l) => l.text)).toEqual(['hello', 'world']);
    expect(src.logs!('kube-system', 'plain', 'only', true, NOW)!.map((l) => l.text)).toEqual(['before the crash']);
    expect(src.logs!('kube-system', 'plain', 'other', false, NOW)).toBeUndefined();
    expect(src.logs!('kube-system', 'nobody', 'x', false, NOW)).toBeUndefined();
  });

  it.each([
    ['bad JSON', 'kube-system/pods.json', '{"items": [', /pods\.json: invalid JSON: /],
    ['bad YAML', 'kube-system/pods.yaml', 'items:\n  - a: [1, 2\n', /pods\.yaml: invalid YAML: /],
    ['not a List', 'kube-system/pods.json', JSON.stringify({ kind: 'Pod', metadata: { name: 'x' } }), /pods\.json: not a List: .*without an items array \(kind "Pod"\)/],
    ['an array', 'nodes.json', '[]', /nodes\.json: not a List: .*found an array/],
    ['an item that is not an object', 'kube-system/pods.json', podList([pod('a', ['c']), 'oops']), /pods\.json: items\[1\] is not an object/],
    ['an item without metadata.name', 'kube-system/services.json', JSON.stringify({ items: [{ metadata: { namespace: 'kube-system' } }] }), /services\.json: items\[0\] has no metadata\.name/],
    ['a version.json without gitVersion', 'version.json', '{"major": "1"}', /version\.json: not a version/],
  ])('names the file when it holds %s', (_what, path, text, message) => {
    const dir = tempDump({ 'nodes.json': JSON.stringify({ items: [] }), [path]: text });
    expect(() => loadDump(dir)).toThrow(message);
    expect(() => loadDump(dir)).toThrow(join(dir, path));
  });

  it('says clearly when the directory is missing, a file, or holds no dump', () => {
    expect(() => loadDump('/nonexistent/dump')).toThrow(/\/nonexistent\/dump: no such directory/);
    const dir = tempDump({ 'README.md': 'not a dump' });
    expect(() => loadDump(join(dir, 'README.md'))).toThrow(/not a directory/);
    expect(() => loadDump(dir)).toThrow(/no dump files found/);
  });
});
