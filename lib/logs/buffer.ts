/**
 * The browser's bounded log buffer: appends lines, keeps at most `max` (dropping the oldest and
 * counting them), so a huge or long-followed log cannot exhaust memory or freeze the page.
 */
export const MAX_LINES_IN_MEMORY = 50_000;

export class LineBuffer<T> {
  private items: T[] = [];
  dropped = 0;

  constructor(private readonly max = MAX_LINES_IN_MEMORY) {}

  /** Appends, then trims the oldest beyond `max`. Trims in one splice so a burst costs one copy. */
  push(lines: readonly T[]): void {
    if (lines.length === 0) return;
    this.items.push(...lines.slice(-this.max));
    this.dropped += Math.max(0, lines.length - this.max);
    const excess = this.items.length - this.max;
    if (excess > 0) {
      this.items.splice(0, excess);
      this.dropped += excess;
    }
  }

  /** A snapshot for rendering (a new array, so React sees the change). */
  snapshot(): T[] {
    return this.items.slice();
  }

  get size(): number {
    return this.items.length;
  }
}
