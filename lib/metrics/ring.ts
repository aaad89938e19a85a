/**
 * A bounded time series of CPU and memory samples in one buffer: seconds as Uint32, then millicores and
 * bytes interleaved as Float32 (two views of one ArrayBuffer rather than three arrays: there are 15,000
 * series at 5,000 nodes, and a new series costs 370 B of heap this way instead of 776). The
 * buffer starts small and doubles as points arrive, up to `capacity` points (retention ÷ interval); once
 * full, the oldest point is overwritten, so a series never holds more than `capacity` points. A series
 * that stops receiving points (its pod is gone) can be trimmed to the points it has.
 */

/** One point as the API serves it: epoch seconds and a value. */
export type Point = [t: number, v: number];

/** Bytes per point: Uint32 seconds + Float32 millicores + Float32 bytes. */
export const BYTES_PER_POINT = 12;

/** Points a new series allocates (2 minutes at the default 15 s interval); it doubles from there. */
export const INITIAL_POINTS = 8;

export class RingSeries {
  private t: Uint32Array;
  /** Millicores at 2i, bytes at 2i + 1. */
  private usage: Float32Array;
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`ring capacity must be a positive integer, got ${capacity}`);
    [this.t, this.usage] = RingSeries.arrays(Math.min(capacity, INITIAL_POINTS));
  }

  /** The two views of one buffer of `size` points. */
  private static arrays(size: number): [Uint32Array, Float32Array] {
    const buffer = new ArrayBuffer(size * BYTES_PER_POINT);
    return [new Uint32Array(buffer, 0, size), new Float32Array(buffer, size * 4, size * 2)];
  }

  /** Points the buffer has room for now (≤ capacity). */
  get allocated(): number {
    return this.t.length;
  }

  get size(): number {
    return this.count;
  }

  /** Appends a sample (epoch seconds, millicores, bytes); a sample not newer than the last replaces it. */
  push(tSec: number, cpuMilli: number, memBytes: number): void {
    const last = this.count > 0 ? (this.next - 1 + this.allocated) % this.allocated : -1;
    if (last >= 0 && this.t[last] >= tSec) {
      this.write(last, tSec, cpuMilli, memBytes);
      return;
    }
    if (this.count === this.allocated && this.allocated < this.capacity) this.resize(Math.min(this.capacity, this.allocated * 2));
    this.write(this.next, tSec, cpuMilli, memBytes);
    this.next = (this.next + 1) % this.allocated;
    this.count = Math.min(this.count + 1, this.allocated);
  }

  /** Shrinks the buffer to the points held (for a series that receives no more points). */
  trim(): void {
    if (this.count < this.allocated) this.resize(Math.max(1, this.count));
  }

  /** Epoch seconds of the newest point, or 0 when empty. */
  lastTime(): number {
    return this.count > 0 ? this.t[(this.next - 1 + this.allocated) % this.allocated] : 0;
  }

  latest(): { t: number; cpu: number; memory: number } | undefined {
    if (this.count === 0) return undefined;
    const i = (this.next - 1 + this.allocated) % this.allocated;
    return { t: this.t[i], cpu: this.usage[2 * i], memory: this.usage[2 * i + 1] };
  }

  /** Calls `fn` for every point at or after `sinceSec`, oldest first. */
  forEach(sinceSec: number, fn: (t: number, cpu: number, memory: number) => void): void {
    const start = (this.next - this.count + this.allocated) % this.allocated;
    for (let k = 0; k < this.count; k++) {
      const i = (start + k) % this.allocated;
      if (this.t[i] >= sinceSec) fn(this.t[i], this.usage[2 * i], this.usage[2 * i + 1]);
    }
  }

  /** CPU and memory points at or after `sinceSec`, oldest first. */
  points(sinceSec = 0): { cpu: Point[]; memory: Point[] } {
    const cpu: Point[] = [];
    const memory: Point[] = [];
    this.forEach(sinceSec, (t, c, m) => {
      cpu.push([t, c]);
      memory.push([t, m]);
    });
    return { cpu, memory };
  }

  /** Memory held by the buffer. */
  get byteLength(): number {
    return this.allocated * BYTES_PER_POINT;
  }

  private write(i: number, tSec: number, cpuMilli: number, memBytes: number): void {
    this.t[i] = tSec;
    this.usage[2 * i] = cpuMilli;
    this.usage[2 * i + 1] = memBytes;
  }

  /** A new buffer of `size` points (≥ the points held), the points copied oldest first. */
  private resize(size: number): void {
    const [t, usage] = RingSeries.arrays(size);
    let k = 0;
    this.forEach(0, (tSec, c, m) => {
      t[k] = tSec;
      usage[2 * k] = c;
      usage[2 * k + 1] = m;
      k += 1;
    });
    this.t = t;
    this.usage = usage;
    this.next = k % size;
  }
}
