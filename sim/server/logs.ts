/**
 * Pod logs (`/api/v1/namespaces/<ns>/pods/<pod>/log`) as the kubelet serves them through the API server:
 * `container`, `previous`, `tailLines`, `sinceSeconds`/`sinceTime`, `timestamps`, `limitBytes`, and
 * `follow` streaming new lines until the client leaves or the container restarts.
 */
import type { ServerResponse } from 'node:http';
import type { KObject, LogLine } from '../types';
import type { ResourceRequest, ServerContext } from './context';
import { badRequest, notFoundObject, StatusError } from './status';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** RFC3339Nano as Go prints it (trailing zeros of the fraction trimmed): `2026-11-28T20:37:12.123456789Z`. */
export function rfc3339Nano(ms: number): string {
  const whole = Math.floor(ms);
  const nanos = Math.min(999_999, Math.round((ms - whole) * 1e6)) + (whole % 1000) * 1e6;
  const base = new Date(whole).toISOString().slice(0, 19);
  const frac = String(nanos).padStart(9, '0').replace(/0+$/, '');
  return `${base}${frac ? `.${frac}` : ''}Z`;
}

/** The container to read; the API server's errors when it is ambiguous or unknown. */
function pickContainer(pod: Any, requested: string | null): string {
  const name = pod.metadata.name as string;
  const containers = ((pod.spec?.containers ?? []) as Any[]).map((c) => c.name as string);
  const inits = ((pod.spec?.initContainers ?? []) as Any[]).map((c) => c.name as string);
  if (!requested) {
    if (containers.length === 1) return containers[0];
    const base = `a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`;
    throw badRequest(inits.length ? `${base} or one of the init containers: [${inits.join(' ')}]` : base);
  }
  if (!containers.includes(requested) && !inits.includes(requested)) throw badRequest(`container ${requested} is not valid for pod ${name}`);
  return requested;
}

function containerStatus(pod: Any, container: string): Any | undefined {
  const all = [...((pod.status?.containerStatuses ?? []) as Any[]), ...((pod.status?.initContainerStatuses ?? []) as Any[])];
  return all.find((s) => s.name === container);
}

/** Identity of a running container instance; a change means it restarted (kubelet ends a follow then). */
function instanceOf(pod: Any | undefined, container: string): string {
  const s = pod && containerStatus(pod, container);
  return s ? `${s.restartCount ?? 0}|${s.containerID ?? ''}` : '';
}

interface LogQuery {
  tail?: number;
  sinceMs?: number;
  timestamps: boolean;
  limitBytes?: number;
}

function intParam(q: URLSearchParams, name: string, min: number): number | undefined {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw badRequest(`${name}: Invalid value: "${v}": must be greater than or equal to ${min}`);
  return n;
}

function parseLogQuery(q: URLSearchParams, now: number): LogQuery {
  const since = intParam(q, 'sinceSeconds', 1);
  const sinceTime = q.get('sinceTime');
  if (since !== undefined && sinceTime) throw badRequest('at most one of sinceTime or sinceSeconds may be specified');
  let sinceMs = since !== undefined ? now - since * 1000 : undefined;
  if (sinceTime) {
    sinceMs = Date.parse(sinceTime);
    if (Number.isNaN(sinceMs)) throw badRequest(`sinceTime: Invalid value: "${sinceTime}"`);
  }
  return { tail: intParam(q, 'tailLines', 0), sinceMs, timestamps: q.get('timestamps') === 'true', limitBytes: intParam(q, 'limitBytes', 1) };
}

function render(lines: LogLine[], q: LogQuery): string {
  return lines.map((l) => `${q.timestamps ? `${rfc3339Nano(l.time)} ` : ''}${l.text}\n`).join('');
}

/** Serve a pod's log as text/plain; `follow=true` polls `source.logs` and streams lines newer than the last sent. */
export function handleLogs(ctx: ServerContext, rq: ResourceRequest, res: ServerResponse): void {
  const entry = ctx.store.bucket(rq.def).entries.get(`${rq.namespace}/${rq.name}`);
  if (!entry) throw notFoundObject('', 'pods', rq.name!);
  const pod = entry.obj as Any;
  const container = pickContainer(pod, rq.query.get('container'));
  const previous = rq.query.get('previous') === 'true';
  const now = Date.now();
  const q = parseLogQuery(rq.query, now);
  const read = (at: number): LogLine[] | undefined => (ctx.source.logs ? ctx.source.logs(rq.namespace!, rq.name!, container, previous, at) : []);
  const lines = read(now);
  if (!lines) {
    if (previous) throw badRequest(`previous terminated container "${container}" in pod "${rq.name}" not found`);
    const status = containerStatus(pod, container);
    if (!status || status.state?.waiting) {
      throw badRequest(`container "${container}" in pod "${rq.name}" is waiting to start: ${status?.state?.waiting?.reason ?? 'ContainerCreating'}`);
    }
    const why = ctx.source.kind === 'dump' ? ' (the replayed capture holds no log for it)' : '';
    throw new StatusError(404, 'NotFound', `no log is available for container "${container}" in pod "${rq.name}"${why}`, { name: rq.name, kind: 'pods' });
  }
  let initial = q.sinceMs !== undefined ? lines.filter((l) => l.time >= q.sinceMs!) : lines;
  if (q.tail !== undefined) initial = q.tail === 0 ? [] : initial.slice(-q.tail);

  let budget = q.limitBytes ?? Infinity;
  const write = (text: string): boolean => {
    const buf = Buffer.from(text);
    const out = buf.length > budget ? buf.subarray(0, budget) : buf;
    budget -= out.length;
    if (out.length) res.write(out);
    return budget > 0;
  };
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private' });
  const follow = rq.query.get('follow') === 'true' && !previous;
  if (!write(render(initial, q)) || !follow) return void res.end();
  res.flushHeaders();
  followLog(ctx, rq, res, { container, lines, read, write, q, entryKey: entry.key });
}

interface FollowState {
  container: string;
  lines: LogLine[];
  read: (at: number) => LogLine[] | undefined;
  write: (text: string) => boolean;
  q: LogQuery;
  entryKey: string;
}

function followLog(ctx: ServerContext, rq: ResourceRequest, res: ServerResponse, s: FollowState): void {
  const bucket = ctx.store.bucket(rq.def);
  const podNow = () => bucket.entries.get(s.entryKey)?.obj as KObject | undefined;
  const instance = instanceOf(podNow() as Any, s.container);
  let lastTime = s.lines.length ? s.lines[s.lines.length - 1].time : -Infinity;
  let sentAtLast = s.lines.filter((l) => l.time === lastTime).length;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    ctx.streams.delete(stop);
    ctx.stats.logFollowClosed();
    res.end();
  };
  const timer = setInterval(() => {
    const pod = podNow() as Any | undefined;
    if (!pod || instanceOf(pod, s.container) !== instance) return stop();
    const lines = s.read(Date.now());
    if (!lines) return stop();
    const fresh: LogLine[] = [];
    let seenAtLast = 0;
    for (const l of lines) {
      if (l.time > lastTime) fresh.push(l);
      else if (l.time === lastTime && ++seenAtLast > sentAtLast) fresh.push(l);
    }
    if (fresh.length === 0) return;
    const newLast = fresh[fresh.length - 1].time;
    sentAtLast = newLast === lastTime ? sentAtLast + fresh.length : fresh.filter((l) => l.time === newLast).length;
    lastTime = newLast;
    if (!s.write(render(fresh, s.q))) stop();
  }, ctx.options.logPollMs);
  ctx.stats.logFollowOpened();
  ctx.streams.add(stop);
  res.on('close', stop);
}
