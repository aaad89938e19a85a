/**
 * Log line identity, pure and shared by the server and the browser: parse the kubelet's timestamped
 * lines, give each an id `<RFC3339Nano>#<n>` (n = index among lines with the same timestamp), and
 * resume a stream after an id without duplicating or losing lines.
 *
 * Kubernetes fact: with `timestamps=true` the kubelet prefixes every line with its RFC3339Nano write
 * time and a space; `sinceTime` (RFC3339, whole seconds) returns lines written at or after that time.
 */

/** A position in one container's log: the timestamp of a line and its index among equal timestamps. */
export interface LogCursor {
  ts: string;
  n: number;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A timestamp as a string that sorts in time order: `YYYY-MM-DDTHH:MM:SS.nnnnnnnnn` in UTC.
 * RFC3339Nano trims trailing zeros (`…:12Z`, `…:12.5Z`), so the raw strings do not sort.
 */
export function timestampKey(ts: string): string | undefined {
  const m = TIMESTAMP.exec(ts);
  if (!m) return undefined;
  const [, seconds, fraction = '', zone] = m;
  const utc = zone === 'Z' ? seconds : new Date(`${seconds}${zone}`).toISOString().slice(0, 19);
  return `${utc}.${fraction.padEnd(9, '0')}`;
}

/** Splits `2026-01-02T03:04:05.123456789Z text` into its timestamp and text; undefined without one. */
export function splitTimestamp(line: string): { ts: string; text: string } | undefined {
  const space = line.indexOf(' ');
  const ts = space < 0 ? line : line.slice(0, space);
  if (!timestampKey(ts)) return undefined;
  return { ts, text: space < 0 ? '' : line.slice(space + 1) };
}

export function formatLineId(cursor: LogCursor): string {
  return `${cursor.ts}#${cursor.n}`;
}

export function parseLineId(id: string | null | undefined): LogCursor | undefined {
  if (!id) return undefined;
  const hash = id.lastIndexOf('#');
  const ts = hash < 0 ? id : id.slice(0, hash);
  const n = hash < 0 ? 0 : Number(id.slice(hash + 1));
  if (!timestampKey(ts) || !Number.isInteger(n) || n < 0) return undefined;
  return { ts, n };
}

/** Orders two cursors by time, then by index among equal timestamps. */
export function compareCursors(a: LogCursor, b: LogCursor): number {
  const ka = timestampKey(a.ts) ?? '';
  const kb = timestampKey(b.ts) ?? '';
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.n - b.n;
}

/**
 * The `sinceTime` to resume from: the cursor's second, rounded down, so every line with the cursor's
 * timestamp is sent again and the index among equal timestamps is counted the same way.
 */
export function sinceTimeFor(cursor: LogCursor): string {
  const key = timestampKey(cursor.ts) ?? '';
  return `${key.slice(0, 19)}Z`;
}

/**
 * Numbers the lines of one stream and drops those at or before `after` (a resumed stream). Lines
 * without a timestamp take the previous line's timestamp, so they still get a unique, ordered id.
 */
export class LineSequencer {
  private lastTs: string | undefined;
  private lastKey = '';
  private count = 0;

  constructor(private readonly after?: LogCursor) {}

  /** The line's cursor, or undefined when the line was already delivered before `after`. */
  next(ts: string | undefined): LogCursor | undefined {
    const stamp = ts ?? this.lastTs ?? '1970-01-01T00:00:00Z';
    const key = timestampKey(stamp) ?? this.lastKey;
    if (key === this.lastKey) this.count += 1;
    else this.count = 0;
    this.lastKey = key;
    this.lastTs = stamp;
    const cursor = { ts: stamp, n: this.count };
    if (this.after && compareCursors(cursor, this.after) <= 0) return undefined;
    return cursor;
  }
}

/** Cuts a byte stream's text into whole lines; keeps the unfinished tail for the next chunk. */
export class LineSplitter {
  private rest = '';

  push(chunk: string): string[] {
    const text = this.rest + chunk;
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    return lines.map(stripCr);
  }

  /** The unfinished last line, if the stream ended without a newline. */
  flush(): string[] {
    const rest = this.rest;
    this.rest = '';
    return rest ? [stripCr(rest)] : [];
  }
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * Cursors of several streams (a component's pods and containers) in one SSE id:
 * `<pod>/<container>=<ts>#<n>` joined by `|`. Pod and container names are DNS labels, so neither
 * `|` nor `=` can occur in them.
 */
export function encodeCursorMap(cursors: ReadonlyMap<string, LogCursor>): string {
  return [...cursors].map(([source, cursor]) => `${source}=${formatLineId(cursor)}`).join('|');
}

export function decodeCursorMap(value: string | null | undefined): Map<string, LogCursor> {
  const out = new Map<string, LogCursor>();
  for (const part of (value ?? '').split('|')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const cursor = parseLineId(part.slice(eq + 1));
    if (cursor) out.set(part.slice(0, eq), cursor);
  }
  return out;
}

/** The earliest cursor of a map (where a stream unknown to the map should start after a gap). */
export function earliestCursor(cursors: ReadonlyMap<string, LogCursor>): LogCursor | undefined {
  let earliest: LogCursor | undefined;
  for (const cursor of cursors.values()) if (!earliest || compareCursors(cursor, earliest) < 0) earliest = cursor;
  return earliest;
}

/** Merges per-stream line lists (each in time order) into one, by time; ties keep stream order. */
export function mergeByTime<T extends { cursor: LogCursor }>(lists: readonly T[][]): T[] {
  const keyed = lists.flatMap((list, stream) =>
    list.map((item, index) => ({ item, stream, index, key: timestampKey(item.cursor.ts) ?? '' })),
  );
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.stream - b.stream || a.index - b.index));
  return keyed.map((k) => k.item);
}
