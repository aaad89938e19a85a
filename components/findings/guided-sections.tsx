'use client';
/**
 * GuidedSections: the kube-system guide's three troubleshooting topics (API server, DNS, metrics
 * server), each with what the checks found and the guide's commands; DNS shows the server's own lookup.
 */
import { useState } from 'react';
import type { DnsProbeResult, Finding, FindingArea, FindingsResponse, Severity } from '@/lib/api/findings';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { cx } from '@/components/ui/cx';
import { CheckCircleIcon, QuestionCircleIcon, RefreshIcon } from '@/components/ui/icons';
import { Section } from '@/components/ui/section';
import { SEVERITY_STYLES } from './severity';

const DAY_MS = 86_400_000;

function worst(findings: Finding[], area: FindingArea): { severity?: Severity; count: number } {
  const mine = findings.filter((f) => f.area === area && f.severity !== 'info');
  const severity = mine.find((f) => f.severity === 'critical') ? 'critical' : mine.length ? 'warning' : undefined;
  return { severity, count: mine.length };
}

function Verdict({ findings, area }: { findings: Finding[]; area: FindingArea }) {
  const { severity, count } = worst(findings, area);
  // A check that could not run (its kind not served, forbidden or not captured) has not passed.
  if (!severity && findings.some((f) => f.area === area && f.id.endsWith('-unchecked'))) {
    return <span className="inline-flex items-center gap-1 text-xs font-medium text-unknown"><QuestionCircleIcon className="size-3.5" />Not fully checked</span>;
  }
  if (!severity) {
    return <span className="inline-flex items-center gap-1 text-xs font-medium text-ok"><CheckCircleIcon className="size-3.5" />No problems found</span>;
  }
  const { Icon, text } = SEVERITY_STYLES[severity];
  return <span className={cx('inline-flex items-center gap-1 text-xs font-medium', text)}><Icon className="size-3.5" />{count} finding{count === 1 ? '' : 's'}</span>;
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
  return (
    <li className="flex items-start gap-2">
      <code className="min-w-0 flex-1 break-all rounded bg-surface-2 px-2 py-1 font-mono text-xs text-fg">{command}</code>
      <CopyButton text={command} label={`Copy: ${command}`} />
    </li>
  );
}

function Topic({ id, title, area, findings, children, action, commands }: { id: string; title: string; area: FindingArea; findings: Finding[]; children: React.ReactNode; action?: React.ReactNode; commands: string[] }) {
  return (
    <Section id={id} title={title} action={<Verdict findings={findings} area={area} />} className="flex flex-col" bodyClassName="flex flex-1 flex-col gap-3">
      <dl className="space-y-1.5">{children}</dl>
      {action}
      <ul className="mt-auto space-y-1.5" aria-label={`${title}: kubectl`}>
        {commands.map((c) => <Command key={c} command={c} />)}
      </ul>
    </Section>
  );
}

function DnsAnswer({ dns }: { dns?: DnsProbeResult }) {
  if (!dns) return <Fact label="Lookup">not run yet</Fact>;
  const ok = dns.status === 'ok';
  return (
    <>
      <Fact label="Lookup"><span className="break-all font-mono text-xs">{dns.name}</span></Fact>
      <Fact label="Server">{dns.server ? <><span className="font-mono text-xs">{dns.server}</span>{dns.serverSource ? <span className="text-muted"> ({dns.serverSource})</span> : null}</> : 'none known'}</Fact>
      <Fact label="Answer">
        <span data-testid="dns-answer" className={cx('font-medium', ok ? 'text-ok' : dns.status === 'unavailable' ? 'text-muted' : 'text-bad')}>
          {dns.answers.length ? dns.answers.join(', ') : dns.error ?? 'no answer'}
        </span>
        {dns.expected ? <span className="text-muted"> (expected {dns.expected})</span> : null}
      </Fact>
      <Fact label="Latency"><span className="tabular-nums">{dns.latencyMs !== undefined ? `${dns.latencyMs} ms` : '—'}</span></Fact>
    </>
  );
}

export function GuidedSections({ data, onProbe }: { data: FindingsResponse; onProbe: () => Promise<unknown> }) {
  const [isProbing, setProbing] = useState(false);
  const tls = data.probes.tls;
  const daysLeft = tls?.validTo ? Math.floor((Date.parse(tls.validTo) - Date.parse(data.checkedAt)) / DAY_MS) : undefined;
  const metrics = data.findings.find((f) => f.id === 'metrics/apiservice-unavailable' || f.id === 'metrics/not-installed' || f.id === 'metrics/apiservice-unchecked');
  const readyz = data.findings.find((f) => f.id.startsWith('apiserver/readyz') || f.id.startsWith('apiserver/livez'));
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <Topic id="topic-apiserver" title="API server" area="apiserver" findings={data.findings}
        commands={["kubectl get --raw='/readyz?verbose'", 'kubectl -n kube-system get pods -l component=kube-apiserver']}>
        <Fact label="Health">{readyz ? readyz.title : '/readyz and /livez pass'}</Fact>
        <Fact label="Certificate">
          {tls?.status === 'ok' && daysLeft !== undefined ? <span className="tabular-nums">expires in {daysLeft} days ({tls.validTo?.slice(0, 10)})</span> : tls ? `not read: ${tls.error ?? 'unknown'}` : 'not read yet'}
        </Fact>
      </Topic>
      <Topic id="topic-dns" title="DNS" area="dns" findings={data.findings} action={(
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
            {isProbing ? 'Resolving…' : 'Test DNS again'}
          </Button>
        </div>
        )}
        commands={['kubectl -n kube-system get pods -l k8s-app=kube-dns', 'kubectl -n kube-system logs -l k8s-app=kube-dns --tail=50']}>
        <DnsAnswer dns={data.probes.dns} />
      </Topic>
      <Topic id="topic-metrics" title="Metrics server" area="metrics" findings={data.findings}
        commands={['kubectl get apiservice v1beta1.metrics.k8s.io', 'kubectl top nodes']}>
        <Fact label="Metrics API">{metrics ? metrics.title : 'v1beta1.metrics.k8s.io is Available'}</Fact>
        {metrics?.evidence.slice(1, 2).map((line) => <Fact key={line} label="Message">{line.replace(/^message: /, '')}</Fact>)}
      </Topic>
    </div>
  );
}
