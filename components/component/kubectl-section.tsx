/** KubectlSection: the kubectl commands that show what this page shows, each with a copy button. */
import { useTranslations } from 'next-intl';
import type { KubectlCommand } from '@/lib/api/component';
import { CopyButton } from '@/components/ui/copy-button';
import { useModelText } from '@/components/ui/model-text';
import { Section } from '@/components/ui/section';

export function KubectlSection({ commands }: { commands: KubectlCommand[] }) {
  const t = useTranslations('component.kubectl');
  const say = useModelText();
  if (commands.length === 0) return null;
  return (
    <Section isCompact id="kubectl" title={t('title')} meta={t('meta')}>
      <ul className="space-y-2">
        {commands.map((c) => (
          <li key={c.command} className="space-y-1">
            <p className="text-xs text-muted">{say(c.labelMessage)}</p>
            <div className="flex items-start gap-2 rounded-md border border-line bg-surface-2 px-3 py-1.5">
              <code className="min-w-0 flex-1 break-all font-mono text-[12px] leading-6 text-fg">{c.command}</code>
              <CopyButton text={c.command} label={t('copy', { command: c.command })} className="mt-0.5" />
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}
