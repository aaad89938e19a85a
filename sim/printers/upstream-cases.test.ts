/**
 * The demo cluster's pod Table against the upstream printer's own test cases (fixtures/printers, carried
 * from kubernetes' printers_test.go): what `kubectl get pods` prints from a real API server.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { podPrinter } from './core';
import { formatAge } from './duration';

interface PodCase {
  id: string;
  pod: KObject;
  want: { ready: string; status: string; restarts: string; age: string; wide?: string[]; rowCondition?: string };
}

const cases = JSON.parse(readFileSync(new URL('../../fixtures/printers/pod-printer-cases.json', import.meta.url), 'utf8')) as {
  now: string;
  pods: PodCase[];
  timestampSince: { name: string; offsetMs: number | null; want: string }[];
};
const now = Date.parse(cases.now);

describe('the pod Table prints what the upstream printer prints', () => {
  it.each(cases.pods.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const cells = podPrinter.cells(c.pod, now);
    expect(cells.slice(0, 5)).toEqual([c.pod.metadata.name, c.want.ready, c.want.status, c.want.restarts, c.want.age]);
    if (c.want.wide) expect(cells.slice(5)).toEqual(c.want.wide);
    expect(podPrinter.conditions?.(c.pod)?.[0]?.reason).toBe(c.want.rowCondition);
  });

  it('covers every pod printer test the fixture names', () => {
    const tests = new Set(cases.pods.map((c) => c.id.split('/')[0]));
    expect([...tests].sort()).toEqual(['TestPrintNonTerminatedPod', 'TestPrintPod', 'TestPrintPodConditions', 'TestPrintPodList', 'TestPrintPodWithRestartableInitContainer', 'TestPrintPodwide', 'printPod']);
  });
});

describe('ages print as translateTimestampSince prints them', () => {
  it.each(cases.timestampSince.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const timestamp = c.offsetMs === null ? undefined : new Date(now + c.offsetMs).toISOString();
    expect(formatAge(timestamp, now)).toBe(c.want);
  });
});
