'use client';
/** PodYaml: the object as read-only YAML (managedFields removed), with a copy button. */
import { usePodYaml } from '@/lib/hooks/use-pod';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { Skeleton } from '@/components/ui/skeleton';

export function PodYaml({ name }: { name: string }) {
  const { data, error, isValidating, mutate } = usePodYaml(name, true);
  if (error && !data) {
    return <ErrorPanel title="Cannot load the YAML" message={error instanceof Error ? error.message : String(error)} onRetry={() => void mutate()} isRetrying={isValidating} />;
  }
  if (!data) {
    return (
      <Card className="space-y-2 p-4" aria-busy="true" aria-label="Loading YAML">
        {Array.from({ length: 12 }, (_, i) => (
          <Skeleton key={i} className="h-3.5" style={{ width: `${30 + ((i * 29) % 50)}%` }} />
        ))}
      </Card>
    );
  }
  return (
    <Card>
      <div className="flex items-center justify-between gap-3 border-b border-line px-4 py-2">
        <p className="text-sm text-muted">
          Read-only, as <code className="font-mono text-xs">kubectl get pod {name} -n kube-system -o yaml</code> prints it, without managedFields.
        </p>
        <div className="flex items-center gap-2">
          <button type="button" onClick={() => void mutate()} className="text-xs text-muted hover:text-fg">
            {isValidating ? 'Refreshing…' : 'Refresh'}
          </button>
          <CopyButton text={data} label="Copy YAML" />
        </div>
      </div>
      <pre
        tabIndex={0}
        aria-label={`YAML of pod ${name}`}
        className="max-h-[70vh] overflow-auto px-4 py-3 font-mono text-xs leading-5 text-fg outline-none focus-visible:ring-2 focus-visible:ring-accent"
      >
        {data}
      </pre>
    </Card>
  );
}
