'use client';
/**
 * The current time, re-rendering every `intervalMs`: for columns of ages and heartbeats that must move on
 * their own. A page rendered on the server (first views) and hydrated in the browser must compute the same
 * ages in both, so while React hydrates what the server rendered the clock starts at the request's render
 * time, handed to the browser by `RenderClock` in the root layout; the first tick then moves it to the
 * browser's own clock. Whether a render is a hydration is React's to say (`useSyncExternalStore` takes the
 * server snapshot while hydrating), not a flag set once: Suspense boundaries streamed after the shell
 * hydrate later, and they too must start at the render time.
 */
import { createContext, createElement, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';

export const AGE_TICK_MS = 1_000;

const RenderedAt = createContext<number | undefined>(undefined);

/** Provides the request's render time to `useNow` (the root layout passes `Date.now()` from the server). */
export function RenderClock({ renderedAt, children }: { renderedAt: number; children: ReactNode }) {
  return createElement(RenderedAt.Provider, { value: renderedAt }, children);
}

const noSubscription = () => () => undefined;

/** True on the server and while hydrating its HTML; false in a render that only the browser does. */
function useIsServerRender(): boolean {
  return useSyncExternalStore(noSubscription, () => false, () => true);
}

/** The time a component's first render counts from: the request's render time on the server and while hydrating, else now. */
export function useInitialNow(): () => number {
  const renderedAt = useContext(RenderedAt);
  const isServerRender = useIsServerRender();
  return () => (isServerRender && renderedAt !== undefined ? renderedAt : Date.now());
}

export function useNow(intervalMs: number = AGE_TICK_MS): number {
  const [now, setNow] = useState(useInitialNow());
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
