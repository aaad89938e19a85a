/**
 * The log viewer's settings as URL query parameters (`container`, `previous=1`, `tail=500`,
 * `follow=1`, `q=error`, `only=1`, `timestamps=1`, `wrap=0`), so a shared link opens the same view.
 */
import { POD_DEFAULT_TAIL_LINES, POD_MAX_TAIL_LINES } from '@/lib/api/pod';

export interface LogViewState {
  container?: string;
  previous: boolean;
  tail: number;
  follow: boolean;
  /** Filter text: matches are highlighted (case-insensitive). */
  q: string;
  /** Hide lines that do not match `q`. */
  onlyMatches: boolean;
  timestamps: boolean;
  wrap: boolean;
}

export const TAIL_CHOICES = [100, 500, 1_000, POD_MAX_TAIL_LINES] as const;

type Params = { get(name: string): string | null };

export function readLogViewState(params: Params): LogViewState {
  const tail = Number(params.get('tail'));
  return {
    container: params.get('container') || undefined,
    previous: params.get('previous') === '1',
    tail: Number.isInteger(tail) && tail > 0 ? Math.min(tail, POD_MAX_TAIL_LINES) : POD_DEFAULT_TAIL_LINES,
    follow: params.get('follow') === '1' && params.get('previous') !== '1',
    q: params.get('q') ?? '',
    onlyMatches: params.get('only') === '1',
    timestamps: params.get('timestamps') === '1',
    wrap: params.get('wrap') !== '0',
  };
}

/** The query parameters for a state; defaults are left out so links stay short. */
export function logViewParams(state: Partial<LogViewState>): Record<string, string | undefined> {
  return {
    container: state.container || undefined,
    previous: state.previous ? '1' : undefined,
    tail: state.tail && state.tail !== POD_DEFAULT_TAIL_LINES ? String(state.tail) : undefined,
    follow: state.follow && !state.previous ? '1' : undefined,
    q: state.q || undefined,
    only: state.onlyMatches ? '1' : undefined,
    timestamps: state.timestamps ? '1' : undefined,
    wrap: state.wrap === false ? '0' : undefined,
  };
}

/** Lines that match the filter (case-insensitive substring); all lines when the filter is empty. */
export function matchesFilter(text: string, q: string): boolean {
  return !q || text.toLowerCase().includes(q.toLowerCase());
}

/** Splits text around case-insensitive matches of `q`, for highlighting. */
export function splitMatches(text: string, q: string): { text: string; isMatch: boolean }[] {
  if (!q) return [{ text, isMatch: false }];
  const lower = text.toLowerCase();
  const needle = q.toLowerCase();
  const parts: { text: string; isMatch: boolean }[] = [];
  let at = 0;
  for (let hit = lower.indexOf(needle); hit >= 0; hit = lower.indexOf(needle, at)) {
    if (hit > at) parts.push({ text: text.slice(at, hit), isMatch: false });
    parts.push({ text: text.slice(hit, hit + needle.length), isMatch: true });
    at = hit + needle.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), isMatch: false });
  return parts;
}
