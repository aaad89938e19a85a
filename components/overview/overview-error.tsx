/** OverviewError: the overview could not be loaded at all; says why and offers "Try again". */
import { useTranslations } from 'next-intl';
import { kubeconfigProblemOf } from '@/lib/api/kubeconfig-problem';
import { ApiError } from '@/lib/hooks/fetcher';
import { ErrorPanel } from '@/components/ui/error-panel';
import { useErrorText } from '@/components/ui/error-text';
import { KubeconfigHints, useKubeconfigProblemWords } from '@/components/ui/kubeconfig-problem-text';
import { WithCode } from '@/components/ui/with-code';
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

export function OverviewError({ error, onRetry, isRetrying }: OverviewErrorProps) {
  const t = useTranslations('overview');
  const errorText = useErrorText();
  const problemWords = useKubeconfigProblemWords();
  const apiError = error instanceof ApiError ? error : undefined;
  const hint = apiError ? hintFor(apiError.status, apiError.code) : undefined;
  // Without a cluster, what is wrong with the kubeconfig (which file, which context) and what fixes it are the message and the hint.
  const notConfigured = apiError?.code === 'NotConfigured';
  const problem = notConfigured ? kubeconfigProblemOf(apiError.params) : undefined;
  const words = problem ? problemWords(problem) : undefined;
  const { message, detail } = errorText(error);
  // A NotConfigured answer without a problem code (not one this server sends): its English guidance, commands as code.
  const guidance = notConfigured && !words ? <WithCode text={apiError.message} /> : undefined;
  const hintText = hint ? t(`error.hint.${hint}`) : words ? <KubeconfigHints hints={words.hints} /> : guidance;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight text-fg">{t('title')}</h1>
      <ErrorPanel
        title={t('error.title')}
        message={words ? `${words.title}: ${words.detail}` : message}
        detail={notConfigured ? undefined : detail}
        hint={hintText}
        onRetry={onRetry}
        isRetrying={isRetrying}
        className="max-w-2xl"
      />
    </div>
  );
}
