'use client';
/** RelativeTime ("12 s ago", updating itself) and ClockTime ("12:03:41") for ISO timestamps. */
import { useEffect, useState } from 'react';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** kubectl-like short ages: "just now", "12 s ago", "4 min ago", "3 h ago", "5 d ago". */
export function formatAge(ageMs: number): string {
  if (ageMs < 2 * SECOND_MS) return 'just now';
  if (ageMs < MINUTE_MS) return `${Math.floor(ageMs / SECOND_MS)} s ago`;
  if (ageMs < HOUR_MS) return `${Math.floor(ageMs / MINUTE_MS)} min ago`;
  if (ageMs < DAY_MS) return `${Math.floor(ageMs / HOUR_MS)} h ago`;
  return `${Math.floor(ageMs / DAY_MS)} d ago`;
}

/** Re-render often while the label changes every second, rarely once it counts hours. */
function tickFor(ageMs: number): number {
  if (ageMs < MINUTE_MS) return SECOND_MS;
  if (ageMs < HOUR_MS) return 15 * SECOND_MS;
  return MINUTE_MS;
}

export function formatClock(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

export interface RelativeTimeProps {
  /** ISO 8601 timestamp. */
  iso: string;
  className?: string;
}

export function RelativeTime({ iso, className }: RelativeTimeProps) {
  const [now, setNow] = useState(() => Date.now());
  const time = Date.parse(iso);
  const age = Math.max(0, now - time);

  useEffect(() => {
    const timer = window.setTimeout(() => setNow(Date.now()), tickFor(age));
    return () => window.clearTimeout(timer);
  }, [age]);

  if (Number.isNaN(time)) return <span className={className}>—</span>;
  return (
    // Server and browser clocks differ by the render delay; the label corrects itself on the first tick.
    <time dateTime={iso} title={new Date(time).toLocaleString()} className={className} suppressHydrationWarning>
      {formatAge(age)}
    </time>
  );
}

export function ClockTime({ iso, className }: RelativeTimeProps) {
  return (
    <time dateTime={iso} title={iso} className={className} suppressHydrationWarning>
      {formatClock(iso)}
    </time>
  );
}
