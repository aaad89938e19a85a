'use client';
/** The banner under the header while the cluster in view does not answer: why (credentials, TLS, timeout, no connection). */
import { useTranslations } from 'next-intl';
import useSWR from 'swr';
import { CONNECTION_PATH, type ConnectionState } from '@/lib/api/clusters';
import { apiUrl } from '@/lib/api/urls';
import { fetchJson, shouldRetry } from '@/lib/hooks/fetcher';
import { firstViewOptions } from '@/lib/hooks/first-view';
import { useFirstView } from '@/lib/hooks/first-views';
import { Banner } from '@/components/ui/banner';

const POLL_MS = 5_000;

export function ConnectionBanner() {
  const t = useTranslations('layout.connection');
  const url = apiUrl(CONNECTION_PATH);
  const { data } = useSWR<ConnectionState>(url, fetchJson, {
    ...firstViewOptions(url, useFirstView<ConnectionState>(CONNECTION_PATH)),
    refreshInterval: POLL_MS,
    dedupingInterval: POLL_MS / 2,
    shouldRetryOnError: shouldRetry,
  });
  if (!data?.problem) return null;
  return (
    <div className="px-4 pb-2 lg:px-5">
      <Banner tone="danger" title={t(data.problem.kind, { context: data.context })}>
        {/* The API server's or the connection's own words, as they came, under the translated title. */}
        {data.problem.detail ? <span translate="no">{data.problem.detail}</span> : null}
      </Banner>
    </div>
  );
}
