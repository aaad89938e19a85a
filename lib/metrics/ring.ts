/**
 * A bounded time series of CPU and memory samples in typed arrays: the oldest point is overwritten once
 * the ring is full, so a series never holds more than `capacity` points (retention ÷ interval).
 */

/** One point as the API serves it: epoch seconds and a value. */
export type Point = [t: number, v: number];

/** Bytes per point: Uint32 seconds + Float32 millicores + Float32 bytes. */
export const BYTES_PER_POINT = 12;

export class RingSeries {
  private readonly t: Uint32Array;
  private readonly cpu: Float32Array;
  private readonly mem: Float32Array;
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`ring capacity must be a positive integer, got ${capacity}`);
    this.t = new Uint32Array(capacity);
    this.cpu = new Float32Array(capacity);
    this.mem = new Float32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Appends a sample (epoch seconds, millicores, bytes); a sample not newer than the last replaces it. */
  push(tSec: number, cpuMilli: number, memBytes: number): void {
    const last = this.count > 0 ? (this.next - 1 + this.capacity) % this.capacity : -1;
    const at = last >= 0 && this.t[last] >= tSec ? last : this.next;
    this.t[at] = tSec;
    this.cpu[at] = cpuMilli;
    this.mem[at] = memBytes;
    if (at === this.next) {
      this.next = (this.next + 1) % this.capacity;
      this.count = Math.min(this.count + 1, this.capacity);
    }
  }

  /** Epoch seconds of the newest point, or 0 when empty. */
  lastTime(): number {
    return this.count > 0 ? this.t[(this.next - 1 + this.capacity) % this.capacity] : 0;
  }

  latest(): { t: number; cpu: number; memory: number } | undefined {
    if (this.count === 0) return undefined;
    const i = (this.next - 1 + this.capacity) % this.capacity;
    return { t: this.t[i], cpu: this.cpu[i], memory: this.mem[i] };
  }

  /** Calls `fn` for every point at or after `sinceSec`, oldest first. */
  forEach(sinceSec: number, fn: (t: number, cpu: number, memory: number) => void): void {
    const start = (this.next - this.count + this.capacity) % this.capacity;
    for (let k = 0; k < this.count; k++) {
      const i = (start + k) % this.capacity;
      if (this.t[i] >= sinceSec) fn(this.t[i], this.cpu[i], this.mem[i]);
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

  /** Memory held by the typed arrays. */
  get byteLength(): number {
    return this.capacity * BYTES_PER_POINT;
  }
}
