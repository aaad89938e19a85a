'use client';
/**
 * WhenVisible: its children mount once its place comes near the viewport, so a heavy part (charts with
 * Recharts, a log preview that asks the server for every pod's log) loads when it is shown, not with the
 * page; until then the placeholder holds the place.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface WhenVisibleProps {
  children: ReactNode;
  placeholder: ReactNode;
  /** How far outside the viewport counts as near (CSS margin). */
  margin?: string;
}

export function WhenVisible({ children, placeholder, margin = '300px' }: WhenVisibleProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [isNear, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || isNear) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setNear(true);
        observer.disconnect();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [isNear, margin]);
  return (
    <div ref={ref} data-when-visible={isNear ? 'shown' : 'waiting'}>
      {isNear ? children : placeholder}
    </div>
  );
}
