/**
 * The one recipe of every route that answers from a cluster (umami's parseRequest → handler → json()):
 * parse the path params and the query with zod schemas, get the cluster runtime and wait for its first
 * sync, build the answer (services memoize per runtime version), and send it as JSON with an entity tag
 * (a conditional poll whose data is unchanged gets a 304 without a body, etag.ts); every failure
 * leaves as the error envelope `{ error: { code, message, status } }` (errors.ts). Pages decide their
 * 404 with `notFoundUnless`, on the same runtime the same way.
 */
import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import type { ResourceKey } from '@/lib/kube/resources';
import { connectionProblemResponse, errorResponse, toErrorResponse, unknownContextResponse } from './errors';
import { matchesIfNoneMatch, notModified, validatorOf } from './etag';
import type { ClusterRuntime } from './runtime';
import { contextOfRequest, getRuntime, runtimeFor, type RuntimeResult } from './runtimes';

/** What a handler gets: the runtime (synced, or waited for FIRST_SYNC_WAIT_MS), the parsed params and query. */
export interface RouteInput<Params, Query> {
  runtime: ClusterRuntime;
  params: Params;
  query: Query;
  request: Request;
}

export interface RouteSpec<Params, Query> {
  /** The path segments (`{ id: z.string() }` for `[id]`). */
  params?: z.ZodType<Params>;
  /** The query string, as an object of its last values per name. */
  query?: z.ZodType<Query>;
  /** Wait for the first sync before building (default true; readiness asks without waiting). */
  waitForSync?: boolean;
}

/**
 * What a handler returns: a DTO (sent as JSON), a ready JSON string (a memoized answer), or a Response
 * of its own (a stream, text, YAML, a status other than 200).
 */
export type RouteAnswer = unknown;

/** Next.js's second argument of a route handler: the dynamic segments. */
export interface RouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

/** The path segment of `[id]` routes. */
export const ID_PARAMS = z.object({ id: z.string() });
/** The path segment of `[name]` routes. */
export const NAME_PARAMS = z.object({ name: z.string() });

const JSON_HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };

/** One line for every problem zod found: `limit: Too big: expected number to be <=5000; sort: …`. */
export function formatZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; ');
}

function parse<T>(schema: z.ZodType<T> | undefined, input: unknown): { ok: true; data: T } | { ok: false; message: string } {
  if (!schema) return { ok: true, data: {} as T };
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, message: formatZodError(parsed.error) };
}

/** A JSON body with its entity tag, or a 304 without a body when the poll already has it. */
function jsonAnswer(request: Request, body: string): Response {
  const validator = validatorOf(body);
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), validator.etag)) return notModified(validator, JSON_HEADERS);
  return new Response(body, { headers: { ...JSON_HEADERS, ETag: validator.etag } });
}

/** A route handler from the recipe: `export const GET = jsonRoute({ query: QUERY }, ({ runtime, query }) => listEvents(runtime, query));` */
export function jsonRoute<Params = Record<string, never>, Query = Record<string, never>>(
  spec: RouteSpec<Params, Query>,
  handle: (input: RouteInput<Params, Query>) => RouteAnswer | Promise<RouteAnswer>,
): (request: Request, context?: RouteContext) => Promise<Response> {
  return async (request, context) => {
    const params = parse(spec.params, (await context?.params) ?? {});
    if (!params.ok) return errorResponse(400, 'BadRequest', params.message);
    const query = parse(spec.query, Object.fromEntries(new URL(request.url).searchParams));
    if (!query.ok) return errorResponse(400, 'BadRequest', query.message);
    const result = runtimeFor(contextOfRequest(request));
    if (!result.ok) return runtimeProblemResponse(result);
    try {
      if (spec.waitForSync !== false) await result.runtime.waitForFirstSync();
      const answer = await handle({ runtime: result.runtime, params: params.data, query: query.data, request });
      if (answer instanceof Response) return answer;
      return jsonAnswer(request, typeof answer === 'string' ? answer : JSON.stringify(answer));
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/**
 * A page's server side: Next.js's 404 when the synced runtime can read every kind in `needs` and says
 * `exists` is false. Without a connection or a synced cache the page renders, and its client view
 * explains what the API answers.
 */
export async function notFoundUnless(exists: (runtime: ClusterRuntime) => boolean, needs: readonly ResourceKey[] = []): Promise<void> {
  const result = await getRuntime();
  if (!result.ok || !(await result.runtime.waitForFirstSync())) return;
  if (needs.every((key) => result.runtime.isReadable(key)) && !exists(result.runtime)) notFound();
}

/** A context without a runtime: 404 naming the contexts that exist when the URL names an unknown one, else 503. */
export function runtimeProblemResponse(result: Extract<RuntimeResult, { ok: false }>): Response {
  if (result.unknownContext) {
    const { context, contexts } = result.unknownContext;
    return unknownContextResponse(context, contexts);
  }
  return connectionProblemResponse(result.problem);
}
