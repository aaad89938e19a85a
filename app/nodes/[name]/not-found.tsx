/** 404 for `/nodes/<name>`: names the node and links back to the node list. */
import { NotFoundPanel } from '@/components/not-found/not-found-panel';

export default function NodeNotFound() {
  return (
    <NotFoundPanel
      kind="Node"
      prefix="/nodes/"
      back={{ href: '/nodes', label: 'All nodes' }}
      hint="The cluster has no Node of this name. It may have been removed (autoscaled away, replaced) or the link mistyped."
    />
  );
}
