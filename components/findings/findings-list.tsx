/**
 * FindingsList: findings under one collapsible section per severity (critical first, info folded), the
 * repeats of one rule grouped into one card; or an empty state that says why.
 */
import { useTranslations } from 'next-intl';
import { SEVERITIES, type Finding, type Severity } from '@/lib/api/findings';
import { groupFindings } from '@/lib/model/findings/group';
import { EmptyState } from '@/components/ui/empty-state';
import { CheckCircleIcon, ChevronRightIcon } from '@/components/ui/icons';
import { FindingCard } from './finding-card';
import { FindingGroupCard } from './finding-group-card';
import { SEVERITY_STYLES } from './severity';

export interface FindingsListProps {
  findings: Finding[];
  emptyTitle?: string;
  emptyDescription?: string;
  /** Severities whose section starts open; the rest start folded (info, unless asked for). */
  openSeverities?: readonly Severity[];
}

export function FindingsList({ findings, emptyTitle, emptyDescription, openSeverities = ['critical', 'warning'] }: FindingsListProps) {
  const tSeverity = useTranslations('common.severityPlural');
  const t = useTranslations('findings');
  if (findings.length === 0) {
    return <EmptyState title={emptyTitle ?? t('none')} description={emptyDescription} icon={<CheckCircleIcon className="size-5 text-ok" />} />;
  }
  return (
    <div className="space-y-4">
      {SEVERITIES.map((severity) => {
        const mine = findings.filter((f) => f.severity === severity);
        if (mine.length === 0) return null;
        const { Icon, text } = SEVERITY_STYLES[severity];
        const plural = tSeverity(severity);
        const id = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={id}>
            <details open={openSeverities.includes(severity)} className="group/severity space-y-2">
              <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded py-1 [&::-webkit-details-marker]:hidden">
                <ChevronRightIcon className="size-4 text-muted transition-transform group-open/severity:rotate-90" />
                <h2 id={id} className="flex items-center gap-1.5 text-sm font-semibold text-fg">
                  <Icon className={`size-4 ${text}`} />
                  {plural} <span className="font-normal tabular-nums text-muted">({mine.length})</span>
                </h2>
              </summary>
              <div className="space-y-3">
                {groupFindings(mine).map((group) =>
                  group.findings.length === 1 ? <FindingCard key={group.key} finding={group.findings[0]!} /> : <FindingGroupCard key={group.key} group={group} />,
                )}
              </div>
            </details>
          </section>
        );
      })}
    </div>
  );
}
