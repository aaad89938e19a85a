'use client';
/** Primary navigation: the overview, the four groups (with their worst status), then the other views. */
import Link from '@/components/ui/app-link';
import { useTranslations } from 'next-intl';
import type { GroupId, GroupSummary } from '@/lib/api/types';
import { useAppPathname } from '@/lib/hooks/use-app-pathname';
import { cx } from '@/components/ui/cx';
import { StatusIcon } from '@/components/ui/status-badge';

type NavLabel = 'overview' | 'controlPlane' | 'node' | 'addOns' | 'monitoring' | 'nodes' | 'pods' | 'events' | 'health' | 'troubleshoot' | 'usage' | 'inventory';

interface NavItem {
  href: string;
  label: NavLabel;
  groupId?: GroupId;
}

const SECTIONS: Array<{ title?: 'groups' | 'cluster' | 'tools'; items: NavItem[] }> = [
  { items: [{ href: '/', label: 'overview' }] },
  {
    title: 'groups',
    items: [
      { href: '/groups/control-plane', label: 'controlPlane', groupId: 'control-plane' },
      { href: '/groups/node', label: 'node', groupId: 'node' },
      { href: '/groups/add-on', label: 'addOns', groupId: 'add-on' },
      { href: '/groups/monitoring', label: 'monitoring', groupId: 'monitoring' },
    ],
  },
  {
    title: 'cluster',
    items: [
      { href: '/nodes', label: 'nodes' },
      { href: '/pods', label: 'pods' },
      { href: '/events', label: 'events' },
      { href: '/health', label: 'health' },
    ],
  },
  {
    title: 'tools',
    items: [
      { href: '/troubleshoot', label: 'troubleshoot' },
      { href: '/usage', label: 'usage' },
      { href: '/inventory', label: 'inventory' },
    ],
  },
];

function isActive(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(`${href}/`);
}

function NavLink({ item, pathname, groups }: { item: NavItem; pathname: string; groups?: GroupSummary[] }) {
  const t = useTranslations('layout.nav');
  const isCurrent = isActive(pathname, item.href);
  const status = item.groupId ? groups?.find((g) => g.id === item.groupId)?.status : undefined;
  return (
    <Link
      href={item.href}
      // Every page is rendered per request from live data: prefetching a dozen of them on every load costs
      // the server and the network more than a click's round trip saves.
      prefetch={false}
      aria-current={isCurrent ? 'page' : undefined}
      className={cx(
        'flex h-8 items-center gap-2 whitespace-nowrap rounded-md px-2 text-sm transition-colors',
        isCurrent ? 'bg-accent-soft font-medium text-accent' : 'text-muted hover:bg-surface-2 hover:text-fg',
      )}
    >
      <span className="flex-1">{t(item.label)}</span>
      {status && status !== 'healthy' ? <StatusIcon status={status} /> : null}
    </Link>
  );
}

export interface NavProps {
  groups?: GroupSummary[];
  className?: string;
}

export function Nav({ groups, className }: NavProps) {
  const t = useTranslations('layout.nav');
  const pathname = useAppPathname();
  return (
    <nav aria-label={t('label')} className={className}>
      <div className="flex items-center gap-1 overflow-x-auto px-3 py-2 lg:block lg:overflow-visible lg:py-4">
        {SECTIONS.map((section, index) => {
          const headingId = section.title ? `nav-${section.title.toLowerCase()}` : undefined;
          return (
            <div key={section.title ?? index} className="flex shrink-0 items-center gap-1 lg:block">
              {index > 0 ? <span className="mx-1 h-4 w-px bg-line lg:hidden" aria-hidden="true" /> : null}
              {section.title ? (
                <p
                  id={headingId}
                  className="hidden px-2 pb-1 pt-5 text-[11px] font-semibold uppercase tracking-wider text-subtle lg:block"
                >
                  {t(section.title)}
                </p>
              ) : null}
              <ul aria-labelledby={headingId} className="flex gap-1 lg:flex-col lg:gap-0.5">
                {section.items.map((item) => (
                  <li key={item.href} className="shrink-0">
                    <NavLink item={item} pathname={pathname} groups={groups} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </nav>
  );
}
