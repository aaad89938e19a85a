/** Pod logs from a dump: `<namespace>/<pod>/logs.txt`, which kubectl writes with one START/END section per container (init containers first). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LogLine } from '../types';

const SECTION = /^==== (START|END) logs for container (\S+) of pod (\S+)\/(\S+) ====$/;
/** What kubectl writes into a section instead of a log when the kubelet could not serve one. */
const FAILED = /^(Create log request error|Request log error|Failed to get logs): /;
const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))\s/;

/** Logs of one pod: per container, plus `any` for a file without sections (served for every container). */
export interface PodLogs { byContainer: Map<string, LogLine[]>; any?: LogLine[]; previous: Map<string, LogLine[]> }

/** Lines carry their own RFC 3339 timestamp when they start with one; otherwise the one before them, or the file's mtime. */
function toLines(texts: string[], fallback: number): LogLine[] {
  let time = fallback;
  return texts.map((text) => {
    const m = RFC3339.exec(text);
    if (m && !Number.isNaN(Date.parse(m[1]))) time = Date.parse(m[1]);
    return { time, text };
  });
}

/** Split a dump's logs.txt into its containers' sections, following kubectl's `==== START logs for container … ====` markers. */
export function parseLogsFile(text: string, mtime: number): Omit<PodLogs, 'previous'> {
  const rows = text.split('\n');
  if (rows.at(-1) === '') rows.pop();
  const byContainer = new Map<string, LogLine[]>();
  let current: string | undefined;
  let buffer: string[] = [];
  let sawSection = false;
  const flush = () => {
    if (current !== undefined && !(buffer.length === 1 && FAILED.test(buffer[0]))) byContainer.set(current, toLines(buffer, mtime));
    buffer = [];
  };
  for (const row of rows) {
    const m = SECTION.exec(row);
    if (m && m[1] === 'START') {
      flush();
      current = m[2];
      sawSection = true;
    } else if (m && m[1] === 'END' && m[2] === current) {
      flush();
      current = undefined;
    } else if (current !== undefined || !sawSection) buffer.push(row);
  }
  if (!sawSection) return { byContainer, any: toLines(buffer, mtime) };
  flush();
  return { byContainer };
}

/**
 * Every `<dir>/<pod>/logs.txt` of a namespace directory, keyed by pod. Support-bundle scripts add
 * `logs-<container>-previous.txt` beside it (from `kubectl logs --previous`); those are served as `previous`.
 */
export function readPodLogs(nsDir: string): Map<string, PodLogs> {
  const out = new Map<string, PodLogs>();
  for (const entry of readdirSync(nsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const podDir = join(nsDir, entry.name);
    const file = join(podDir, 'logs.txt');
    const previous = new Map<string, LogLine[]>();
    for (const name of readdirSync(podDir)) {
      const m = /^(?:logs-)?(.+)-previous\.txt$/.exec(name);
      if (m) previous.set(m[1], parseLogsFile(readFileSync(join(podDir, name), 'utf8'), statSync(join(podDir, name)).mtimeMs).any ?? []);
    }
    if (!existsSync(file) && !previous.size) continue;
    const current = existsSync(file) ? parseLogsFile(readFileSync(file, 'utf8'), statSync(file).mtimeMs) : { byContainer: new Map<string, LogLine[]>() };
    out.set(entry.name, { ...current, previous });
  }
  return out;
}
