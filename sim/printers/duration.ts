/** The API server's age formatting (apimachinery duration.HumanDuration, printers' translateTimestampSince), the demo cluster's own copy. */

const SECOND_MS = 1_000;
const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;
const YEAR_S = 365 * DAY_S;

/** `<big><unit>` plus the remainder in the next unit when it is not zero (`3m20s`, `2d4h`). */
function twoUnits(totalS: number, bigS: number, bigUnit: string, smallS: number, smallUnit: string): string {
  const big = Math.floor(totalS / bigS);
  const small = Math.floor((totalS % bigS) / smallS);
  return small === 0 ? `${big}${bigUnit}` : `${big}${bigUnit}${small}${smallUnit}`;
}

/**
 * HumanDuration: two significant units while the number is small, one after (`119s`, `9m59s`, `179m`,
 * `7h59m`, `47h`, `7d23h`, `729d`, `7y364d`, `8y`). Go truncates the duration to whole seconds toward
 * zero, so up to 1.999 s in the future is still `0s`; further is `<invalid>`.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '<invalid>';
  const s = Math.trunc(ms / SECOND_MS);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 2 * MINUTE_S) return `${s}s`;
  if (s < 10 * MINUTE_S) return twoUnits(s, MINUTE_S, 'm', 1, 's');
  if (s < 3 * HOUR_S) return `${Math.floor(s / MINUTE_S)}m`;
  if (s < 8 * HOUR_S) return twoUnits(s, HOUR_S, 'h', MINUTE_S, 'm');
  if (s < 2 * DAY_S) return `${Math.floor(s / HOUR_S)}h`;
  if (s < 8 * DAY_S) return twoUnits(s, DAY_S, 'd', HOUR_S, 'h');
  if (s < 2 * YEAR_S) return `${Math.floor(s / DAY_S)}d`;
  if (s < 8 * YEAR_S) return twoUnits(s, YEAR_S, 'y', DAY_S, 'd');
  return `${Math.floor(s / YEAR_S)}y`;
}

/** translateTimestampSince: the time since an RFC 3339 timestamp at `now`; `<unknown>` for a zero (absent) one. */
export function formatAge(timestamp: unknown, now: number): string {
  if (typeof timestamp !== 'string' || timestamp === '') return '<unknown>';
  const at = Date.parse(timestamp);
  return Number.isNaN(at) ? '<unknown>' : formatDuration(now - at);
}
