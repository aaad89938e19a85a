/**
 * WATCH: newline-delimited `{type, object}` events over a chunked response, with the real server's
 * resourceVersion semantics (unset/"0" = current state as ADDED, then changes; N = replay after N or an
 * ERROR 410 Expired event), selector transitions, bookmarks and `timeoutSeconds`.
 */
import type { ServerResponse } from 'node:http';
import type { ResourceRequest, ServerContext } from './context';
import { namespaceRange, requestFilter } from './list';
import { groupVersionOf, type ResourceDef } from './resources';
import { itemJson, tableFor } from './serialize';
import { badRequest, statusBody } from './status';
import type { ChangeEvent, Entry, EventType } from './store';

/** Close a watcher whose unread output passes this (a client that stopped reading). */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

function eventLine(ctx: ServerContext, rq: ResourceRequest, type: EventType, entry: Entry): string {
  if (rq.wantsTable) {
    const table = tableFor(rq.def, [entry], rq.query, Date.now(), { resourceVersion: String(entry.rv) });
    return `${JSON.stringify({ type, object: table })}\n`;
  }
  return `{"type":"${type}","object":${itemJson(rq.def, entry)}}\n`;
}

/** One serialization per (event, type, form), shared by every watcher that wants the same bytes. */
function cachedLine(ctx: ServerContext, rq: ResourceRequest, ev: ChangeEvent, type: EventType): string {
  const form = `${type}|${rq.wantsTable ? `table:${rq.query.get('includeObject') ?? ''}` : groupVersionOf(rq.def)}`;
  ev.lines ??= new Map();
  let line = ev.lines.get(form);
  if (line === undefined) {
    line = eventLine(ctx, rq, type, ev.entry);
    ev.lines.set(form, line);
  }
  return line;
}

/**
 * What a filtered watcher sees of a change, as the API server's cacher decides it: a MODIFIED object
 * that starts matching is ADDED, one that stops matching is DELETED.
 */
function visibleType(ev: ChangeEvent, matches: (e: Entry) => boolean): EventType | undefined {
  const now = matches(ev.entry);
  if (ev.type !== 'MODIFIED') return now ? ev.type : undefined;
  const before = ev.prev ? matches(ev.prev) : false;
  if (now) return before ? 'MODIFIED' : 'ADDED';
  return before ? 'DELETED' : undefined;
}

function bookmarkLine(def: ResourceDef, rv: number): string {
  const object = { kind: def.kind, apiVersion: groupVersionOf(def), metadata: { resourceVersion: String(rv), creationTimestamp: null } };
  return `${JSON.stringify({ type: 'BOOKMARK', object })}\n`;
}

export function handleWatch(ctx: ServerContext, rq: ResourceRequest, res: ServerResponse): void {
  const { store } = ctx;
  const bucket = store.bucket(rq.def);
  const filter = requestFilter(rq);
  const ns = rq.def.namespaced ? rq.namespace : undefined;
  const matches = (e: Entry) =>
    (ns === undefined || e.obj.metadata.namespace === ns) && (rq.name === undefined || e.obj.metadata.name === rq.name) && (!filter || filter(e));
  const rvParam = rq.query.get('resourceVersion') ?? '';
  const timeoutSeconds = Number(rq.query.get('timeoutSeconds') ?? 0);
  if (rvParam !== '' && !/^\d+$/.test(rvParam)) throw badRequest(`resourceVersion: Invalid value: "${rvParam}": must be a non-negative integer`);

  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private' });
  res.flushHeaders();
  let queue: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (queue.length === 0 || res.destroyed) return;
    res.write(queue.join(''));
    queue = [];
    if (res.writableLength > MAX_BUFFERED_BYTES) stop();
  };
  const send = (line: string) => {
    queue.push(line);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };

  let stopped = false;
  const timers: NodeJS.Timeout[] = [];
  const listener = (ev: ChangeEvent) => {
    const type = visibleType(ev, matches);
    if (type) send(cachedLine(ctx, rq, ev, type));
  };
  function stop(): void {
    if (stopped) return;
    stopped = true;
    bucket.listeners.delete(listener);
    timers.forEach(clearTimeout);
    ctx.streams.delete(stop);
    ctx.watches.delete(stop);
    ctx.stats.watchClosed();
    flush();
    res.end();
  }
  ctx.stats.watchOpened();
  ctx.streams.add(stop);
  ctx.watches.add(stop);
  res.on('close', stop);

  if (rvParam === '' || rvParam === '0') {
    const [lo, hi] = namespaceRange(bucket, ns);
    for (let i = lo; i < hi; i++) {
      const entry = bucket.entries.get(bucket.sorted[i])!;
      if (matches(entry)) send(eventLine(ctx, rq, 'ADDED', entry));
    }
  } else {
    const rv = Number(rvParam);
    // The `expireRv` fault: every resume is too old, as right after an etcd compaction.
    const replay = ctx.faults?.expireResume() ? undefined : store.eventsSince(bucket, rv);
    if (!replay) {
      const status = statusBody(410, 'Expired', `too old resource version: ${rv} (${bucket.compactedRV})`);
      send(`${JSON.stringify({ type: 'ERROR', object: status })}\n`);
      setImmediate(stop);
      return;
    }
    for (const ev of replay) listener(ev);
  }
  bucket.listeners.add(listener);

  if (rq.query.get('allowWatchBookmarks') === 'true') {
    timers.push(setInterval(() => send(bookmarkLine(rq.def, store.rv)), ctx.options.bookmarkIntervalMs));
  }
  if (timeoutSeconds > 0) timers.push(setTimeout(stop, timeoutSeconds * 1000));
}
