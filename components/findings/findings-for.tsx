'use client';
/**
 * FindingsFor: the findings about one component, pod or node, for their own pages
 * (`<FindingsFor kind="node" name={name} />`). Renders nothing when there are none.
 */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { SubjectKind } from '@/lib/api/findings';
import { useFindings } from '@/lib/hooks/use-findings';
import { FindingCard } from './finding-card';

export function FindingsFor({ kind, name }: { kind: Extract<SubjectKind, 'component' | 'pod' | 'node'>; name: string }) {
  const t = useTranslations('findings');
  const { data } = useFindings({ subject: `${kind}/${name}` });
  const findings = data?.findings ?? [];
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="own-findings" className="space-y-2">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="own-findings" className="text-sm font-semibold text-fg">{t('findings')} <span className="font-normal tabular-nums text-muted">({findings.length})</span></h2>
        <Link href="/troubleshoot" className="text-xs font-medium text-accent hover:underline">{t('allFindings')}</Link>
      </div>
      <div className="space-y-3">
        {findings.map((f) => <FindingCard key={f.id} finding={f} isCompact />)}
      </div>
    </section>
  );
}
