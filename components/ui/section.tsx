/**
 * Section: the titled card every page is built of (an h2 naming a region, an optional count, note and
 * action, then the body), and SectionNote, the quiet line a section shows when it has nothing to list.
 */
import { useFormatter } from 'next-intl';
import type { ReactNode } from 'react';
import { CARD_CLASS } from './card';
import { cx } from './cx';

export interface SectionProps {
  title: string;
  /** The section's anchor (`#pods`); the heading's id is `<id>-heading`. */
  id?: string;
  /** How many things the section lists, after the title: "Containers (2)"; 'unknown' when the kind cannot be read. */
  count?: number | 'unknown';
  /** Small text beside the title: "2 of 4 ready", "from the API server, not from pods". */
  meta?: ReactNode;
  /** At the header's end: a link, a badge, a copy button. */
  action?: ReactNode;
  /** The dense header of the detail pages (component, pod), title and meta on one baseline. */
  isCompact?: boolean;
  /** No inner padding: the body is a full-bleed table or brings its own. */
  isFlush?: boolean;
  className?: string;
  /** Classes for the padded body, beside its padding (`space-y-2`). */
  bodyClassName?: string;
  children: ReactNode;
}

/** Letters of every script stay (a Korean title must not collapse to `-`, which would give every section one id). */
const slug = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');

export function Section({ title, id, count, meta, action, isCompact = false, isFlush = false, className, bodyClassName, children }: SectionProps) {
  const format = useFormatter();
  const headingId = `${id ?? slug(title)}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className={cx(CARD_CLASS, 'scroll-mt-16', className)}>
      <div
        className={cx(
          'flex flex-wrap gap-x-3 gap-y-1 border-b border-line px-4',
          isCompact ? 'items-baseline py-2.5' : 'items-center py-3',
        )}
      >
        <h2 id={headingId} className="text-sm font-semibold text-fg">
          {title}
          {count !== undefined ? <> <span className="font-normal text-muted">({typeof count === 'number' ? format.number(count) : count})</span></> : null}
        </h2>
        {meta ? <div className="text-xs text-muted">{meta}</div> : null}
        {action ? <div className={isCompact ? 'ml-auto' : 'ml-auto flex items-center'}>{action}</div> : null}
      </div>
      {isFlush ? children : <div className={cx('px-4 py-3', bodyClassName)}>{children}</div>}
    </section>
  );
}

/** A quiet line for a section with nothing to show, saying why; `isPadded` in a flush section. */
export function SectionNote({ children, isPadded = false }: { children: ReactNode; isPadded?: boolean }) {
  return <p className={cx('text-sm text-muted', isPadded && 'px-4 py-3')}>{children}</p>;
}
