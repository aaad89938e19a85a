'use client';
/**
 * RelativeTime ("12 s ago", updating itself) and ClockTime ("12:03:41") for ISO timestamps, in the reader's
 * language and the dashboard's time zone (next-intl's request configuration), the same on server and browser.
 */
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { useInitialNow } from '@/lib/hooks/use-now';

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * A date and time as the dashboard prints it: medium date and time, 24-hour (no AM/PM, whose words differ
 * between Node's and Chromium's ICU data and would make the server's render differ from the browser's).
 */
export const DATE_TIME_FORMAT = { dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23' } as const;

type AgeUnit = 'seconds' | 'minutes' | 'hours' | 'days';

/** kubectl-like short ages, as a message: "just now", "12 s ago" ("12초 전"), "4 min ago", "3 h ago", "5 d ago". */
export function ageParts(ageMs: number): { unit: 'justNow' } | { unit: AgeUnit; count: number } {
  if (ageMs < 2 * SECOND_MS) return { unit: 'justNow' };
  if (ageMs < MINUTE_MS) return { unit: 'seconds', count: Math.floor(ageMs / SECOND_MS) };
  if (ageMs < HOUR_MS) return { unit: 'minutes', count: Math.floor(ageMs / MINUTE_MS) };
  if (ageMs < DAY_MS) return { unit: 'hours', count: Math.floor(ageMs / HOUR_MS) };
  return { unit: 'days', count: Math.floor(ageMs / DAY_MS) };
}

/** `ageParts` in the reader's language. */
export function useFormatAge(): (ageMs: number) => string {
  const t = useTranslations('common.age');
  return useCallback(
    (ageMs: number) => {
      const age = ageParts(ageMs);
      return age.unit === 'justNow' ? t('justNow') : t(age.unit, { count: age.count });
    },
    [t],
  );
}

/** Re-render often while the label changes every second, rarely once it counts hours. */
function tickFor(ageMs: number): number {
  if (ageMs < MINUTE_MS) return SECOND_MS;
  if (ageMs < HOUR_MS) return 15 * SECOND_MS;
  return MINUTE_MS;
}

/** A 24-hour clock ("12:03:41") in the reader's locale and the dashboard's time zone; "—" for a time that is not one. */
export function useFormatClock(): (iso: string) => string {
  const format = useFormatter();
  return useCallback(
    (iso: string) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return '—';
      return format.dateTime(date, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    },
    [format],
  );
}

export interface RelativeTimeProps {
  /** ISO 8601 timestamp. */
  iso: string;
  className?: string;
}

export function RelativeTime({ iso, className }: RelativeTimeProps) {
  const formatAge = useFormatAge();
  const format = useFormatter();
  const [now, setNow] = useState(useInitialNow());
  const time = Date.parse(iso);
  const age = Math.max(0, now - time);

  useEffect(() => {
    // Right after mounting, from the render time (a hydrated page) to the browser's clock.
    const first = window.setTimeout(() => setNow(Date.now()), 0);
    return () => window.clearTimeout(first);
  }, []);
  useEffect(() => {
    const timer = window.setTimeout(() => setNow(Date.now()), tickFor(age));
    return () => window.clearTimeout(timer);
  }, [age]);

  if (Number.isNaN(time)) return <span className={className}>—</span>;
  return (
    // Hydrated at the server's render time (useInitialNow), so server and browser print the same age.
    <time dateTime={iso} title={format.dateTime(new Date(time), DATE_TIME_FORMAT)} className={className}>
      {formatAge(age)}
    </time>
  );
}

export function ClockTime({ iso, className }: RelativeTimeProps) {
  const formatClock = useFormatClock();
  return (
    <time dateTime={iso} title={iso} className={className} suppressHydrationWarning>
      {formatClock(iso)}
    </time>
  );
}

/** A date and time ("Oct 29, 2026, 01:58:52"; "2026. 10. 29. 01:58:52"), in the reader's language and the dashboard's time zone. */
export function DateTime({ iso, className }: RelativeTimeProps) {
  const format = useFormatter();
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return <span className={className}>—</span>;
  return (
    <time dateTime={iso} className={className}>
      {format.dateTime(new Date(time), DATE_TIME_FORMAT)}
    </time>
  );
}
