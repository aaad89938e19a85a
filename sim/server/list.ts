/**
 * GET of one object and LIST of a collection, with label/field selectors, `limit`/`continue` paging that
 * walks the sorted keys without copying the store, and Table output when asked.
 */
import type { ServerResponse } from 'node:http';
import type { ResourceRequest, ServerContext } from './context';
import { supportedFields } from './fields';
import { decodeContinue, encodeContinue, expiredContinue } from './paging';
import { resourceKey } from './resources';
import { parseFieldSelector, parseLabelSelector } from './selectors';
import { itemJson, listJson, tableFor } from './serialize';
import { badRequest, notFoundObject, sendJson, sendJsonChunks } from './status';
import { lowerBound, type Bucket, type Entry } from './store';

/** The [lo, hi) index range of `bucket.sorted` holding namespace `ns` (keys are `ns/name`). */
export function namespaceRange(bucket: Bucket, ns: string | undefined): [number, number] {
  if (!bucket.def.namespaced || ns === undefined) return [0, bucket.sorted.length];
  return [lowerBound(bucket.sorted, `${ns}/`), lowerBound(bucket.sorted, `${ns}0`)];
}

/** A predicate for one request's selectors; undefined when nothing filters. */
export function requestFilter(rq: ResourceRequest): ((e: Entry) => boolean) | undefined {
  const labels = parseLabelSelector(rq.query.get('labelSelector'));
  const fields = parseFieldSelector(rq.query.get('fieldSelector'), supportedFields(resourceKey(rq.def)));
  if (!labels && !fields) return undefined;
  return (e) => (!labels || labels(e.labels)) && (!fields || fields(e.fields));
}

/** GET one object: its JSON, or a Table with one row; 404 `pods "x" not found` when absent. */
export function handleGet(ctx: ServerContext, rq: ResourceRequest, res: ServerResponse): void {
  const bucket = ctx.store.bucket(rq.def);
  const key = rq.def.namespaced ? `${rq.namespace}/${rq.name}` : rq.name!;
  const entry = bucket.entries.get(key);
  if (!entry) throw notFoundObject(rq.def.group, rq.def.plural, rq.name!);
  if (rq.wantsTable) sendJson(res, 200, tableFor(rq.def, [entry], rq.query, Date.now(), { resourceVersion: String(entry.rv) }));
  else sendJson(res, 200, itemJson(rq.def, entry));
}

function parseLimit(v: string | null): number {
  if (v === null || v === '') return 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw badRequest(`limit: Invalid value: "${v}": must be a non-negative integer`);
  return n;
}

/**
 * LIST: items in key order (namespace, then name) as etcd returns them. With `limit`, the continue token
 * carries the list's resourceVersion; once that version leaves the history the token is 410 Expired.
 */
export function handleList(ctx: ServerContext, rq: ResourceRequest, res: ServerResponse): void {
  const { store } = ctx;
  const bucket = store.bucket(rq.def);
  const filter = requestFilter(rq);
  const limit = parseLimit(rq.query.get('limit'));
  const [start, hi] = namespaceRange(bucket, rq.namespace);
  let lo = start;
  let listRV = store.rv;
  const cont = rq.query.get('continue');
  if (cont) {
    const token = decodeContinue(cont);
    store.prune(bucket);
    if (token.rv < bucket.compactedRV) throw expiredContinue();
    listRV = token.rv;
    lo = Math.max(lo, lowerBound(bucket.sorted, token.start));
  }
  const items: Entry[] = [];
  let i = lo;
  for (; i < hi && (limit === 0 || items.length < limit); i++) {
    const entry = bucket.entries.get(bucket.sorted[i])!;
    if (!filter || filter(entry)) items.push(entry);
  }
  const more = limit > 0 && i < hi;
  const meta = {
    resourceVersion: String(listRV),
    ...(more ? { continue: encodeContinue(listRV, items[items.length - 1].key) } : {}),
    ...(more && !filter ? { remainingItemCount: hi - i } : {}),
  };
  if (rq.wantsTable) {
    sendJson(res, 200, tableFor(rq.def, items, rq.query, Date.now(), { resourceVersion: meta.resourceVersion, continueToken: meta.continue }));
  } else sendJsonChunks(res, 200, listJson(rq.def, items, meta));
}
