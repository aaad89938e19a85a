/** UnavailableNotice: which kinds the API server does not serve (or a capture lacks) or forbids, so what a view leaves out reads as unknown, not as empty. */
import { useTranslations } from 'next-intl';
import type { UnavailableKind } from '@/lib/api/types';
import { unavailableWhy } from '@/lib/model/unavailable-why';
import { Banner } from '@/components/ui/banner';
import { useModelText } from '@/components/ui/model-text';

export type KindLabel = (kind: string) => string;

/** How a view names a cached kind or health source in the reader's language: Kubernetes' kind names, as the API writes them. */
export function useKindLabel(): KindLabel {
  const t = useTranslations('layout.unavailable.kinds');
  return (kind) => (t.has(kind as 'pods') ? t(kind as 'pods') : kind);
}

/** True when the message says a replayed capture lacks it (the API server is the capture). */
export const isNotCaptured = (u: UnavailableKind) => u.message.startsWith('not in the capture');

export interface UnavailableNoticeProps {
  kinds: readonly UnavailableKind[];
  /** What it means for the view; by default "so they are unknown here, not empty". */
  consequence?: string;
  className?: string;
}

export function UnavailableNotice({ kinds, consequence, className }: UnavailableNoticeProps) {
  const t = useTranslations('layout.unavailable');
  const say = useModelText();
  const kindLabel = useKindLabel();
  const why = consequence ?? t('consequence');
  const notServed = kinds.filter((u) => u.reason === 'not-served');
  const forbidden = kinds.filter((u) => u.reason === 'forbidden');
  if (notServed.length === 0 && forbidden.length === 0) return null;
  const capture = notServed.some(isNotCaptured);
  const names = (list: readonly UnavailableKind[]) => list.map((u) => kindLabel(u.kind)).join(', ');
  // Each kind with why, in the reader's language around the API server's own words.
  const details = (list: readonly UnavailableKind[]) => list.map((u) => `${kindLabel(u.kind)}: ${say(unavailableWhy(u.message))}`).join('\n');
  return (
    <div className={className ? `space-y-2 ${className}` : 'space-y-2'}>
      {notServed.length > 0 ? (
        <div title={details(notServed)}>
          <Banner tone="info" title={capture ? t('notCapturedTitle') : t('notServedTitle')}>
            {t(capture ? 'notCaptured' : 'notServed', { names: names(notServed), consequence: why })}
          </Banner>
        </div>
      ) : null}
      {forbidden.length > 0 ? (
        <div title={details(forbidden)}>
          <Banner tone="forbidden" title={t('forbiddenTitle')}>
            {t('forbidden', { names: names(forbidden) })}
          </Banner>
        </div>
      ) : null}
    </div>
  );
}
