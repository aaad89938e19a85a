'use client';
/** NodesView: summary counts, the filters (search, NotReady only, role — all in the URL) and the virtualised node list. */
import type { NodeStatusFilter } from '@/lib/api/nodes';
import { useNodes } from '@/lib/hooks/use-nodes';
import { useUrlState, useUrlText } from '@/lib/hooks/use-url-state';
import { UnavailableNotice } from '@/components/layout/unavailable-notice';
import { Banner } from '@/components/ui/banner';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input, Select } from '@/components/ui/input';
import { errorMessage, Loadable } from '@/components/ui/loadable';
import { PageHeader } from '@/components/ui/page-header';
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
  const [text, setText] = useUrlText(url, 'q', SEARCH_DEBOUNCE_MS);
  const nodes = useNodes({ q, status, role });
  const { data, error } = nodes;

  const roles = data ? Object.keys(data.summary.roles).sort() : [];
  const isFiltered = Boolean(q || role || status !== 'all');
  return (
    <Loadable
      query={{ ...nodes, data: nodes.rows }}
      errorTitle="Nodes cannot be listed"
      loading={<Skeleton className="h-96 w-full rounded-lg" />}
      isEmpty={(rows) => rows.length === 0}
      empty={
        // Nodes that cannot be listed have said why in the notice above.
        data?.unavailable?.some((u) => u.kind === 'nodes') ? null : (
        <EmptyState
          title={isFiltered ? 'No node matches these filters' : 'No nodes visible'}
          description={isFiltered ? 'Clear the search or pick another status or role.' : 'The cluster reports no Node objects (or the dashboard may not list them).'}
        />
        )
      }
      frame={(list) => (
        <div className="space-y-4">
          <PageHeader title="Nodes">Readiness, roles, versions and heartbeats of every node, and the kube-system pods each runs.</PageHeader>
          {data ? <NodeSummary summary={data.summary} roleHref={(r) => url.hrefWith({ role: r })} /> : <Skeleton className="h-24 w-full rounded-lg" />}
          {error && data ? <Banner tone="warning" title="Stale data">the last refresh failed ({errorMessage(error)}); retrying.</Banner> : null}
          {data ? <UnavailableNotice kinds={data.unavailable ?? []} /> : null}
          <div role="search" aria-label="Filter nodes" className="flex flex-wrap items-center gap-2">
            <Field label={<span className="sr-only">Search nodes</span>}>
              <Input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Search name, version, OS, kernel…" className="w-72" />
            </Field>
            <Field label="Status">
              <Select value={status} onChange={(e) => url.set({ status: e.target.value === 'all' ? undefined : e.target.value })}>
                {STATUS_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Role">
              <Select value={role} onChange={(e) => url.set({ role: e.target.value })}>
                <option value="">Any</option>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {r === 'none' ? '<none>' : r}
                  </option>
                ))}
              </Select>
            </Field>
            {data ? (
              <p className="ml-auto text-sm text-muted" aria-live="polite">
                {isFiltered ? `${data.matched.toLocaleString('en-US')} of ${data.summary.total.toLocaleString('en-US')} nodes` : `${data.summary.total.toLocaleString('en-US')} nodes`}
              </p>
            ) : null}
          </div>
          {list}
        </div>
      )}
    >
      {(rows) => <NodeTable rows={rows} label={`Nodes (${rows.length})`} />}
    </Loadable>
  );
}
