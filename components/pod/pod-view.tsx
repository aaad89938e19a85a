'use client';
/** PodView: the pod page — header, tabs (in the URL), and the selected tab's panel, live from the cache. */
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { FindingsFor } from '@/components/findings/findings-for';
import { useCallback } from 'react';
import type { FirstView } from '@/lib/api/conditional';
import { POD_TABS, type PodDetailResponse, type PodTab } from '@/lib/api/pod';
import { usePod } from '@/lib/hooks/use-pod';
import { useUrlState } from '@/lib/hooks/use-url-state';
import { logViewParams, readLogViewState, type LogViewState } from '@/components/logs/log-view-state';
import { Banner } from '@/components/ui/banner';
import { Gone } from '@/components/not-found/gone';
import { Loadable } from '@/components/ui/loadable';
import { useErrorText } from '@/components/ui/error-text';
import { PodDetails } from './pod-details';
import { PodEvents } from './pod-events';
import { PodHeader } from './pod-header';
import { Skeleton } from '@/components/ui/skeleton';
import { PodSkeleton } from './pod-skeleton';
import { PodTabs } from './pod-tabs';

/** The YAML and Logs tabs bring the YAML view and the log viewer: loaded when their tab is opened. */
const tabLoading = () => <Skeleton className="h-64 w-full" />;
const PodYaml = dynamic(() => import('./pod-yaml').then((m) => m.PodYaml), { ssr: false, loading: tabLoading });
const PodLogs = dynamic(() => import('./pod-logs').then((m) => m.PodLogs), { ssr: false, loading: tabLoading });

const LOG_KEYS = ['container', 'previous', 'tail', 'follow', 'q', 'only', 'timestamps', 'wrap'];

export function PodView({ name, initial }: { name: string; initial?: FirstView<PodDetailResponse> }) {
  const t = useTranslations('pod.view');
  const errorText = useErrorText();
  const query = usePod(name, initial);
  const { params, set: replaceQuery } = useUrlState();
  const tabParam = params.get('tab') as PodTab | null;
  const tab: PodTab = tabParam && POD_TABS.includes(tabParam) ? tabParam : 'details';
  const logState = readLogViewState(params);

  const onLogChange = useCallback(
    (patch: Partial<LogViewState>) => {
      const merged = logViewParams({ ...readLogViewState(params), ...patch });
      replaceQuery(Object.fromEntries(LOG_KEYS.map((key) => [key, merged[key]])));
    },
    [params, replaceQuery],
  );

  return (
    <Loadable query={query} errorTitle={t('cannotLoad')} loading={<PodSkeleton />} notFound={<Gone />}>
      {({ pod, events }) => (
        <div className="space-y-4">
          <PodHeader pod={pod} />
          {query.error ? (
            <Banner tone="warning" title={t('staleTitle')}>
              {t('stale', { error: errorText(query.error).message })}
            </Banner>
          ) : null}
          <FindingsFor kind="pod" name={pod.name} />
          <PodTabs tab={tab} onSelect={(next) => replaceQuery({ tab: next === 'details' ? undefined : next })} counts={{ events: events.length }} />
          <div role="tabpanel" id={`pod-panel-${tab}`} aria-labelledby={`pod-tab-${tab}`}>
            {tab === 'details' ? <PodDetails pod={pod} /> : null}
            {tab === 'yaml' ? <PodYaml name={pod.name} /> : null}
            {tab === 'events' ? <PodEvents events={events} /> : null}
            {tab === 'logs' ? <PodLogs pod={pod} state={logState} onChange={onLogChange} /> : null}
          </div>
        </div>
      )}
    </Loadable>
  );
}
