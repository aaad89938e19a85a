/** OverviewError: the overview could not be loaded at all; says why and offers "Try again". */
import { ApiError } from '@/lib/hooks/fetcher';
import { ErrorPanel } from '@/components/ui/error-panel';

export interface OverviewErrorProps {
  error: unknown;
  onRetry: () => void;
  isRetrying?: boolean;
}

/** What an operator can do about each failure the fetcher reports. */
function hintFor(status: number): string {
  if (status === 0) return 'Check that the kubesys server is running and reachable from this browser.';
  if (status === 401) return 'The API server rejected the credentials: refresh the kubeconfig token or the ServiceAccount.';
  if (status === 403) return 'kubesys may not read kube-system: apply the read-only ClusterRole from deploy/.';
  if (status === 404) return 'This kubesys server has no /api/overview: is the base path right?';
  if (status === 429) return 'The API server is throttling requests; kubesys will recover on its own.';
  return 'The API server or the dashboard server failed; it often recovers within seconds.';
}

export function OverviewError({ error, onRetry, isRetrying }: OverviewErrorProps) {
  const status = error instanceof ApiError ? error.status : undefined;
  const message = error instanceof Error ? error.message : 'An unexpected error occurred.';
  const detail = error instanceof ApiError ? `${error.status ? `HTTP ${error.status} · ` : ''}${error.code}` : undefined;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight text-fg">Overview</h1>
      <ErrorPanel
        title="Couldn't load the overview"
        message={message}
        detail={detail}
        hint={status !== undefined ? hintFor(status) : undefined}
        onRetry={onRetry}
        isRetrying={isRetrying}
        className="max-w-2xl"
      />
    </div>
  );
}
