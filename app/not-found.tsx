/**
 * Every 404: for a cluster URL whose context the kubeconfig lacks (the proxy leaves it unrewritten), the
 * contexts there are; else what the path names that is not there (a component, group, pod, node or page).
 */
import { headers } from 'next/headers';
import { PathNotFound } from '@/components/not-found/path-not-found';
import { UnknownContextPanel } from '@/components/not-found/unknown-context-panel';
import { CONTEXT_HEADER } from '@/lib/api/cluster-path';
import { unknownContext } from '@/lib/server/unknown-context';

export default async function NotFound() {
  const unknown = unknownContext((await headers()).get(CONTEXT_HEADER));
  if (unknown) return <UnknownContextPanel context={unknown.context} contexts={unknown.contexts} />;
  return <PathNotFound />;
}
