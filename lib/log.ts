/**
 * Structured logs: one JSON object per line (`time`, `level`, `msg`, fields) on stdout, errors on
 * stderr, filtered by LOG_LEVEL. Fields whose names suggest a credential are redacted, always.
 */
import { getConfig } from '@/lib/config';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
type Fields = Record<string, unknown>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /token|password|passwd|secret|authorization|cookie|credential|bearer/i;

/** Where lines go; tests replace it to capture output. */
let sink: (line: string, level: LogLevel) => void = (line, level) => {
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
};

function threshold(): number {
  try {
    return RANK[getConfig().LOG_LEVEL];
  } catch {
    return RANK.info;
  }
}

/** Replaces values under credential-like keys, recursively; errors become their message. */
export function redact(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (!value || typeof value !== 'object' || depth > 4) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Fields).map(([key, item]) => [key, SECRET_KEY.test(key) ? '[redacted]' : redact(item, depth + 1)]),
  );
}

function write(level: LogLevel, msg: string, fields?: Fields): void {
  if (RANK[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...(redact(fields ?? {}) as Fields) });
  sink(line, level);
}

export const log = {
  debug: (msg: string, fields?: Fields) => write('debug', msg, fields),
  info: (msg: string, fields?: Fields) => write('info', msg, fields),
  warn: (msg: string, fields?: Fields) => write('warn', msg, fields),
  error: (msg: string, fields?: Fields) => write('error', msg, fields),
  /** An access log line (ACCESS_LOG=true): `msg: "access"`, written whatever LOG_LEVEL says. */
  access: (fields: Fields) => sink(JSON.stringify({ time: new Date().toISOString(), msg: 'access', ...(redact(fields) as Fields) }), 'info'),
};

/** For tests: capture lines instead of writing them; returns a function that restores the default. */
export function captureLogsForTests(onLine: (line: string) => void): () => void {
  const previous = sink;
  sink = (line) => onLine(line);
  return () => {
    sink = previous;
  };
}
