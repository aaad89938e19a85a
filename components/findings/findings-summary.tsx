'use client';
/** FindingsSummary: the overview's line about findings — how many of each severity and the most severe one, linking to /troubleshoot. */
import Link from 'next/link';
import { SEVERITIES, troubleshootHref, type FindingsResponse } from '@/lib/api/findings';
import { useFindings } from '@/lib/hooks/use-findings';
import { cx } from '@/components/ui/cx';
import { CheckCircleIcon, ChevronRightIcon } from '@/components/ui/icons';
import { Loadable } from '@/components/ui/loadable';
import { Skeleton } from '@/components/ui/skeleton';
import { SEVERITY_STYLES } from './severity';

export function FindingsSummary() {
  const query = useFindings();
  // Quiet when the findings cannot load: the overview around it says what is wrong.
  return (
    <Loadable query={query} loading={<Skeleton className="h-12" />} renderError={() => null}>
      {(data) => <Summary data={data} />}
    </Loadable>
  );
}

function Summary({ data }: { data: FindingsResponse }) {
  const top = data.findings[0];
  const isClean = data.counts.critical === 0 && data.counts.warning === 0;
  const topSeverity = top && top.severity !== 'info' ? top.severity : undefined;
  return (
    <section aria-label="Findings" className={cx('flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-line bg-surface px-4 py-2.5', topSeverity && SEVERITY_STYLES[topSeverity].rail, topSeverity && 'border-l-4')}>
      <h2 className="text-sm font-semibold text-fg">Findings</h2>
      <ul className="flex items-center gap-3 text-sm tabular-nums">
        {SEVERITIES.map((s) => {
          const { plural, Icon, text } = SEVERITY_STYLES[s];
          return (
            <li key={s}>
              <Link href={troubleshootHref({ severity: s })} className="inline-flex items-center gap-1 text-muted hover:text-fg">
                <Icon className={cx('size-3.5', data.counts[s] > 0 ? text : 'text-subtle')} />
                <span className="font-semibold text-fg">{data.counts[s]}</span> {plural.toLowerCase()}
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="min-w-0 flex-1 truncate text-sm text-muted">
        {isClean ? (
          <span className="inline-flex items-center gap-1 text-ok"><CheckCircleIcon className="size-3.5" />No critical findings or warnings</span>
        ) : (
          <>Most severe: <span className="font-medium text-fg">{top?.title}</span></>
        )}
      </p>
      <Link href="/troubleshoot" className="inline-flex items-center gap-0.5 text-sm font-medium text-accent hover:underline">
        Troubleshoot<ChevronRightIcon className="size-3.5" />
      </Link>
    </section>
  );
}
