/**
 * An error as the reader sees it: a sentence of the `errors` catalogue chosen by the envelope's stable code
 * (lib/api/errors.ts) in the reader's language, and the server's own words, verbatim, as the detail.
 */
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { errorMessageId } from '@/lib/api/errors';
import { ApiError } from '@/lib/hooks/fetcher';

export interface ErrorText {
  /** What went wrong, in the reader's language. */
  message: string;
  /** `HTTP 403 · Forbidden — <the server's message>`: the technical words, never translated. */
  detail?: string;
}

export type ErrorTextOf = (error: unknown) => ErrorText;

/** The function that words any error a load can end with (an ApiError from the fetcher, or anything else). */
export function useErrorText(): ErrorTextOf {
  const t = useTranslations('errors');
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) {
        return { message: t('other'), detail: error instanceof Error ? error.message : String(error) };
      }
      const { status, code, params } = error;
      const message = t(errorMessageId(error), { status, code, context: params?.context ?? '' });
      // Status 0: nothing answered, and the fetcher's own English would only repeat the sentence.
      if (status === 0) return { message, detail: code };
      return { message, detail: `${t('detail', { status, code })} — ${error.message}` };
    },
    [t],
  );
}
