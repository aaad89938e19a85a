'use client';
/** 404 for `/groups/<group>`: names the unknown group and links back to the overview. */
import { usePathname } from 'next/navigation';
import { NotFoundPanel } from '@/components/component/not-found-panel';

export default function GroupNotFound() {
  const segment = usePathname().split('/').filter(Boolean).pop() ?? '';
  return (
    <NotFoundPanel
      kind="group"
      name={decodeURIComponent(segment)}
      hint="The groups are control-plane, node, add-on, monitoring and other."
    />
  );
}
