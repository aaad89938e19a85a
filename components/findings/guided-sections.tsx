'use client';
/**
 * GuidedSections: the kube-system guide's three troubleshooting topics (API server, DNS, metrics
 * server), each with what the checks found and the guide's commands; DNS shows the server's own lookup.
 */
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { DnsProbeResult, Finding, FindingArea, FindingsResponse, Severity } from '@/lib/api/findings';
import { useNow } from '@/lib/hooks/use-now';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { cx } from '@/components/ui/cx';
import { CheckCircleIcon, QuestionCircleIcon, RefreshIcon } from '@/components/ui/icons';
import { useModelText } from '@/components/ui/model-text';
import { Section } from '@/components/ui/section';
import { SEVERITY_STYLES } from './severity';

const DAY_MS = 86_400_000;

function worst(findings: Finding[], area: FindingArea): { severity?: Severity; count: number } {
  const mine = findings.filter((f) => f.area === area && f.severity !== 'info');
  const severity = mine.find((f) => f.severity === 'critical') ? 'critical' : mine.length ? 'warning' : undefined;
  return { severity, count: mine.length };
}

function Verdict({ findings, area }: { findings: Finding[]; area: FindingArea }) {
  const t = useTranslations('findings');
  const { severity, count } = worst(findings, area);
  // A check that could not run (its kind not served, forbidden or not captured) has not passed.
  if (!severity && findings.some((f) => f.area === area && f.id.endsWith('-unchecked'))) {
    return <span className="inline-flex items-center gap-1 text-xs font-medium text-unknown"><QuestionCircleIcon className="size-3.5" />{t('notFullyChecked')}</span>;
  }
  if (!severity) {
    return <span className="inline-flex items-center gap-1 text-xs font-medium text-ok"><CheckCircleIcon className="size-3.5" />{t('noProblems')}</span>;
  }
  const { Icon, text } = SEVERITY_STYLES[severity];
  return <span className={cx('inline-flex items-center gap-1 text-xs font-medium', text)}><Icon className="size-3.5" />{t('count', { count })}</span>;
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-3 text-sm">
      <dt className="w-20 shrink-0 text-muted">{label}</dt>
      <dd className="min-w-0 break-words text-fg">{children}</dd>
    </div>
  );
}

function Command({ command }: { command: string }) {
  const t = useTranslations('findings');
  return (
    <li className="flex items-start gap-2">
      <code className="min-w-0 flex-1 break-all rounded bg-surface-2 px-2 py-1 font-mono text-xs text-fg">{command}</code>
      <CopyButton text={command} label={t('copy', { command })} />
    </li>
  );
}

function Topic({ id, title, area, findings, children, action, commands }: { id: string; title: string; area: FindingArea; findings: Finding[]; children: React.ReactNode; action?: React.ReactNode; commands: string[] }) {
  const t = useTranslations('findings');
  return (
    <Section id={id} title={title} action={<Verdict findings={findings} area={area} />} className="flex flex-col" bodyClassName="flex flex-1 flex-col gap-3">
      <dl className="space-y-1.5">{children}</dl>
      {action}
      <ul className="mt-auto space-y-1.5" aria-label={t('kubectlOf', { title })}>
        {commands.map((c) => <Command key={c} command={c} />)}
      </ul>
    </Section>
  );
}

function DnsAnswer({ dns }: { dns?: DnsProbeResult }) {
  const t = useTranslations('findings.fact');
  if (!dns) return <Fact label={t('lookup')}>{t('notRun')}</Fact>;
  const ok = dns.status === 'ok';
  return (
    <>
      <Fact label={t('lookup')}><span className="break-all font-mono text-xs">{dns.name}</span></Fact>
      <Fact label={t('server')}>{dns.server ? <><span className="font-mono text-xs">{dns.server}</span>{dns.serverSource ? <span className="text-muted"> ({dns.serverSource})</span> : null}</> : t('noneKnown')}</Fact>
      <Fact label={t('answer')}>
        <span data-testid="dns-answer" className={cx('font-medium', ok ? 'text-ok' : dns.status === 'unavailable' ? 'text-muted' : 'text-bad')}>
          {dns.answers.length ? dns.answers.join(', ') : dns.error ?? t('noAnswer')}
        </span>
        {dns.expected ? <span className="text-muted"> {t('expected', { ip: dns.expected })}</span> : null}
      </Fact>
      <Fact label={t('latency')}><span className="tabular-nums">{dns.latencyMs !== undefined ? `${dns.latencyMs} ms` : '—'}</span></Fact>
    </>
  );
}

export function GuidedSections({ data, onProbe }: { data: FindingsResponse; onProbe: () => Promise<unknown> }) {
  const t = useTranslations('findings');
  const say = useModelText();
  const now = useNow(DAY_MS / 24);
  const [isProbing, setProbing] = useState(false);
  const tls = data.probes.tls;
  const daysLeft = tls?.validTo ? Math.floor((Date.parse(tls.validTo) - now) / DAY_MS) : undefined;
  const metrics = data.findings.find((f) => f.id === 'metrics/apiservice-unavailable' || f.id === 'metrics/not-installed' || f.id === 'metrics/apiservice-unchecked');
  const readyz = data.findings.find((f) => f.id.startsWith('apiserver/readyz') || f.id.startsWith('apiserver/livez'));
  const quoted = metrics?.evidenceMessages.find((m) => m.id === 'finding.metrics.message')?.values?.message;
  const apiServiceMessage = typeof quoted === 'string' ? quoted : undefined;
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Topic id="topic-apiserver" title={t('topic.apiserver')} area="apiserver" findings={data.findings}
        commands={["kubectl get --raw='/readyz?verbose'", 'kubectl -n kube-system get pods -l component=kube-apiserver']}>
        <Fact label={t('fact.health')}>{readyz ? say(readyz.titleMessage) : t('fact.healthPass')}</Fact>
        <Fact label={t('fact.certificate')}>
          {tls?.status === 'ok' && daysLeft !== undefined ? <span className="tabular-nums">{t('fact.expiresIn', { days: daysLeft, date: tls.validTo?.slice(0, 10) ?? '' })}</span> : tls ? t('fact.notRead', { error: tls.error ?? '?' }) : t('fact.notReadYet')}
        </Fact>
      </Topic>
      <Topic id="topic-dns" title={t('topic.dns')} area="dns" findings={data.findings} action={(
        <div>
          <Button size="sm" disabled={isProbing} onClick={async () => {
            setProbing(true);
            try {
              await onProbe();
            } finally {
              setProbing(false);
            }
          }}>
            <RefreshIcon className={cx('size-3.5', isProbing && 'animate-spin')} />
            {isProbing ? t('resolving') : t('testDns')}
          </Button>
        </div>
        )}
        commands={['kubectl -n kube-system get pods -l k8s-app=kube-dns', 'kubectl -n kube-system logs -l k8s-app=kube-dns --tail=50']}>
        <DnsAnswer dns={data.probes.dns} />
      </Topic>
      <Topic id="topic-metrics" title={t('topic.metrics')} area="metrics" findings={data.findings}
        commands={['kubectl get apiservice v1beta1.metrics.k8s.io', 'kubectl top nodes']}>
        <Fact label={t('fact.metricsApi')}>{metrics ? say(metrics.titleMessage) : t('fact.metricsAvailable')}</Fact>
        {/* The APIService's own message, as the API server wrote it. */}
        {apiServiceMessage ? <Fact label={t('fact.message')}>{apiServiceMessage}</Fact> : null}
      </Topic>
    </div>
  );
}
