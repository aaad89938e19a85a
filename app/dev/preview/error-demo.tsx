'use client';
/** The overview's error state with a working "Try again" (which only pretends to retry). */
import { useState } from 'react';
import { OverviewError } from '@/components/overview/overview-error';
import { ApiError } from '@/lib/hooks/fetcher';

const PRETEND_RETRY_MS = 1_200;

export function ErrorDemo() {
  const [isRetrying, setIsRetrying] = useState(false);
  const error = new ApiError(503, 'ClusterUnreachable', 'connect ECONNREFUSED 127.0.0.1:6443 (kube-apiserver)');
  return (
    <OverviewError
      error={error}
      isRetrying={isRetrying}
      onRetry={() => {
        setIsRetrying(true);
        window.setTimeout(() => setIsRetrying(false), PRETEND_RETRY_MS);
      }}
    />
  );
}
