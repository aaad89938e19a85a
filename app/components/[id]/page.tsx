/** `/components/<id>`: one component in detail, live; a 404 page when the cluster has no such component. */
import type { Metadata } from 'next';
import { ComponentPageClient } from '@/components/component/component-page-client';
import { componentExists } from '@/lib/server/component-detail';
import { notFoundUnless } from '@/lib/server/route';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).id) };
}

export default async function ComponentPage({ params }: Props) {
  const id = decodeURIComponent((await params).id);
  // Without a connection or a synced cache the client view explains the problem; only a known miss is a 404.
  await notFoundUnless((runtime) => componentExists(runtime, id));
  return <ComponentPageClient id={id} />;
}
