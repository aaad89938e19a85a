/**
 * The first views every page's shell needs (the header, navigation and banner poll the overview, the
 * connection and the kubeconfig's contexts), and a page's own extra ones, rendered on the server from what
 * the JSON routes answer, with their entity tags: the first HTML holds them and the browser asks for none
 * of them again until its first poll (a 304 when nothing changed). Only for a request the JSON routes would
 * answer: the sign-in page of a locked dashboard gets none.
 */
import 'server-only';
import { cookies, headers } from 'next/headers';
import { CONTEXT_HEADER } from '@/lib/api/cluster-path';
import { CONNECTION_PATH, CONTEXTS_PATH } from '@/lib/api/clusters';
import type { FirstView, FirstViewSeeds } from '@/lib/api/conditional';
import { FINDINGS_PATH, type FindingsQuery } from '@/lib/api/findings';
import { API, apiPath } from '@/lib/api/urls';
import { decideAccess } from '@/lib/auth/access';
import { getAccessPolicy, peerAddress } from '@/lib/auth/policy';
import { validatorOf } from './etag';
import { readFindings } from './findings';
import { connectionState, contextsJson } from './fleet';
import { overviewJson } from './overview';
import type { ClusterRuntime } from './runtime';
import { getRuntime } from './runtimes';

/** An answer as its JSON route would send it: the same body and so the same entity tag. */
export function seedOf<T>(answer: string | T): FirstView<T> {
  const body = typeof answer === 'string' ? answer : JSON.stringify(answer);
  return { data: JSON.parse(body) as T, etag: validatorOf(body).etag };
}

/** Whether this request may read the cluster's JSON routes (what proxy.ts decides for `/api/…`). */
async function mayReadApi(): Promise<boolean> {
  const requestHeaders = await headers();
  const decision = decideAccess(getAccessPolicy(), {
    pathname: API.overview,
    headers: requestHeaders,
    cookies: await cookies(),
    peer: peerAddress(requestHeaders),
    nowMs: Date.now(),
  });
  return decision.allow;
}

type Build = (runtime: ClusterRuntime) => unknown;

/**
 * First views named by API path (`apiPath`): `builds` run against the request's cluster once its cache has
 * synced (at most the JSON route's own wait), `unsynced` (routes that answer before a sync) in any case.
 * One that fails or has nothing is left to the browser, whose route explains the failure.
 */
export async function pageFirstViews(builds: Record<string, Build>, unsynced: Record<string, Build> = {}): Promise<FirstViewSeeds> {
  const context = (await headers()).get(CONTEXT_HEADER) ?? undefined;
  const views: FirstViewSeeds['views'] = {};
  if (!(await mayReadApi())) return { context, views };
  const result = await getRuntime();
  if (!result.ok) return { context, views };
  const synced = await result.runtime.waitForFirstSync();
  for (const [path, build] of Object.entries({ ...unsynced, ...(synced ? builds : {}) })) {
    try {
      const answer = await build(result.runtime);
      if (answer !== undefined) views[path] = seedOf(answer);
    } catch {
      // Left to the browser.
    }
  }
  return { context, views };
}

/** The shell's first views: the overview (once synced), the cluster's connection and the kubeconfig's contexts. */
export function shellFirstViews(): Promise<FirstViewSeeds> {
  return pageFirstViews(
    { [API.overview]: (runtime) => overviewJson(runtime) },
    { [CONNECTION_PATH]: (runtime) => connectionState(runtime), [CONTEXTS_PATH]: () => contextsJson() },
  );
}

/** The findings a view reads (`useFindings(query)`), as a first view to build. */
export function findingsFirstView(query: Omit<FindingsQuery, 'probe'> = {}): Record<string, Build> {
  return { [apiPath(FINDINGS_PATH, { ...query })]: (runtime) => readFindings(runtime, query) };
}
