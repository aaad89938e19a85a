/** PodNotFound: the 404 for a pod that is not (or no longer) in kube-system, naming it and linking back. */
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { QuestionCircleIcon } from '@/components/ui/icons';

export function PodNotFound({ name }: { name: string }) {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-xl font-semibold text-fg">Pod not found</h1>
      <EmptyState
        icon={<QuestionCircleIcon className="size-5" />}
        title={`There is no pod “${name}” in kube-system`}
        description="It may have been deleted or replaced (Deployment and DaemonSet pods get new names when they are recreated)."
        action={
          <Link href="/" className="text-sm font-medium text-accent hover:underline">
            Back to the overview
          </Link>
        }
      />
    </div>
  );
}
