/**
 * `GET /api/components/<id>`: one component in detail from the shared cache only, memoized per cache
 * version (and at most a second old, since ages move with the clock), so many viewers cost one build.
 */
import 'server-only';
import type { ComponentDetailResponse } from '@/lib/api/component';
import type { ClusterCache } from '@/lib/kube/cache';
import { buildComponentDetail, buildDetailModel, type DetailModel } from '@/lib/model/detail/component-detail';
import type { RawConfigMap, RawEvent } from '@/lib/model/detail/raw';
import { HttpError } from './errors';
import { readSnapshot } from './snapshot';

const MAX_AGE_MS = 1_000;
/** Distinct (id, page) answers kept per cache version. */
const MAX_MEMOS = 200;

interface Memo {
  version: number;
  at: number;
  model: DetailModel;
  bodies: Map<string, string>;
}

const memos = new WeakMap<ClusterCache, Memo>();

function currentMemo(cache: ClusterCache, now: number): Memo {
  const memo = memos.get(cache);
  if (memo && memo.version === cache.version && now - memo.at < MAX_AGE_MS) return memo;
  const fresh: Memo = { version: cache.version, at: now, model: buildDetailModel(readSnapshot(cache), now), bodies: new Map() };
  memos.set(cache, fresh);
  return fresh;
}

/** Whether the cache knows a component with this id (for the page's 404). */
export function componentExists(cache: ClusterCache, id: string): boolean {
  return currentMemo(cache, Date.now()).model.components.some((c) => c.id === id);
}

/**
 * The component's detail as JSON; HttpError 404 naming the id when no component has it.
 * `podPage` is 1-based; pages past the end clamp to the last.
 */
export function componentDetailJson(cache: ClusterCache, id: string, podPage: number): string {
  const now = Date.now();
  const memo = currentMemo(cache, now);
  const key = `${id}\n${podPage}`;
  const cached = memo.bodies.get(key);
  if (cached) return cached;
  const extras = {
    configMaps: cache.objects('configmaps') as unknown as RawConfigMap[],
    events: cache.objects('events') as unknown as RawEvent[],
  };
  const detail = buildComponentDetail(memo.model, extras, id, podPage, now);
  if (!detail) throw new HttpError(404, 'NotFound', `component "${id}" not found in kube-system`);
  const body: ComponentDetailResponse = { ...detail, freshness: cache.freshness(), generatedAt: new Date(now).toISOString() };
  const json = JSON.stringify(body);
  if (memo.bodies.size >= MAX_MEMOS) memo.bodies.clear();
  memo.bodies.set(key, json);
  return json;
}
