'use client';
/**
 * The 404 of every page, worded by the path that matched nothing: an unknown component, group, pod or node
 * (their pages call notFound() on the server, and on the client when what they showed is gone) or no page
 * at all. One look for every 404; the path is read without its cluster prefix, the same on server and client.
 */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { groupHref } from '@/lib/api/urls';
import { useAppPathname } from '@/lib/hooks/use-app-pathname';
import { GROUP_ORDER } from '@/components/overview/group-meta';
import { NotFoundPanel } from './not-found-panel';

const KINDS = ['components', 'groups', 'pods', 'nodes'] as const;
type Kind = (typeof KINDS)[number];

/** `/pods/<name>` → the kind and the name; any other path → the page itself. */
export function notFoundSubject(path: string): { kind: Kind | 'page'; name: string } {
  const [first, second, ...rest] = path.split('/').filter(Boolean);
  if (second !== undefined && rest.length === 0 && (KINDS as readonly string[]).includes(first!)) return { kind: first as Kind, name: decoded(second) };
  return { kind: 'page', name: decoded(path) };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // A malformed escape: show it as typed.
  }
}

export function PathNotFound() {
  const t = useTranslations('common');
  const { kind, name } = notFoundSubject(useAppPathname());
  switch (kind) {
    case 'components':
      return <NotFoundPanel kind={t('notFound.component')} name={name} hint={t('notFound.componentHint')} />;
    case 'pods':
      return <NotFoundPanel kind={t('notFound.pod')} name={name} hint={t('notFound.podHint')} />;
    case 'nodes':
      return <NotFoundPanel kind={t('notFound.node')} name={name} back={{ href: '/nodes', label: t('notFound.allNodes') }} hint={t('notFound.nodeHint')} />;
    case 'groups':
      return (
        <NotFoundPanel kind={t('notFound.group')} name={name} hint={name === 'other' ? t('notFound.noOther') : t('notFound.fourGroups')}>
          <GroupLinks />
        </NotFoundPanel>
      );
    default:
      return <NotFoundPanel kind={t('notFound.page')} name={name} hint={t('notFound.pageHint')} />;
  }
}

function GroupLinks() {
  const t = useTranslations('common');
  const tGroup = useTranslations('overview.group');
  return (
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
  );
}
