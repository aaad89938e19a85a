/**
 * The global 404: names the path that matched nothing and links back to the overview; for a cluster URL
 * whose context the kubeconfig lacks (the proxy leaves it unrewritten), names the contexts there are.
 */
import { headers } from 'next/headers';
import { NotFoundPanel } from '@/components/not-found/not-found-panel';
import { UnknownContextPanel } from '@/components/not-found/unknown-context-panel';
import { CONTEXT_HEADER } from '@/lib/api/cluster-path';
import { unknownContext } from '@/lib/server/unknown-context';

export default async function NotFound() {
  const unknown = unknownContext((await headers()).get(CONTEXT_HEADER));
  if (unknown) return <UnknownContextPanel context={unknown.context} contexts={unknown.contexts} />;
  return (
    <NotFoundPanel
      kind="Page"
      back={{ href: '/', label: 'Back to the overview' }}
      hint="kubesys has no page at this address. Use the navigation or the search box (press /) to find a component, pod or node."
    />
  );
}
