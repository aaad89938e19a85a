/**
 * `GET /api/components/<id>`: one component in detail from the cluster's cache only, memoized per runtime
 * version (and at most the heartbeat grain old, since ages move with the clock), so many viewers cost one build.
 */
import 'server-only';
import type { ComponentDetailResponse } from '@/lib/api/component';
import { buildComponentDetail, buildDetailModel } from '@/lib/model/detail/component-detail';
import { HttpError } from './errors';
import { memoByVersion } from './memo';
import { HEARTBEAT_GRAIN_MS, type ClusterRuntime } from './runtime';
import { readSnapshot } from './snapshot';

const MAX_AGE_MS = HEARTBEAT_GRAIN_MS;
/** Distinct (id, page) answers kept per model build. */
const MAX_MEMOS = 200;

/** The detail model of every component, and the answers built from it so far (by id and page). */
const detailModel = memoByVersion(
  (runtime: ClusterRuntime, now: number) => ({ model: buildDetailModel(readSnapshot(runtime), now), bodies: new Map<string, string>() }),
  { maxAgeMs: MAX_AGE_MS },
);

/** Whether the runtime knows a component with this id (for the page's 404). */
export function componentExists(runtime: ClusterRuntime, id: string): boolean {
  return detailModel(runtime).model.components.some((c) => c.id === id);
}

/**
 * The component's detail as JSON; HttpError 404 naming the id when no component has it.
 * `podPage` is 1-based; pages past the end clamp to the last.
 */
export function componentDetailJson(runtime: ClusterRuntime, id: string, podPage: number): string {
  const now = Date.now();
  const { model, bodies } = detailModel(runtime);
  const key = `${id}\n${podPage}`;
  const cached = bodies.get(key);
  if (cached) return cached;
  const extras = { configMaps: runtime.list('configmaps'), events: runtime.list('events') };
  const detail = buildComponentDetail(model, extras, id, podPage, now);
  if (!detail) throw new HttpError(404, 'NotFound', `component "${id}" not found in kube-system`);
  const body: ComponentDetailResponse = { ...detail, freshness: runtime.freshness(), generatedAt: new Date(now).toISOString() };
  const json = JSON.stringify(body);
  if (bodies.size >= MAX_MEMOS) bodies.clear();
  bodies.set(key, json);
  return json;
}
