/**
 * FindingCard: one finding — severity, title, linked subject, links to its evidence, the evidence, next steps,
 * kubectl with copy buttons. The server's texts are messages rendered in the reader's language (useModelText);
 * kubectl commands are shown as they are.
 */
import { useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import type { Finding } from '@/lib/api/findings';
import type { Message } from '@/lib/api/message';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { cx } from '@/components/ui/cx';
import { ChevronRightIcon } from '@/components/ui/icons';
import { useModelText } from '@/components/ui/model-text';
import { WithCode } from '@/components/ui/with-code';
import { SEVERITY_STYLES, SeverityBadge } from './severity';

function Evidence({ messages }: { messages: Message[] }) {
  const say = useModelText();
  return (
    <ul className="space-y-1">
      {messages.map(say).map((line, i) => {
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

/** "See the evidence": the dashboard pages that show it (the previous container's log, CoreDNS's logs …). */
export function EvidenceLinks({ links }: { links: Finding['links'] }) {
  const t = useTranslations('findings');
  const say = useModelText();
  if (links.length === 0) return null;
  return (
    <div role="group" aria-label={t('evidenceLinks')} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="text-xs font-medium uppercase tracking-wide text-subtle">{t('seeEvidence')}</span>
      {links.map((link) => (
        <Link key={link.href} href={link.href} className="inline-flex items-center gap-0.5 font-medium text-accent hover:underline">
          {say(link.labelMessage)}
          <ChevronRightIcon className="size-3.5" />
        </Link>
      ))}
    </div>
  );
}

function SubjectLine({ finding }: { finding: Finding }) {
  const t = useTranslations('findings');
  const { subject } = finding;
  return (
    <p className="text-xs text-muted">
      {t(`subject.${subject.kind}`)}{' '}
      {subject.href ? (
        <Link href={subject.href} className="font-medium text-accent hover:underline">{subject.name}</Link>
      ) : (
        <span className="font-medium text-fg">{subject.name}</span>
      )}
      <span className="text-subtle"> · {finding.id}</span>
    </p>
  );
}

export function NextSteps({ steps }: { steps: Message[] }) {
  const t = useTranslations('findings');
  const say = useModelText();
  if (steps.length === 0) return null;
  return (
    <div>
      <h4 className="mb-1 text-xs font-medium uppercase tracking-wide text-subtle">{t('nextSteps')}</h4>
      <ul className="list-disc space-y-1 pl-5 text-sm text-fg">
        {steps.map(say).map((step) => <li key={step}><WithCode text={step} /></li>)}
      </ul>
    </div>
  );
}

/** What one finding says below its title: subject, evidence links, evidence, next steps (unless left out), kubectl. */
export function FindingBody({ finding, showNextSteps = true }: { finding: Finding; showNextSteps?: boolean }) {
  const t = useTranslations('findings');
  return (
    <div className="space-y-3">
      <SubjectLine finding={finding} />
      {/* The subject's own page is linked on the line above already. */}
      <EvidenceLinks links={finding.links.filter((link) => link.href !== finding.subject.href)} />
      <div>
        <h4 className="mb-1 text-xs font-medium uppercase tracking-wide text-subtle">{t('evidence')}</h4>
        <Evidence messages={finding.evidenceMessages} />
      </div>
      {showNextSteps ? <NextSteps steps={finding.nextStepMessages} /> : null}
      {finding.commands.length > 0 ? (
        <div>
          <h4 className="mb-1 text-xs font-medium uppercase tracking-wide text-subtle">{t('withKubectl')}</h4>
          <ul className="space-y-1.5">
            {finding.commands.map((command) => (
              <li key={command} className="flex items-start gap-2">
                <code className="min-w-0 flex-1 break-all rounded bg-surface-2 px-2 py-1 font-mono text-xs text-fg">{command}</code>
                <CopyButton text={command} label={t('copy', { command })} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The id of a finding's title element, for `aria-labelledby`. */
export const findingTitleId = (id: string) => `finding-${id.replace(/[^\w-]+/g, '-')}`;

export function FindingCard({ finding, isCompact = false }: { finding: Finding; isCompact?: boolean }) {
  const t = useTranslations('findings');
  const say = useModelText();
  const titleId = findingTitleId(finding.id);
  return (
    <article aria-labelledby={titleId} className={cx('rounded-lg border border-l-4 border-line bg-surface', SEVERITY_STYLES[finding.severity].rail)}>
      <header className="flex flex-wrap items-start gap-x-3 gap-y-1.5 px-4 pt-3">
        <SeverityBadge severity={finding.severity} className="mt-0.5" />
        <h3 id={titleId} className="min-w-0 flex-1 text-sm font-semibold leading-6 text-fg">{say(finding.titleMessage)}</h3>
        <Badge tone="outline">{t(`area.${finding.area}`)}</Badge>
      </header>
      <div className="px-4 pb-3 pt-2">
        <FindingBody finding={finding} showNextSteps={!isCompact} />
      </div>
    </article>
  );
}
