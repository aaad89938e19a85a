'use client';
/** HealthView: the API server's own health — readyz/livez checks (failures first), version, cluster-info, leader Leases, APIServices, componentstatuses. */
import type { ReactNode } from 'react';
import type { HealthEndpoint, HealthResponse } from '@/lib/api/health';
import { humanDuration } from '@/lib/model/duration';
import { useHashScroll } from '@/lib/hooks/use-hash-scroll';
import { useHealth } from '@/lib/hooks/use-health';
import { useNow } from '@/lib/hooks/use-now';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { Banner } from '@/components/ui/banner';
import { cx } from '@/components/ui/cx';
import { CheckCircleIcon, QuestionCircleIcon, XCircleIcon } from '@/components/ui/icons';
import { errorMessage, Loadable } from '@/components/ui/loadable';
import { PageHeader } from '@/components/ui/page-header';
import { NameValueList } from '@/components/ui/name-value-list';
import { Section, SectionNote } from '@/components/ui/section';
import { SkeletonStack } from '@/components/ui/skeleton';
import { CARD_TABLE, DataTable } from '@/components/ui/table';

const { row: ROW, td: TD } = CARD_TABLE;

function Mono({ children }: { children: ReactNode }) {
  return <span className="block font-mono text-xs leading-5">{children}</span>;
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
    <Section
      title={`/${name}?verbose`}
      isFlush
      action={endpoint.notServed ? <NotServed message={endpoint.notServed} /> : endpoint.error ? <Ok ok={undefined} /> : <Ok ok={endpoint.ok} yes={`${endpoint.checks.length} checks passed`} no={`${failing} of ${endpoint.checks.length} failing`} />}
    >
      {endpoint.notServed ? (
        <SectionNote isPadded>/{name} is {endpoint.notServed}: its checks are unknown, not passing or failing.</SectionNote>
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
    </Section>
  );
}

function LeaderLeases({ data, now }: { data: HealthResponse; now: number }) {
  const unavailable = data.leasesUnavailable;
  if (unavailable) {
    return (
      <Section title="Leader election Leases" isFlush action={unavailable.reason === 'not-served' ? <NotServed message={unavailable.message} /> : <Ok ok={undefined} />}>
        <SectionNote isPadded>
          kube-system Leases are {unavailable.reason === 'forbidden' ? `forbidden (${unavailable.message})` : unavailable.message}: who leads kube-scheduler and kube-controller-manager is unknown.
        </SectionNote>
      </Section>
    );
  }
  return (
    <Section title="Leader election Leases" isFlush>
      <DataTable look={CARD_TABLE} columns={['Lease', 'Holder', 'Last renewal', 'Duration']}>
        {data.leaderLeases.map((l) => {
          const renewed = l.renewTime ? Date.parse(l.renewTime) : NaN;
          const age = now - renewed;
          const isStale = l.isMissing ? false : Number.isNaN(renewed) || (l.durationSeconds !== undefined && age > l.durationSeconds * 1000);
          return (
            <tr key={l.name} className={ROW}>
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
    </Section>
  );
}

function ApiServices({ data }: { data: HealthResponse }) {
  const { apiServices } = data;
  return (
    <Section id="apiservices" title="Aggregated APIServices" isFlush>
      {apiServices.notServed ? (
        <SectionNote isPadded>APIServices are {apiServices.notServed}: which aggregated APIs are registered is unknown.</SectionNote>
      ) : !apiServices.served ? (
        <SectionNote isPadded>APIServices could not be read{apiServices.error ? `: ${apiServices.error}` : ''}.</SectionNote>
      ) : apiServices.items.length === 0 ? (
        <SectionNote isPadded>No aggregated APIs are registered (metrics.k8s.io is absent: metrics-server is not installed).</SectionNote>
      ) : (
        <DataTable look={CARD_TABLE} columns={['APIService', 'Service', 'Available', 'Reason and message']}>
          {apiServices.items.map((a) => (
            <tr key={a.name} className={ROW}>
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
    </Section>
  );
}

function ComponentStatuses({ data }: { data: HealthResponse }) {
  const cs = data.componentStatuses;
  return (
    <Section title="componentstatuses (deprecated)" isFlush>
      {!cs.served ? (
        <SectionNote isPadded>
          {cs.forbidden
            ? 'Forbidden to the dashboard.'
            : cs.error
              ? `Could not be read: ${cs.error}`
              : cs.notServed?.startsWith('not in the capture')
                ? 'Not in the capture.'
                : 'Not served by this cluster (deprecated since v1.19; /readyz is the replacement).'}
        </SectionNote>
      ) : (
        <DataTable look={CARD_TABLE} columns={['Name', 'Status', 'Message', 'Error']}>
          {cs.items.map((c) => (
            <tr key={c.name} className={ROW}>
              <th scope="row" className={cx(TD, 'text-left font-mono text-xs font-medium')}>{c.name}</th>
              <td className={TD}><Ok ok={c.healthy} yes="Healthy" no="Unhealthy" /></td>
              <td className={cx(TD, 'break-all font-mono text-xs text-muted')}>{c.message ?? ''}</td>
              <td className={cx(TD, 'text-bad')}>{c.error ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}

export function HealthView() {
  const query = useHealth();
  // Findings link to `#apiservices`, which exists only once the answer is in.
  useHashScroll(Boolean(query.data));
  return (
    <Loadable
      query={query}
      errorTitle="Cluster health cannot be read"
      loading={<SkeletonStack label="Loading cluster health" blocks={['h-8 w-48', 'h-40 w-full rounded-lg']} />}
    >
      {(data) => <HealthBody data={data} error={query.error} />}
    </Loadable>
  );
}

function HealthBody({ data, error }: { data: HealthResponse; error: unknown }) {
  const now = useNow();
  const failing = [...data.readyz.checks, ...data.livez.checks].filter((c) => !c.ok);
  const unavailable = data.apiServices.items.filter((a) => !a.available);
  return (
    <div className="space-y-5">
      <PageHeader title="Health">The API server&apos;s own checks and what kubectl cluster-info, version, get apiservices and get leases show.</PageHeader>
      {error ? <Banner tone="warning" title="Stale data">the last refresh failed ({errorMessage(error)}); retrying.</Banner> : null}
      {failing.length > 0 ? (
        <Banner tone="danger" title={`${failing.length} health check${failing.length === 1 ? '' : 's'} failing`}>{failing.map((c) => c.name).join(', ')}</Banner>
      ) : null}
      {unavailable.length > 0 ? (
        <Banner tone="warning" title={`${unavailable.map((a) => a.name).join(', ')} unavailable`}>
          {unavailable[0]!.reason}: {unavailable[0]!.message}
        </Banner>
      ) : null}
      <div className="grid gap-5 xl:grid-cols-2">
        <Section title="Version">
          <NameValueList
            labelWidth="8rem"
            items={[
              ['Server', <Mono key="s">{data.version?.gitVersion ?? <span className="font-sans text-bad">{data.versionError ?? 'unknown'}</span>}</Mono>],
              Boolean(data.version?.platform) && ['Platform', <Mono key="p">{data.version?.platform}</Mono>],
              Boolean(data.version?.goVersion) && ['Go', <Mono key="g">{data.version?.goVersion}</Mono>],
              Boolean(data.version?.buildDate) && ['Built', <Mono key="b">{data.version?.buildDate}</Mono>],
            ]}
          />
        </Section>
        <Section title="Cluster info">
          <ul className="space-y-1.5 text-sm">
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
        </Section>
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
