/** OverviewError: the overview could not be loaded at all; says why and offers "Try again". */
import type { ReactNode } from 'react';
import { ApiError } from '@/lib/hooks/fetcher';
import { ErrorPanel } from '@/components/ui/error-panel';
import type { Retry } from '@/components/ui/loadable';

export interface OverviewErrorProps extends Retry {
  error: unknown;
}

/** What an operator can do about each failure the fetcher reports (the server's message may say it already). */
function hintFor(status: number, code: string): string | undefined {
  if (code === 'NotConfigured') return undefined;
  if (status === 0) return 'Check that the kubesys server is running and reachable from this browser.';
  if (status === 401) return 'The API server rejected the credentials: refresh the kubeconfig token or the ServiceAccount.';
  if (status === 403) return 'kubesys may not read kube-system: apply the read-only ClusterRole from deploy/.';
  if (status === 404) return 'This kubesys server has no /api/overview: is the base path right?';
  if (status === 429) return 'The API server is throttling requests; kubesys will recover on its own.';
  return 'The API server or the dashboard server failed; it often recovers within seconds.';
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
  const apiError = error instanceof ApiError ? error : undefined;
  const message = error instanceof Error ? error.message : 'An unexpected error occurred.';
  const detail = apiError ? `${apiError.status ? `HTTP ${apiError.status} · ` : ''}${apiError.code}` : undefined;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight text-fg">Overview</h1>
      <ErrorPanel
        title="Couldn't load the overview"
        message={withInlineCode(message)}
        detail={detail}
        hint={apiError ? hintFor(apiError.status, apiError.code) : undefined}
        onRetry={onRetry}
        isRetrying={isRetrying}
        className="max-w-2xl"
      />
    </div>
  );
}
