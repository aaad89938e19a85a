'use client';
/**
 * NeedsAttention: the overview's first section — every component that is not healthy with its first
 * reason, then every critical finding with its cause and the link to its evidence; on a healthy cluster
 * one line that says so. The findings' counts sit in its header, linking to /troubleshoot.
 */
import Link from '@/components/ui/app-link';
import { useTranslations } from 'next-intl';
import { NEEDS_ATTENTION_FINDINGS, SEVERITIES, troubleshootHref, type Finding, type FindingsResponse } from '@/lib/api/findings';
import type { ComponentSummary } from '@/lib/api/types';
import { useFindings } from '@/lib/hooks/use-findings';
import { SEVERITY_STYLES, SeverityBadge } from '@/components/findings/severity';
import { cx } from '@/components/ui/cx';
import { CheckCircleIcon, ChevronRightIcon } from '@/components/ui/icons';
import { useModelText } from '@/components/ui/model-text';
import { Section } from '@/components/ui/section';
import { STATUS_SEVERITY, StatusBadge } from '@/components/ui/status-badge';

const ROW = 'grid grid-cols-[5.5rem_minmax(8rem,12rem)_1fr] items-baseline gap-x-3 px-4 py-1.5 text-sm';

function FindingCounts({ data }: { data: FindingsResponse }) {
  const t = useTranslations();
  return (
    <ul aria-label={t('overview.findingsBySeverity')} className="flex items-center gap-3 text-xs tabular-nums">
      {SEVERITIES.map((s) => {
        const { Icon, text } = SEVERITY_STYLES[s];
        return (
          <li key={s}>
            <Link href={troubleshootHref({ severity: s })} className="inline-flex items-center gap-1 text-muted hover:text-fg">
              <Icon className={cx('size-3.5', data.counts[s] > 0 ? text : 'text-subtle')} />
              <span className="font-semibold text-fg">{data.counts[s]}</span> {t(`common.severityCount.${s}`, { count: data.counts[s] })}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function ComponentRow({ component }: { component: ComponentSummary }) {
  const say = useModelText();
  const first = component.reasonMessages?.[0];
  return (
    <li className={ROW}>
      <StatusBadge status={component.status} size="sm" className="justify-self-start" />
      <Link href={component.href} className="truncate font-semibold text-fg hover:underline" title={component.name}>{component.name}</Link>
      <span className="min-w-0 break-words text-fg/85">{first ? say(first) : ''}</span>
    </li>
  );
}

function FindingRow({ finding }: { finding: Finding }) {
  const say = useModelText();
  // The evidence link, unless it is the subject's own page (already the name's link).
  const evidence = finding.links.find((link) => link.href !== finding.subject.href);
  return (
    <li className={ROW}>
      <SeverityBadge severity={finding.severity} className="justify-self-start" />
      {finding.subject.href ? (
        <Link href={finding.subject.href} className="truncate font-semibold text-fg hover:underline" title={finding.subject.name}>{finding.subject.name}</Link>
      ) : (
        <span className="truncate font-semibold text-fg" title={finding.subject.name}>{finding.subject.name}</span>
      )}
      <span className="min-w-0 break-words text-fg/85">
        {say(finding.titleMessage)}
        {evidence ? (
          <>
            {' · '}
            <Link href={evidence.href} className="whitespace-nowrap font-medium text-accent hover:underline">{say(evidence.labelMessage)}</Link>
          </>
        ) : null}
      </span>
    </li>
  );
}

export function NeedsAttention({ components }: { components: ComponentSummary[] }) {
  const t = useTranslations('overview');
  const { data } = useFindings(NEEDS_ATTENTION_FINDINGS);
  const unhealthy = components
    .filter((c) => c.status !== 'healthy')
    .sort((a, b) => STATUS_SEVERITY.indexOf(a.status) - STATUS_SEVERITY.indexOf(b.status));
  const critical = data?.findings ?? [];
  const isCalm = unhealthy.length === 0 && critical.length === 0;
  return (
    <Section
      id="needs-attention"
      title={t('needsAttention')}
      isFlush
      meta={data ? <FindingCounts data={data} /> : undefined}
      action={
        <Link href="/troubleshoot" className="inline-flex items-center gap-0.5 text-sm font-medium text-accent hover:underline">
          {t('troubleshoot')}<ChevronRightIcon className="size-3.5" />
        </Link>
      }
    >
      {isCalm ? (
        <p className="flex items-center gap-1.5 px-4 py-2.5 text-sm text-fg">
          <CheckCircleIcon className="size-4 text-ok" />
          {data ? t('allHealthyChecked', { count: components.length }) : t('allHealthy', { count: components.length })}
        </p>
      ) : (
        <ul aria-label={t('needsAttention')} className="divide-y divide-line py-1">
          {unhealthy.map((c) => <ComponentRow key={c.id} component={c} />)}
          {critical.map((f) => <FindingRow key={f.id} finding={f} />)}
        </ul>
      )}
    </Section>
  );
}
