'use client';
/** CopyButton: copies a kubectl command or a name; works on plain-http in-cluster URLs too. */
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { cx } from './cx';
import { CheckIcon, CopyIcon } from './icons';

const COPIED_RESET_MS = 1_500;

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection fallback.
  }
  // navigator.clipboard exists only on secure origins; an Ingress on http:// needs this fallback.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const isCopied = document.execCommand('copy');
  area.remove();
  return isCopied;
}

export interface CopyButtonProps {
  text: string;
  /** What is copied, for the accessible name: "Copy kubectl command". */
  label?: string;
  className?: string;
}

export function CopyButton({ text, label, className }: CopyButtonProps) {
  const t = useTranslations('common');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), COPIED_RESET_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  return (
    <button
      type="button"
      onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}
      aria-label={label ?? t('copy')}
      title={label ?? t('copy')}
      className={cx(
        'inline-flex h-6 items-center gap-1 rounded border border-line bg-surface px-1.5 text-xs text-muted transition-colors hover:bg-surface-2 hover:text-fg',
        className,
      )}
    >
      {state === 'copied' ? <CheckIcon className="size-3.5 text-ok" /> : <CopyIcon className="size-3.5" />}
      <span aria-live="polite">{state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : t('copy')}</span>
    </button>
  );
}
