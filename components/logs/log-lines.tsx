'use client';
/**
 * LogLines: the log as a virtualised list (only visible rows are in the DOM, so 50,000 lines scroll
 * smoothly), with highlighted filter matches, optional timestamps and wrapping, sticking to the
 * bottom while following unless the user scrolled up.
 */
import { useEffect, useRef } from 'react';
import type { LogLineDto } from '@/lib/api/pod';
import { timestampKey } from '@/lib/logs/cursor';
import { cx } from '@/components/ui/cx';
import { useVirtualRows } from '@/components/ui/virtual-table';
import { matchesFilter, splitMatches } from './log-view-state';

const ROW_PX = 20;
const SEVERE = /\b(FATAL|ERROR|PANIC|panic:)|^\[?E\d{4} /;
const WARNING = /\b(WARN|WARNING)\b|^\[?W\d{4} /;

export interface LogLinesProps {
  lines: LogLineDto[];
  q: string;
  timestamps: boolean;
  wrap: boolean;
  /** Keep the newest line in view as lines arrive (while the user is at the bottom). */
  isFollowing: boolean;
  label: string;
  /** The list's maximum height, when not the log page's (`max-h-72` for a preview). */
  maxHeightClassName?: string;
}

/** Fixed-width UTC time to the millisecond (RFC3339Nano trims zeros, which would misalign the column). */
function displayTime(ts: string): string {
  const key = timestampKey(ts);
  return key ? `${key.slice(0, 23).replace('T', ' ')}Z` : ts;
}

function tone(text: string): string | undefined {
  if (SEVERE.test(text)) return 'text-bad';
  if (WARNING.test(text)) return 'text-warn';
  return undefined;
}

export function LogLines({ lines, q, timestamps, wrap, isFollowing, label, maxHeightClassName = 'max-h-[min(65vh,44rem)]' }: LogLinesProps) {
  const isAtBottomRef = useRef(true);
  // Rows are measured: a wrapped line is taller than ROW_PX.
  const { scrollRef, virtualizer } = useVirtualRows({ count: lines.length, rowHeightPx: ROW_PX, overscan: 30 });

  useEffect(() => {
    if (lines.length && (isAtBottomRef.current || !isFollowing)) virtualizer.scrollToIndex(lines.length - 1, { align: 'end' });
    // Only new lines should move the view; a toggle should not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lines]);

  useEffect(() => {
    // A new filter brings its first match into view.
    const first = q ? lines.findIndex((line) => matchesFilter(line.text, q)) : -1;
    if (first >= 0) virtualizer.scrollToIndex(first, { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  return (
    <div
      ref={scrollRef}
      role="log"
      aria-label={label}
      aria-live="off"
      tabIndex={0}
      onScroll={(event) => {
        const el = event.currentTarget;
        isAtBottomRef.current = el.scrollHeight - el.scrollTop - el.clientHeight < ROW_PX * 2;
      }}
      className={cx(maxHeightClassName, 'min-h-24 overflow-auto py-1 rounded-b-lg bg-surface font-mono text-xs leading-5 outline-none focus-visible:ring-2 focus-visible:ring-accent')}
    >
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const line = lines[row.index]!;
          return (
            <div
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className={cx(
                'absolute left-0 top-0 flex min-w-full gap-3 px-3 hover:bg-surface-2',
                wrap ? 'w-full' : 'w-max',
              )}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {timestamps ? (
                <time dateTime={line.time} title={line.time} className="shrink-0 select-none tabular-nums text-subtle">
                  {displayTime(line.time)}
                </time>
              ) : null}
              <span className={cx('min-w-0', wrap ? 'whitespace-pre-wrap break-all' : 'whitespace-pre', tone(line.text))}>
                {splitMatches(line.text, q).map((part, i) =>
                  part.isMatch ? (
                    <mark key={i} className="rounded-sm bg-warn-soft text-fg ring-1 ring-warn-line">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={i}>{part.text}</span>
                  ),
                )}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
