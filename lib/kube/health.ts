/**
 * The cluster's own health sources, at what each is worth to the API server: /readyz?verbose and
 * /livez?verbose every poll, /version and the deprecated componentstatuses only every so many polls (they
 * change on upgrades), APIServices (for metrics.k8s.io) watched rather than polled. A source that answers
 * 404 (not served) or 403 (forbidden) keeps that answer and is asked again only now and then.
 */
import 'server-only';
import type { Connection } from './connection';
import { describeKubeError, KubeApiError, kubeGetJson, kubeGetText } from './http';
import { parseHealthText, type HealthReport } from './health-checks';
import { Informer } from './informer';
import { APISERVICES } from './resources';
import type { APIService, ComponentStatus } from '@/lib/model/k8s';

/** /version is asked on the first poll, then every this many polls (and when the API server answers again). */
export const VERSION_EVERY_POLLS = 20;
/** componentstatuses (deprecated since 1.19) where served: every this many polls. */
export const COMPONENT_STATUSES_EVERY_POLLS = 10;
/** The poll interval while the API server does not answer (it costs nothing then). */
const UNREACHABLE_POLL_MS = 5_000;

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
  | { ok: false; status: number; reason: string; message: string; detail?: string; at: string };

export interface HealthState {
  version?: Polled<VersionInfo>;
  readyz?: Polled<HealthReport>;
  livez?: Polled<HealthReport>;
  componentStatuses?: Polled<ComponentStatus[]>;
  apiServices?: Polled<APIService[]>;
}

export interface HealthPollerOptions {
  /** How often /readyz and /livez are asked; /version and componentstatuses every so many of these. */
  intervalMs: number;
  /** The APIServices watch: LIST page size and how long one WATCH lasts before it is renewed. */
  watch?: { pageSize: number; watchTimeoutSeconds: number };
  /** A source that answered 404 is asked again after this long (it is not served: no use asking every poll). */
  notServedRecheckMs?: number;
  /** A source that answered 403 is asked again after this long (RBAC changes are rare). */
  forbiddenRetryMs?: number;
  onChange: () => void;
  /** Called when the API server answers again after a poll that could not reach it. */
  onReachableAgain?: () => void;
}

type Source = Exclude<keyof HealthState, 'version' | 'apiServices'>;

export class HealthPoller {
  private polled: Omit<HealthState, 'apiServices'> = {};
  private timer?: NodeJS.Timeout;
  private stopped = false;
  polls = 0;
  /** Whether the last poll reached the API server (any source got an HTTP answer of its own). */
  private reachable = true;
  /**
   * The newest answer that says whether the server answers now (state.version keeps the last good one
   * through an outage): the last /version poll, or a later /readyz that did not reach the server.
   */
  lastContact?: Polled<unknown>;
  /** Per source answering 404 or 403: when to ask it again. */
  private readonly settledUntil = new Map<Source, number>();
  /** The APIServices, listed once and then watched (an Informer outside the cache). */
  readonly apiServiceWatch: Informer<'apiservices'>;

  constructor(
    private readonly conn: Connection,
    private readonly opts: HealthPollerOptions,
  ) {
    this.apiServiceWatch = new Informer(conn, APISERVICES, {
      pageSize: opts.watch?.pageSize ?? 500,
      watchTimeoutSeconds: opts.watch?.watchTimeoutSeconds ?? 300,
      forbiddenRetryMs: opts.forbiddenRetryMs,
      unservedRetryMs: opts.notServedRecheckMs,
      onChange: opts.onChange,
    });
  }

  /** Every source's last answer; APIServices as the watch holds them (404 / 403 when it settled so). */
  get state(): HealthState {
    const apiServices = this.apiServicesState();
    return { ...this.polled, ...(apiServices ? { apiServices } : {}) };
  }

  start(): void {
    this.apiServiceWatch.start();
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
    this.apiServiceWatch.stop();
    if (this.timer) clearTimeout(this.timer);
  }

  /**
   * Polls the sources due, in parallel; a failing source never hides the others. /readyz and /livez
   * every poll (any answer of their own says the API server is reachable), /version on the first poll,
   * every VERSION_EVERY_POLLS and after an outage, componentstatuses every COMPONENT_STATUSES_EVERY_POLLS;
   * a source settled as not served or forbidden keeps its answer until its recheck time.
   */
  async pollOnce(): Promise<void> {
    this.polls += 1;
    const previous = this.polled;
    const due = (every: number) => (this.polls - 1) % every === 0 || !this.reachable;
    const [version, readyz, livez, componentStatuses] = await Promise.all([
      due(VERSION_EVERY_POLLS) || !previous.version ? poll(() => kubeGetJson<VersionInfo>(this.conn, '/version', { timeoutMs: 10_000 })) : previous.version,
      this.pollSource('readyz', () => healthText(this.conn, '/readyz')),
      this.pollSource('livez', () => healthText(this.conn, '/livez')),
      due(COMPONENT_STATUSES_EVERY_POLLS) || !previous.componentStatuses
        ? this.pollSource('componentStatuses', async () => (await kubeGetJson<{ items?: ComponentStatus[] }>(this.conn, '/api/v1/componentstatuses')).items ?? [])
        : previous.componentStatuses,
    ]);
    // The server's version does not change because it stopped answering: keep the last one read, so an
    // outage shows "reconnecting" beside the cluster's version instead of erasing it.
    const keptVersion = !version.ok && previous.version?.ok ? previous.version : version;
    this.polled = { version: keptVersion, readyz, livez, componentStatuses };
    // Whether the server answers now: /version when it was asked this poll, else a /readyz that did not
    // reach the server (between /version polls, an outage shows first there).
    if (version !== previous.version) this.lastContact = version;
    else if (readyz !== previous.readyz && !answeredByServer(readyz)) this.lastContact = readyz;
    this.opts.onChange();
    const wasReachable = this.reachable;
    const asked = [version, readyz, livez].filter((p) => p !== previous.version && p !== previous.readyz && p !== previous.livez);
    if (asked.length > 0) this.reachable = asked.some(answeredByServer);
    if (!wasReachable && this.reachable) {
      // Whatever answered 404 or 403 may have been an outage's proxy speaking: ask everything again.
      this.settledUntil.clear();
      this.apiServiceWatch.retryNow();
      this.opts.onReachableAgain?.();
    }
  }

  /** Whether a source answered 404 (not served) on its last poll. */
  isNotServed(source: Source): boolean {
    const polled = this.state[source];
    return Boolean(polled && !polled.ok && polled.status === 404);
  }

  /** The watch's APIServices as a polled answer: the list once read (kept while reconnecting), or why not. */
  private apiServicesState(): Polled<APIService[]> | undefined {
    const watch = this.apiServiceWatch;
    const at = (watch.lastSyncAt ?? new Date()).toISOString();
    if (watch.state === 'unserved') return { ok: false, status: 404, reason: 'NotFound', message: watch.message ?? 'not served', at };
    if (watch.state === 'forbidden') return { ok: false, status: 403, reason: 'Forbidden', message: watch.message ?? 'forbidden', at };
    if (watch.hasSynced) return { ok: true, value: watch.list(), at };
    return undefined;
  }

  private async pollSource<T>(source: Source, fn: () => Promise<T>): Promise<Polled<T>> {
    const previous = this.polled[source] as Polled<T> | undefined;
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
    // While the API server does not answer, ask more often, so recovery is noticed (and the cache woken) soon.
    const delayMs = this.reachable ? this.opts.intervalMs : Math.min(this.opts.intervalMs, UNREACHABLE_POLL_MS);
    if (!this.stopped) this.timer = setTimeout(() => void this.loop(), delayMs);
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

/** An answer the API server gave itself (not a network failure, a timeout or a proxy's gateway error). */
function answeredByServer(polled: Polled<unknown>): boolean {
  return polled.ok || ![502, 503, 504].includes(polled.status);
}

async function poll<T>(fn: () => Promise<T>): Promise<Polled<T>> {
  const at = new Date().toISOString();
  try {
    return { ok: true, value: await fn(), at };
  } catch (error) {
    return { ok: false, ...describeKubeError(error), at };
  }
}
