'use client';
/** LogToolbar: in two rows so nothing is cut — what to read (container, lines, follow, previous; download, reload), then how (filter, only matching, timestamps, wrap). */
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { RefreshIcon, RestartIcon } from '@/components/ui/icons';
import { Input, Select } from '@/components/ui/input';
import type { LogStreamStatus } from '@/lib/hooks/use-log-stream';
import { TAIL_CHOICES, type LogViewState } from './log-view-state';

export interface ContainerOption {
  name: string;
  role?: 'app' | 'init' | 'sidecar';
}

export interface LogToolbarProps {
  state: LogViewState;
  onChange: (patch: Partial<LogViewState>) => void;
  containers: ContainerOption[];
  /** Component logs may show every container at once. */
  allowAllContainers: boolean;
  status: LogStreamStatus;
  onDownload: () => void;
  onReload: () => void;
  canDownload: boolean;
}

const FILTER_DEBOUNCE_MS = 250;

function Toggle({ isOn, onClick, children }: { isOn: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={isOn}
      onClick={onClick}
      className={cx(
        'inline-flex h-8 items-center gap-1.5 rounded-md border px-2.5 text-sm font-medium transition-colors',
        isOn ? 'border-accent bg-accent-soft text-accent' : 'border-line-strong bg-surface text-fg hover:bg-surface-2',
      )}
    >
      {children}
    </button>
  );
}

function FollowStatus({ status }: { status: LogStreamStatus }) {
  const t = useTranslations('logs.status');
  if (status !== 'following' && status !== 'reconnecting' && status !== 'loading') return null;
  const label = status === 'following' ? t('following') : status === 'reconnecting' ? t('reconnecting') : t('connecting');
  return (
    <span role="status" className="inline-flex items-center gap-1.5 text-xs text-muted">
      <span
        aria-hidden="true"
        className={cx('size-2 rounded-full', status === 'following' ? 'bg-ok motion-safe:animate-pulse' : 'bg-warn')}
      />
      {label}
    </span>
  );
}

export function LogToolbar({ state, onChange, containers, allowAllContainers, status, onDownload, onReload, canDownload }: LogToolbarProps) {
  const t = useTranslations('logs');
  const [filter, setFilter] = useState(state.q);
  const [appliedQ, setAppliedQ] = useState(state.q);
  // A changed URL (back button, shared link) wins over what is typed.
  if (state.q !== appliedQ) {
    setAppliedQ(state.q);
    setFilter(state.q);
  }
  useEffect(() => {
    if (filter === state.q) return;
    const timer = window.setTimeout(() => onChange({ q: filter }), FILTER_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [filter, state.q, onChange]);

  return (
    <div className="space-y-2 border-b border-line px-3 py-2.5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        {containers.length > 1 || allowAllContainers ? (
          <label className="flex items-center gap-1.5 text-sm text-muted">
            {t('container')}
            <Select value={state.container ?? ''} onChange={(e) => onChange({ container: e.target.value || undefined })}>
              {allowAllContainers ? <option value="">{t('allContainers')}</option> : null}
              {containers.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                  {c.role && c.role !== 'app' ? ` (${c.role})` : ''}
                </option>
              ))}
            </Select>
          </label>
        ) : null}
        <label className="flex items-center gap-1.5 text-sm text-muted">
          {t('lines')}
          <Select value={state.tail} onChange={(e) => onChange({ tail: Number(e.target.value) })}>
            {[...new Set([...TAIL_CHOICES, state.tail])].sort((a, b) => a - b).map((n) => (
              <option key={n} value={n}>
                {t('last', { count: n })}
              </option>
            ))}
          </Select>
        </label>
        <Toggle isOn={state.follow} onClick={() => onChange({ follow: !state.follow, previous: false })}>
          {t('follow')}
        </Toggle>
        <Toggle isOn={state.previous} onClick={() => onChange({ previous: !state.previous, follow: false })}>
          <RestartIcon className="size-3.5" />
          {t('previous')}
        </Toggle>
        {state.follow ? <FollowStatus status={status} /> : null}
        <div className="ml-auto flex items-center gap-1.5">
          <Button size="sm" onClick={onDownload} disabled={!canDownload}>
            {t('download')}
          </Button>
          {!state.follow ? (
            <Button size="sm" variant="ghost" onClick={onReload} aria-label={t('reloadLabel')}>
              <RefreshIcon className="size-3.5" />
              {t('reload')}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <label htmlFor="log-filter" className="sr-only">
          {t('filter')}
        </label>
        <Input
          id="log-filter"
          type="search"
          placeholder={t('filterPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className="min-w-[16rem] flex-1"
        />
        <label className="flex shrink-0 items-center gap-1.5 text-sm text-muted">
          <input type="checkbox" checked={state.onlyMatches} onChange={(e) => onChange({ onlyMatches: e.target.checked })} />
          {t('onlyMatching')}
        </label>
        <label className="flex shrink-0 items-center gap-1.5 text-sm text-muted">
          <input type="checkbox" checked={state.timestamps} onChange={(e) => onChange({ timestamps: e.target.checked })} />
          {t('timestamps')}
        </label>
        <label className="flex shrink-0 items-center gap-1.5 text-sm text-muted">
          <input type="checkbox" checked={state.wrap} onChange={(e) => onChange({ wrap: e.target.checked })} />
          {t('wrap')}
        </label>
      </div>
    </div>
  );
}
