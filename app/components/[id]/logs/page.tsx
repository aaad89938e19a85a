/** `/components/<id>/logs`: the merged logs of a component's pods, with the log viewer's settings in the URL. */
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { ComponentLogsView } from '@/components/logs/component-logs-view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('componentLogs', { name: decodeURIComponent((await params).id) }) };
}

export default async function ComponentLogsPage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  return (
    <Suspense>
      <ComponentLogsView id={id} />
    </Suspense>
  );
}
