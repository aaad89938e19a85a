'use client';
/**
 * LogViewer: a pod's container log or a component's merged logs — toolbar, notices, and the
 * virtualised lines, with loading, empty and error states. Settings are controlled by the page
 * (which keeps them in the URL).
 */
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { componentLogsApiUrl, podLogsApiUrl, type LogLineDto } from '@/lib/api/pod';
import { useLogStream } from '@/lib/hooks/use-log-stream';
import { Banner } from '@/components/ui/banner';
import { CARD_CLASS } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Loadable } from '@/components/ui/loadable';
import { Skeleton } from '@/components/ui/skeleton';
import { LogLines } from './log-lines';
import { LogToolbar, type ContainerOption } from './log-toolbar';
import { matchesFilter, type LogViewState } from './log-view-state';

export type LogTarget = { kind: 'pod'; name: string } | { kind: 'component'; id: string };

export interface LogViewerProps {
  target: LogTarget;
  containers: ContainerOption[];
  state: LogViewState;
  onChange: (patch: Partial<LogViewState>) => void;
  /** Above the lines: e.g. the pod page's "restarted 14 times — show previous logs". */
  banner?: ReactNode;
  className?: string;
}

function urls(target: LogTarget, state: LogViewState, container: string | undefined) {
  const query = { container, tailLines: state.tail, previous: state.previous };
  const build = target.kind === 'pod' ? (q: typeof query & { follow?: boolean }) => podLogsApiUrl(target.name, q) : (q: typeof query & { follow?: boolean }) => componentLogsApiUrl(target.id, q);
  return { jsonUrl: build(query), streamUrl: state.follow ? build({ ...query, follow: true }) : undefined };
}

function download(lines: LogLineDto[], timestamps: boolean, filename: string) {
  const text = lines.map((l) => `${timestamps ? `${l.time} ` : ''}${l.text}\n`).join('');
  const href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(href);
}

export function LogViewer({ target, containers, state, onChange, banner, className }: LogViewerProps) {
  const t = useTranslations('logs');
  // A pod's log needs a container when it has several; the first app container is kubectl's default too.
  const container = state.container ?? (target.kind === 'pod' ? containers.find((c) => c.role !== 'init')?.name ?? containers[0]?.name : undefined);
  const stream = useLogStream(urls(target, state, container));
  // Merged component logs learn the container names from the lines' sources (`pod/container`).
  const options =
    target.kind === 'component' && containers.length === 0
      ? [...new Set([...(state.container ? [state.container] : []), ...stream.lines.map((l) => l.source?.split('/')[1] ?? '')])].filter(Boolean).sort().map((n) => ({ name: n }))
      : containers;
  const visible = state.onlyMatches && state.q ? stream.lines.filter((l) => matchesFilter(l.text, state.q)) : stream.lines;
  const matchCount = state.q ? (state.onlyMatches ? visible.length : stream.lines.filter((l) => matchesFilter(l.text, state.q)).length) : 0;
  const name = target.kind === 'pod' ? target.name : target.id;
  const filename = `${name}${container ? `_${container}` : ''}${state.previous ? '_previous' : ''}.log`;
  const previous = String(state.previous);

  const isSettled = stream.status !== 'loading' && stream.status !== 'error';
  const body = (
    <Loadable
      query={{ data: isSettled ? stream.lines : undefined, error: stream.status === 'error' ? (stream.error ?? stream.status) : undefined, mutate: stream.reload }}
      loading={
        <div className="space-y-2 p-3" aria-busy="true" aria-label={t('loading')}>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="h-3.5" style={{ width: `${55 + ((i * 37) % 40)}%` }} />
          ))}
        </div>
      }
      renderError={(_, retry) => (
        <ErrorPanel
          className="m-3"
          title={t('cannotRead', { previous })}
          message={stream.error?.message}
          detail={stream.error ? `${stream.error.status} ${stream.error.code}` : undefined}
          {...retry}
        />
      )}
      isEmpty={(lines) => lines.length === 0}
      empty={
        <EmptyState
          className="m-3"
          title={t('noLines')}
          description={
            state.follow
              ? t('nothingYet')
              : t('noLinesInTail', { previous, tail: state.tail })
          }
        />
      }
    >
      {(lines) =>
        visible.length === 0 ? (
          <EmptyState className="m-3" title={t('noMatch', { q: state.q })} description={t('searched', { count: lines.length })} />
        ) : (
          <LogLines
            lines={visible}
            q={state.q}
            timestamps={state.timestamps}
            wrap={state.wrap}
            isFollowing={state.follow}
            label={container ? t('linesOfContainer', { name, container }) : t('linesOf', { name })}
          />
        )
      }
    </Loadable>
  );

  return (
    <section aria-label={t('section')} className={cx('space-y-3', className)}>
      {banner}
      {stream.dropped > 0 ? (
        <Banner tone="info" title={t('showingNewest', { count: stream.lines.length })}>
          {t('dropped', { count: stream.dropped })}
        </Banner>
      ) : null}
      {stream.truncated ? <Banner tone="warning" title={t('cut')}>{stream.truncated}</Banner> : null}
      {stream.notices.map((notice) => (
        <Banner key={notice} tone="info" title={t('note')}>
          {notice}
        </Banner>
      ))}
      <div className={CARD_CLASS}>
        <LogToolbar
          state={state}
          onChange={onChange}
          containers={options}
          allowAllContainers={target.kind === 'component'}
          status={stream.status}
          onDownload={() => download(visible, state.timestamps, filename)}
          onReload={stream.reload}
          canDownload={visible.length > 0}
        />
        {state.q && stream.lines.length ? (
          <p className="border-b border-line px-3 py-1.5 text-xs text-muted" aria-live="polite">
            {t('matches', { count: matchCount, total: stream.lines.length, q: state.q })}
          </p>
        ) : null}
        {body}
      </div>
    </section>
  );
}
