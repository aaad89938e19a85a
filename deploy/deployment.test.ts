/**
 * The Deployment's heap limit follows its memory limit: NODE_OPTIONS' --max-old-space-size leaves room
 * under `resources.limits.memory` for what is not heap (code, buffers, sockets, the young generation), so
 * V8 collects garbage before the kernel kills the pod.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Container {
  name: string;
  env?: { name: string; value?: string }[];
  resources?: { limits?: { memory?: string } };
}

/** A Kubernetes memory quantity (`512Mi`, `1Gi`, `536870912`) in MiB. */
function mebibytes(quantity: string): number {
  const m = /^(\d+)(Ki|Mi|Gi)?$/.exec(quantity);
  if (!m) throw new Error(`not a memory quantity this test reads: ${quantity}`);
  const factor = { Ki: 1 / 1024, Mi: 1, Gi: 1024 }[m[2] as 'Ki' | 'Mi' | 'Gi'] ?? 1 / (1024 * 1024);
  return Number(m[1]) * factor;
}

const deployment = parse(fs.readFileSync(path.resolve(__dirname, 'deployment.yaml'), 'utf8')) as { spec: { template: { spec: { containers: Container[] } } } };

describe('deploy/deployment.yaml', () => {
  it('sets the heap limit to 50-70% of the memory limit', () => {
    for (const container of deployment.spec.template.spec.containers) {
      const limit = container.resources?.limits?.memory;
      expect(limit, `${container.name} has a memory limit`).toBeTruthy();
      const options = container.env?.find((e) => e.name === 'NODE_OPTIONS')?.value ?? '';
      const heap = /--max-old-space-size=(\d+)/.exec(options)?.[1];
      expect(heap, `${container.name} sets --max-old-space-size in NODE_OPTIONS`).toBeTruthy();
      const ratio = Number(heap) / mebibytes(limit!);
      expect(ratio, `${heap} MiB of heap in a ${limit} limit`).toBeGreaterThanOrEqual(0.5);
      expect(ratio, `${heap} MiB of heap in a ${limit} limit`).toBeLessThanOrEqual(0.7);
    }
  });
});
