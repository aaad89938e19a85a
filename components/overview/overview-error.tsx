/** OverviewError: the overview could not be loaded at all; says why and offers "Try again". */
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ApiError } from '@/lib/hooks/fetcher';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useErrorText } from '@/components/ui/error-text';
import type { Retry } from '@/components/ui/loadable';

export interface OverviewErrorProps extends Retry {
  error: unknown;
}

/** What an operator can do about each failure the fetcher reports (the server's message may say it already). */
function hintFor(status: number, code: string): 'unreachable' | '401' | '403' | '404' | '429' | 'other' | undefined {
  if (code === 'NotConfigured') return undefined;
  if (status === 0) return 'unreachable';
  if (status === 401 || status === 403 || status === 404 || status === 429) return String(status) as '401' | '403' | '404' | '429';
  return 'other';
}

/** Server messages quote commands in `backticks`; show those as code. */
function withInlineCode(message: string): ReactNode {
  return message.split('`').map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="rounded bg-surface-2 px-1 py-0.5 font-mono text-[0.85em] text-fg">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

export function OverviewError({ error, onRetry, isRetrying }: OverviewErrorProps) {
  const t = useTranslations('overview');
  const errorText = useErrorText();
  const apiError = error instanceof ApiError ? error : undefined;
  const hint = apiError ? hintFor(apiError.status, apiError.code) : undefined;
  // Without a cluster, the server's own guidance (which kubeconfig it read, the commands that fix it) is the hint.
  const notConfigured = apiError?.code === 'NotConfigured';
  const { message, detail } = errorText(error);
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight text-fg">{t('title')}</h1>
      <ErrorPanel
        title={t('error.title')}
        message={message}
        detail={notConfigured ? undefined : detail}
        hint={hint ? t(`error.hint.${hint}`) : notConfigured ? withInlineCode(apiError.message) : undefined}
        onRetry={onRetry}
        isRetrying={isRetrying}
        className="max-w-2xl"
      />
    </div>
  );
}
