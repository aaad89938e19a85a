/** Timestamp and line formats of the components' real logs: klog, logfmt, Calico, Go's log package, nginx. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(ms: number) {
  const d = new Date(ms);
  return {
    y: d.getUTCFullYear(), mo: d.getUTCMonth(), d: d.getUTCDate(),
    h: pad(d.getUTCHours()), mi: pad(d.getUTCMinutes()), s: pad(d.getUTCSeconds()), ms: pad(d.getUTCMilliseconds(), 3),
  };
}

/** Microseconds derived from the millisecond time, so the same line always prints the same digits. */
function micros(ms: number): string {
  return pad(d3(ms), 3);
}
function d3(ms: number): number {
  return (Math.imul(ms | 0, 2654435761) >>> 0) % 1000;
}

/** klog header: `I1128 20:37:12.123456       1 file.go:123] message` (severity, MMDD, time, thread id, source). */
export function klog(ms: number, severity: 'I' | 'W' | 'E' | 'F', source: string, message: string, pid = 1): string {
  const p = parts(ms);
  return `${severity}${pad(p.mo + 1)}${pad(p.d)} ${p.h}:${p.mi}:${p.s}.${p.ms}${micros(ms)} ${String(pid).padStart(7)} ${source}] ${message}`;
}

/** RFC 3339 with nanoseconds, as Go's time.RFC3339Nano prints UTC. */
export function rfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, `.$1${micros(ms)}${pad(d3(ms + 7), 3)}Z`);
}

/** Prometheus / Alertmanager logfmt: `ts=2024-11-28T20:37:12.123Z caller=main.go:1 level=info msg="…"`. */
export function logfmt(ms: number, caller: string, level: string, msg: string, extra = ''): string {
  return `ts=${new Date(ms).toISOString()} caller=${caller} level=${level} msg=${JSON.stringify(msg)}${extra ? ' ' + extra : ''}`;
}

/** Calico's logrus format: `2024-11-28 20:37:12.123 [INFO][1] felix/summary.go 100: message`. */
export function calico(ms: number, level: string, pid: number, source: string, message: string): string {
  const p = parts(ms);
  return `${p.y}-${pad(p.mo + 1)}-${pad(p.d)} ${p.h}:${p.mi}:${p.s}.${p.ms} [${level}][${pid}] ${source}: ${message}`;
}

/** Go's standard log package: `2024/11/28 20:37:12 message`. */
export function golog(ms: number, message: string): string {
  const p = parts(ms);
  return `${p.y}/${pad(p.mo + 1)}/${pad(p.d)} ${p.h}:${p.mi}:${p.s} ${message}`;
}

/** nginx's combined time: `28/Nov/2024:20:37:12 +0000`. */
export function nginxTime(ms: number): string {
  const p = parts(ms);
  return `${pad(p.d)}/${MONTHS[p.mo]}/${p.y}:${p.h}:${p.mi}:${p.s} +0000`;
}

/** Grafana's logfmt: `logger=… t=2024-11-28T20:37:12.123456789Z level=info msg="…"`. */
export function grafana(ms: number, logger: string, level: string, msg: string, extra = ''): string {
  return `logger=${logger} t=${rfc3339Nano(ms)} level=${level} msg=${JSON.stringify(msg)}${extra ? ' ' + extra : ''}`;
}

/** etcd's zap JSON line. */
export function zap(ms: number, level: string, caller: string, msg: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ level, ts: new Date(ms).toISOString().replace('Z', `${micros(ms)}Z`), caller, msg, ...fields });
}
