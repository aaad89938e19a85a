/** Section: one titled panel of the component page (an h2, an optional count or note, then the body). */
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';

export interface SectionProps {
  id: string;
  title: string;
  /** Small text beside the title: "2 of 4 ready", "first 50 of 5,000". */
  meta?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  /** No inner padding: the body is a full-bleed table. */
  isFlush?: boolean;
  className?: string;
}

export function Section({ id, title, meta, action, children, isFlush = false, className }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className={cx('scroll-mt-16', className)}>
      <Card>
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-line px-4 py-2.5">
          <h2 id={headingId} className="text-sm font-semibold text-fg">
            {title}
          </h2>
          {meta ? <p className="text-xs text-muted">{meta}</p> : null}
          {action ? <div className="ml-auto">{action}</div> : null}
        </div>
        <div className={isFlush ? '' : 'px-4 py-3'}>{children}</div>
      </Card>
    </section>
  );
}

/** Table classes shared by every table on the page: quiet header, hairline rows, tabular numbers. */
export const TABLE = {
  wrap: 'overflow-x-auto',
  table: 'w-full border-collapse text-left text-[13px]',
  head: 'border-b border-line text-xs font-medium text-muted',
  th: 'whitespace-nowrap px-4 py-2 font-medium',
  row: 'border-b border-line last:border-b-0',
  td: 'px-4 py-1.5 align-top',
  mono: 'font-mono text-[12px]',
} as const;

/** A quiet line for a section with nothing to show, saying why; `isPadded` in a flush (table) section. */
export function NoneNote({ children, isPadded = false }: { children: ReactNode; isPadded?: boolean }) {
  const note = <p className="text-sm text-muted">{children}</p>;
  return isPadded ? <div className="px-4 py-3">{note}</div> : note;
}
