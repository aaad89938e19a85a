/** SpecNote: where a section's spec comes from (the representative pod) and the sibling static pods. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { SpecInfo } from '@/lib/api/component';
import { podHref } from '@/lib/api/urls';

export function SpecNote({ spec }: { spec: SpecInfo }) {
  const t = useTranslations('component.spec');
  return (
    <p className="text-xs text-muted">
      {spec.source}
      {spec.podName ? (
        <>
          {' '}
          {t.rich('fromPod', {
            pod: () => (
              <Link href={podHref(spec.podName!)} className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent">
                {spec.podName}
              </Link>
            ),
          })}
        </>
      ) : (
        ` ${t('fromTemplate')}`
      )}
      {spec.otherPodCount > 0 ? (
        <>
          {` ${t('others', { count: spec.otherPodCount })} `}
          {spec.otherPods.map((name, i) => (
            <span key={name}>
              {i > 0 ? ', ' : ''}
              <Link href={podHref(name)} className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent">
                {name}
              </Link>
            </span>
          ))}
          {spec.otherPodCount > spec.otherPods.length ? ' …' : ''}
        </>
      ) : null}
    </p>
  );
}
