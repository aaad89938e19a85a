'use client';
/** Any page that throws while rendering: says so in the reader's language and offers "Try again" (the error's digest names it in the server log). */
import { useTranslations } from 'next-intl';
import { ErrorPanel } from '@/components/ui/error-panel';

export default function RouteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors.boundary');
  return (
    <ErrorPanel
      title={t('title')}
      message={t('message')}
      detail={error.digest ? t('digest', { digest: error.digest }) : undefined}
      onRetry={reset}
      className="max-w-2xl"
    />
  );
}
