/** Severity of a finding as icon + word + colour (colour never alone), and the order the pages use. */
import { useTranslations } from 'next-intl';
import type { Severity } from '@/lib/api/findings';
import { cx } from '@/components/ui/cx';
import { InfoIcon, WarningIcon, XCircleIcon } from '@/components/ui/icons';

export const SEVERITY_STYLES: Record<Severity, { Icon: typeof InfoIcon; badge: string; text: string; rail: string }> = {
  critical: { Icon: XCircleIcon, badge: 'bg-bad-soft text-bad border-bad-line', text: 'text-bad', rail: 'border-l-bad' },
  warning: { Icon: WarningIcon, badge: 'bg-warn-soft text-warn border-warn-line', text: 'text-warn', rail: 'border-l-warn' },
  info: { Icon: InfoIcon, badge: 'bg-surface-2 text-muted border-line', text: 'text-accent', rail: 'border-l-line-strong' },
};

export function SeverityBadge({ severity, className }: { severity: Severity; className?: string }) {
  const { Icon, badge } = SEVERITY_STYLES[severity];
  const label = useTranslations('common.severity')(severity);
  return (
    <span className={cx('inline-flex h-5 shrink-0 items-center gap-1 whitespace-nowrap rounded-full border px-1.5 text-[11px] font-medium leading-none', badge, className)}>
      <Icon className="size-3" />
      {label}
    </span>
  );
}
