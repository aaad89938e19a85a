'use client';
/**
 * First views for hooks that are not the page's own: the layout's header and navigation poll the overview,
 * the connection and the contexts, and a page's deeper parts their own APIs. A server render hands them
 * here (`FirstViews`), and `useFirstView(path)` gives each hook its answer while the address bar still
 * names the cluster the server rendered for; after a client navigation to another cluster, nothing.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { FirstView, FirstViewSeeds } from '@/lib/api/conditional';
import { apiPathOf, currentContext, isGlobalPath } from '@/lib/api/urls';

const Seeds = createContext<FirstViewSeeds>({ views: {} });

/** Hands `seeds` to the hooks below, with those of any `FirstViews` above (the nearer wins). */
export function FirstViews({ seeds, children }: { seeds: FirstViewSeeds; children: ReactNode }) {
  const outer = useContext(Seeds);
  const value = useMemo(
    () => ({ context: seeds.context, views: outer.context === seeds.context ? { ...outer.views, ...seeds.views } : seeds.views }),
    [outer, seeds],
  );
  return <Seeds.Provider value={value}>{children}</Seeds.Provider>;
}

/** The cluster the server rendered this page for (undefined for the default cluster's bare paths). */
export function useRenderedContext(): string | undefined {
  return useContext(Seeds).context;
}

/** The server's first answer for an API path with its query (`apiPath`), when it is for the cluster in view (or for none). */
export function useFirstView<T>(path: string): FirstView<T> | undefined {
  const seeds = useContext(Seeds);
  // On the server the seeds are this request's; in the browser the address bar must still name their cluster,
  // unless the path belongs to no cluster (the kubeconfig's contexts): its SWR key is the same in every
  // cluster, so dropping its answer on a navigation would empty the hook until its next poll.
  if (typeof window !== 'undefined' && !isGlobalPath(path) && currentContext() !== seeds.context) return undefined;
  return seeds.views[path] as FirstView<T> | undefined;
}

/** The server's first answer for an `apiUrl` (the hook's SWR key), when it is for the cluster in view. */
export function useFirstViewOf<T>(url: string): FirstView<T> | undefined {
  return useFirstView<T>(apiPathOf(url));
}
