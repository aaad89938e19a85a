/** SpecNote: where a section's spec comes from (the representative pod) and the sibling static pods. */
import Link from 'next/link';
import type { SpecInfo } from '@/lib/api/component';
import { podHref } from '@/lib/api/urls';

export function SpecNote({ spec }: { spec: SpecInfo }) {
  return (
    <p className="text-xs text-muted">
      {spec.source}
      {spec.podName ? (
        <>
          {' · from pod '}
          <Link href={podHref(spec.podName)} className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent">
            {spec.podName}
          </Link>
        </>
      ) : (
        ' · from the pod template (no pod running)'
      )}
      {spec.otherPodCount > 0 ? (
        <>
          {` · the same manifest runs as ${spec.otherPodCount.toLocaleString('en-US')} more pod${spec.otherPodCount === 1 ? '' : 's'} on other nodes: `}
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
