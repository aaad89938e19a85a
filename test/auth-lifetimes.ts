/**
 * The "three credential lifetimes" run the auth-mode tests share: the shared cache (informers, health
 * poller, metrics sampler) against a demo cluster in one auth mode, with the app's intervals shortened
 * so requests happen throughout, then the demo cluster's request log as evidence.
 */
import type { SimOptions } from '@/sim/index';
import type { RequestLogEntry } from '@/sim/server/request-log';
import { sleep, startSimRuntime, type SimRuntime } from './sim-runtime';

/**
 * Lifetime of exec tokens and client certificates in these runs: long enough that the seconds a loaded
 * machine can stall this process (app and demo cluster alike) stay inside the refresh margin (3 s).
 */
export const TEST_CREDENTIAL_TTL_S = 9;

/** Health polls twice a second, metrics every second, watches renewed every two seconds. */
const BUSY_APP_ENV = { HEALTH_POLL_MS: '500', METRICS_INTERVAL: '1', WATCH_TIMEOUT_SECONDS: '2' };

export interface LifetimeRun {
  h: SimRuntime;
  log: RequestLogEntry[];
  /** Entries from the first authenticated success on. */
  afterFirstSuccess: RequestLogEntry[];
  /** Distinct credentials (exec tokens, certificate serials) the server accepted. */
  credentials: Set<string>;
  /** Per credential lifetime since the first success, how many authenticated requests it saw. */
  requestsPerLifetime: number[];
}

/** Run the shared cache for `lifetimes` credential lifetimes against a demo cluster started with `sim`. */
export async function runLifetimes(name: string, sim: SimOptions, lifetimes = 3): Promise<LifetimeRun> {
  const h = await startSimRuntime(name, { tickMs: 1000, ...sim }, BUSY_APP_ENV);
  try {
    if (!(await h.runtime.waitForSync(30_000))) throw new Error(`the cache did not sync: ${JSON.stringify(h.runtime.freshness())}`);
    await sleep((lifetimes * TEST_CREDENTIAL_TTL_S + 1) * 1000);
    const log = await h.requests();
    const first = log.findIndex((entry) => entry.user !== undefined && entry.status > 0 && entry.status < 400);
    const afterFirstSuccess = first < 0 ? [] : log.slice(first);
    const startMs = first < 0 ? 0 : Date.parse(log[first].at);
    const requestsPerLifetime: number[] = Array.from({ length: lifetimes }, () => 0);
    for (const entry of afterFirstSuccess) {
      const window = Math.floor((Date.parse(entry.at) - startMs) / (TEST_CREDENTIAL_TTL_S * 1000));
      if (entry.user && window < lifetimes) requestsPerLifetime[window] += 1;
    }
    const credentials = new Set(afterFirstSuccess.flatMap((entry) => (entry.credential ? [entry.credential] : [])));
    return { h, log, afterFirstSuccess, credentials, requestsPerLifetime };
  } catch (error) {
    await h.close();
    throw error;
  }
}
