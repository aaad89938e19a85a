/** `/groups/<group>`: one group's components with a short description; 404 for an unknown group. */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GroupPageClient } from '@/components/group/group-page-client';
import { getTranslations } from 'next-intl/server';
import { GROUP_IDS, type GroupId } from '@/lib/api/types';

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
  return <GroupPageClient id={id} />;
}
