/**
 * `GET /api/components/<id>/logs`: the merged logs of a component's pods, each line prefixed
 * `[pod/<pod>/<container>]` like `kubectl logs -l … --prefix`, merged by timestamp; follow multiplexes
 * the pods' streams into one SSE stream whose ids carry every stream's cursor.
 */
import 'server-only';
import { COMPONENT_MAX_PODS, type LogLineDto, type LogsResponse } from '@/lib/api/pod';
import { describeKubeError } from '@/lib/kube/http';
import {
  decodeCursorMap,
  earliestCursor,
  encodeCursorMap,
  mergeByTime,
  sinceTimeFor,
  type LogCursor,
} from '@/lib/logs/cursor';
import { compareNames } from '@/lib/model/evidence';
import { podsOfComponent } from './component-pods';
import { HttpError } from './errors';
import type { LogParams } from './log-params';
import { openPodLog, toLineDto, type OpenedLog, type UpstreamLogOptions } from './log-source';
import type { ClusterRuntime } from './runtime';
import { sseResponse } from './sse';
import { truncationNotice } from './pod-logs';

interface Source {
  /** `pod/container`, the prefix and the cursor map key. */
  key: string;
  pod: string;
  container: string;
}

/** The streams to read: the first COMPONENT_MAX_PODS pods by name, each app container (or just `container`). */
export function componentSources(runtime: ClusterRuntime, id: string, container?: string): { sources: Source[]; notices: string[] } {
  const pods = podsOfComponent(runtime, id);
  if (!pods?.length) throw new HttpError(404, 'NotFound', `component "${id}" has no pods in kube-system`);
  const names = pods.map((p) => p.metadata?.name ?? '').filter(Boolean).sort(compareNames);
  const notices: string[] = [];
  if (names.length > COMPONENT_MAX_PODS) {
    notices.push(`showing ${COMPONENT_MAX_PODS} of ${names.length} pods (${names[0]} … ${names[COMPONENT_MAX_PODS - 1]}); open a pod for the others`);
  }
  const chosen = new Set(names.slice(0, COMPONENT_MAX_PODS));
  const sources: Source[] = [];
  for (const pod of pods) {
    const name = pod.metadata?.name ?? '';
    if (!chosen.has(name)) continue;
    for (const c of pod.spec?.containers ?? []) {
      if (!c.name || (container && c.name !== container)) continue;
      sources.push({ key: `${name}/${c.name}`, pod: name, container: c.name });
    }
  }
  if (container && sources.length === 0) throw new HttpError(400, 'BadRequest', `no pod of component "${id}" has a container "${container}"`);
  sources.sort((a, b) => compareNames(a.key, b.key));
  return { sources, notices };
}

function sourceOptions(p: LogParams, source: Source, resume: Map<string, LogCursor>, follow: boolean, byteShare: number): UpstreamLogOptions {
  const after = resume.get(source.key);
  const from = after ?? earliestCursor(resume);
  return {
    container: source.container,
    previous: p.previous,
    follow,
    ...(from ? { sinceTime: sinceTimeFor(from), after } : { tailLines: p.tailLines, sinceSeconds: p.sinceSeconds }),
    limitBytes: follow ? undefined : byteShare,
  };
}

type Opened = { source: Source; log: OpenedLog };

/** Opens every source; a live follow joins each pod's shared stream (lib/server/log-hub.ts). */
async function openAll(runtime: ClusterRuntime, sources: Source[], opts: (s: Source) => UpstreamLogOptions, signal: AbortSignal) {
  const open = (s: Source) => {
    const options = opts(s);
    return options.follow ? runtime.logs.follow(s.pod, options, signal) : openPodLog(runtime.connection, s.pod, options, signal);
  };
  const results = await Promise.allSettled(sources.map(open));
  const opened: Opened[] = [];
  const notices: string[] = [];
  results.forEach((r, i) => {
    const source = sources[i]!;
    if (r.status === 'fulfilled') opened.push({ source, log: r.value });
    else notices.push(`${source.key}: ${describeKubeError(r.reason).message}`);
  });
  return { opened, notices };
}

/** The merged logs read once. */
export async function readComponentLogs(runtime: ClusterRuntime, id: string, p: LogParams, signal: AbortSignal): Promise<LogsResponse> {
  const { sources, notices } = componentSources(runtime, id, p.container);
  const share = Math.max(1, Math.floor(p.limitBytes / sources.length));
  const resume = decodeCursorMap(p.after);
  const { opened, notices: failures } = await openAll(runtime, sources, (s) => sourceOptions(p, s, resume, false, share), signal);
  const perSource = await Promise.all(
    opened.map(async ({ source, log }) => {
      const out: (LogLineDto & { cursor: LogCursor })[] = [];
      for await (const line of log.lines) out.push({ ...toLineDto(line, p.timestamps, source.key), cursor: line.cursor });
      if (log.isCut()) failures.push(`${source.key}: ${truncationNotice(share)}`);
      return out;
    }),
  );
  const lines = mergeByTime(perSource).map(({ id, time, text, source }) => ({ id, time, text, source }));
  return { lines, notices: [...notices, ...failures] };
}

/** Follows every stream at once; each event's id is the cursor map after that line. */
export async function followComponentLogs(runtime: ClusterRuntime, id: string, p: LogParams, request: Request): Promise<Response> {
  const { sources, notices } = componentSources(runtime, id, p.container);
  const resume = decodeCursorMap(p.after);
  const upstream = new AbortController();
  request.signal.addEventListener('abort', () => upstream.abort());
  const { opened, notices: failures } = await openAll(runtime, sources, (s) => sourceOptions(p, s, resume, !p.previous, 0), upstream.signal);
  if (opened.length === 0 && failures.length) throw new HttpError(400, 'BadRequest', failures.join('; '));
  const cursors = new Map(resume);
  return sseResponse(request, async (sink) => {
    sink.signal.addEventListener('abort', () => upstream.abort());
    for (const message of [...notices, ...failures]) sink.send({ message }, { event: 'notice' });
    await Promise.all(
      opened.map(async ({ source, log }) => {
        try {
          for await (const line of log.lines) {
            if (sink.signal.aborted) return;
            cursors.set(source.key, line.cursor);
            sink.send(toLineDto(line, p.timestamps, source.key), { id: encodeCursorMap(cursors) });
          }
        } catch (error) {
          if (!sink.signal.aborted) sink.send({ message: `${source.key}: ${describeKubeError(error).message}` }, { event: 'notice' });
        }
      }),
    );
  });
}
