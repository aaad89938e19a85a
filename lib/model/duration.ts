/** kubectl's AGE formatting (k8s.io/apimachinery/pkg/util/duration.HumanDuration), pure; the dashboard's own (the demo cluster has its copy in sim/printers). */

const SECOND_MS = 1000;
const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_H = 24;
const YEAR_D = 365;

/**
 * Format a duration the way the API server's printers format AGE, LAST SEEN and RESTARTS cells:
 * ~2–3 significant figures (`45s`, `3m20s`, `12m`, `3h5m`, `20h`, `2d4h`, `87d`, `2y30d`, `9y`).
 * Kubernetes fact: HumanDuration truncates to whole seconds, tolerates up to 1s of clock skew as `0s`
 * and prints `<invalid>` for anything further in the future.
 */
export function humanDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '<invalid>';
  const seconds = Math.trunc(ms / SECOND_MS);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 2 * MINUTE_S) return `${seconds}s`;

  const minutes = Math.floor(seconds / MINUTE_S);
  if (minutes < 10) {
    const s = seconds % MINUTE_S;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 3 * 60) return `${minutes}m`;

  const hours = Math.floor(seconds / HOUR_S);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 2 * DAY_H) return `${hours}h`;

  const days = Math.floor(hours / DAY_H);
  if (hours < 8 * DAY_H) {
    const h = hours % DAY_H;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 2 * YEAR_D * DAY_H) return `${days}d`;

  const years = Math.floor(days / YEAR_D);
  if (hours < 8 * YEAR_D * DAY_H) {
    const d = days % YEAR_D;
    return d === 0 ? `${years}y` : `${years}y${d}d`;
  }
  return `${years}y`;
}

/**
 * Age of an RFC3339 timestamp at `now` (epoch ms), as the printers' translateTimestampSince does.
 * Kubernetes fact: a missing (zero) timestamp prints `<unknown>`.
 */
export function humanAge(timestamp: string | null | undefined, now: number): string {
  if (!timestamp) return '<unknown>';
  const at = Date.parse(timestamp);
  if (Number.isNaN(at)) return '<unknown>';
  return humanDuration(now - at);
}
