/** The global 404: names the path that matched nothing and links back to the overview. */
import { NotFoundPanel } from '@/components/not-found/not-found-panel';

export default function NotFound() {
  return (
    <NotFoundPanel
      kind="Page"
      back={{ href: '/', label: 'Back to the overview' }}
      hint="kubesys has no page at this address. Use the navigation or the search box (press /) to find a component, pod or node."
    />
  );
}
