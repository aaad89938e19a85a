'use client';
/** The current time, re-rendering every `intervalMs`: for columns of ages and heartbeats that must move on their own. */
import { useEffect, useState } from 'react';

export const AGE_TICK_MS = 1_000;

export function useNow(intervalMs: number = AGE_TICK_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
