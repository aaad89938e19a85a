/** `/events`: kube-system events, live; filters in the URL (`?type=Warning&reason=BackOff&object=pod/coredns-…`). */
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EventsView } from '@/components/events/events-view';

export const metadata: Metadata = { title: 'Events' };

export default function EventsPage() {
  return (
    <Suspense>
      <EventsView />
    </Suspense>
  );
}
