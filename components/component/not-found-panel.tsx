/** NotFoundPanel: names what was not found ("component foo") and links back to the overview. */
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { QuestionCircleIcon } from '@/components/ui/icons';

export interface NotFoundPanelProps {
  /** "component", "group". */
  kind: string;
  name: string;
  hint?: string;
}

export function NotFoundPanel({ kind, name, hint }: NotFoundPanelProps) {
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold tracking-tight text-fg">
        No {kind} <span className="font-mono">{name}</span>
      </h1>
      <EmptyState
        icon={<QuestionCircleIcon className="size-5" />}
        title={`There is no ${kind} “${name}” in kube-system.`}
        description={hint ?? 'It may have been removed, or the link has a typo.'}
        action={
          <Link href="/" className="text-sm font-medium text-accent hover:underline">
            Back to the overview
          </Link>
        }
        className="max-w-2xl"
      />
    </div>
  );
}
