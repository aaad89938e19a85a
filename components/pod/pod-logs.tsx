'use client';
/**
 * PodLogs: the Logs tab — the LogViewer for this pod, with the previous container's logs offered
 * up front when the selected container has restarted (exit code and reason included).
 */
import { useTranslations } from 'next-intl';
import type { PodDetail } from '@/lib/api/pod';
import { LogViewer } from '@/components/logs/log-viewer';
import type { LogViewState } from '@/components/logs/log-view-state';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { ClockTime } from '@/components/ui/relative-time';
import { describeTermination } from './pod-status-tone';

export interface PodLogsProps {
  pod: PodDetail;
  state: LogViewState;
  onChange: (patch: Partial<LogViewState>) => void;
}

export function PodLogs({ pod, state, onChange }: PodLogsProps) {
  const t = useTranslations('pod.logs');
  const tPod = useTranslations('pod');
  const all = [...pod.initContainers, ...pod.containers];
  const containers = all.map((c) => ({ name: c.name, role: c.role }));
  // kubectl's default: the container the default-container annotation names, else the first.
  const selectedName = state.container ?? pod.defaultContainer ?? pod.containers[0]?.name ?? all[0]?.name;
  const selected = all.find((c) => c.name === selectedName);
  const last = selected?.lastState?.kind === 'terminated' ? selected.lastState : undefined;
  const hasPrevious = Boolean(selected && (selected.restarts > 0 || last));
  const ended = last ? describeTermination(last, tPod) : '';

  let banner = null;
  if (selected && state.previous) {
    banner = (
      <Banner tone="info" title={t('previousTitle')} action={<Button size="sm" onClick={() => onChange({ previous: false })}>{t('showCurrent')}</Button>}>
        {ended ? t('previousEnded', { name: selected.name, ended }) : t('previousOf', { name: selected.name })}
        {last?.finishedAt ? <> {t.rich('at', { clock: () => <ClockTime iso={last.finishedAt!} /> })}</> : null}
        .
      </Banner>
    );
  } else if (selected && hasPrevious) {
    banner = (
      <Banner
        tone="warning"
        title={t('restarted', { name: selected.name, count: selected.restarts })}
        action={<Button size="sm" variant="primary" onClick={() => onChange({ previous: true, follow: false })}>{t('showPrevious')}</Button>}
      >
        {ended ? t('lastEndedWith', { ended }) : t('lastEnded')}
        {last?.finishedAt ? <> {t.rich('at', { clock: () => <ClockTime iso={last.finishedAt!} /> })}</> : null}
        {selected.state.kind === 'waiting' && selected.state.reason ? t('now', { reason: selected.state.reason }) : ''}
      </Banner>
    );
  }

  return <LogViewer target={{ kind: 'pod', name: pod.name }} containers={containers} state={{ ...state, container: selectedName }} onChange={onChange} banner={banner} />;
}
