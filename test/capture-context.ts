/**
 * Test helper: what the findings rules read from a capture besides its snapshot — its kube-system
 * ConfigMaps and the moment it was taken (the newest timestamp in it), so ages read as they did then.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ConfigMap } from '@/lib/model/findings/context';
import type { ClusterSnapshot } from '@/lib/model/snapshot';
import { CAPTURES_DIR } from './captures';

/** The capture's kube-system ConfigMaps, or undefined when it holds none. */
export function loadCaptureConfigMaps(name: string): ConfigMap[] | undefined {
  for (const ext of ['.json', '.yaml']) {
    const file = join(CAPTURES_DIR, name, 'kube-system', `configmaps${ext}`);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    return ((ext === '.json' ? JSON.parse(text) : parseYaml(text)) as { items?: ConfigMap[] }).items ?? [];
  }
  return undefined;
}

const TIME_KEYS = new Set(['lastHeartbeatTime', 'lastTransitionTime', 'startedAt', 'finishedAt', 'creationTimestamp', 'lastProbeTime']);

/** The newest timestamp anywhere in the snapshot's nodes and pods (epoch ms): when the capture was taken, near enough. */
export function captureTime(snapshot: ClusterSnapshot): number {
  let newest = 0;
  const visit = (value: unknown, key?: string): void => {
    if (typeof value === 'string' && key && TIME_KEYS.has(key)) {
      const at = Date.parse(value);
      if (!Number.isNaN(at)) newest = Math.max(newest, at);
    } else if (Array.isArray(value)) value.forEach((v) => visit(v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(snapshot.nodes);
  visit(snapshot.pods);
  return newest;
}
