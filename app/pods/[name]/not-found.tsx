'use client';
/** The 404 of `/pods/<name>`: names the pod from the URL and links back. */
import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { PodNotFound } from '@/components/pod/pod-not-found';

export default function PodNotFoundPage() {
  const t = useTranslations('common');
  const pathname = usePathname() ?? '';
  const name = decodeURIComponent(pathname.split('/pods/')[1]?.split('/')[0] ?? '');
  return <PodNotFound name={name || t('none')} />;
}
