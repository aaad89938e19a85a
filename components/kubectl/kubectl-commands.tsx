/** KubectlCommands: the kubectl commands that show the same thing as the page, each with a copy button. */
import { useTranslations } from 'next-intl';
import { CopyButton } from '@/components/ui/copy-button';
import { Section } from '@/components/ui/section';

export interface KubectlCommand {
  /** What it shows, in a few words. */
  label: string;
  command: string;
}

export function KubectlCommands({ commands, title }: { commands: KubectlCommand[]; title?: string }) {
  const t = useTranslations('common.kubectl');
  return (
    <Section title={title ?? t('title')} bodyClassName="space-y-2">
      {commands.map(({ label, command }) => (
        <div key={command} className="flex flex-wrap items-center gap-2">
          <span className="w-52 shrink-0 text-xs text-muted">{label}</span>
          <code className="min-w-0 flex-1 break-all rounded bg-surface-2 px-2 py-1 font-mono text-xs text-fg">{command}</code>
          <CopyButton text={command} label={t('copy', { command })} />
        </div>
      ))}
    </Section>
  );
}
