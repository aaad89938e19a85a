'use client';
/** HealthView: the API server's own health — readyz/livez checks (failures first), version, cluster-info, leader Leases, APIServices, componentstatuses. */
import type { ReactNode } from 'react';
import type { HealthEndpoint, HealthResponse } from '@/lib/api/health';
import { humanDuration } from '@/lib/model/duration';
import { useHealth } from '@/lib/hooks/use-health';
import { useNow } from '@/lib/hooks/use-now';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { Banner } from '@/components/ui/banner';
import { Card, CardHeader } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { ErrorPanel } from '@/components/ui/error-panel';
import { CheckCircleIcon, QuestionCircleIcon, XCircleIcon } from '@/components/ui/icons';
import { Skeleton } from '@/components/ui/skeleton';
import { DataTable } from '@/components/ui/table';

const TH = 'px-4 py-2 text-left text-xs font-medium text-muted';
const TD = 'px-4 py-2 align-top text-sm';
const LOOK = { table: 'w-full', head: 'border-b border-line bg-surface-2', th: TH };

function Panel({ title, badge, children, className }: { title: string; badge?: ReactNode; children: ReactNode; className?: string }) {
  const id = `${title.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return (
    <Card role="region" aria-labelledby={id} className={className}>
      <CardHeader>
        <h2 id={id} className="text-sm font-semibold text-fg">{title}</h2>
        {badge}
      </CardHeader>
      {children}
    </Card>
  );
}

function Ok({ ok, yes = 'OK', no = 'Failing' }: { ok: boolean | undefined; yes?: string; no?: string }) {
  if (ok === undefined) return <span className="inline-flex items-center gap-1 text-sm text-unknown"><QuestionCircleIcon className="size-3.5" />Unknown</span>;
  return ok ? (
    <span className="inline-flex items-center gap-1 text-sm font-medium text-ok"><CheckCircleIcon className="size-3.5" />{yes}</span>
  ) : (
    <span className="inline-flex items-center gap-1 text-sm font-medium text-bad"><XCircleIcon className="size-3.5" />{no}</span>
  );
}

/** The badge of a source the API server does not serve (or a capture did not record): unknown, no failure. */
function NotServed({ message }: { message: string }) {
  return <span className="inline-flex items-center gap-1 text-sm text-unknown"><QuestionCircleIcon className="size-3.5" />{message.startsWith('not in the capture') ? 'Not in the capture' : 'Not served'}</span>;
}

function Checks({ name, endpoint }: { name: string; endpoint: HealthEndpoint }) {
  const failing = endpoint.checks.filter((c) => !c.ok).length;
  return (
    <Panel
      title={`/${name}?verbose`}
      badge={endpoint.notServed ? <NotServed message={endpoint.notServed} /> : endpoint.error ? <Ok ok={undefined} /> : <Ok ok={endpoint.ok} yes={`${endpoint.checks.length} checks passed`} no={`${failing} of ${endpoint.checks.length} failing`} />}
    >
      {endpoint.notServed ? (
        <p className="px-4 py-3 text-sm text-muted">/{name} is {endpoint.notServed}: its checks are unknown, not passing or failing.</p>
      ) : endpoint.error ? (
        <p className="px-4 py-3 text-sm text-bad">Could not read /{name}: {endpoint.error}</p>
      ) : (
        <ul aria-label={`${name} checks`} tabIndex={0} className="max-h-96 divide-y divide-line overflow-y-auto">
          {endpoint.checks.map((c) => (
            <li key={c.name} className="flex items-start gap-2 px-4 py-1.5 text-sm">
              {c.ok ? <CheckCircleIcon className="mt-0.5 size-3.5 shrink-0 text-ok" aria-label="ok" /> : <XCircleIcon className="mt-0.5 size-3.5 shrink-0 text-bad" aria-label="failed" />}
              <span className={cx('min-w-0 break-all font-mono text-xs leading-5', c.ok ? 'text-fg' : 'font-semibold text-bad')}>{c.name}</span>
              {c.detail ? <span className="text-xs leading-5 text-muted">{c.detail}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {endpoint.summary ? <p className="border-t border-line px-4 py-2 font-mono text-xs text-muted">{endpoint.summary}</p> : null}
    </Panel>
  );
}

function LeaderLeases({ data, now }: { data: HealthResponse; now: number }) {
  const unavailable = data.leasesUnavailable;
  if (unavailable) {
    return (
      <Panel title="Leader election Leases" badge={unavailable.reason === 'not-served' ? <NotServed message={unavailable.message} /> : <Ok ok={undefined} />}>
        <p className="px-4 py-3 text-sm text-muted">
          kube-system Leases are {unavailable.reason === 'forbidden' ? `forbidden (${unavailable.message})` : unavailable.message}: who leads kube-scheduler and kube-controller-manager is unknown.
        </p>
      </Panel>
    );
  }
  return (
    <Panel title="Leader election Leases">
      <DataTable look={LOOK} columns={['Lease', 'Holder', 'Last renewal', 'Duration']}>
        {data.leaderLeases.map((l) => {
          const renewed = l.renewTime ? Date.parse(l.renewTime) : NaN;
          const age = now - renewed;
          const isStale = l.isMissing ? false : Number.isNaN(renewed) || (l.durationSeconds !== undefined && age > l.durationSeconds * 1000);
          return (
            <tr key={l.name} className="border-b border-line last:border-b-0">
              <th scope="row" className={cx(TD, 'text-left font-mono text-xs font-medium')}>{l.name}</th>
              <td className={cx(TD, 'break-all font-mono text-xs')}>{l.isMissing ? <span className="font-sans text-subtle">no Lease (managed control plane, or not running)</span> : l.holder ?? '—'}</td>
              <td className={cx(TD, 'whitespace-nowrap', isStale ? 'font-medium text-bad' : 'text-muted')}>
                {l.isMissing ? '—' : Number.isNaN(renewed) ? 'never' : `${humanDuration(Math.max(0, age))} ago`}
                {isStale ? ' (stale)' : ''}
              </td>
              <td className={cx(TD, 'text-muted')}>{l.durationSeconds !== undefined ? `${l.durationSeconds} s` : '—'}</td>
            </tr>
          );
        })}
      </DataTable>
    </Panel>
  );
}

function ApiServices({ data }: { data: HealthResponse }) {
  const { apiServices } = data;
  return (
    <Panel title="Aggregated APIServices">
      {apiServices.notServed ? (
        <p className="px-4 py-3 text-sm text-muted">APIServices are {apiServices.notServed}: which aggregated APIs are registered is unknown.</p>
      ) : !apiServices.served ? (
        <p className="px-4 py-3 text-sm text-muted">APIServices could not be read{apiServices.error ? `: ${apiServices.error}` : ''}.</p>
      ) : apiServices.items.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">No aggregated APIs are registered (metrics.k8s.io is absent: metrics-server is not installed).</p>
      ) : (
        <DataTable look={LOOK} columns={['APIService', 'Service', 'Available', 'Reason and message']}>
          {apiServices.items.map((a) => (
            <tr key={a.name} className="border-b border-line last:border-b-0">
              <th scope="row" className={cx(TD, 'text-left font-mono text-xs font-medium')}>{a.name}</th>
              <td className={cx(TD, 'font-mono text-xs text-muted')}>{a.service ?? 'Local'}</td>
              <td className={TD}><Ok ok={a.available} yes="True" no="False" /></td>
              <td className={TD}>
                {a.reason ? <span className={cx('font-medium', a.available ? 'text-fg' : 'text-bad')}>{a.reason}</span> : null}
                {a.message ? <span className="text-muted">{a.reason ? ': ' : ''}{a.message}</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Panel>
  );
}

function ComponentStatuses({ data }: { data: HealthResponse }) {
  const cs = data.componentStatuses;
  return (
    <Panel title="componentstatuses (deprecated)">
      {!cs.served ? (
        <p className="px-4 py-3 text-sm text-muted">
          {cs.forbidden
            ? 'Forbidden to the dashboard.'
            : cs.error
              ? `Could not be read: ${cs.error}`
              : cs.notServed?.startsWith('not in the capture')
                ? 'Not in the capture.'
                : 'Not served by this cluster (deprecated since v1.19; /readyz is the replacement).'}
        </p>
      ) : (
        <DataTable look={LOOK} columns={['Name', 'Status', 'Message', 'Error']}>
          {cs.items.map((c) => (
            <tr key={c.name} className="border-b border-line last:border-b-0">
              <th scope="row" className={cx(TD, 'text-left font-mono text-xs font-medium')}>{c.name}</th>
              <td className={TD}><Ok ok={c.healthy} yes="Healthy" no="Unhealthy" /></td>
              <td className={cx(TD, 'break-all font-mono text-xs text-muted')}>{c.message ?? ''}</td>
              <td className={cx(TD, 'text-bad')}>{c.error ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Panel>
  );
}

export function HealthView() {
  const { data, error, isValidating, mutate } = useHealth();
  const now = useNow();
  if (!data && error) return <ErrorPanel title="Cluster health cannot be read" message={error.message} onRetry={() => void mutate()} isRetrying={isValidating} />;
  if (!data) {
    return (
      <div className="space-y-4" role="status" aria-label="Loading cluster health">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-40 w-full rounded-lg" />
      </div>
    );
  }
  const failing = [...data.readyz.checks, ...data.livez.checks].filter((c) => !c.ok);
  const unavailable = data.apiServices.items.filter((a) => !a.available);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-fg">Health</h1>
        <p className="text-sm text-muted">The API server&apos;s own checks and what kubectl cluster-info, version, get apiservices and get leases show.</p>
      </div>
      {error ? <Banner tone="warning" title="Stale data">the last refresh failed ({error.message}); retrying.</Banner> : null}
      {failing.length > 0 ? (
        <Banner tone="danger" title={`${failing.length} health check${failing.length === 1 ? '' : 's'} failing`}>{failing.map((c) => c.name).join(', ')}</Banner>
      ) : null}
      {unavailable.length > 0 ? (
        <Banner tone="warning" title={`${unavailable.map((a) => a.name).join(', ')} unavailable`}>
          {unavailable[0]!.reason}: {unavailable[0]!.message}
        </Banner>
      ) : null}
      <div className="grid gap-5 xl:grid-cols-2">
        <Panel title="Version">
          <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1.5 px-4 py-3 text-sm">
            <dt className="text-muted">Server</dt>
            <dd className="font-mono text-xs leading-5">{data.version?.gitVersion ?? <span className="font-sans text-bad">{data.versionError ?? 'unknown'}</span>}</dd>
            {data.version?.platform ? (<><dt className="text-muted">Platform</dt><dd className="font-mono text-xs leading-5">{data.version.platform}</dd></>) : null}
            {data.version?.goVersion ? (<><dt className="text-muted">Go</dt><dd className="font-mono text-xs leading-5">{data.version.goVersion}</dd></>) : null}
            {data.version?.buildDate ? (<><dt className="text-muted">Built</dt><dd className="font-mono text-xs leading-5">{data.version.buildDate}</dd></>) : null}
          </dl>
        </Panel>
        <Panel title="Cluster info">
          <ul className="space-y-1.5 px-4 py-3 text-sm">
            <li>
              <span className="font-medium text-ok">Kubernetes control plane</span> is running at <code className="break-all font-mono text-xs">{data.clusterInfo.server}</code>
            </li>
            {data.clusterInfo.services.map((s) => (
              <li key={s.name}>
                <span className="font-medium text-ok">{s.displayName}</span> is running at <code className="break-all font-mono text-xs">{s.proxyUrl}</code>
                {s.clusterIP ? <span className="text-muted"> · Service {s.name}, cluster IP <code className="font-mono text-xs text-fg">{s.clusterIP}</code></span> : null}
              </li>
            ))}
            {data.clusterInfo.servicesUnavailable ? (
              <li className="text-muted">kube-system Services are {data.clusterInfo.servicesUnavailable.message}: the add-ons cluster-info would list are unknown.</li>
            ) : data.clusterInfo.services.length === 0 ? (
              <li className="text-muted">No Service in kube-system is labelled kubernetes.io/cluster-service=true.</li>
            ) : null}
          </ul>
        </Panel>
      </div>
      <LeaderLeases data={data} now={now} />
      <ApiServices data={data} />
      <div className="grid gap-5 xl:grid-cols-2">
        <Checks name="readyz" endpoint={data.readyz} />
        <Checks name="livez" endpoint={data.livez} />
      </div>
      <ComponentStatuses data={data} />
      <KubectlCommands
        commands={[
          { label: 'Readiness checks', command: "kubectl get --raw='/readyz?verbose'" },
          { label: 'Liveness checks', command: "kubectl get --raw='/livez?verbose'" },
          { label: 'Client and server version', command: 'kubectl version' },
          { label: 'Control plane and DNS addresses', command: 'kubectl cluster-info' },
          { label: 'APIService availability', command: 'kubectl get apiservices' },
          { label: 'Leader Leases', command: 'kubectl get leases -n kube-system' },
        ]}
      />
    </div>
  );
}
