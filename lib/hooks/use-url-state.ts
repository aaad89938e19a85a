'use client';
/** Filters that live in the URL (`?status=notready&role=control-plane`), so a shared link opens the same view. */
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

export function useUrlState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const get = useCallback((key: string) => params.get(key) ?? '', [params]);
  /** Sets (or, for '' / undefined, removes) query parameters and replaces the URL without scrolling. */
  const set = useCallback(
    (changes: Record<string, string | undefined>) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const search = next.toString();
      router.replace(`${pathname}${search ? `?${search}` : ''}`, { scroll: false });
    },
    [params, pathname, router],
  );
  /** A link to this page with some parameters changed. */
  const hrefWith = useCallback(
    (changes: Record<string, string | undefined>) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const search = next.toString();
      return `${pathname}${search ? `?${search}` : ''}`;
    },
    [params, pathname],
  );
  return { get, set, hrefWith };
}
