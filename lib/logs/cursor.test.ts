import { describe, expect, it } from 'vitest';
import {
  compareCursors,
  decodeCursorMap,
  earliestCursor,
  encodeCursorMap,
  formatLineId,
  LineSequencer,
  LineSplitter,
  mergeByTime,
  parseLineId,
  sinceTimeFor,
  splitTimestamp,
  timestampKey,
  type LogCursor,
} from './cursor';

describe('timestampKey', () => {
  it.each([
    ['2026-01-02T03:04:05Z', '2026-01-02T03:04:05.000000000'],
    ['2026-01-02T03:04:05.5Z', '2026-01-02T03:04:05.500000000'],
    ['2026-01-02T03:04:05.123456789Z', '2026-01-02T03:04:05.123456789'],
    ['2026-01-02T05:04:05.1+02:00', '2026-01-02T03:04:05.100000000'],
  ])('%s sorts as %s', (ts, key) => {
    expect(timestampKey(ts)).toBe(key);
  });

  it('rejects what is not a timestamp', () => {
    expect(timestampKey('[INFO] plugin/reload')).toBeUndefined();
    expect(timestampKey('')).toBeUndefined();
  });

  it('orders trimmed fractions correctly where plain strings do not', () => {
    const whole = '2026-01-02T03:04:05Z';
    const tenth = '2026-01-02T03:04:05.1Z';
    expect(whole > tenth).toBe(true); // 'Z' sorts after '.': the raw strings are misordered
    expect(compareCursors({ ts: whole, n: 0 }, { ts: tenth, n: 0 })).toBeLessThan(0);
  });
});

describe('splitTimestamp', () => {
  it('splits the kubelet prefix from the text, keeping the text byte for byte', () => {
    expect(splitTimestamp('2026-01-02T03:04:05.12Z [INFO]  two  spaces')).toEqual({
      ts: '2026-01-02T03:04:05.12Z',
      text: '[INFO]  two  spaces',
    });
    expect(splitTimestamp('2026-01-02T03:04:05Z')).toEqual({ ts: '2026-01-02T03:04:05Z', text: '' });
    expect(splitTimestamp('no timestamp here')).toBeUndefined();
  });
});

describe('line ids', () => {
  it('round-trips and refuses garbage', () => {
    const cursor = { ts: '2026-01-02T03:04:05.1Z', n: 3 };
    expect(parseLineId(formatLineId(cursor))).toEqual(cursor);
    expect(parseLineId('2026-01-02T03:04:05Z')).toEqual({ ts: '2026-01-02T03:04:05Z', n: 0 });
    expect(parseLineId('nonsense#1')).toBeUndefined();
    expect(parseLineId('2026-01-02T03:04:05Z#-1')).toBeUndefined();
    expect(parseLineId(null)).toBeUndefined();
  });

  it('resumes from the start of the cursor second, in UTC', () => {
    expect(sinceTimeFor({ ts: '2026-01-02T03:04:05.999Z', n: 2 })).toBe('2026-01-02T03:04:05Z');
    expect(sinceTimeFor({ ts: '2026-01-02T05:04:05+02:00', n: 0 })).toBe('2026-01-02T03:04:05Z');
  });
});

/** A log whose lines often share a timestamp, as fast writers' do. */
function sampleLog(): { ts: string; text: string }[] {
  const out: { ts: string; text: string }[] = [];
  for (let i = 0; i < 60; i++) {
    const second = 10 + Math.floor(i / 7);
    const fraction = i % 3 === 0 ? '' : `.${(i % 5) * 2 + 1}`;
    out.push({ ts: `2026-01-02T03:04:${second}${fraction}Z`, text: `line ${i}` });
  }
  return out.sort((a, b) => ((timestampKey(a.ts) ?? '') < (timestampKey(b.ts) ?? '') ? -1 : 1));
}

/** What the kubelet answers for sinceTime: every line at or after that second. */
function since(log: { ts: string; text: string }[], sinceTime: string) {
  const key = timestampKey(sinceTime) ?? '';
  return log.filter((l) => (timestampKey(l.ts) ?? '') >= key);
}

describe('LineSequencer: resuming a dropped stream', () => {
  it('delivers every line exactly once, wherever the stream drops', () => {
    const log = sampleLog();
    for (let cut = 1; cut < log.length; cut++) {
      const first = new LineSequencer();
      const delivered = log.slice(0, cut).map((l) => ({ cursor: first.next(l.ts)!, text: l.text }));
      const last = delivered[delivered.length - 1]!.cursor;
      const resumed = new LineSequencer(last);
      for (const l of since(log, sinceTimeFor(last))) {
        const cursor = resumed.next(l.ts);
        if (cursor) delivered.push({ cursor, text: l.text });
      }
      expect(delivered.map((d) => d.text)).toEqual(log.map((l) => l.text));
    }
  });

  it('numbers lines sharing a timestamp and gives untimestamped lines the previous time', () => {
    const seq = new LineSequencer();
    expect(seq.next('2026-01-02T03:04:05Z')).toEqual({ ts: '2026-01-02T03:04:05Z', n: 0 });
    expect(seq.next('2026-01-02T03:04:05.000Z')).toEqual({ ts: '2026-01-02T03:04:05.000Z', n: 1 });
    expect(seq.next(undefined)).toEqual({ ts: '2026-01-02T03:04:05.000Z', n: 2 });
    expect(seq.next('2026-01-02T03:04:06Z')).toEqual({ ts: '2026-01-02T03:04:06Z', n: 0 });
  });
});

describe('LineSplitter', () => {
  it('joins lines split across chunks and strips CR', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('a\r\nb')).toEqual(['a']);
    expect(splitter.push('c\nd')).toEqual(['bc']);
    expect(splitter.flush()).toEqual(['d']);
    expect(splitter.flush()).toEqual([]);
  });
});

describe('cursor maps for merged component logs', () => {
  it('round-trips and finds the earliest', () => {
    const map = new Map<string, LogCursor>([
      ['coredns-a/coredns', { ts: '2026-01-02T03:04:06Z', n: 0 }],
      ['coredns-b/coredns', { ts: '2026-01-02T03:04:05.5Z', n: 2 }],
    ]);
    const decoded = decodeCursorMap(encodeCursorMap(map));
    expect(decoded).toEqual(map);
    expect(earliestCursor(decoded)).toEqual({ ts: '2026-01-02T03:04:05.5Z', n: 2 });
    expect(decodeCursorMap('junk|x=nope|')).toEqual(new Map());
  });

  it('merges streams by time, ties in stream order', () => {
    const at = (ts: string, name: string) => ({ cursor: { ts, n: 0 }, name });
    const merged = mergeByTime([
      [at('2026-01-02T03:04:05Z', 'a1'), at('2026-01-02T03:04:07Z', 'a2')],
      [at('2026-01-02T03:04:05Z', 'b1'), at('2026-01-02T03:04:06Z', 'b2')],
    ]);
    expect(merged.map((m) => m.name)).toEqual(['a1', 'b1', 'b2', 'a2']);
  });
});
