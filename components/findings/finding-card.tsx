/** FindingCard: one finding — severity, title, linked subject, evidence, next steps, kubectl with copy buttons. */
import Link from 'next/link';
import { AREA_NAMES, type Finding } from '@/lib/api/findings';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { cx } from '@/components/ui/cx';
import { SEVERITY_STYLES, SeverityBadge } from './severity';

const SUBJECT_WORD: Record<Finding['subject']['kind'], string> = {
  component: 'Component',
  pod: 'Pod',
  node: 'Node',
  service: 'Service',
  apiservice: 'APIService',
  cluster: 'Cluster',
};

/** Text with `backticked` spans shown as code, as the next steps write commands. */
export function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i} className="rounded bg-surface-2 px-1 font-mono text-xs">{part}</code> : part))}
    </>
  );
}

function Evidence({ lines }: { lines: string[] }) {
  return (
    <ul className="space-y-1">
      {lines.map((line, i) => {
        const [head, ...rest] = line.split('\n');
        if (rest.length === 0) {
          return <li key={i} className="break-words font-mono text-xs leading-5 text-fg">{line}</li>;
        }
        return (
          <li key={i}>
            <details className="group">
              <summary className="cursor-pointer font-mono text-xs leading-5 text-fg">{head}</summary>
              <pre className="mt-1 max-h-72 overflow-auto rounded bg-surface-2 px-3 py-2 font-mono text-xs leading-5 text-fg">{rest.join('\n')}</pre>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

export function FindingCard({ finding, isCompact = false }: { finding: Finding; isCompact?: boolean }) {
  const titleId = `finding-${finding.id.replace(/[^\w-]+/g, '-')}`;
  const { subject } = finding;
  return (
    <article aria-labelledby={titleId} className={cx('rounded-lg border border-l-4 border-line bg-surface', SEVERITY_STYLES[finding.severity].rail)}>
      <header className="flex flex-wrap items-start gap-x-3 gap-y-1.5 px-4 pt-3">
        <SeverityBadge severity={finding.severity} className="mt-0.5" />
        <h3 id={titleId} className="min-w-0 flex-1 text-sm font-semibold leading-6 text-fg">{finding.title}</h3>
        <Badge tone="outline">{AREA_NAMES[finding.area]}</Badge>
      </header>
      <div className="space-y-3 px-4 pb-3 pt-2">
        <p className="text-xs text-muted">
          {SUBJECT_WORD[subject.kind]}{' '}
          {subject.href ? (
            <Link href={subject.href} className="font-medium text-accent hover:underline">{subject.name}</Link>
          ) : (
            <span className="font-medium text-fg">{subject.name}</span>
          )}
          <span className="text-subtle"> · {finding.id}</span>
        </p>
        <div>
          <h4 className="mb-1 text-xs font-medium uppercase tracking-wide text-subtle">Evidence</h4>
          <Evidence lines={finding.evidence} />
        </div>
        {!isCompact && finding.nextSteps.length > 0 ? (
          <div>
            <h4 className="mb-1 text-xs font-medium uppercase tracking-wide text-subtle">Next steps</h4>
            <ul className="list-disc space-y-1 pl-5 text-sm text-fg">
              {finding.nextSteps.map((step) => <li key={step}><WithCode text={step} /></li>)}
            </ul>
          </div>
        ) : null}
        {finding.commands.length > 0 ? (
          <div>
            <h4 className="mb-1 text-xs font-medium uppercase tracking-wide text-subtle">See it with kubectl</h4>
            <ul className="space-y-1.5">
              {finding.commands.map((command) => (
                <li key={command} className="flex items-start gap-2">
                  <code className="min-w-0 flex-1 break-all rounded bg-surface-2 px-2 py-1 font-mono text-xs text-fg">{command}</code>
                  <CopyButton text={command} label={`Copy: ${command}`} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </article>
  );
}
