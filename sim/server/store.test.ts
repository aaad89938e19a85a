import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { resourceForKind } from './resources';
import { Store, type ChangeEvent } from './store';

const cm = (name: string, data = '1', namespace = 'kube-system'): KObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data: { v: data } });
const CM = resourceForKind('v1', 'ConfigMap')!;

describe('Store', () => {
  it('keeps one global resourceVersion across kinds and sorted keys per resource', () => {
    const s = new Store();
    s.load([cm('b'), cm('a'), { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } }, cm('z', '1', 'default')]);
    const b = s.bucket(CM);
    expect(b.sorted).toEqual(['default/z', 'kube-system/a', 'kube-system/b']);
    const rvs = [...b.entries.values()].map((e) => e.rv);
    expect(new Set(rvs).size).toBe(3);
    expect(s.get('v1', 'Node', undefined, 'n1')!.rv).toBeGreaterThan(Math.min(...rvs));
    expect(s.get('v1', 'Node', undefined, 'n1')!.obj.metadata.namespace).toBeUndefined();
  });

  it('keeps uid and creationTimestamp across updates and emits ADDED/MODIFIED/DELETED', () => {
    const s = new Store();
    const seen: ChangeEvent[] = [];
    s.bucket(CM).listeners.add((e) => seen.push(e));
    s.upsert(cm('a'));
    const first = s.get('v1', 'ConfigMap', 'kube-system', 'a')!;
    s.upsert(cm('a', '2'));
    const second = s.get('v1', 'ConfigMap', 'kube-system', 'a')!;
    expect(second.obj.metadata.uid).toBe(first.obj.metadata.uid);
    expect(second.obj.metadata.creationTimestamp).toBe(first.obj.metadata.creationTimestamp);
    expect(second.rv).toBe(first.rv + 1);
    s.remove('v1', 'ConfigMap', 'kube-system', 'a');
    expect(seen.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'DELETED']);
    expect(seen[1].prev).toBe(first);
    expect(JSON.parse(seen[2].entry.json).metadata.resourceVersion).toBe(String(second.rv + 1));
    expect(s.bucket(CM).sorted).toEqual([]);
  });

  it('snapshots JSON and selectable fields at upsert time', () => {
    const s = new Store();
    const obj = cm('a');
    s.upsert(obj);
    (obj.data as Record<string, string>).v = 'mutated later';
    expect(JSON.parse(s.get('v1', 'ConfigMap', 'kube-system', 'a')!.json).data.v).toBe('1');
  });

  it('bounds the history by count and by age, advancing compactedRV', () => {
    let now = 1_000_000;
    const s = new Store({ historyMaxEvents: 3, historyMaxAgeMs: 10_000, now: () => now });
    const b = s.bucket(CM);
    const start = s.rv;
    for (let i = 0; i < 5; i++) s.upsert(cm('a', String(i)));
    expect(s.eventsSince(b, start)).toBeUndefined();
    expect(s.eventsSince(b, start + 2)!.map((e) => e.rv)).toEqual([start + 3, start + 4, start + 5]);
    expect(s.eventsSince(b, start + 5)).toEqual([]);
    now += 20_000;
    expect(s.eventsSince(b, start + 2)).toBeUndefined();
    expect(s.eventsSince(b, start + 5)).toEqual([]);
  });

  it('stores events.k8s.io events as core events and drops Secrets', () => {
    const s = new Store();
    s.upsert({ apiVersion: 'events.k8s.io/v1', kind: 'Event', metadata: { name: 'e', namespace: 'kube-system' }, regarding: { kind: 'Pod', name: 'p' }, note: 'hi', reason: 'R' });
    const core = s.get('v1', 'Event', 'kube-system', 'e')!;
    expect(core.obj).toMatchObject({ apiVersion: 'v1', involvedObject: { name: 'p' }, message: 'hi' });
    expect(core.fields['involvedObject.name']).toBe('p');
    s.upsert({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'kube-system' } });
    expect(s.get('v1', 'Secret', 'kube-system', 's')).toBeUndefined();
    s.upsert({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } });
    expect([...s.ignoredKinds]).toEqual(['example.com/v1/Widget']);
  });
});
