/**
 * The dashboard's pod facts against the upstream printer's own test cases (fixtures/printers, carried
 * from kubernetes' printers_test.go): READY, STATUS and RESTARTS as `kubectl get pods` prints them.
 * The demo cluster checks its own printer against the same file (sim/printers/upstream-cases.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { humanAge, humanDuration } from './duration';
import { podDisplayStatus, podReadyCounts, podRestarts, type PodLike } from './pod-status';

interface PodCase {
  id: string;
  pod: PodLike;
  want: { ready: string; status: string; restarts: string };
}

const cases = JSON.parse(readFileSync(join(__dirname, '../../fixtures/printers/pod-printer-cases.json'), 'utf8')) as {
  now: string;
  pods: PodCase[];
  timestampSince: { name: string; offsetMs: number | null; want: string }[];
};
const now = Date.parse(cases.now);

/** The RESTARTS cell from podRestarts, formatted as the printer formats it. */
function restartsCell(pod: PodLike): string {
  const { count, lastRestartAt } = podRestarts(pod);
  return count !== 0 && lastRestartAt ? `${count} (${humanDuration(now - Date.parse(lastRestartAt))} ago)` : String(count);
}

describe('pod facts match the upstream printer', () => {
  it.each(cases.pods.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { ready, total } = podReadyCounts(c.pod);
    expect({ ready: `${ready}/${total}`, status: podDisplayStatus(c.pod), restarts: restartsCell(c.pod) }).toEqual({ ready: c.want.ready, status: c.want.status, restarts: c.want.restarts });
  });
});

describe('humanAge matches translateTimestampSince', () => {
  it.each(cases.timestampSince.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const timestamp = c.offsetMs === null ? undefined : new Date(now + c.offsetMs).toISOString();
    expect(humanAge(timestamp, now)).toBe(c.want);
  });
});
