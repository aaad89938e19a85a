'use client';
/** PodYaml: the object as read-only YAML (managedFields removed), with a copy button. */
import { useTranslations } from 'next-intl';
import { usePodYaml } from '@/lib/hooks/use-pod';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Loadable } from '@/components/ui/loadable';
import { Skeleton } from '@/components/ui/skeleton';

export function PodYaml({ name }: { name: string }) {
  const t = useTranslations('pod.yaml');
  const query = usePodYaml(name, true);
  return (
    <Loadable
      query={query}
      errorTitle={t('cannotLoad')}
      loading={
        <Card className="space-y-2 p-4" aria-busy="true" aria-label={t('loading')}>
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
  const t = useTranslations('pod.yaml');
  return (
    <Card>
      <div className="flex items-center justify-between gap-3 border-b border-line px-4 py-2">
        <p className="text-sm text-muted">
          {t.rich('readOnly', { code: () => <code className="font-mono text-xs">kubectl get pod {name} -n kube-system -o yaml</code> })}
        </p>
        <div className="flex items-center gap-2">
          <button type="button" onClick={onRefresh} className="text-xs text-muted hover:text-fg">
            {isRefreshing ? t('refreshing') : t('refresh')}
          </button>
          <CopyButton text={yaml} label={t('copy')} />
        </div>
      </div>
      <pre
        tabIndex={0}
        aria-label={t('label', { name })}
        className="max-h-[70vh] overflow-auto px-4 py-3 font-mono text-xs leading-5 text-fg outline-none focus-visible:ring-2 focus-visible:ring-accent"
      >
        {yaml}
      </pre>
    </Card>
  );
}
