'use client';
/** NotFoundPanel: a 404 that names what was not found (taken from the URL) and links back to where to look. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { usePathname } from 'next/navigation';

export interface NotFoundPanelProps {
  /** What kind of thing: "Node", "Page". */
  kind: string;
  /** Which path segment names it (after the prefix), e.g. `/nodes/` → the node name. */
  prefix?: string;
  back: { href: string; label: string };
  hint?: string;
}

export function NotFoundPanel({ kind, prefix, back, hint }: NotFoundPanelProps) {
  const t = useTranslations('common');
  const pathname = usePathname() ?? '';
  const index = prefix ? pathname.indexOf(prefix) : -1;
  const raw = index >= 0 ? pathname.slice(index + prefix!.length).split('/')[0] ?? '' : pathname;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // A malformed escape: show it as typed.
  }
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-line bg-surface p-6">
      <p className="text-sm font-medium text-subtle">{t('notFound.badge')}</p>
      <h1 className="break-all text-xl font-semibold tracking-tight text-fg">
        {t.rich('notFound.title', { kind, name: () => <span className="font-mono">{name || t('none')}</span> })}
      </h1>
      <p className="text-sm text-muted">{hint ?? t('notFound.hint')}</p>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={back.href} className="font-medium text-accent hover:underline">
          ← {back.label}
        </Link>
        <Link href="/" className="text-accent hover:underline">
          {t('overview')}
        </Link>
      </p>
    </div>
  );
}
