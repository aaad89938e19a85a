'use client';
/** 404 for `/groups/<group>`: names the unknown group, the four groups there are, and links to each. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { usePathname } from 'next/navigation';
import { NotFoundPanel } from '@/components/component/not-found-panel';
import { GROUP_ORDER } from '@/components/overview/group-meta';
import { groupHref } from '@/lib/api/urls';


export default function GroupNotFound() {
  const t = useTranslations('common');
  const tGroup = useTranslations('overview.group');
  const segment = decodeURIComponent(usePathname().split('/').filter(Boolean).pop() ?? '');
  return (
    <div className="space-y-4">
      <NotFoundPanel kind="group" name={segment} hint={segment === 'other' ? t('notFound.noOther') : t('notFound.fourGroups')} />
      <nav aria-label={t('notFound.groups')}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {GROUP_ORDER.map((id) => (
            <li key={id}>
              <Link href={groupHref(id)} className="font-medium text-accent hover:underline">
                {tGroup(`${id}.title`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
