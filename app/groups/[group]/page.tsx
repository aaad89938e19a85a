/** `/groups/<group>`: one group's components with a short description (first view from the cache, with the layout's); 404 for an unknown group. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GroupPageClient } from '@/components/group/group-page-client';
import { getTranslations } from 'next-intl/server';
import { GROUP_IDS, type GroupId } from '@/lib/api/types';

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
  // The overview the group is cut from comes with the layout's first views.
  return <GroupPageClient id={id} />;
}
