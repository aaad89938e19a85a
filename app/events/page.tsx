/** `/events`: kube-system events, live; filters in the URL (`?type=Warning&reason=BackOff&object=pod/coredns-…`). */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { EventsView } from '@/components/events/events-view';
import { EVENTS_API } from '@/lib/api/events';
import { FirstViews } from '@/lib/hooks/first-views';
import { pageFirstViews } from '@/lib/server/shell-first-views';
import { listEvents } from '@/lib/server/events';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('events') };
}

export default async function EventsPage({ searchParams }: Props) {
  // The unfiltered list (what the view asks for without a query string) comes in the first HTML.
  const isPlain = Object.keys(await searchParams).length === 0;
  const seeds = await pageFirstViews(isPlain ? { [EVENTS_API]: (runtime) => listEvents(runtime, {}) } : {});
  return (
    <FirstViews seeds={seeds}>
      <Suspense>
        <EventsView />
      </Suspense>
    </FirstViews>
  );
}
