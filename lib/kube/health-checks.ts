/**
 * Parses the API server's verbose health text (`GET /readyz?verbose`, `/livez?verbose`) into checks.
 * Pure: the format is `[+]etcd ok` / `[-]etcd failed: reason withheld`, then `readyz check passed|failed`.
 */

export interface HealthCheckResult {
  name: string;
  ok: boolean;
  /** What followed `failed:` for a failing check (the API server withholds reasons from most clients). */
  detail?: string;
}

export interface HealthReport {
  ok: boolean;
  checks: HealthCheckResult[];
  /** The closing line, e.g. `readyz check passed`. */
  summary: string;
}

const CHECK_LINE = /^\[([+-])\]([^\s]+)\s+(ok|excluded: .*|failed(?::\s*(.*))?)$/;

/** Parses verbose health output. `httpOk` is the response status (200 passed, 500 failed). */
export function parseHealthText(text: string, httpOk: boolean): HealthReport {
  const checks: HealthCheckResult[] = [];
  let summary = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const match = CHECK_LINE.exec(line);
    if (match) {
      const ok = match[1] === '+';
      checks.push({ name: match[2], ok, ...(ok ? {} : { detail: match[4] ?? match[3] }) });
    } else {
      summary = line;
    }
  }
  const failed = checks.some((check) => !check.ok);
  return { ok: httpOk && !failed, checks, summary };
}
