'use client';
/** RangePicker: the time range as `?range=` in the URL (shareable), as a segmented control. */
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { USAGE_RANGES, usageRangeOf, type UsageRange } from '@/lib/api/usage';
import { useUrlState } from '@/lib/hooks/use-url-state';
import { cx } from '@/components/ui/cx';

/** The range in the URL, or the default. */
export function useUrlRange(): UsageRange {
  return usageRangeOf(useSearchParams().get('range'));
}

export function RangePicker({ value, className }: { value: UsageRange; className?: string }) {
  const t = useTranslations('charts');
  const url = useUrlState();
  const select = (range: UsageRange) => url.set({ range });
  return (
    <div role="group" aria-label={t('timeRange')} className={cx('inline-flex rounded-md border border-line-strong bg-surface p-0.5', className)}>
      {USAGE_RANGES.map((range) => (
        <button
          key={range}
          type="button"
          aria-pressed={range === value}
          onClick={() => select(range)}
          className={cx(
            'h-6 rounded px-2 text-xs font-medium tabular-nums transition-colors',
            range === value ? 'bg-accent text-accent-fg' : 'text-muted hover:bg-surface-2 hover:text-fg',
          )}
        >
          {range}
        </button>
      ))}
    </div>
  );
}
