'use client';
/** 404 for `/components/<id>`: names the id that was not found and links back to the overview. */
import { usePathname } from 'next/navigation';
import { NotFoundPanel } from '@/components/component/not-found-panel';

export default function ComponentNotFound() {
  const segment = usePathname().split('/').filter(Boolean).pop() ?? '';
  return <NotFoundPanel kind="component" name={decodeURIComponent(segment)} />;
}
