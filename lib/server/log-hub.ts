/**
 * Followed logs shared like the cache: one upstream stream per (pod, container) however many viewers
 * follow it, a bounded buffer of its recent lines from which each viewer starts at its own point (its
 * tail, or after its resume cursor), and the upstream closed a moment after its last viewer leaves.
 */
import 'server-only';
import { compareCursors, sinceTimeFor, type LogCursor } from '@/lib/logs/cursor';
import type { LogSourceLine, OpenedLog, UpstreamLogOptions } from './log-source';

/** Lines a shared stream keeps at least (more when its first viewer asked a longer tail). */
export const SHARED_LOG_BUFFER_LINES = 1_000;
/** How long an upstream stream stays open after its last viewer left (a reload rejoins it). */
export const SHARED_LOG_LINGER_MS = 2_000;

export interface LogHubOptions {
  /** Opens one container's log upstream (lib/server/log-source.ts's openPodLog, bound to a connection). */
  open(pod: string, opts: UpstreamLogOptions, signal: AbortSignal): Promise<OpenedLog>;
  lingerMs?: number;
  bufferLines?: number;
}

/** One upstream follow and the lines it has delivered, numbered by `seq` from 0. */
class SharedLog {
  private lines: LogSourceLine[] = [];
  /** The seq of lines[0]. */
  private firstSeq = 0;
  private waiters = new Set<() => void>();
  readonly abort = new AbortController();
  viewers = 0;
  ended = false;
  error?: unknown;
  /** Lines were dropped from the front of the buffer. */
  private evicted = false;
  /** The buffer began with the whole log (its tail read returned fewer lines than asked). */
  complete = false;
  lingerTimer?: NodeJS.Timeout;
  /** Settles once the buffer holds what the stream was opened with (its tail); viewers start after it. */
  ready: Promise<void> = Promise.resolve();

  constructor(
    readonly capacity: number,
    /** When opened after a cursor: every line after it is held (until evicted). */
    private readonly from: LogCursor | undefined,
  ) {}

  get last(): LogSourceLine | undefined {
    return this.lines.at(-1);
  }

  get nextSeq(): number {
    return this.firstSeq + this.lines.length;
  }

  push(line: LogSourceLine): void {
    this.lines.push(line);
    // Drop a batch at once when the buffer overflows by a quarter, not one line per line.
    if (this.lines.length > this.capacity * 1.25) {
      const drop = this.lines.length - this.capacity;
      this.lines.splice(0, drop);
      this.firstSeq += drop;
      this.evicted = true;
    }
    this.notify();
  }

  end(error?: unknown): void {
    this.ended = true;
    this.error = error;
    this.notify();
  }

  /** The line at `seq`, or undefined once it was dropped from the buffer. */
  at(seq: number): LogSourceLine | undefined {
    return this.lines[seq - this.firstSeq];
  }

  /**
   * Where a viewer starts, or undefined when the buffer cannot give it every line it asks for (a resume
   * point older than the buffer, a longer tail than the buffer holds): that viewer reads on its own.
   */
  startFor(opts: UpstreamLogOptions): number | undefined {
    if (opts.after) {
      const first = this.lines[0];
      const held = (this.from && !this.evicted && compareCursors(opts.after, this.from) >= 0) || (first && compareCursors(opts.after, first.cursor) >= 0);
      if (!held) return undefined;
      const i = this.lines.findIndex((line) => compareCursors(line.cursor, opts.after!) > 0);
      return i < 0 ? this.nextSeq : this.firstSeq + i;
    }
    if (opts.sinceTime || opts.sinceSeconds !== undefined) return undefined;
    const n = opts.tailLines ?? 0;
    if (!(this.complete && !this.evicted) && this.lines.length < n) return undefined;
    return Math.max(this.firstSeq, this.nextSeq - n);
  }

  /** Resolves on the next line or the end, or when `signal` aborts. */
  changed(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.waiters.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      this.waiters.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

export interface LogHubStats {
  /** Upstream log streams open now (shared ones, and private reads of viewers the buffer could not serve). */
  upstream: number;
  /** Viewers reading a shared stream now. */
  viewers: number;
}

/**
 * The followed logs of one cluster runtime. `follow` answers a viewer's lines as an OpenedLog, from the
 * shared stream of its (pod, container) when its buffer can give the viewer every line it asks for.
 */
export class LogHub {
  private readonly shared = new Map<string, SharedLog>();
  private privateOpen = 0;
  private readonly lingerMs: number;
  private readonly bufferLines: number;

  constructor(private readonly opts: LogHubOptions) {
    this.lingerMs = opts.lingerMs ?? SHARED_LOG_LINGER_MS;
    this.bufferLines = opts.bufferLines ?? SHARED_LOG_BUFFER_LINES;
  }

  stats(): LogHubStats {
    let viewers = 0;
    for (const log of this.shared.values()) viewers += log.viewers;
    return { upstream: this.shared.size + this.privateOpen, viewers };
  }

  /**
   * Follows `pod`'s `opts.container` for one viewer until `signal` aborts. The first viewer's upstream
   * answer (a wrong container: 400) is every joining viewer's too; an upstream that ends ends its viewers,
   * who resume with their last line's cursor.
   */
  async follow(pod: string, opts: UpstreamLogOptions, signal: AbortSignal): Promise<OpenedLog> {
    if (opts.previous || opts.sinceSeconds !== undefined || (opts.sinceTime && !opts.after)) return this.openPrivate(pod, opts, signal);
    const key = `${pod}/${opts.container ?? ''}`;
    const existing = this.shared.get(key);
    if (existing && !existing.ended) {
      await existing.ready;
      const start = existing.ended ? undefined : existing.startFor(opts);
      if (start !== undefined) return this.view(key, existing, start, signal);
      if (!existing.ended) return this.openPrivate(pod, opts, signal);
    }
    const log = new SharedLog(Math.max(this.bufferLines, opts.tailLines ?? 0), opts.after);
    this.shared.set(key, log);
    const opening = this.openShared(pod, opts, log);
    log.ready = opening.then(() => undefined);
    // Joining viewers see a failure through `ready`; without any, it is the first viewer's answer alone.
    log.ready.catch(() => undefined);
    let opened: OpenedLog;
    try {
      opened = await opening;
    } catch (error) {
      log.end(error);
      if (this.shared.get(key) === log) this.shared.delete(key);
      throw error;
    }
    void this.pump(key, log, opened);
    const start = log.startFor(opts) ?? 0;
    return this.view(key, log, start, signal);
  }

  /**
   * Opens a new shared stream. After a cursor: a follow from there. Otherwise the buffer's worth of tail is
   * read first (a plain read, so where the tail ends is known and each viewer gets exactly its own tail),
   * then the follow continues after its last line (`sinceTime` its second, lines up to it dropped).
   */
  private async openShared(pod: string, opts: UpstreamLogOptions, log: SharedLog): Promise<OpenedLog> {
    const signal = log.abort.signal;
    if (opts.after) return this.opts.open(pod, { container: opts.container, follow: true, sinceTime: opts.sinceTime, after: opts.after }, signal);
    const head = await this.opts.open(pod, { container: opts.container, tailLines: log.capacity }, signal);
    let count = 0;
    for await (const line of head.lines) {
      log.push(line);
      count += 1;
    }
    log.complete = count < log.capacity;
    const last = log.last?.cursor;
    return this.opts.open(pod, { container: opts.container, follow: true, ...(last ? { sinceTime: sinceTimeFor(last), after: last } : {}) }, signal);
  }

  /** Closes every upstream stream (the runtime is disposed). */
  stop(): void {
    for (const log of this.shared.values()) {
      clearTimeout(log.lingerTimer);
      log.abort.abort();
    }
    this.shared.clear();
  }

  private async pump(key: string, log: SharedLog, opened: OpenedLog): Promise<void> {
    try {
      for await (const line of opened.lines) log.push(line);
      log.end();
    } catch (error) {
      log.end(log.abort.signal.aborted ? undefined : error);
    } finally {
      if (this.shared.get(key) === log) this.shared.delete(key);
    }
  }

  private view(key: string, log: SharedLog, start: number, signal: AbortSignal): OpenedLog {
    log.viewers += 1;
    clearTimeout(log.lingerTimer);
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      signal.removeEventListener('abort', leave);
      log.viewers -= 1;
      if (log.viewers > 0 || log.ended) return;
      log.lingerTimer = setTimeout(() => {
        if (log.viewers > 0) return;
        log.abort.abort();
        if (this.shared.get(key) === log) this.shared.delete(key);
      }, this.lingerMs);
      log.lingerTimer.unref?.();
    };
    // A viewer that leaves while not reading (or before its first line) lets go of the stream too.
    signal.addEventListener('abort', leave, { once: true });
    async function* lines(): AsyncGenerator<LogSourceLine> {
      let seq = start;
      try {
        while (!signal.aborted) {
          for (let line = log.at(seq); line; line = log.at(++seq)) yield line;
          // Fell behind the buffer (a viewer slower than the log): end; it resumes from its last line.
          if (seq < log.nextSeq) return;
          if (log.ended) {
            if (log.error) throw log.error;
            return;
          }
          await log.changed(signal);
        }
      } finally {
        leave();
      }
    }
    const generator = lines();
    return { lines: generator, isCut: () => false };
  }

  private async openPrivate(pod: string, opts: UpstreamLogOptions, signal: AbortSignal): Promise<OpenedLog> {
    const opened = await this.opts.open(pod, opts, signal);
    this.privateOpen += 1;
    let counted = true;
    const release = () => {
      if (counted) this.privateOpen -= 1;
      counted = false;
    };
    signal.addEventListener('abort', release, { once: true });
    async function* lines(): AsyncGenerator<LogSourceLine> {
      try {
        yield* opened.lines;
      } finally {
        release();
      }
    }
    return { lines: lines(), isCut: opened.isCut };
  }
}
