/**
 * The app's one link: next/link without prefetching. Every page is rendered per request from live data, so
 * prefetching the links a view shows (cards, table rows, the switcher) would cost a server render each on
 * every load; a click still navigates on the client. `prefetch` may still be asked for explicitly.
 */
import NextLink from 'next/link';
import type { ComponentProps } from 'react';

export type AppLinkProps = ComponentProps<typeof NextLink>;

export default function AppLink({ prefetch = false, ...props }: AppLinkProps) {
  return <NextLink prefetch={prefetch} {...props} />;
}
