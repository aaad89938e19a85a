'use client';
/**
 * Which window of a server-paged list to ask for: a step above the first row on screen, back to the top
 * when the filters change (`filtersKey`). The tables report what is on screen (`onVisibleRange`).
 */
import { useCallback, useState } from 'react';

export function useRowWindow(filtersKey: string, step: number): { offset: number; onVisibleRange: (first: number) => void } {
  const [rowWindow, setRowWindow] = useState({ key: filtersKey, offset: 0 });
  const offset = rowWindow.key === filtersKey ? rowWindow.offset : 0;
  const onVisibleRange = useCallback(
    (first: number) => {
      const wanted = Math.max(0, Math.floor(first / step) * step - step);
      setRowWindow((w) => (w.key === filtersKey && w.offset === wanted ? w : { key: filtersKey, offset: wanted }));
    },
    [filtersKey, step],
  );
  return { offset, onVisibleRange };
}
