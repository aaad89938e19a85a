/**
 * Polls the cluster's own health sources on a timer: /version, /readyz?verbose, /livez?verbose,
 * componentstatuses (deprecated, absent on many clusters) and APIServices (for metrics.k8s.io).
 */
import 'server-only';
import type { Connection } from './connection';
import { describeKubeError, KubeApiError, kubeGetJson, kubeGetText } from './http';
import { parseHealthText, type HealthReport } from './health-checks';
import type { KubeObject } from './informer';

export interface VersionInfo {
  major?: string;
  minor?: string;
  gitVersion?: string;
  platform?: string;
}

/** A polled value, or why it is missing (forbidden, not served, unreachable). */
export type Polled<T> =
  | { ok: true; value: T; at: string }
  | { ok: false; status: number; reason: string; message: string; at: string };

export interface HealthState {
  version?: Polled<VersionInfo>;
  readyz?: Polled<HealthReport>;
  livez?: Polled<HealthReport>;
  componentStatuses?: Polled<KubeObject[]>;
  apiServices?: Polled<KubeObject[]>;
}

export class HealthPoller {
  state: HealthState = {};
  private timer?: NodeJS.Timeout;
  private stopped = false;
  polls = 0;
  /** Whether the last poll reached the API server (its /version answered). */
  private reachable = true;

  constructor(
    private readonly conn: Connection,
    private readonly intervalMs: number,
    private readonly onChange: () => void,
    /** Called when the API server answers again after a poll that could not reach it. */
    private readonly onReachableAgain?: () => void,
  ) {}

  start(): void {
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Polls every source once, in parallel; a failing source never hides the others. */
  async pollOnce(): Promise<void> {
    this.polls += 1;
    const [version, readyz, livez, componentStatuses, apiServices] = await Promise.all([
      poll(() => kubeGetJson<VersionInfo>(this.conn, '/version', { timeoutMs: 10_000 })),
      poll(() => healthText(this.conn, '/readyz')),
      poll(() => healthText(this.conn, '/livez')),
      poll(async () => (await kubeGetJson<{ items?: KubeObject[] }>(this.conn, '/api/v1/componentstatuses')).items ?? []),
      poll(
        async () =>
          (await kubeGetJson<{ items?: KubeObject[] }>(this.conn, '/apis/apiregistration.k8s.io/v1/apiservices')).items ?? [],
      ),
    ]);
    // The server's version does not change because it stopped answering: keep the last one read, so an
    // outage shows "reconnecting" beside the cluster's version instead of erasing it.
    const keptVersion = !version.ok && this.state.version?.ok ? this.state.version : version;
    this.state = { version: keptVersion, readyz, livez, componentStatuses, apiServices };
    this.onChange();
    const wasReachable = this.reachable;
    this.reachable = version.ok;
    if (!wasReachable && this.reachable) this.onReachableAgain?.();
  }

  private async loop(): Promise<void> {
    if (this.stopped) return;
    await this.pollOnce();
    if (!this.stopped) this.timer = setTimeout(() => void this.loop(), this.intervalMs);
  }
}

/** /readyz answers 500 with the same verbose text when a check fails; both are a report, not an error. */
async function healthText(conn: Connection, path: string): Promise<HealthReport> {
  try {
    return parseHealthText(await kubeGetText(conn, path, { query: { verbose: 'true' }, timeoutMs: 10_000 }), true);
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 500 && /check (failed|passed)/.test(error.message)) {
      return parseHealthText(error.message, false);
    }
    throw error;
  }
}

async function poll<T>(fn: () => Promise<T>): Promise<Polled<T>> {
  const at = new Date().toISOString();
  try {
    return { ok: true, value: await fn(), at };
  } catch (error) {
    return { ok: false, ...describeKubeError(error), at };
  }
}
