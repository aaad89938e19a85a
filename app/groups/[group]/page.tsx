/** `/groups/<group>`: one group's components with a short description (first view from the cache); 404 for an unknown group. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GroupPageClient } from '@/components/group/group-page-client';
import { getTranslations } from 'next-intl/server';
import { GROUP_IDS, type GroupId, type OverviewResponse } from '@/lib/api/types';
import { firstView } from '@/lib/server/first-view';
import { overviewJson } from '@/lib/server/overview';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ group: string }>;
}

function asGroupId(value: string): GroupId | undefined {
  return (GROUP_IDS as readonly string[]).includes(value) ? (value as GroupId) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = asGroupId((await params).group);
  const t = await getTranslations();
  return { title: id ? t(`overview.group.${id}.title`) : t('common.groupNotFound') };
}

export default async function GroupPage({ params }: Props) {
  const id = asGroupId(decodeURIComponent((await params).group));
  if (!id) notFound();
  const initial = await firstView<OverviewResponse>((runtime) => overviewJson(runtime));
  return <GroupPageClient id={id} initial={initial} />;
}
