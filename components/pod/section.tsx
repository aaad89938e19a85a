/** Section: a titled card for one part of the describe view (Containers, Conditions, Volumes …). */
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';

export function Section({ title, count, children, id }: { title: string; count?: number; children: ReactNode; id?: string }) {
  const headingId = id ?? `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card role="region" aria-labelledby={headingId}>
      <h2 id={headingId} className="flex items-center gap-2 border-b border-line px-4 py-2.5 text-sm font-semibold text-fg">
        {title}
        {count !== undefined ? <span className="font-normal tabular-nums text-muted">{count}</span> : null}
      </h2>
      <div className="px-4 py-3">{children}</div>
    </Card>
  );
}

/** A label/value grid (`kubectl describe`'s left column). */
export function Facts({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1.5 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted">{label}</dt>
          <dd className="min-w-0 break-words text-fg">{value ?? <span className="text-subtle">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The describe view's quiet tables (DataTable's look): classes on the table style its cells. */
export const TABLE_LOOK = {
  table: 'w-full text-left text-sm [&_td]:py-1.5 [&_td]:pr-4 [&_td]:align-top [&_th]:pb-1.5 [&_th]:pr-4 [&_th]:text-xs [&_th]:font-medium [&_th]:text-muted',
} as const;
