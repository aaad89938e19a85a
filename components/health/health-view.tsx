'use client';
/** HealthView: the API server's own health — readyz/livez checks (failures first), version, cluster-info, leader Leases, APIServices, componentstatuses. */
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { HealthEndpoint, HealthResponse } from '@/lib/api/health';
import { useHashScroll } from '@/lib/hooks/use-hash-scroll';
import { useHealth } from '@/lib/hooks/use-health';
import { useNow } from '@/lib/hooks/use-now';
import { KubectlCommands } from '@/components/kubectl/kubectl-commands';
import { Banner } from '@/components/ui/banner';
import { cx } from '@/components/ui/cx';
import { CheckCircleIcon, QuestionCircleIcon, XCircleIcon } from '@/components/ui/icons';
import { useFormatAge } from '@/components/ui/relative-time';
import { Loadable } from '@/components/ui/loadable';
import { useErrorText } from '@/components/ui/error-text';
import { PageHeader } from '@/components/ui/page-header';
import { NameValueList } from '@/components/ui/name-value-list';
import { Section, SectionNote } from '@/components/ui/section';
import { SkeletonStack } from '@/components/ui/skeleton';
import { CARD_TABLE, DataTable } from '@/components/ui/table';

const { row: ROW, td: TD } = CARD_TABLE;

/** A source the API server does not serve: a replayed capture that lacks it, or a live server without it (404). */
const isNotCaptured = (notServed: string) => notServed.startsWith('not in the capture');

/** The endpoint as kubectl asks for it: `/readyz?verbose` (a path, the same in every language). */
const VERBOSE_QUERY = '?verbose';
const verbosePath = (name: string) => `/${name}${VERBOSE_QUERY}`;

function Mono({ children }: { children: ReactNode }) {
  return <span className="block font-mono text-xs leading-5">{children}</span>;
}

function Ok({ ok, yes, no }: { ok: boolean | undefined; yes?: string; no?: string }) {
  const t = useTranslations('health.badge');
  if (ok === undefined) return <span className="inline-flex items-center gap-1 text-sm text-unknown"><QuestionCircleIcon className="size-3.5" />{t('unknown')}</span>;
  return ok ? (
    <span className="inline-flex items-center gap-1 text-sm font-medium text-ok"><CheckCircleIcon className="size-3.5" />{yes ?? t('ok')}</span>
  ) : (
    <span className="inline-flex items-center gap-1 text-sm font-medium text-bad"><XCircleIcon className="size-3.5" />{no ?? t('failing')}</span>
  );
}

/** The badge of a source the API server does not serve (or a capture did not record): unknown, no failure. */
function NotServed({ message }: { message: string }) {
  const t = useTranslations('health.badge');
  return <span className="inline-flex items-center gap-1 text-sm text-unknown" title={message}><QuestionCircleIcon className="size-3.5" />{t(isNotCaptured(message) ? 'notCaptured' : 'notServed')}</span>;
}

function Checks({ name, endpoint }: { name: string; endpoint: HealthEndpoint }) {
  const t = useTranslations('health.checks');
  const failing = endpoint.checks.filter((c) => !c.ok).length;
  const total = endpoint.checks.length;
  return (
    <Section
      id={name}
      title={verbosePath(name)}
      isFlush
      action={endpoint.notServed ? <NotServed message={endpoint.notServed} /> : endpoint.error ? <Ok ok={undefined} /> : <Ok ok={endpoint.ok} yes={t('passed', { count: total })} no={t('failing', { failing, total })} />}
    >
      {endpoint.notServed ? (
        <SectionNote isPadded>{t(isNotCaptured(endpoint.notServed) ? 'notCaptured' : 'notServed', { path: `/${name}` })}</SectionNote>
      ) : endpoint.error ? (
        <p className="px-4 py-3 text-sm text-bad">{t('error', { path: `/${name}`, error: endpoint.error })}</p>
      ) : (
        <ul aria-label={t('list', { name })} tabIndex={0} className="max-h-96 divide-y divide-line overflow-y-auto">
          {endpoint.checks.map((c) => (
            <li key={c.name} className="flex items-start gap-2 px-4 py-1.5 text-sm">
              {c.ok ? <CheckCircleIcon className="mt-0.5 size-3.5 shrink-0 text-ok" aria-label={t('ok')} /> : <XCircleIcon className="mt-0.5 size-3.5 shrink-0 text-bad" aria-label={t('failed')} />}
              <span className={cx('min-w-0 break-all font-mono text-xs leading-5', c.ok ? 'text-fg' : 'font-semibold text-bad')}>{c.name}</span>
              {c.detail ? <span className="text-xs leading-5 text-muted" translate="no">{c.detail}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {endpoint.summary ? <p className="border-t border-line px-4 py-2 font-mono text-xs text-muted" translate="no">{endpoint.summary}</p> : null}
    </Section>
  );
}

function LeaderLeases({ data, now }: { data: HealthResponse; now: number }) {
  const t = useTranslations('health.leases');
  const formatAge = useFormatAge();
  const unavailable = data.leasesUnavailable;
  if (unavailable) {
    const why = unavailable.reason === 'forbidden' ? 'forbidden' : isNotCaptured(unavailable.message) ? 'notCaptured' : 'notServed';
    return (
      <Section id="leases" title={t('title')} isFlush action={unavailable.reason === 'not-served' ? <NotServed message={unavailable.message} /> : <Ok ok={undefined} />}>
        <SectionNote isPadded>
          {t(`unavailable.${why}`)}
          {/* The missing permission, in the API server's words. */}
          {unavailable.reason === 'forbidden' ? <span className="block font-mono text-xs" translate="no">{unavailable.message}</span> : null}
        </SectionNote>
      </Section>
    );
  }
  return (
    <Section id="leases" title={t('title')} isFlush>
      <DataTable look={CARD_TABLE} columns={[t('lease'), t('holder'), t('lastRenewal'), t('duration')]}>
        {data.leaderLeases.map((l) => {
          const renewed = l.renewTime ? Date.parse(l.renewTime) : NaN;
          const age = now - renewed;
          const isStale = l.isMissing ? false : Number.isNaN(renewed) || (l.durationSeconds !== undefined && age > l.durationSeconds * 1000);
          return (
            <tr key={l.name} className={ROW}>
              <th scope="row" className={cx(TD, 'text-left font-mono text-xs font-medium')}>{l.name}</th>
              <td className={cx(TD, 'break-all font-mono text-xs')}>{l.isMissing ? <span className="font-sans text-subtle">{t('missing')}</span> : l.holder ?? '—'}</td>
              <td className={cx(TD, 'whitespace-nowrap', isStale ? 'font-medium text-bad' : 'text-muted')}>
                {l.isMissing ? '—' : Number.isNaN(renewed) ? t('never') : formatAge(Math.max(0, age))}
                {isStale ? ` ${t('stale')}` : ''}
              </td>
              <td className={cx(TD, 'text-muted')}>{l.durationSeconds !== undefined ? t('seconds', { count: l.durationSeconds }) : '—'}</td>
            </tr>
          );
        })}
      </DataTable>
    </Section>
  );
}

function ApiServices({ data }: { data: HealthResponse }) {
  const t = useTranslations('health.apiServices');
  const { apiServices } = data;
  return (
    <Section id="apiservices" title={t('title')} isFlush>
      {apiServices.notServed ? (
        <SectionNote isPadded>{t(isNotCaptured(apiServices.notServed) ? 'notCaptured' : 'notServed')}</SectionNote>
      ) : !apiServices.served ? (
        <SectionNote isPadded>{apiServices.error ? t('errorWith', { error: apiServices.error }) : t('error')}</SectionNote>
      ) : apiServices.items.length === 0 ? (
        <SectionNote isPadded>{t('none')}</SectionNote>
      ) : (
        <DataTable look={CARD_TABLE} columns={['APIService', t('service'), t('available'), t('reason')]}>
          {apiServices.items.map((a) => (
            <tr key={a.name} className={ROW}>
              <th scope="row" className={cx(TD, 'text-left font-mono text-xs font-medium')}>{a.name}</th>
              <td className={cx(TD, 'font-mono text-xs text-muted')}>{a.service ?? t('local')}</td>
              <td className={TD}><Ok ok={a.available} yes={t('true')} no={t('false')} /></td>
              <td className={TD}>
                {a.reason ? <span className={cx('font-medium', a.available ? 'text-fg' : 'text-bad')} translate="no">{a.reason}</span> : null}
                {a.message ? <span className="text-muted" translate="no">{a.reason ? ': ' : ''}{a.message}</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}

function ComponentStatuses({ data }: { data: HealthResponse }) {
  const t = useTranslations('health.componentStatuses');
  const cs = data.componentStatuses;
  return (
    <Section id="componentstatuses" title={t('title')} isFlush>
      {!cs.served ? (
        <SectionNote isPadded>
          {cs.forbidden
            ? t('forbidden')
            : cs.error
              ? t('error', { error: cs.error })
              : cs.notServed && isNotCaptured(cs.notServed)
                ? t('notCaptured')
                : t('notServed')}
        </SectionNote>
      ) : (
        <DataTable look={CARD_TABLE} columns={[t('name'), t('status'), t('message'), t('error_')]}>
          {cs.items.map((c) => (
            <tr key={c.name} className={ROW}>
              <th scope="row" className={cx(TD, 'text-left font-mono text-xs font-medium')}>{c.name}</th>
              <td className={TD}><Ok ok={c.healthy} yes={t('healthy')} no={t('unhealthy')} /></td>
              <td className={cx(TD, 'break-all font-mono text-xs text-muted')} translate="no">{c.message ?? ''}</td>
              <td className={cx(TD, 'text-bad')} translate="no">{c.error ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}

export function HealthView() {
  const t = useTranslations('health');
  const query = useHealth();
  // Findings link to `#apiservices`, which exists only once the answer is in.
  useHashScroll(Boolean(query.data));
  return (
    <Loadable
      query={query}
      errorTitle={t('cannotRead')}
      loading={<SkeletonStack label={t('loading')} blocks={['h-8 w-48', 'h-40 w-full rounded-lg']} />}
    >
      {(data) => <HealthBody data={data} error={query.error} />}
    </Loadable>
  );
}

function HealthBody({ data, error }: { data: HealthResponse; error: unknown }) {
  const t = useTranslations('health');
  const errorText = useErrorText();
  const now = useNow();
  const failing = [...data.readyz.checks, ...data.livez.checks].filter((c) => !c.ok);
  const unavailable = data.apiServices.items.filter((a) => !a.available);
  return (
    <div className="space-y-5">
      <PageHeader title={t('title')}>{t.rich('description', { code: (command) => <code className="font-mono text-xs">{command}</code> })}</PageHeader>
      {error ? <Banner tone="warning" title={t('staleTitle')}>{t('stale', { error: errorText(error).message })}</Banner> : null}
      {failing.length > 0 ? (
        <Banner tone="danger" title={t('failingBanner', { count: failing.length })}>{failing.map((c) => c.name).join(', ')}</Banner>
      ) : null}
      {unavailable.length > 0 ? (
        <Banner tone="warning" title={t('unavailableBanner', { names: unavailable.map((a) => a.name).join(', ') })}>
          {unavailable[0]!.reason}: {unavailable[0]!.message}
        </Banner>
      ) : null}
      <div className="grid gap-5 xl:grid-cols-2">
        <Section id="version" title={t('version.title')}>
          <NameValueList
            labelWidth="8rem"
            items={[
              [t('version.server'), <Mono key="s">{data.version?.gitVersion ?? <span className="font-sans text-bad" translate={data.versionError ? 'no' : undefined}>{data.versionError ?? t('version.unknown')}</span>}</Mono>],
              Boolean(data.version?.platform) && [t('version.platform'), <Mono key="p">{data.version?.platform}</Mono>],
              Boolean(data.version?.goVersion) && ['Go', <Mono key="g">{data.version?.goVersion}</Mono>],
              Boolean(data.version?.buildDate) && [t('version.built'), <Mono key="b">{data.version?.buildDate}</Mono>],
            ]}
          />
        </Section>
        <Section id="cluster-info" title={t('clusterInfo.title')}>
          <ul className="space-y-1.5 text-sm">
            <li>
              {t.rich('clusterInfo.runningAt', {
                name: () => <span className="font-medium text-ok">{t('clusterInfo.controlPlane')}</span>,
                url: () => <code className="break-all font-mono text-xs">{data.clusterInfo.server}</code>,
              })}
            </li>
            {data.clusterInfo.services.map((s) => (
              <li key={s.name}>
                {t.rich('clusterInfo.runningAt', {
                  name: () => <span className="font-medium text-ok">{s.displayName}</span>,
                  url: () => <code className="break-all font-mono text-xs">{s.proxyUrl}</code>,
                })}
                {s.clusterIP ? (
                  <span className="text-muted">
                    {' · '}
                    {t.rich('clusterInfo.service', { name: s.name, ip: () => <code className="font-mono text-xs text-fg">{s.clusterIP}</code> })}
                  </span>
                ) : null}
              </li>
            ))}
            {data.clusterInfo.servicesUnavailable ? (
              <li className="text-muted">
                {t(
                  data.clusterInfo.servicesUnavailable.reason === 'forbidden'
                    ? 'clusterInfo.forbidden'
                    : isNotCaptured(data.clusterInfo.servicesUnavailable.message)
                      ? 'clusterInfo.notCaptured'
                      : 'clusterInfo.notServed',
                )}
              </li>
            ) : data.clusterInfo.services.length === 0 ? (
              <li className="text-muted">{t.rich('clusterInfo.noServices', { label: () => <code className="font-mono text-xs">kubernetes.io/cluster-service=true</code> })}</li>
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
        title={t('kubectl.title')}
        commands={[
          { label: t('kubectl.readyz'), command: "kubectl get --raw='/readyz?verbose'" },
          { label: t('kubectl.livez'), command: "kubectl get --raw='/livez?verbose'" },
          { label: t('kubectl.version'), command: 'kubectl version' },
          { label: t('kubectl.clusterInfo'), command: 'kubectl cluster-info' },
          { label: t('kubectl.apiServices'), command: 'kubectl get apiservices' },
          { label: t('kubectl.leases'), command: 'kubectl get leases -n kube-system' },
        ]}
      />
    </div>
  );
}
