/** ComponentHeader: name, group, status, reasons and the one line on what the component does. */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { ComponentDetailResponse } from '@/lib/api/component';
import { groupHref } from '@/lib/api/urls';
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';
import { useModelText } from '@/components/ui/model-text';
import { STATUS_STYLES, StatusBadge } from '@/components/ui/status-badge';
import { WithCode } from '@/components/ui/with-code';

export function ComponentHeader({ data }: { data: ComponentDetailResponse }) {
  const t = useTranslations();
  const say = useModelText();
  const { component } = data;
  const groupName = t(`overview.group.${component.group}.title`);
  const isProblem = component.status !== 'healthy';
  return (
    <header className="space-y-3">
      <nav aria-label={t('component.breadcrumb')} className="text-sm text-muted">
        <Link href="/" prefetch={false} className="hover:text-fg hover:underline">
          {t('overview.title')}
        </Link>
        <span aria-hidden="true"> / </span>
        <Link href={groupHref(component.group)} className="hover:text-fg hover:underline">
          {groupName}
        </Link>
      </nav>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className="text-xl font-semibold tracking-tight text-fg">{component.name}</h1>
        <StatusBadge status={component.status} />
        {component.workload ? <Badge>{component.workload === 'static' ? t('overview.workload.static') : component.workload}</Badge> : null}
        <Badge tone="outline">{groupName}</Badge>
      </div>
      <p className="max-w-3xl text-sm text-muted"><WithCode text={say(data.descriptionMessage)} /></p>
      {component.reasonMessages.length > 0 ? (
        <ul
          aria-label={t('component.statusReasons')}
          className={cx(
            'max-w-3xl space-y-1 rounded-md border px-3 py-2 text-sm',
            isProblem ? `${STATUS_STYLES[component.status].badge} text-fg` : 'border-line bg-surface text-fg',
          )}
        >
          {component.reasonMessages.map(say).map((reason) => (
            <li key={reason} className="break-words text-fg">
              {reason}
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
