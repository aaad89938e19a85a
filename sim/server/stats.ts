/**
 * Request accounting for the admin endpoint: totals per "VERB resource" key, open watches and open log
 * follows, so tests and the benchmark can prove that the dashboard's load does not grow with its
 * viewers and that a stream ends when its client leaves.
 */

export interface StatsSnapshot {
  requests: { total: number; byKey: Record<string, number> };
  watches: { open: number };
  logFollows: { open: number };
  startedAt: string;
}

export class Stats {
  private total = 0;
  private byKey = new Map<string, number>();
  private openWatches = 0;
  private openLogFollows = 0;
  private startedAt = new Date();

  /** Count one request under a key such as `LIST pods`, `WATCH pods`, `GET /version`. */
  count(key: string): void {
    this.total++;
    this.byKey.set(key, (this.byKey.get(key) ?? 0) + 1);
  }

  watchOpened(): void {
    this.openWatches++;
  }

  watchClosed(): void {
    this.openWatches--;
  }

  logFollowOpened(): void {
    this.openLogFollows++;
  }

  logFollowClosed(): void {
    this.openLogFollows--;
  }

  /** Zero the request counters (open watches and log follows stay: they are state, not history). */
  reset(): void {
    this.total = 0;
    this.byKey.clear();
    this.startedAt = new Date();
  }

  snapshot(): StatsSnapshot {
    return {
      requests: { total: this.total, byKey: Object.fromEntries(this.byKey) },
      watches: { open: this.openWatches },
      logFollows: { open: this.openLogFollows },
      startedAt: this.startedAt.toISOString(),
    };
  }
}
