/**
 * SWR options for a view whose page rendered its first answer on the server: that answer is the hook's
 * `fallbackData`, it is not fetched again on mount (the poll takes over), and the fetcher keeps it with its
 * entity tag so the first poll that finds nothing new is a 304.
 */
import type { FirstView } from '@/lib/api/conditional';
import { keepAnswer } from './fetcher';

export interface FirstViewOptions<T> {
  fallbackData?: T;
  revalidateOnMount?: boolean;
}

export function firstViewOptions<T>(url: string, initial: FirstView<T> | undefined): FirstViewOptions<T> {
  if (!initial) return {};
  // Only in the browser: on the server the kept answers would be shared by every request.
  if (typeof window !== 'undefined') keepAnswer(url, initial.etag, initial.data);
  return { fallbackData: initial.data, revalidateOnMount: false };
}
