'use client';
/** The banner under the header while the cluster in view does not answer: why (credentials, TLS, timeout, no connection). */
import useSWR from 'swr';
import { CONNECTION_PATH, type ClusterProblemKind, type ConnectionState } from '@/lib/api/clusters';
import { apiUrl } from '@/lib/api/urls';
import { fetchJson, shouldRetry } from '@/lib/hooks/fetcher';
import { firstViewOptions } from '@/lib/hooks/first-view';
import { useFirstView } from '@/lib/hooks/first-views';
import { Banner } from '@/components/ui/banner';

const POLL_MS = 5_000;

const TITLE: Record<ClusterProblemKind, string> = {
  auth: 'Credentials refused',
  tls: 'TLS error',
  timeout: 'The API server does not answer',
  unreachable: 'Cluster unreachable',
  config: 'Kubeconfig problem',
};

export function ConnectionBanner() {
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
      <Banner tone="danger" title={`${TITLE[data.problem.kind]}: ${data.context}`}>
        {data.problem.message}
      </Banner>
    </div>
  );
}
