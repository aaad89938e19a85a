'use client';
/** FreshnessIndicator: is the data live, syncing, reconnecting or forbidden, or a still capture, and as of when; in words. */
import type { ReactNode } from 'react';
import type { FreshnessInfo } from '@/lib/api/types';
import { cx } from '@/components/ui/cx';
import { InboxIcon, LockIcon, SpinnerIcon, WarningIcon, XCircleIcon } from '@/components/ui/icons';
import { ClockTime, RelativeTime } from '@/components/ui/relative-time';
import { CapturedAt, formatCapturedAt } from './captured-at';
import { kindLabel } from './unavailable-notice';

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

function describe({ freshness, generatedAt, hasError, isLoading }: FreshnessIndicatorProps): View {
  const asOf = freshness?.lastSyncAt ?? generatedAt;
  const asOfClock = asOf ? (
    <>
      data as of <ClockTime iso={asOf} />
    </>
  ) : undefined;
  if (hasError && !freshness) return { tone: 'bad', icon: <XCircleIcon className="size-3.5" />, word: 'Unavailable' };
  if (hasError) return { tone: 'warn', icon: <WarningIcon className="size-3.5" />, word: 'Stale', detail: asOfClock, title: 'The dashboard server did not answer the last refresh' };
  if (!freshness) return { tone: 'muted', icon: spinner, word: isLoading ? 'Connecting…' : 'No data' };
  const forbidden = Object.entries(freshness.watches)
    .filter(([, watch]) => watch.state === 'forbidden')
    .map(([resource]) => resource);
  const unavailable = freshness.unavailable ?? [];
  const missing = unavailable.length ? `${unavailable.length} kind${unavailable.length === 1 ? '' : 's'} unavailable` : undefined;
  const missingTitle = unavailable.length ? `Unavailable: ${unavailable.map((u) => `${kindLabel(u.kind)} (${u.message})`).join('; ')}` : undefined;
  // A replayed capture does not move: say when it was taken instead of "Live".
  if (freshness.capturedAt && (freshness.state === 'live' || freshness.state === 'unserved')) {
    return {
      tone: 'muted',
      icon: <InboxIcon className="size-3.5" />,
      word: (
        <>
          Snapshot captured at <CapturedAt iso={freshness.capturedAt} />
        </>
      ),
      detail: missing ? missing.replace('unavailable', 'not captured') : undefined,
      title: `A replayed capture taken at ${formatCapturedAt(freshness.capturedAt)}${missingTitle ? `. ${missingTitle}` : ''}`,
    };
  }
  switch (freshness.state) {
    case 'live':
    case 'unserved':
      return {
        tone: 'ok',
        icon: liveDot,
        word: 'Live',
        detail: asOf ? (
          <>
            synced <RelativeTime iso={asOf} />
            {missing ? ` · ${missing}` : null}
          </>
        ) : missing,
        title: missingTitle,
      };
    case 'syncing':
      return { tone: 'muted', icon: spinner, word: 'Syncing…', detail: 'listing kube-system' };
    case 'reconnecting':
      return { tone: 'warn', icon: spinner, word: 'Reconnecting…', detail: asOfClock };
    case 'forbidden':
      return {
        tone: 'bad',
        icon: <LockIcon className="size-3.5" />,
        word: 'Forbidden',
        detail: forbidden.length ? `no access to ${forbidden.join(', ')}` : undefined,
        title: 'The ServiceAccount or kubeconfig user lacks read access; see the RBAC in deploy/',
      };
    case 'error':
      return { tone: 'bad', icon: <XCircleIcon className="size-3.5" />, word: 'Watch error', detail: asOfClock };
  }
}

export function FreshnessIndicator(props: FreshnessIndicatorProps) {
  const view = describe(props);
  return (
    <span
      className={cx('inline-flex min-w-0 items-center gap-1.5 whitespace-nowrap text-xs', props.className)}
      title={view.title}
    >
      <span className={cx('inline-flex items-center', TONE_CLASS[view.tone])}>{view.icon}</span>
      <span role="status" className={cx('font-medium', TONE_CLASS[view.tone])}>
        <span className="sr-only">Data: </span>
        {view.word}
      </span>
      {view.detail ? <span className="truncate text-muted">· {view.detail}</span> : null}
    </span>
  );
}
