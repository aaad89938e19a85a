/**
 * Polls the cluster's own health sources on a timer: /version, /readyz?verbose, /livez?verbose,
 * componentstatuses (deprecated, absent on many clusters) and APIServices (for metrics.k8s.io). A source
 * that answers 404 (not served) or 403 (forbidden) keeps that answer and is asked again only now and then.
 */
import 'server-only';
import type { Connection } from './connection';
import { describeKubeError, KubeApiError, kubeGetJson, kubeGetText } from './http';
import { parseHealthText, type HealthReport } from './health-checks';
import type { APIService, ComponentStatus } from '@/lib/model/k8s';

export interface VersionInfo {
  major?: string;
  minor?: string;
  gitVersion?: string;
  platform?: string;
  goVersion?: string;
  buildDate?: string;
}

/** A polled value, or why it is missing (forbidden, not served, unreachable). */
export type Polled<T> =
  | { ok: true; value: T; at: string }
  | { ok: false; status: number; reason: string; message: string; at: string };

export interface HealthState {
  version?: Polled<VersionInfo>;
  readyz?: Polled<HealthReport>;
  livez?: Polled<HealthReport>;
  componentStatuses?: Polled<ComponentStatus[]>;
  apiServices?: Polled<APIService[]>;
}

export interface HealthPollerOptions {
  intervalMs: number;
  /** A source that answered 404 is asked again after this long (it is not served: no use asking every poll). */
  notServedRecheckMs?: number;
  /** A source that answered 403 is asked again after this long (RBAC changes are rare). */
  forbiddenRetryMs?: number;
  onChange: () => void;
  /** Called when the API server answers again after a poll that could not reach it. */
  onReachableAgain?: () => void;
}

type Source = Exclude<keyof HealthState, 'version'>;

export class HealthPoller {
  state: HealthState = {};
  private timer?: NodeJS.Timeout;
  private stopped = false;
  polls = 0;
  /** Whether the last poll reached the API server (its /version answered). */
  private reachable = true;
  /** The last /version poll as it was (state.version keeps the last good one through an outage): whether the server answers now. */
  lastVersionPoll?: Polled<VersionInfo>;
  /** Per source answering 404 or 403: when to ask it again. */
  private readonly settledUntil = new Map<Source, number>();

  constructor(
    private readonly conn: Connection,
    private readonly opts: HealthPollerOptions,
  ) {}

  start(): void {
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /**
   * Polls every source once, in parallel; a failing source never hides the others. /version is always
   * asked (it tells whether the API server is reachable); a source settled as not served or forbidden
   * keeps its answer until its recheck time.
   */
  async pollOnce(): Promise<void> {
    this.polls += 1;
    const [version, readyz, livez, componentStatuses, apiServices] = await Promise.all([
      poll(() => kubeGetJson<VersionInfo>(this.conn, '/version', { timeoutMs: 10_000 })),
      this.pollSource('readyz', () => healthText(this.conn, '/readyz')),
      this.pollSource('livez', () => healthText(this.conn, '/livez')),
      this.pollSource('componentStatuses', async () => (await kubeGetJson<{ items?: ComponentStatus[] }>(this.conn, '/api/v1/componentstatuses')).items ?? []),
      this.pollSource(
        'apiServices',
        async () =>
          (await kubeGetJson<{ items?: APIService[] }>(this.conn, '/apis/apiregistration.k8s.io/v1/apiservices')).items ?? [],
      ),
    ]);
    // The server's version does not change because it stopped answering: keep the last one read, so an
    // outage shows "reconnecting" beside the cluster's version instead of erasing it.
    this.lastVersionPoll = version;
    const keptVersion = !version.ok && this.state.version?.ok ? this.state.version : version;
    this.state = { version: keptVersion, readyz, livez, componentStatuses, apiServices };
    this.opts.onChange();
    const wasReachable = this.reachable;
    this.reachable = version.ok;
    if (!wasReachable && this.reachable) {
      // Whatever answered 404 or 403 may have been an outage's proxy speaking: ask everything again.
      this.settledUntil.clear();
      this.opts.onReachableAgain?.();
    }
  }

  /** Whether a source answered 404 (not served) on its last poll. */
  isNotServed(source: Source): boolean {
    const polled = this.state[source];
    return Boolean(polled && !polled.ok && polled.status === 404);
  }

  private async pollSource<T>(source: Source, fn: () => Promise<T>): Promise<Polled<T>> {
    const previous = this.state[source] as Polled<T> | undefined;
    if (previous && Date.now() < (this.settledUntil.get(source) ?? 0)) return previous;
    const result = await poll(fn);
    const waitMs = result.ok ? 0 : result.status === 404 ? (this.opts.notServedRecheckMs ?? 180_000) : result.status === 403 ? (this.opts.forbiddenRetryMs ?? 60_000) : 0;
    if (waitMs > 0) this.settledUntil.set(source, Date.now() + waitMs);
    else this.settledUntil.delete(source);
    return result;
  }

  private async loop(): Promise<void> {
    if (this.stopped) return;
    await this.pollOnce();
    if (!this.stopped) this.timer = setTimeout(() => void this.loop(), this.opts.intervalMs);
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
