'use client';
/** NodesView: summary counts, the filters (search, NotReady only, role — all in the URL) and the virtualised node list. */
import { useEffect, useState } from 'react';
import type { NodeStatusFilter } from '@/lib/api/nodes';
import { useNodes } from '@/lib/hooks/use-nodes';
import { useUrlState } from '@/lib/hooks/use-url-state';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorPanel } from '@/components/ui/error-panel';
import { UnavailableNotice } from '@/components/layout/unavailable-notice';
import { Banner } from '@/components/ui/banner';
import { Skeleton } from '@/components/ui/skeleton';
import { NodeSummary } from './node-summary';
import { NodeTable } from './node-table';

const SEARCH_DEBOUNCE_MS = 200;
const STATUS_OPTIONS: { value: NodeStatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'notready', label: 'NotReady only' },
  { value: 'ready', label: 'Ready only' },
];

export function NodesView() {
  const url = useUrlState();
  const q = url.get('q');
  const status = (url.get('status') || 'all') as NodeStatusFilter;
  const role = url.get('role');
  const [text, setText] = useState(q);
  const { data, rows, error, isValidating, mutate } = useNodes({ q, status, role });

  useEffect(() => {
    if (text === q) return;
    const timer = window.setTimeout(() => url.set({ q: text }), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, q, url]);

  if (!data && error) {
    return <ErrorPanel title="Nodes cannot be listed" message={error.message} onRetry={() => void mutate()} isRetrying={isValidating} />;
  }
  const roles = data ? Object.keys(data.summary.roles).sort() : [];
  const isFiltered = Boolean(q || role || status !== 'all');
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Nodes</h1>
        <p className="text-sm text-muted">Readiness, roles, versions and heartbeats of every node, and the kube-system pods each runs.</p>
      </div>
      {data ? <NodeSummary summary={data.summary} roleHref={(r) => url.hrefWith({ role: r })} /> : <Skeleton className="h-24 w-full rounded-lg" />}
      {error && data ? <Banner tone="warning" title="Stale data">the last refresh failed ({error.message}); retrying.</Banner> : null}
      {data ? <UnavailableNotice kinds={data.unavailable ?? []} /> : null}
      <div role="search" aria-label="Filter nodes" className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2 text-sm">
          <span className="sr-only">Search nodes</span>
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Search name, version, OS, kernel…"
            className="h-8 w-72 rounded-md border border-line-strong bg-surface px-2.5 text-sm text-fg placeholder:text-subtle"
          />
        </label>
        <label className="flex items-center gap-2 text-sm text-muted">
          Status
          <select
            value={status}
            onChange={(e) => url.set({ status: e.target.value === 'all' ? undefined : e.target.value })}
            className="h-8 rounded-md border border-line-strong bg-surface px-2 text-sm text-fg"
          >
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm text-muted">
          Role
          <select
            value={role}
            onChange={(e) => url.set({ role: e.target.value })}
            className="h-8 rounded-md border border-line-strong bg-surface px-2 text-sm text-fg"
          >
            <option value="">Any</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {r === 'none' ? '<none>' : r}
              </option>
            ))}
          </select>
        </label>
        {data ? (
          <p className="ml-auto text-sm text-muted" aria-live="polite">
            {isFiltered ? `${data.matched.toLocaleString('en-US')} of ${data.summary.total.toLocaleString('en-US')} nodes` : `${data.summary.total.toLocaleString('en-US')} nodes`}
          </p>
        ) : null}
      </div>
      {!rows ? (
        <Skeleton className="h-96 w-full rounded-lg" />
      ) : rows.length === 0 && data?.unavailable?.some((u) => u.kind === 'nodes') ? null : rows.length === 0 ? (
        <EmptyState
          title={isFiltered ? 'No node matches these filters' : 'No nodes visible'}
          description={isFiltered ? 'Clear the search or pick another status or role.' : 'The cluster reports no Node objects (or the dashboard may not list them).'}
        />
      ) : (
        <NodeTable rows={rows} label={`Nodes (${rows.length})`} />
      )}
    </div>
  );
}
