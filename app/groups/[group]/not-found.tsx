'use client';
/** 404 for `/groups/<group>`: names the unknown group, the four groups there are, and links to each. */
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { NotFoundPanel } from '@/components/component/not-found-panel';
import { GROUP_META, GROUP_ORDER } from '@/components/overview/group-meta';
import { groupHref } from '@/lib/api/urls';

const FOUR_GROUPS = 'kube-system has four groups: control-plane, node, add-on and monitoring.';
/** Links from before the four groups held everything (`/groups/other`) get told where those pods went. */
const NO_OTHER =
  'There is no "other" group: every kube-system pod lands in one of the four groups (control-plane, node, add-on, monitoring). Workloads kubesys does not know by name are placed by their shape, and a pod with nothing to go by is listed with the add-ons, marked unrecognised.';

export default function GroupNotFound() {
  const segment = decodeURIComponent(usePathname().split('/').filter(Boolean).pop() ?? '');
  return (
    <div className="space-y-4">
      <NotFoundPanel kind="group" name={segment} hint={segment === 'other' ? NO_OTHER : FOUR_GROUPS} />
      <nav aria-label="Groups">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {GROUP_ORDER.map((id) => (
            <li key={id}>
              <Link href={groupHref(id)} className="font-medium text-accent hover:underline">
                {GROUP_META[id].title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
