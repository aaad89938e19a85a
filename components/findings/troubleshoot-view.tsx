'use client';
/**
 * TroubleshootView: every finding by severity, critical first (a rule's repeats as one card, info folded),
 * filtered by `?severity=&area=`; then the guide's three topics (API server, DNS, metrics server).
 */
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { isFindingArea, isSeverity, SEVERITIES, type FindingArea, type FindingsResponse, type Severity } from '@/lib/api/findings';
import { probeDnsNow, useFindings } from '@/lib/hooks/use-findings';
import { CapturedAt } from '@/components/layout/captured-at';
import { UnavailableNotice } from '@/components/layout/unavailable-notice';
import { Banner } from '@/components/ui/banner';
import { Loadable } from '@/components/ui/loadable';
import { ChevronRightIcon } from '@/components/ui/icons';
import { ClockTime } from '@/components/ui/relative-time';
import { FindingsFilters } from './findings-filters';
import { FindingsList } from './findings-list';
import { GuidedSections } from './guided-sections';
import { SEVERITY_STYLES } from './severity';
import { TroubleshootSkeleton } from './troubleshoot-skeleton';

export function TroubleshootView() {
  const t = useTranslations('findings');
  const params = useSearchParams();
  const severity = isSeverity(params.get('severity')) ? (params.get('severity') as 'critical') : undefined;
  const areaParam = params.get('area');
  const area = isFindingArea(areaParam) ? areaParam : undefined;
  const query = useFindings();
  return (
    <Loadable query={query} errorTitle={t('cannotLoad')} loading={<TroubleshootSkeleton />}>
      {(data) => <Troubleshoot data={data} isStale={Boolean(query.error)} severity={severity} area={area} onProbe={async () => query.mutate(await probeDnsNow(), { revalidate: false })} />}
    </Loadable>
  );
}

interface TroubleshootProps {
  data: FindingsResponse;
  /** The last refresh failed: `data` is the previous answer. */
  isStale: boolean;
  severity?: Severity;
  area?: FindingArea;
  onProbe: () => Promise<unknown>;
}

function Troubleshoot({ data, isStale, severity, area, onProbe }: TroubleshootProps) {
  const tSeverity = useTranslations('common.severityPlural');
  const t = useTranslations('findings');
  const shown = data.findings.filter((f) => (!severity || f.severity === severity) && (!area || f.area === area));
  const filtered = Boolean(severity || area);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight text-fg">{t('title')}</h1>
          <p className="mt-1 text-sm text-muted">
            {data.capturedAt ? (
              t.rich('introCapture', { captured: () => <CapturedAt iso={data.capturedAt!} />, clock: () => <ClockTime iso={data.checkedAt} /> })
            ) : (
              t.rich('introLive', { clock: () => <ClockTime iso={data.checkedAt} /> })
            )}
          </p>
        </div>
        <dl aria-label={t('bySeverity')} className="flex divide-x divide-line rounded-lg border border-line bg-surface">
          {SEVERITIES.map((s) => {
            const { Icon, text } = SEVERITY_STYLES[s];
            const plural = tSeverity(s);
            return (
              <div key={s} className="px-4 py-2">
                <dt className="flex items-center gap-1 text-xs text-muted"><Icon className={`size-3.5 ${text}`} />{plural}</dt>
                <dd className="text-xl font-semibold tabular-nums text-fg">{data.counts[s]}</dd>
              </div>
            );
          })}
        </dl>
      </div>
      {isStale ? <Banner tone="warning" title={t('staleTitle')}>{t.rich('stale', { clock: () => <ClockTime iso={data.checkedAt} /> })}</Banner> : null}
      <UnavailableNotice kinds={data.unavailable ?? []} consequence={t('unavailableConsequence')} />
      <FindingsFilters findings={data.findings} severity={severity} area={area} />
      <FindingsList
        findings={shown}
        emptyTitle={filtered ? t('noMatch') : t('none')}
        emptyDescription={filtered ? t('clearFilter') : t('allPassed')}
        openSeverities={severity ? [severity] : ['critical', 'warning']}
      />
      <section aria-labelledby="guide-topics">
        <details open className="group/topics space-y-3">
          <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded py-1 [&::-webkit-details-marker]:hidden">
            <ChevronRightIcon className="size-4 text-muted transition-transform group-open/topics:rotate-90" />
            <h2 id="guide-topics" className="text-sm font-semibold text-fg">{t('guideChecks')}</h2>
          </summary>
          <GuidedSections data={data} onProbe={onProbe} />
        </details>
      </section>
    </div>
  );
}
