'use client';
/** FindingsFilters: severity and area as links that set `?severity=&area=`, so a filtered view is a shareable URL. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { FINDING_AREAS, SEVERITIES, troubleshootHref, type Finding, type FindingArea, type Severity } from '@/lib/api/findings';
import { cx } from '@/components/ui/cx';
import { SEVERITY_STYLES } from './severity';

export interface FindingsFiltersProps {
  findings: Finding[];
  severity?: Severity;
  area?: FindingArea;
}

function Chip({ href, isActive, children }: { href: string; isActive: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      scroll={false}
      aria-current={isActive ? 'true' : undefined}
      className={cx(
        'inline-flex h-7 items-center gap-1.5 rounded-full border px-2.5 text-xs font-medium tabular-nums transition-colors',
        isActive ? 'border-accent bg-accent-soft text-accent' : 'border-line bg-surface text-muted hover:bg-surface-2 hover:text-fg',
      )}
    >
      {children}
    </Link>
  );
}

export function FindingsFilters({ findings, severity, area }: FindingsFiltersProps) {
  const tSeverity = useTranslations('common.severityPlural');
  const t = useTranslations('findings');
  const inArea = area ? findings.filter((f) => f.area === area) : findings;
  const ofSeverity = severity ? findings.filter((f) => f.severity === severity) : findings;
  return (
    <div className="space-y-2">
      <nav aria-label={t('filterSeverity')} className="flex flex-wrap items-center gap-1.5">
        <span className="w-16 text-xs text-muted">{t('severity')}</span>
        <Chip href={troubleshootHref({ area })} isActive={!severity}>{t('all')} <span className="font-normal">{inArea.length}</span></Chip>
        {SEVERITIES.map((s) => {
          const { Icon, text } = SEVERITY_STYLES[s];
          const plural = tSeverity(s);
          return (
            <Chip key={s} href={troubleshootHref({ severity: s, area })} isActive={severity === s}>
              <Icon className={cx('size-3.5', text)} />
              {plural} <span className="font-normal">{inArea.filter((f) => f.severity === s).length}</span>
            </Chip>
          );
        })}
      </nav>
      <nav aria-label={t('filterArea')} className="flex flex-wrap items-center gap-1.5">
        <span className="w-16 text-xs text-muted">{t('areaLabel')}</span>
        <Chip href={troubleshootHref({ severity })} isActive={!area}>{t('all')}</Chip>
        {FINDING_AREAS.map((a) => (
          <Chip key={a} href={troubleshootHref({ severity, area: a })} isActive={area === a}>
            {t(`area.${a}`)} <span className="font-normal">{ofSeverity.filter((f) => f.area === a).length}</span>
          </Chip>
        ))}
      </nav>
    </div>
  );
}
