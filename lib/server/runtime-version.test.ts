/** The runtime's version, which every memo reads: each change moves it, heartbeats at most once per grain. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClusterRuntime, HEARTBEAT_GRAIN_MS, type RuntimeParts } from './runtime';

// The version is bookkeeping of its own: none of the parts is touched.
const bareRuntime = () => new ClusterRuntime({ firstSyncWaitMs: 0 } as unknown as RuntimeParts);

describe('the runtime version', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-07T06:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves with every change that is not a heartbeat', () => {
    const runtime = bareRuntime();
    const seen = [runtime.version];
    runtime.noteChange('pods');
    seen.push(runtime.version);
    runtime.noteChange('pods', 'modified');
    seen.push(runtime.version);
    runtime.noteChange('health');
    seen.push(runtime.version);
    // A Node or Lease added, deleted or relisted is news, not a heartbeat.
    runtime.noteChange('node-leases', 'other');
    seen.push(runtime.version);
    runtime.noteChange('nodes', 'other');
    seen.push(runtime.version);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('moves with heartbeats (renewed Leases, Node status reports) at most once per grain, and never loses the last one', () => {
    const runtime = bareRuntime();
    runtime.noteChange('node-leases', 'modified');
    const first = runtime.version;
    // 5,000 nodes renewing every 10 s: 500 renewals a second, with Node status reports and leader locks.
    const heartbeats = ['node-leases', 'nodes', 'leases'] as const;
    for (let i = 0; i < 500; i++) {
      runtime.noteChange(heartbeats[i % 3], 'modified');
      vi.advanceTimersByTime(HEARTBEAT_GRAIN_MS / 1000);
    }
    expect(runtime.version).toBe(first);
    // No renewal since, yet the last ones are counted once the grain has passed.
    vi.advanceTimersByTime(HEARTBEAT_GRAIN_MS);
    const second = runtime.version;
    expect(second).toBe(first + 1);
    expect(runtime.version).toBe(second);
  });

  it('counts pending renewals with the next other change', () => {
    const runtime = bareRuntime();
    runtime.noteChange('node-leases', 'modified');
    runtime.noteChange('node-leases', 'modified');
    const before = runtime.version;
    runtime.noteChange('pods');
    expect(runtime.version).toBe(before + 1);
    // The renewal was read by any build after that change: the grain has nothing left to count.
    vi.advanceTimersByTime(HEARTBEAT_GRAIN_MS);
    expect(runtime.version).toBe(before + 1);
  });
});
