/**
 * Loadable: the one switch between the looks of data on its way — loading (the view's skeleton), a
 * failed first load (ErrorPanel with "Try again", or the view's own), gone (404), empty (the view's own
 * words) or the content. Data already shown stays on a failed refresh; the view says so in a banner.
 */
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ApiError } from '@/lib/hooks/fetcher';
import { ErrorPanel } from './error-panel';
import { useErrorText } from './error-text';

/** What Loadable reads of a load; an SWR answer (`useHealth()`) is one as it is. */
export interface LoadQuery<T> {
  data: T | undefined;
  error?: unknown;
  isValidating?: boolean;
  /** Loads again: "Try again" calls it. */
  mutate?: () => unknown;
}

/** "Try again" for a failed load, as ErrorPanel takes it. */
export interface Retry {
  onRetry?: () => void;
  isRetrying?: boolean;
}

export interface LoadableProps<T> {
  query: LoadQuery<T>;
  /** First load: the view's own skeleton. */
  loading: ReactNode;
  /** The default ErrorPanel's title: "Nodes cannot be listed" (else the `errors` catalogue's "Could not load"). */
  errorTitle?: string;
  /** A failed first load in the view's own words, instead of the default ErrorPanel. */
  renderError?: (error: unknown, retry: Retry) => ReactNode;
  /** Shown when the last load answered 404, even over older data: the thing is gone. */
  notFound?: ReactNode;
  /** Whether loaded data has nothing to show; `empty` (why there is nothing) then replaces the content. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Around loading, empty and content, not around a failed first load (which stands alone): the view's heading and filters. */
  frame?: (body: ReactNode) => ReactNode;
  children: (data: T) => ReactNode;
}

export function Loadable<T>({ query, loading, errorTitle, renderError, notFound, isEmpty, empty, frame, children }: LoadableProps<T>) {
  const t = useTranslations('errors');
  const errorText = useErrorText();
  const { data, error, isValidating, mutate } = query;
  if (notFound !== undefined && error instanceof ApiError && error.status === 404) return notFound;
  if (data === undefined && error) {
    const retry: Retry = { onRetry: mutate && (() => void mutate()), isRetrying: isValidating };
    if (renderError) return renderError(error, retry);
    const { message, detail } = errorText(error);
    return <ErrorPanel title={errorTitle ?? t('loadFailed')} message={message} detail={detail} {...retry} />;
  }
  const body = data === undefined ? loading : isEmpty?.(data) ? empty : children(data);
  return frame ? frame(body) : body;
}
