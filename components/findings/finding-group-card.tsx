/**
 * FindingGroupCard: several findings of one rule as one card — the group's title, then each subject on a
 * line of its own that opens to its evidence; next steps shown once when every subject shares them.
 */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { FindingGroup } from '@/lib/model/findings/group';
import { messageKey } from '@/lib/model/say';
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';
import { useModelText } from '@/components/ui/model-text';
import { FindingBody, findingTitleId, NextSteps } from './finding-card';
import { SEVERITY_STYLES, SeverityBadge } from './severity';

export function FindingGroupCard({ group }: { group: FindingGroup }) {
  const t = useTranslations('findings');
  const say = useModelText();
  const titleId = findingTitleId(`group-${group.severity}-${group.key}`);
  const steps = group.findings[0]!.nextStepMessages;
  const sameSteps = (f: FindingGroup['findings'][number]) => f.nextStepMessages.map(messageKey).join('\n') === steps.map(messageKey).join('\n');
  const isShared = group.findings.every(sameSteps);
  const title = say(group.titleMessage);
  return (
    <article aria-labelledby={titleId} className={cx('rounded-lg border border-l-4 border-line bg-surface', SEVERITY_STYLES[group.severity].rail)}>
      <header className="flex flex-wrap items-start gap-x-3 gap-y-1.5 px-4 pt-3">
        <SeverityBadge severity={group.severity} className="mt-0.5" />
        <h3 id={titleId} className="min-w-0 flex-1 text-sm font-semibold leading-6 text-fg">{title}</h3>
        <Badge tone="outline">{t(`area.${group.area}`)}</Badge>
      </header>
      <div className="space-y-3 px-4 pb-3 pt-2">
        <ul aria-label={t('subjects', { title })} className="divide-y divide-line rounded-md border border-line">
          {group.findings.map((finding) => (
            <li key={finding.id}>
              <details className="group">
                <summary className="flex cursor-pointer items-baseline gap-3 px-3 py-1.5 text-sm">
                  <span className="min-w-0 flex-1 text-fg">{say(finding.titleMessage)}</span>
                  {finding.links[0] ? (
                    <Link href={finding.links[0].href} className="shrink-0 text-xs font-medium text-accent hover:underline">{say(finding.links[0].labelMessage)}</Link>
                  ) : null}
                </summary>
                <div className="border-t border-line px-3 py-2">
                  <FindingBody finding={finding} showNextSteps={!isShared} />
                </div>
              </details>
            </li>
          ))}
        </ul>
        {isShared ? <NextSteps steps={steps} /> : null}
      </div>
    </article>
  );
}
