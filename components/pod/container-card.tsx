/** ContainerCard: one container as describe shows it — image, state and last state, restarts, ports, resources. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { ContainerDetail, ContainerStateDetail } from '@/lib/api/pod';
import { podTabHref } from '@/lib/api/pod';
import { Badge } from '@/components/ui/badge';
import { ClockTime } from '@/components/ui/relative-time';
import { containerStateTone, describeTermination } from './pod-status-tone';
import { StatusChip } from './status-chip';
import { NameValueList } from '@/components/ui/name-value-list';

type Translate = ReturnType<typeof useTranslations<'pod'>>;

function stateLabel(state: ContainerStateDetail, t: Translate): string {
  const kind = t(`state.${state.kind}`);
  return state.reason ? t('stateWithReason', { kind, reason: state.reason }) : kind;
}

function StateFacts({ state }: { state: ContainerStateDetail }) {
  const tPod = useTranslations('pod');
  const t = useTranslations('pod.fact');
  const items: Array<[string, React.ReactNode]> = [];
  if (state.kind === 'terminated') items.push([t('exit'), describeTermination(state, tPod)]);
  if (state.startedAt) items.push([t('started'), <ClockTime key="s" iso={state.startedAt} className="tabular-nums" />]);
  if (state.finishedAt) items.push([t('finished'), <ClockTime key="f" iso={state.finishedAt} className="tabular-nums" />]);
  if (state.message) items.push([t('message'), <span key="m" className="break-all font-mono text-xs">{state.message}</span>]);
  return items.length ? <NameValueList items={items} /> : null;
}

function resources(values: Record<string, string>): string {
  const entries = Object.entries(values);
  return entries.length ? entries.map(([k, v]) => `${k} ${v}`).join(', ') : '';
}

export function ContainerCard({ podName, container }: { podName: string; container: ContainerDetail }) {
  const t = useTranslations('pod');
  const c = container;
  const hasPrevious = c.restarts > 0 || c.lastState?.kind === 'terminated';
  return (
    <article aria-label={t('container.label', { name: c.name })} className="space-y-3 rounded-md border border-line p-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-mono text-sm font-semibold text-fg">{c.name}</h3>
        {c.role !== 'app' ? <Badge>{c.role}</Badge> : null}
        <StatusChip tone={containerStateTone(c.state, c.ready)} label={stateLabel(c.state, t)} />
        <span className="text-sm text-muted">
          {c.ready ? t('container.ready') : t('container.notReady')} ·{' '}
          {t.rich('container.restarts', { count: c.restarts, n: (chunks) => <span className="tabular-nums">{chunks}</span> })}
        </span>
        <span className="ml-auto flex gap-2 text-sm">
          <Link href={podTabHref(podName, 'logs', { container: c.name })} className="text-accent hover:underline">
            {t('container.logs')}
          </Link>
          {hasPrevious ? (
            <Link href={podTabHref(podName, 'logs', { container: c.name, previous: '1' })} className="text-accent hover:underline">
              {t('container.previousLogs')}
            </Link>
          ) : null}
        </span>
      </div>
      <p className="break-all font-mono text-xs text-muted">{c.image}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-1.5">
          <h4 className="text-xs font-medium uppercase tracking-wide text-subtle">{t('container.state')}</h4>
          <StateFacts state={c.state} />
        </div>
        {c.lastState ? (
          <div className="space-y-1.5">
            <h4 className="text-xs font-medium uppercase tracking-wide text-subtle">{t('container.lastState', { state: stateLabel(c.lastState, t) })}</h4>
            <StateFacts state={c.lastState} />
          </div>
        ) : null}
      </div>
      <NameValueList
        items={[
          [t('fact.ports'), c.ports.length ? c.ports.map((p) => `${p.containerPort}/${p.protocol}${p.name ? ` (${p.name})` : ''}${p.hostPort ? ` host ${p.hostPort}` : ''}`).join(', ') : undefined],
          [t('fact.requests'), resources(c.requests) || undefined],
          [t('fact.limits'), resources(c.limits) || undefined],
          ...(c.command.length ? [[t('fact.command'), <code key="c" className="break-all font-mono text-xs">{c.command.join(' ')}</code>] as [string, React.ReactNode]] : []),
          ...(c.args.length ? [[t('fact.args'), <code key="a" className="break-all font-mono text-xs">{c.args.join(' ')}</code>] as [string, React.ReactNode]] : []),
        ]}
      />
    </article>
  );
}
