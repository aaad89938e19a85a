'use client';
/**
 * The current time, re-rendering every `intervalMs`: for columns of ages and heartbeats that must move on
 * their own. A page rendered on the server (first views) and hydrated in the browser must compute the same
 * ages in both, so until the app has hydrated the clock starts at the request's render time, handed to the
 * browser by `RenderClock` in the root layout; the first tick then moves it to the browser's own clock.
 */
import { createContext, createElement, useContext, useEffect, useState, type ReactNode } from 'react';

export const AGE_TICK_MS = 1_000;

const RenderedAt = createContext<number | undefined>(undefined);
/** Set once the app has hydrated: later mounts (client navigations) start at the browser's clock. */
let hydrated = false;

/** Provides the request's render time to `useNow` (the root layout passes `Date.now()` from the server). */
export function RenderClock({ renderedAt, children }: { renderedAt: number; children: ReactNode }) {
  useEffect(() => {
    hydrated = true;
  }, []);
  return createElement(RenderedAt.Provider, { value: renderedAt }, children);
}

export function useNow(intervalMs: number = AGE_TICK_MS): number {
  const renderedAt = useContext(RenderedAt);
  const [now, setNow] = useState(() => (!hydrated && renderedAt !== undefined ? renderedAt : Date.now()));
  useEffect(() => {
    // Right after mounting, from the render time (a hydrated page) to the browser's clock.
    const first = window.setTimeout(() => setNow(Date.now()), 0);
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [intervalMs]);
  return now;
}
