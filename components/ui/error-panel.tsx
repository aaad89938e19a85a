/** ErrorPanel: a failure that says what went wrong and offers "Try again". */
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Button } from './button';
import { cx } from './cx';
import { RefreshIcon, XCircleIcon } from './icons';

export interface ErrorPanelProps {
  title: string;
  message?: ReactNode;
  /** Technical detail (HTTP status, error code), shown small and monospaced. */
  detail?: string;
  hint?: ReactNode;
  onRetry?: () => void;
  isRetrying?: boolean;
  className?: string;
}

export function ErrorPanel({ title, message, detail, hint, onRetry, isRetrying, className }: ErrorPanelProps) {
  const t = useTranslations('common');
  return (
    <div role="alert" className={cx('rounded-lg border border-bad-line bg-surface p-5', className)}>
      <div className="flex items-start gap-3">
        <XCircleIcon className="mt-0.5 size-5 shrink-0 text-bad" />
        <div className="min-w-0 flex-1 space-y-1.5">
          <p className="font-semibold text-fg">{title}</p>
          {message ? <p className="text-sm text-muted">{message}</p> : null}
          {detail ? <p className="break-all font-mono text-xs text-subtle">{detail}</p> : null}
          {hint ? <p className="text-sm text-muted">{hint}</p> : null}
          {onRetry ? (
            <div className="pt-2">
              <Button onClick={onRetry} disabled={isRetrying}>
                <RefreshIcon className={cx('size-3.5', isRetrying && 'motion-safe:animate-spin')} />
                {isRetrying ? t('retrying') : t('tryAgain')}
              </Button>
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
