/** FindingsList: findings grouped under a heading per severity (critical first), or an empty state that says why. */
import { SEVERITIES, type Finding } from '@/lib/api/findings';
import { EmptyState } from '@/components/ui/empty-state';
import { CheckCircleIcon } from '@/components/ui/icons';
import { FindingCard } from './finding-card';
import { SEVERITY_STYLES } from './severity';

export function FindingsList({ findings, emptyTitle = 'No findings', emptyDescription }: { findings: Finding[]; emptyTitle?: string; emptyDescription?: string }) {
  if (findings.length === 0) {
    return <EmptyState title={emptyTitle} description={emptyDescription} icon={<CheckCircleIcon className="size-5 text-ok" />} />;
  }
  return (
    <div className="space-y-6">
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const { plural, Icon, text } = SEVERITY_STYLES[severity];
        const id = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={id} className="space-y-2">
            <h2 id={id} className="flex items-center gap-1.5 text-sm font-semibold text-fg">
              <Icon className={`size-4 ${text}`} />
              {plural} <span className="font-normal tabular-nums text-muted">({group.length})</span>
            </h2>
            <div className="space-y-3">
              {group.map((f) => <FindingCard key={f.id} finding={f} />)}
            </div>
          </section>
        );
      })}
    </div>
  );
}
