/**
 * One LIST+WATCH of one resource kind, kept in memory: paged relist, watch resumed from the last
 * resourceVersion, relist on 410 Gone, back-off with jitter on errors, a kind the API server does not
 * serve (404) or forbids (403) settled until it is worth asking again, and a state the UI can show.
 */
import 'server-only';
import type { WatchState } from '@/lib/api/types';
import type { Connection } from './connection';
import { describeKubeError, KubeApiError, kubeGetJson, kubeRequest } from './http';
import { withoutKeys } from './transforms';
import { collectionPath, type ResourceDef, type ResourceKey, type WatchedKey, type WatchedTypes } from './resources';

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; resourceVersion?: string; [key: string]: unknown };
  [key: string]: unknown;
}

interface ObjectList<T> {
  metadata?: { resourceVersion?: string; continue?: string };
  items?: T[];
}

interface WatchEvent<T> {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  /** The object, or for ERROR a Status (code, reason, message). */
  object: T & { code?: number; message?: string; reason?: string };
}

export type InformerChange = 'modified' | 'other';

export interface InformerOptions {
  pageSize: number;
  watchTimeoutSeconds: number;
  /**
   * Called after every change to the stored objects or the state: `modified` when a watch event replaced
   * an object already held (a renewed Lease is one), `other` for anything else (a relist, an object added
   * or deleted, a new state).
   */
  onChange: (change: InformerChange) => void;
  /** Back-off bounds; tests shorten them. */
  backoff?: { baseMs: number; maxMs: number };
  /** Wait this long before retrying a forbidden kind: RBAC changes are rare. */
  forbiddenRetryMs?: number;
  /** Wait at most this long before asking again for a kind that is not served (discovery may wake it sooner). */
  unservedRetryMs?: number;
  /** The state message of a kind that is not served, from what showed it (`404 on GET …`). */
  describeUnserved?: (detail: string) => string;
}

/** Real API servers keep watch history for ~5 minutes; older resourceVersions answer 410 Gone. */
const GONE = 410;
/** A collection path the API server does not know: the kind is not served (a LIST in a missing namespace is 200, empty). */
const NOT_FOUND = 404;

export class Informer<K extends WatchedKey = ResourceKey> {
  readonly def: ResourceDef<K>;
  private readonly conn: Connection;
  private readonly opts: InformerOptions;
  private objects = new Map<string, WatchedTypes[K]>();
  private resourceVersion = '';
  private stopped = false;
  private failures = 0;
  /** 410s in a row without a watch that delivered anything: a relist that does not help. */
  private expiredInARow = 0;
  private abort?: AbortController;
  private wake?: () => void;
  /** Set while the kind is known not to be served: the loop settles and waits instead of listing. */
  private unserved?: string;
  /** Discovery said so (it re-checks by itself), rather than a 404 of our own (retried on a timer). */
  private unservedByDiscovery = false;
  state: WatchState = 'syncing';
  message?: string;
  /** Times a LIST was sent (first sync, 410s, errors), and WATCH requests opened. */
  lists = 0;
  watches = 0;
  hasSynced = false;
  lastSyncAt?: Date;

  constructor(conn: Connection, def: ResourceDef<K>, opts: InformerOptions) {
    this.conn = conn;
    this.def = def;
    this.opts = opts;
  }

  start(): void {
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.abort?.abort();
    this.wake?.();
  }

  /**
   * Ends a back-off wait early: the API server answers again (the health poller saw it), so a kind
   * that is reconnecting retries now instead of sleeping out its back-off ceiling (up to 30 s).
   */
  retryNow(): void {
    if (this.state === 'reconnecting') this.wake?.();
  }

  /** Discovery says the kind is not served: stop asking for it, drop what was read, and settle. */
  markUnserved(message: string): void {
    if (this.state === 'unserved' && this.message === message) return;
    this.unserved = message;
    this.unservedByDiscovery = true;
    // Settled as of now, for every reader: the loop, woken or aborted below, settles it again idempotently.
    this.state = 'unserved';
    this.message = message;
    this.objects = new Map();
    this.resourceVersion = '';
    this.opts.onChange('other');
    this.abort?.abort();
    this.wake?.();
  }

  /** Discovery says the kind is served: a kind settled as not served lists again now. */
  markServed(): void {
    if (this.state !== 'unserved' && this.unserved === undefined) return;
    this.unserved = undefined;
    this.wake?.();
  }

  /** Listed at least once, or settled as unavailable (forbidden, not served): nothing needs to wait for it. */
  get isSettled(): boolean {
    return this.hasSynced || this.state === 'forbidden' || this.state === 'unserved';
  }

  /** The stored objects. The array is fresh; the objects are shared and must not be mutated. */
  list(): WatchedTypes[K][] {
    return Array.from(this.objects.values());
  }

  get(name: string): WatchedTypes[K] | undefined {
    return this.objects.get(name);
  }

  /** For tests: pretend the last seen resourceVersion is `rv`, as after a long outage. */
  rewindForTests(rv: string): void {
    this.resourceVersion = rv;
  }

  get size(): number {
    return this.objects.size;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        if (this.unserved !== undefined) {
          await this.settleUnserved(this.unserved);
          continue;
        }
        this.abort = new AbortController();
        if (!this.resourceVersion) await this.relist(this.abort.signal);
        await this.watchOnce();
        this.failures = 0;
        this.expiredInARow = 0;
      } catch (error) {
        if (this.stopped) return;
        await this.handleFailure(error);
      }
    }
  }

  private async relist(signal: AbortSignal): Promise<void> {
    const path = collectionPath(this.def);
    const next = new Map<string, WatchedTypes[K]>();
    let continueToken: string | undefined;
    let resourceVersion = '';
    do {
      this.lists += 1;
      const page = await kubeGetJson<ObjectList<WatchedTypes[K]>>(this.conn, path, {
        query: { limit: this.opts.pageSize, continue: continueToken },
        timeoutMs: 60_000,
        signal,
      });
      for (const item of page.items ?? []) {
        const name = item.metadata?.name;
        if (name) next.set(name, this.receive(item));
      }
      continueToken = page.metadata?.continue || undefined;
      resourceVersion = page.metadata?.resourceVersion ?? '';
    } while (continueToken && !this.stopped);
    this.objects = next;
    this.resourceVersion = resourceVersion;
    this.markLive();
    this.opts.onChange('other');
  }

  private async watchOnce(): Promise<void> {
    if (!this.abort || this.abort.signal.aborted) this.abort = new AbortController();
    this.watches += 1;
    const response = await kubeRequest(this.conn, collectionPath(this.def), {
      query: {
        watch: 'true',
        resourceVersion: this.resourceVersion,
        allowWatchBookmarks: 'true',
        timeoutSeconds: this.opts.watchTimeoutSeconds,
      },
      signal: this.abort.signal,
      timeoutMs: undefined,
    });
    this.markLive();
    const idleLimitMs = (this.opts.watchTimeoutSeconds + 30) * 1000;
    let idleTimer = setTimeout(() => this.abort?.abort(), idleLimitMs);
    try {
      for await (const line of readLines(response.body as AsyncIterable<Uint8Array> | null)) {
        clearTimeout(idleTimer);
        idleTimer = setTimeout(() => this.abort?.abort(), idleLimitMs);
        this.apply(JSON.parse(line) as WatchEvent<WatchedTypes[K]>);
      }
    } finally {
      clearTimeout(idleTimer);
    }
  }

  private apply(event: WatchEvent<WatchedTypes[K]>): void {
    if (event.type === 'ERROR') {
      const code = event.object.code ?? 500;
      // The stream reports an expired resourceVersion as an ERROR event; relist from scratch.
      throw new KubeApiError(code, event.object.reason ?? 'Error', event.object.message ?? 'watch error', this.def.key);
    }
    const name = event.object.metadata?.name;
    const rv = event.object.metadata?.resourceVersion;
    this.expiredInARow = 0;
    // A bookmark changes nothing but proves the stream is alive and current up to its resourceVersion.
    this.lastSyncAt = new Date();
    if (event.type !== 'BOOKMARK' && name) {
      const modified = event.type === 'MODIFIED' && this.objects.has(name);
      if (event.type === 'DELETED') this.objects.delete(name);
      else this.objects.set(name, this.receive(event.object));
      this.opts.onChange(modified ? 'modified' : 'other');
    }
    if (rv) this.resourceVersion = rv;
  }

  private async handleFailure(error: unknown): Promise<void> {
    // Discovery settled the kind while a request was in flight (and aborted it): the loop settles it next.
    if (this.unserved !== undefined) return;
    const { status, message } = describeKubeError(error);
    if (status === NOT_FOUND) {
      const detail = `404 on ${error instanceof KubeApiError ? error.path : collectionPath(this.def)}`;
      this.unserved = this.opts.describeUnserved?.(detail) ?? `not served by this API server (${detail})`;
      this.unservedByDiscovery = false;
      return;
    }
    if (status === GONE) {
      this.resourceVersion = '';
      // One 410 is routine (the history moved on while we were away): relist at once. 410 again right
      // after a fresh relist means relisting does not help; back off as for any failure, or every kind
      // would LIST+WATCH in a tight loop (the fault suite's expired-resourceVersion case).
      this.expiredInARow += 1;
      if (this.expiredInARow > 1) await this.sleep(this.backoffMs(this.expiredInARow - 1));
      return;
    }
    this.failures += 1;
    if (status === 403) {
      this.state = 'forbidden';
      this.message = `needs list and watch on ${this.def.plural}${this.def.namespace ? ` in ${this.def.namespace}` : ''}: ${message}`;
      // Access was revoked: what was read before is no longer ours to show, and would pass for current.
      this.objects = new Map();
      this.opts.onChange('other');
      await this.sleep(this.opts.forbiddenRetryMs ?? 60_000);
      this.resourceVersion = '';
      return;
    }
    this.state = this.hasSynced ? 'reconnecting' : 'syncing';
    this.message = message;
    this.opts.onChange('other');
    await this.sleep(this.backoffMs(this.failures));
  }

  /**
   * The kind is not served: nothing to show (what was read before is gone with it), and nothing to wait
   * for. Ask again as soon as discovery says it is served; after `unservedRetryMs` too when only our own
   * 404 said so (discovery may not have answered).
   */
  private async settleUnserved(message: string): Promise<void> {
    const changed = this.state !== 'unserved' || this.message !== message || this.objects.size > 0;
    this.state = 'unserved';
    this.message = message;
    this.objects = new Map();
    this.resourceVersion = '';
    if (changed) this.opts.onChange('other');
    await this.sleep(this.unservedByDiscovery ? undefined : (this.opts.unservedRetryMs ?? 180_000));
    // Woken by markServed (unserved cleared) or the timer: list again; a 404 settles it once more.
    if (this.unserved === message) this.unserved = undefined;
  }

  /** The wait before attempt `n + 1` after `n` failures: 1 s doubling to 30 s, jittered. */
  private backoffMs(failures: number): number {
    const { baseMs, maxMs } = this.opts.backoff ?? { baseMs: 1000, maxMs: 30_000 };
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 16));
    // Jitter: many replicas reconnecting after an outage must not arrive together.
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  /** An object as it is stored: without managedFields, then through the kind's own transform. */
  private receive(object: WatchedTypes[K]): WatchedTypes[K] {
    slim(object);
    return this.def.transform ? this.def.transform(object) : object;
  }

  private markLive(): void {
    const changed = this.state !== 'live';
    this.state = 'live';
    this.message = undefined;
    this.hasSynced = true;
    this.lastSyncAt = new Date();
    if (changed) this.opts.onChange('other');
  }

  /** Waits `ms`, or until woken (`wake`); without `ms`, only until woken. */
  private sleep(ms?: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/**
 * Drops `metadata.managedFields` before an object is stored: server-side apply bookkeeping that real
 * API servers send with every object (often a third of a pod's JSON) and that nothing here reads,
 * as client-go informers drop it with a transform. The metadata is rebuilt without it, not `delete`d
 * from (which would make it a dictionary, see `withoutKeys`).
 */
function slim(obj: { metadata?: object | null }): void {
  if (obj.metadata && typeof obj.metadata === 'object') obj.metadata = withoutKeys(obj.metadata, ['managedFields']);
}

/** Splits a streamed body into lines (the watch protocol is one JSON event per line). */
export async function* readLines(body: AsyncIterable<Uint8Array> | null): AsyncGenerator<string> {
  if (!body) return;
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield line;
      newline = buffer.indexOf('\n');
    }
  }
  const rest = buffer.trim();
  if (rest) yield rest;
}
