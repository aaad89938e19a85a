/** The log hub on a scripted upstream: one stream per (pod, container), resume without duplicates, closed after the last viewer. */
import { describe, expect, it } from 'vitest';
import { compareCursors, formatLineId, type LogCursor } from '@/lib/logs/cursor';
import { LogHub } from './log-hub';
import type { LogSourceLine, OpenedLog, UpstreamLogOptions } from './log-source';
import { eventually } from '@/test/sim-runtime';

/** A container log that grows on demand, served like the kubelet: a tail or the lines after a cursor, then live. */
class FakeKubelet {
  readonly log: LogSourceLine[] = [];
  opened: { pod: string; opts: UpstreamLogOptions }[] = [];
  open = 0;
  private waiters = new Set<() => void>();

  write(count: number): void {
    for (let i = 0; i < count; i++) {
      const ts = `2026-01-01T00:00:${String(Math.floor(this.log.length / 10)).padStart(2, '0')}.${String(this.log.length).padStart(3, '0')}Z`;
      const cursor: LogCursor = { ts, n: 0 };
      this.log.push({ cursor, ts, text: `line ${this.log.length}` });
    }
    for (const wake of [...this.waiters]) wake();
  }

  /** The follows opened (a shared stream reads its tail once, then follows). */
  get follows(): number {
    return this.opened.filter((o) => o.opts.follow).length;
  }

  openLog = async (pod: string, opts: UpstreamLogOptions, signal: AbortSignal): Promise<OpenedLog> => {
    this.opened.push({ pod, opts });
    this.open += 1;
    const after = opts.after;
    let i = after ? this.log.findIndex((l) => compareCursors(l.cursor, after) > 0) : Math.max(0, this.log.length - (opts.tailLines ?? 0));
    if (i < 0) i = this.log.length;
    const { log, waiters } = this;
    const closed = () => (this.open -= 1);
    async function* lines(): AsyncGenerator<LogSourceLine> {
      try {
        while (!signal.aborted) {
          while (i < log.length) yield log[i++]!;
          if (!opts.follow) return;
          await new Promise<void>((resolve) => {
            const wake = () => {
              waiters.delete(wake);
              resolve();
            };
            waiters.add(wake);
            signal.addEventListener('abort', wake, { once: true });
          });
        }
      } finally {
        closed();
      }
    }
    return { lines: lines(), isCut: () => false };
  };
}

/** Reads a viewer's lines as they come, into `into`. */
function drain(log: OpenedLog, into: string[]): Promise<void> {
  return (async () => {
    for await (const line of log.lines) into.push(line.text);
  })();
}

describe('LogHub', () => {
  it('gives 20 viewers of one container one upstream stream, each its own tail, and closes it after the last viewer', async () => {
    const kubelet = new FakeKubelet();
    kubelet.write(50);
    const hub = new LogHub({ open: kubelet.openLog, lingerMs: 20 });
    const viewers = Array.from({ length: 20 }, () => ({ abort: new AbortController(), seen: [] as string[] }));
    const done: Promise<void>[] = [];
    for (const [i, viewer] of viewers.entries()) {
      const log = await hub.follow('coredns-1', { container: 'coredns', follow: true, tailLines: i % 2 ? 10 : 5 }, viewer.abort.signal);
      done.push(drain(log, viewer.seen));
    }
    kubelet.write(3);
    await eventually(() => viewers.every((v) => v.seen.includes('line 52')), 5_000, 'every viewer saw the new lines');
    expect(kubelet.follows).toBe(1);
    expect(hub.stats()).toEqual({ upstream: 1, viewers: 20 });
    expect(viewers[0]!.seen).toEqual(['line 45', 'line 46', 'line 47', 'line 48', 'line 49', 'line 50', 'line 51', 'line 52']);
    expect(viewers[1]!.seen).toHaveLength(13);

    for (const viewer of viewers.slice(0, 19)) viewer.abort.abort();
    kubelet.write(1);
    await eventually(() => viewers[19]!.seen.includes('line 53'), 5_000, 'the last viewer still reads');
    expect(kubelet.open).toBe(1);
    viewers[19]!.abort.abort();
    await Promise.all(done);
    await eventually(() => kubelet.open === 0, 5_000, 'the upstream closed after the last viewer');
    expect(hub.stats()).toEqual({ upstream: 0, viewers: 0 });
  });

  it('resumes a viewer after its last line from the buffer: no duplicate, nothing lost, no new upstream', async () => {
    const kubelet = new FakeKubelet();
    kubelet.write(30);
    const hub = new LogHub({ open: kubelet.openLog, lingerMs: 20 });
    const stay = new AbortController();
    const staying: string[] = [];
    const stayDone = drain(await hub.follow('p', { container: 'c', follow: true, tailLines: 100 }, stay.signal), staying);

    const first = new AbortController();
    const seen: { text: string; id: string }[] = [];
    const firstLog = await hub.follow('p', { container: 'c', follow: true, tailLines: 5 }, first.signal);
    for await (const line of firstLog.lines) {
      seen.push({ text: line.text, id: formatLineId(line.cursor) });
      if (seen.length === 5) break;
    }
    first.abort();
    kubelet.write(4);
    const last = seen.at(-1)!;
    const after = kubelet.log.find((l) => formatLineId(l.cursor) === last.id)!.cursor;
    const again = new AbortController();
    const resumed: string[] = [];
    const resumedDone = drain(await hub.follow('p', { container: 'c', follow: true, after, sinceTime: '2026-01-01T00:00:02Z' }, again.signal), resumed);
    await eventually(() => resumed.length >= 4, 5_000, 'the lines written while away');
    expect([...seen.map((s) => s.text), ...resumed]).toEqual(Array.from({ length: 9 }, (_, i) => `line ${25 + i}`));
    expect(kubelet.follows).toBe(1);
    again.abort();
    stay.abort();
    await Promise.all([stayDone, resumedDone]);
    await eventually(() => kubelet.open === 0, 5_000, 'closed');
  });

  it('reads on its own for a viewer the buffer cannot serve, and counts that stream too', async () => {
    const kubelet = new FakeKubelet();
    kubelet.write(40);
    const hub = new LogHub({ open: kubelet.openLog, lingerMs: 20, bufferLines: 10 });
    const a = new AbortController();
    const aSeen: string[] = [];
    const aDone = drain(await hub.follow('p', { container: 'c', follow: true, tailLines: 5 }, a.signal), aSeen);
    await eventually(() => aSeen.length === 5, 5_000, 'the first tail');
    const b = new AbortController();
    const bSeen: string[] = [];
    const bDone = drain(await hub.follow('p', { container: 'c', follow: true, tailLines: 20 }, b.signal), bSeen);
    await eventually(() => bSeen.length === 20, 5_000, 'the longer tail, read on its own');
    expect(bSeen[0]).toBe('line 20');
    expect(kubelet.follows).toBe(2);
    expect(hub.stats().upstream).toBe(2);
    a.abort();
    b.abort();
    await Promise.all([aDone, bDone]);
    await eventually(() => kubelet.open === 0 && hub.stats().upstream === 0, 5_000, 'both closed');
  });

  it('gives every viewer the upstream refusal (a wrong container) and keeps no stream', async () => {
    const hub = new LogHub({
      open: () => Promise.reject(new Error('container "nope" is not valid for pod "p"')),
      lingerMs: 20,
    });
    await expect(hub.follow('p', { container: 'nope', follow: true, tailLines: 5 }, new AbortController().signal)).rejects.toThrow(/not valid/);
    expect(hub.stats()).toEqual({ upstream: 0, viewers: 0 });
  });
});
