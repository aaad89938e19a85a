'use client';
/** PodYaml: the object as read-only YAML (managedFields removed), with a copy button. */
import { usePodYaml } from '@/lib/hooks/use-pod';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Loadable } from '@/components/ui/loadable';
import { Skeleton } from '@/components/ui/skeleton';

export function PodYaml({ name }: { name: string }) {
  const query = usePodYaml(name, true);
  return (
    <Loadable
      query={query}
      errorTitle="Cannot load the YAML"
      loading={
        <Card className="space-y-2 p-4" aria-busy="true" aria-label="Loading YAML">
          {Array.from({ length: 12 }, (_, i) => (
            <Skeleton key={i} className="h-3.5" style={{ width: `${30 + ((i * 29) % 50)}%` }} />
          ))}
        </Card>
      }
    >
      {(yaml) => <YamlCard name={name} yaml={yaml} isRefreshing={Boolean(query.isValidating)} onRefresh={() => void query.mutate()} />}
    </Loadable>
  );
}

function YamlCard({ name, yaml, isRefreshing, onRefresh }: { name: string; yaml: string; isRefreshing: boolean; onRefresh: () => void }) {
  return (
    <Card>
      <div className="flex items-center justify-between gap-3 border-b border-line px-4 py-2">
        <p className="text-sm text-muted">
          Read-only, as <code className="font-mono text-xs">kubectl get pod {name} -n kube-system -o yaml</code> prints it, without managedFields.
        </p>
        <div className="flex items-center gap-2">
          <button type="button" onClick={onRefresh} className="text-xs text-muted hover:text-fg">
            {isRefreshing ? 'Refreshing…' : 'Refresh'}
          </button>
          <CopyButton text={yaml} label="Copy YAML" />
        </div>
      </div>
      <pre
        tabIndex={0}
        aria-label={`YAML of pod ${name}`}
        className="max-h-[70vh] overflow-auto px-4 py-3 font-mono text-xs leading-5 text-fg outline-none focus-visible:ring-2 focus-visible:ring-accent"
      >
        {yaml}
      </pre>
    </Card>
  );
}
