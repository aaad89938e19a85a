/** ControlPlaneSection: what the API server's health sources say (readyz checks, leader Lease, componentstatuses). */
import { useTranslations } from 'next-intl';
import type { ControlPlaneHealth } from '@/lib/api/component';
import { Banner } from '@/components/ui/banner';
import { cx } from '@/components/ui/cx';
import { StatusIcon } from '@/components/ui/status-badge';
import { Section, SectionNote } from '@/components/ui/section';

export function ControlPlaneSection({ health }: { health: ControlPlaneHealth }) {
  const t = useTranslations('component.health');
  const failing = health.checks.filter((c) => !c.ok).length;
  const hasEvidence = health.checks.length > 0 || health.lease || health.componentStatuses.length > 0;
  return (
    <Section isCompact id="health-evidence" title={t('title')} meta={t('meta')}>
      <div className="space-y-3">
        {health.podlessNote ? <Banner title={t('noPods')}>{health.podlessNote}</Banner> : null}
        {!hasEvidence ? <SectionNote>{t('none')}</SectionNote> : null}
        {health.lease ? (
          <p className="text-[13px]">
            <StatusIcon status={health.lease.isFresh ? 'healthy' : 'degraded'} className="mr-1.5 align-[-3px]" />
            {t.rich('leader', { holder: () => <span className="font-medium">{health.lease!.holder}</span> })}
            {health.lease.renewedSecondsAgo !== undefined ? t('renewed', { age: health.lease.renewedSecondsAgo }) : t('neverRenewed')}{' '}
            <span className="text-muted">{t('duration', { seconds: health.lease.durationSeconds })}</span>
          </p>
        ) : null}
        {health.componentStatuses.map((cs) => (
          <p key={cs.name} className="text-[13px]">
            <StatusIcon status={cs.healthy ? 'healthy' : 'degraded'} className="mr-1.5 align-[-3px]" />
            {t.rich('componentStatus', { healthy: String(cs.healthy), name: () => <span className="font-medium">{cs.name}</span> })}
            {cs.message && !cs.healthy ? <span className="text-muted"> — {cs.message}</span> : null}
          </p>
        ))}
        {health.checks.length > 0 ? (
          <details open={failing > 0} className="space-y-1.5">
            <summary className="cursor-pointer text-xs font-medium text-muted">
              {t('checks', { source: health.checksSource ?? 'readyz', passing: health.checks.length - failing, total: health.checks.length })}
            </summary>
            <ul className="mt-1.5 grid gap-x-4 gap-y-0.5 text-[12px] sm:grid-cols-2 xl:grid-cols-3">
              {health.checks.map((c) => (
                <li key={c.name} className={cx('flex min-w-0 items-center gap-1.5', !c.ok && 'font-medium text-bad')}>
                  <StatusIcon status={c.ok ? 'healthy' : 'down'} className="shrink-0 [&>svg]:size-3.5" />
                  <span className="truncate font-mono" title={c.message ?? c.name}>
                    {c.name}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </Section>
  );
}
