'use client';
/** FreshnessIndicator: is the data live, syncing, reconnecting or forbidden, or a still capture, and as of when; in words. */
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FreshnessInfo } from '@/lib/api/types';
import { unavailableWhy } from '@/lib/model/unavailable-why';
import { cx } from '@/components/ui/cx';
import { useModelText, type ModelText } from '@/components/ui/model-text';
import { InboxIcon, LockIcon, SpinnerIcon, WarningIcon, XCircleIcon } from '@/components/ui/icons';
import { ClockTime, RelativeTime } from '@/components/ui/relative-time';
import { CapturedAt, formatCapturedAt } from './captured-at';
import { useKindLabel, type KindLabel } from './unavailable-notice';

export interface FreshnessIndicatorProps {
  freshness?: FreshnessInfo;
  /** The last successful response's generatedAt, used when the watches report no sync time. */
  generatedAt?: string;
  /** The last poll failed: whatever is shown is stale. */
  hasError?: boolean;
  isLoading?: boolean;
  className?: string;
}

type Tone = 'ok' | 'warn' | 'bad' | 'muted';

const TONE_CLASS: Record<Tone, string> = {
  ok: 'text-ok',
  warn: 'text-warn',
  bad: 'text-bad',
  muted: 'text-subtle',
};

interface View {
  tone: Tone;
  icon: ReactNode;
  word: ReactNode;
  detail?: ReactNode;
  title?: string;
}

const liveDot = (
  <span className="relative flex size-2" aria-hidden="true">
    <span className="absolute inline-flex size-full rounded-full bg-ok opacity-50 motion-safe:animate-ping [animation-duration:2.5s]" />
    <span className="relative inline-flex size-2 rounded-full bg-ok" />
  </span>
);
const spinner = <SpinnerIcon className="size-3.5 motion-safe:animate-spin" />;

type Translate = ReturnType<typeof useTranslations<'layout.fresh'>>;

function describe({ freshness, generatedAt, hasError, isLoading }: FreshnessIndicatorProps, t: Translate, say: ModelText, kindLabel: KindLabel): View {
  const asOf = freshness?.lastSyncAt ?? generatedAt;
  const asOfClock = asOf ? t.rich('asOf', { clock: () => <ClockTime iso={asOf} /> }) : undefined;
  if (hasError && !freshness) return { tone: 'bad', icon: <XCircleIcon className="size-3.5" />, word: t('unavailable') };
  if (hasError) return { tone: 'warn', icon: <WarningIcon className="size-3.5" />, word: t('stale'), detail: asOfClock, title: t('staleTitle') };
  if (!freshness) return { tone: 'muted', icon: spinner, word: isLoading ? t('connecting') : t('noData') };
  const forbidden = Object.entries(freshness.watches)
    .filter(([, watch]) => watch.state === 'forbidden')
    .map(([resource]) => resource);
  const unavailable = freshness.unavailable ?? [];
  const missing = unavailable.length ? t('kindsUnavailable', { count: unavailable.length }) : undefined;
  const missingTitle = unavailable.length ? t('unavailableTitle', { list: unavailable.map((u) => `${kindLabel(u.kind)} (${say(unavailableWhy(u.message))})`).join('; ') }) : undefined;
  // A replayed capture does not move: say when it was taken instead of "Live".
  if (freshness.capturedAt && (freshness.state === 'live' || freshness.state === 'unserved')) {
    return {
      tone: 'muted',
      icon: <InboxIcon className="size-3.5" />,
      word: t.rich('snapshotAt', { time: () => <CapturedAt iso={freshness.capturedAt!} /> }),
      detail: unavailable.length ? t('kindsNotCaptured', { count: unavailable.length }) : undefined,
      title: `${t('snapshotTitle', { time: formatCapturedAt(freshness.capturedAt) })}${missingTitle ? `. ${missingTitle}` : ''}`,
    };
  }
  switch (freshness.state) {
    case 'live':
    case 'unserved':
      return {
        tone: 'ok',
        icon: liveDot,
        word: t('live'),
        detail: asOf ? (
          <>
            {t.rich('synced', { ago: () => <RelativeTime iso={asOf} /> })}
            {missing ? ` · ${missing}` : null}
          </>
        ) : missing,
        title: missingTitle,
      };
    case 'syncing':
      return { tone: 'muted', icon: spinner, word: t('syncing'), detail: t('listing') };
    case 'reconnecting':
      return { tone: 'warn', icon: spinner, word: t('reconnecting'), detail: asOfClock };
    case 'forbidden':
      return {
        tone: 'bad',
        icon: <LockIcon className="size-3.5" />,
        word: t('forbidden'),
        detail: forbidden.length ? t('noAccessTo', { list: forbidden.join(', ') }) : undefined,
        title: t('forbiddenTitle'),
      };
    case 'error':
      return { tone: 'bad', icon: <XCircleIcon className="size-3.5" />, word: t('watchError'), detail: asOfClock };
  }
}

export function FreshnessIndicator(props: FreshnessIndicatorProps) {
  const t = useTranslations('layout.fresh');
  const view = describe(props, t, useModelText(), useKindLabel());
  return (
    <span
      className={cx('inline-flex min-w-0 items-center gap-1.5 whitespace-nowrap text-xs', props.className)}
      title={view.title}
    >
      <span className={cx('inline-flex items-center', TONE_CLASS[view.tone])}>{view.icon}</span>
      <span role="status" className={cx('font-medium', TONE_CLASS[view.tone])}>
        <span className="sr-only">{t('dataLabel')} </span>
        {view.word}
      </span>
      {view.detail ? <span className="truncate text-muted">· {view.detail}</span> : null}
    </span>
  );
}
