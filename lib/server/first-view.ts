/**
 * A page's first view, rendered on the server from the cluster's cache: the same service (and memo) the
 * JSON route answers from, with the entity tag the route would send, so the HTML holds the data and the
 * client's first poll can be a 304. Never blocks longer than the JSON route would (the first sync's wait);
 * without a connection, a synced cache or an answer (404 and other failures), the client view loads it.
 */
import 'server-only';
import type { FirstView } from '@/lib/api/conditional';
import { validatorOf } from './etag';
import type { ClusterRuntime } from './runtime';
import { getRuntime } from './runtimes';

/** The first view from `build` (a service's JSON string or DTO; undefined when there is nothing to show). */
export async function firstView<T>(build: (runtime: ClusterRuntime) => string | T | undefined): Promise<FirstView<T> | undefined> {
  const result = await getRuntime();
  if (!result.ok || !(await result.runtime.waitForFirstSync())) return undefined;
  try {
    const answer = build(result.runtime);
    if (answer === undefined) return undefined;
    const body = typeof answer === 'string' ? answer : JSON.stringify(answer);
    return { data: (typeof answer === 'string' ? JSON.parse(answer) : answer) as T, etag: validatorOf(body).etag };
  } catch {
    return undefined;
  }
}
