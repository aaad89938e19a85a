'use client';
/** Scrolls to the URL's `#anchor` once the data that renders it has arrived (a link into a page whose rows come after the first paint). */
import { useEffect } from 'react';

export function useHashScroll(hasData: boolean): void {
  useEffect(() => {
    if (!hasData || !window.location.hash) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView({ block: 'center' });
  }, [hasData]);
}
