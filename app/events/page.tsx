/** `/events`: kube-system events, live; filters in the URL (`?type=Warning&reason=BackOff&object=pod/coredns-…`). */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { EventsView } from '@/components/events/events-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('events') };
}

export default function EventsPage() {
  return (
    <Suspense>
      <EventsView />
    </Suspense>
  );
}
