/** ComponentCard: one component at a glance (status, why, ready counts, restarts); the card is the link. */
import Link from '@/components/ui/app-link';
import { useTranslations } from 'next-intl';
import type { Message } from '@/lib/api/message';
import type { ComponentSummary, Status } from '@/lib/api/types';
import { CARD_CLASS } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { RestartIcon } from '@/components/ui/icons';
import { useModelText, type ModelText } from '@/components/ui/model-text';
import { STATUS_STYLES, StatusBadge, useStatusLabel } from '@/components/ui/status-badge';
import { ReadyMeter } from './ready-meter';

const MAX_REASONS = 3;

/** Unhealthy cards carry their status colour on the border and an inset bar; healthy ones stay quiet. */
const CARD_TONE: Record<Status, string> = {
  healthy: 'border-line hover:border-line-strong',
  degraded: 'border-warn-line shadow-[inset_3px_0_0_var(--kx-warn)] hover:border-warn',
  down: 'border-bad-line shadow-[inset_3px_0_0_var(--kx-bad)] hover:border-bad',
  unknown: 'border-dashed border-unknown-line hover:border-line-strong',
};

type Translate = ReturnType<typeof useTranslations<'overview'>>;

/** How a component no table knows got its group, in one line ("Recognised by shape: DaemonSet on every node"). */
function recognitionNote(component: ComponentSummary, t: Translate, say: ModelText): string | undefined {
  const { by, evidence, evidenceMessages } = component.recognition;
  const words = (evidenceMessages ? evidenceMessages.map(say) : evidence).join(' · ');
  if (by === 'shape') return t('recognisedByShape', { evidence: words });
  if (by === 'unrecognised') return t('unrecognised', { evidence: words });
  return undefined;
}

/** A Job's pods finish instead of staying ready: count the Completed ones. */
const RUN_TO_COMPLETION = new Set(['Job', 'CronJob']);

interface Readiness {
  ready: number;
  total: number;
  /** The count as the reasons word it (`reason.podsReady` …), so the card never says it twice. */
  message: Message;
}

function readiness(component: ComponentSummary): Readiness {
  if (component.nodeCount > 0 && component.podCount === 0) {
    const { readyNodeCount: ready, nodeCount: total } = component;
    return { ready, total, message: { id: 'reason.nodesReady', values: { ready, total } } };
  }
  if (component.workload && RUN_TO_COMPLETION.has(component.workload)) {
    const done = component.pods.filter((p) => p.phase === 'Completed').length;
    return { ready: done, total: component.podCount, message: { id: 'card.podsCompleted', values: { done, total: component.podCount } } };
  }
  const { readyCount: ready, podCount: total } = component;
  return { ready, total, message: { id: 'reason.podsReady', values: { ready, total } } };
}

const sameMessage = (a: Message, b: Message) => a.id === b.id && JSON.stringify(a.values) === JSON.stringify(b.values);

function subtitle(component: ComponentSummary, t: Translate): string {
  if (component.workload) return component.workload === 'static' ? t('workload.static') : component.workload;
  if (component.nodeCount > 0 && component.podCount === 0) return t('workload.nodeAgent');
  return component.podCount === 0 ? t('workload.managed') : t('workload.pods');
}

export function ComponentCard({ component }: { component: ComponentSummary }) {
  const t = useTranslations('overview');
  const say = useModelText();
  const statusLabel = useStatusLabel();
  const { ready, total, message } = readiness(component);
  const text = say(message);
  const reasons = (component.reasonMessages ?? []).filter((reason) => !sameMessage(reason, message)).map(say);
  const shown = reasons.slice(0, MAX_REASONS);
  const hidden = reasons.length - shown.length;
  const detailsId = `component-${component.id}-details`;
  const isShort = ready < total;
  const note = recognitionNote(component, t, say);
  return (
    <Link
      href={component.href}
      aria-label={t('cardLabel', { name: component.name, status: statusLabel(component.status) })}
      aria-describedby={detailsId}
      className={cx(
        CARD_CLASS,
        'flex h-full flex-col gap-2 px-3.5 py-3 transition-colors hover:bg-surface-2/50',
        CARD_TONE[component.status],
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="truncate text-[15px] font-semibold leading-5 text-fg">{component.name}</h3>
          <p className="text-xs text-subtle">{subtitle(component, t)}</p>
        </div>
        <StatusBadge status={component.status} size="sm" isQuietWhenHealthy className="mt-0.5" />
      </div>
      <div id={detailsId} className="flex flex-col gap-2">
        {note ? (
          <p className="line-clamp-2 text-xs italic text-subtle" title={note}>
            {note}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
          {total > 0 ? (
            <span className="inline-flex items-center gap-2">
              <ReadyMeter ready={ready} total={total} status={component.status} />
              <span className={cx(isShort && 'font-medium', isShort ? STATUS_STYLES[component.status].text : 'text-fg')}>{text}</span>
            </span>
          ) : (
            <span>{t('noPods')}</span>
          )}
          {component.restarts > 0 ? (
            <span className="inline-flex items-center gap-1" title={t('restartsTitle')}>
              <RestartIcon className="size-3.5" />
              {t('restarts', { count: component.restarts })}
            </span>
          ) : null}
        </div>
        {shown.length > 0 ? (
          <ul className="space-y-1 border-t border-line pt-2 text-[13px] leading-snug text-fg/85">
            {shown.map((reason) => (
              <li key={reason} className="line-clamp-2 break-words" title={reason}>
                {reason}
              </li>
            ))}
            {hidden > 0 ? <li className="text-subtle">{t('moreReasons', { count: hidden })}</li> : null}
          </ul>
        ) : null}
      </div>
    </Link>
  );
}
