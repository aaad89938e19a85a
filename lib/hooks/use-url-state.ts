'use client';
/** Filters that live in the URL (`?status=notready&role=control-plane`), so a shared link opens the same view. */
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';

type Changes = Record<string, string | undefined>;

/** `pathname` with `params` and the changes: a value sets its key, '' or undefined removes it. */
function hrefWithChanges(pathname: string, params: URLSearchParams, changes: Changes): string {
  const next = new URLSearchParams(params.toString());
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const search = next.toString();
  return `${pathname}${search ? `?${search}` : ''}`;
}

export function useUrlState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const get = useCallback((key: string) => params.get(key) ?? '', [params]);
  // The query asked for but not yet committed: a navigation is a transition, so a second change made
  // before it lands (a filter cleared, then another set) must build on the first, not on the old URL.
  const requested = useRef<string | null>(null);
  const current = params.toString();
  useEffect(() => {
    requested.current = null;
  }, [current]);
  /** Sets (or, for '' / undefined, removes) query parameters and replaces the URL without scrolling. */
  const set = useCallback(
    (changes: Changes) => {
      const href = hrefWithChanges(pathname, new URLSearchParams(requested.current ?? window.location.search), changes);
      requested.current = href.includes('?') ? href.slice(href.indexOf('?') + 1) : '';
      router.replace(href, { scroll: false });
    },
    [pathname, router],
  );
  /** A link to this page with some parameters changed. */
  const hrefWith = useCallback((changes: Changes) => hrefWithChanges(pathname, params, changes), [params, pathname]);
  return { params, get, set, hrefWith };
}

/**
 * A search field bound to one query parameter: the field follows every keystroke, the URL (and so the
 * fetch) only once typing pauses for `debounceMs`.
 */
export function useUrlText(url: ReturnType<typeof useUrlState>, key: string, debounceMs: number): [string, (text: string) => void] {
  const value = url.get(key);
  const [text, setText] = useState(value);
  useEffect(() => {
    if (text === value) return;
    const timer = window.setTimeout(() => url.set({ [key]: text }), debounceMs);
    return () => window.clearTimeout(timer);
  }, [text, value, url, key, debounceMs]);
  return [text, setText];
}
