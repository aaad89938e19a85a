'use client';
/**
 * Keeps every in-app link on a cluster's page (`/c/<context>/…`) in that cluster, without each view
 * knowing it: bare hrefs (`/nodes`, `/components/coredns`) are shown as `/c/<context>/nodes`, and a
 * plain left click goes there through the router. Links marked `data-cluster-link` (the switcher, the
 * fleet page) choose their cluster themselves; global pages (/clusters, /login) stay global.
 */
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { currentContext, inCurrentContext } from '@/lib/api/urls';
import { BASE_PATH } from '@/lib/public-env';

/** The attribute that keeps a patched link's own href, so a later page of another cluster patches it again. */
const BARE = 'data-bare-href';

/** The app path of an href as written (without the base path); undefined for other origins, assets and fragments. */
function appPath(href: string | null): string | undefined {
  if (!href || !href.startsWith('/') || href.startsWith('//')) return undefined;
  if (BASE_PATH && !(href === BASE_PATH || href.startsWith(`${BASE_PATH}/`) || href.startsWith(`${BASE_PATH}?`))) return undefined;
  const path = href.slice(BASE_PATH.length) || '/';
  return path.startsWith('/_next/') || path.startsWith('/api/') ? undefined : path;
}

function patch(anchor: HTMLAnchorElement): void {
  if (anchor.hasAttribute('data-cluster-link')) return;
  const bare = anchor.getAttribute(BARE) ?? appPath(anchor.getAttribute('href'));
  if (bare === undefined) return;
  const wanted = `${BASE_PATH}${inCurrentContext(bare)}`;
  if (anchor.getAttribute('href') !== wanted) {
    anchor.setAttribute(BARE, bare);
    anchor.setAttribute('href', wanted);
  }
}

export function ContextLinks() {
  const router = useRouter();
  useEffect(() => {
    const patchAll = () => {
      // On a bare page with nothing patched before, every link is already right: skip the walk.
      if (currentContext() === undefined && !document.querySelector(`[${BARE}]`)) return;
      document.querySelectorAll<HTMLAnchorElement>('a[href]').forEach(patch);
    };
    patchAll();
    const observer = new MutationObserver(patchAll);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!anchor || anchor.hasAttribute('data-cluster-link') || anchor.target === '_blank' || anchor.hasAttribute('download')) return;
      const bare = anchor.getAttribute(BARE) ?? appPath(anchor.getAttribute('href'));
      if (bare === undefined) return;
      const target = inCurrentContext(bare);
      if (target === bare) return; // A bare page, or a global path: next/link goes there itself.
      // next/link would push its own (bare) href; it leaves a click whose default is prevented alone.
      event.preventDefault();
      router.push(target);
    };
    document.addEventListener('click', onClick, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('click', onClick, true);
    };
  }, [router]);
  return null;
}
