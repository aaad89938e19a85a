'use client';
/**
 * ChartsSlot: the live resource charts of the component (components/charts/usage-charts.tsx), loaded
 * when the section comes near the viewport: they bring Recharts, most of the page's JavaScript.
 */
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { Skeleton } from '@/components/ui/skeleton';
import { Section } from '@/components/ui/section';
import { WhenVisible } from '@/components/ui/when-visible';

const UsageCharts = dynamic(() => import('@/components/charts/usage-charts').then((m) => m.UsageCharts), {
  ssr: false,
  loading: () => <Skeleton className="h-64 w-full" />,
});

export function ChartsSlot() {
  const t = useTranslations('component');
  return (
    <Section isCompact id="charts" title={t('liveUsage')}>
      <div id="component-charts">
        <WhenVisible placeholder={<Skeleton className="h-64 w-full" />}>
          <UsageCharts />
        </WhenVisible>
      </div>
    </Section>
  );
}
