'use client';
/** PodTabs: Details · YAML · Events · Logs as ARIA tabs (arrow keys move between them); the tab lives in the URL. */
import { useTranslations } from 'next-intl';
import { useRef, type KeyboardEvent } from 'react';
import { POD_TABS, type PodTab } from '@/lib/api/pod';
import { cx } from '@/components/ui/cx';

export function PodTabs({ tab, onSelect, counts }: { tab: PodTab; onSelect: (tab: PodTab) => void; counts?: Partial<Record<PodTab, number>> }) {
  const t = useTranslations('pod.tabs');
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = POD_TABS[(POD_TABS.indexOf(tab) + step + POD_TABS.length) % POD_TABS.length]!;
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('label')} className="flex gap-1 border-b border-line" onKeyDown={onKeyDown}>
      {POD_TABS.map((id) => (
        <button
          key={id}
          ref={(el) => {
            refs.current[id] = el;
          }}
          type="button"
          role="tab"
          id={`pod-tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`pod-panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onSelect(id)}
          className={cx(
            '-mb-px inline-flex h-9 items-center gap-1.5 border-b-2 px-3 text-sm font-medium transition-colors',
            tab === id ? 'border-accent text-fg' : 'border-transparent text-muted hover:text-fg',
          )}
        >
          {t(id)}
          {counts?.[id] ? <span className="rounded-full bg-surface-2 px-1.5 text-xs tabular-nums text-muted">{counts[id]}</span> : null}
        </button>
      ))}
    </div>
  );
}
