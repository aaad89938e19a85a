/** ControlPlaneSection: what the API server's health sources say (readyz checks, leader Lease, componentstatuses). */
import type { ControlPlaneHealth } from '@/lib/api/component';
import { Banner } from '@/components/ui/banner';
import { cx } from '@/components/ui/cx';
import { StatusIcon } from '@/components/ui/status-badge';
import { Section, SectionNote } from '@/components/ui/section';

export function ControlPlaneSection({ health }: { health: ControlPlaneHealth }) {
  const failing = health.checks.filter((c) => !c.ok).length;
  const hasEvidence = health.checks.length > 0 || health.lease || health.componentStatuses.length > 0;
  return (
    <Section isCompact id="health-evidence" title="Health evidence" meta="from the API server, not from pods">
      <div className="space-y-3">
        {health.podlessNote ? <Banner title="No pods">{health.podlessNote}</Banner> : null}
        {!hasEvidence ? <SectionNote>No readyz checks, leader Lease or componentstatus mention this component yet.</SectionNote> : null}
        {health.lease ? (
          <p className="text-[13px]">
            <StatusIcon status={health.lease.isFresh ? 'healthy' : 'degraded'} className="mr-1.5 align-[-3px]" />
            Leader <span className="font-medium">{health.lease.holder}</span>
            {health.lease.renewedSecondsAgo !== undefined
              ? `, Lease renewed ${health.lease.renewedSecondsAgo.toLocaleString('en-US')} s ago`
              : ', Lease never renewed'}{' '}
            <span className="text-muted">(duration {health.lease.durationSeconds} s)</span>
          </p>
        ) : null}
        {health.componentStatuses.map((cs) => (
          <p key={cs.name} className="text-[13px]">
            <StatusIcon status={cs.healthy ? 'healthy' : 'degraded'} className="mr-1.5 align-[-3px]" />
            componentstatus <span className="font-medium">{cs.name}</span>: {cs.healthy ? 'Healthy' : 'Unhealthy'}
            {cs.message && !cs.healthy ? <span className="text-muted"> — {cs.message}</span> : null}
          </p>
        ))}
        {health.checks.length > 0 ? (
          <details open={failing > 0} className="space-y-1.5">
            <summary className="cursor-pointer text-xs font-medium text-muted">
              /{health.checksSource}?verbose: {health.checks.length - failing} of {health.checks.length} checks pass
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
