/** ContainersSection (image, version, ports) and FlagsSection (command-line flags as a table). */
import { useTranslations } from 'next-intl';
import type { SpecInfo } from '@/lib/api/component';
import { CopyButton } from '@/components/ui/copy-button';
import { cx } from '@/components/ui/cx';
import { COMPACT_TABLE, DataTable } from '@/components/ui/table';
import { Section, SectionNote } from '@/components/ui/section';
import { SpecNote } from './spec-note';

export function ContainersSection({ specs }: { specs: SpecInfo[] }) {
  const t = useTranslations('component.containers');
  if (specs.length === 0) return null;
  return (
    <Section isCompact id="containers" title={t('title')} isFlush>
      {specs.map((spec) => (
        <div key={spec.source} className="border-b border-line last:border-b-0">
          <div className="px-4 pt-2.5">
            <SpecNote spec={spec} />
          </div>
          <DataTable look={COMPACT_TABLE} columns={[t('container'), t('image'), t('version'), t('ports')]}>
            {spec.containers.map((c) => (
              <tr key={c.name} className={COMPACT_TABLE.row}>
                <td className={cx(COMPACT_TABLE.td, 'font-medium')}>
                  {c.name}
                  {c.isInit ? <span className="ml-1.5 text-xs font-normal text-subtle">{t('init')}</span> : null}
                </td>
                <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'break-all text-muted')}>{c.image}</td>
                <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'font-medium')}>{c.version}</td>
                <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'text-muted')}>{c.ports.length ? c.ports.join(', ') : '—'}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      ))}
    </Section>
  );
}

export function FlagsSection({ specs }: { specs: SpecInfo[] }) {
  const t = useTranslations('component.flags');
  const containers = specs.flatMap((spec) => spec.containers.map((c) => ({ spec, c })));
  if (containers.length === 0) return null;
  const withFlags = containers.filter(({ c }) => c.commandLine.length > 0);
  return (
    <Section isCompact id="flags" title={t('title')} meta={t('meta')}>
      {withFlags.length === 0 ? (
        <SectionNote>{t('none')}</SectionNote>
      ) : (
        <div className="space-y-5">
          {withFlags.map(({ spec, c }) => (
            <div key={`${spec.source}/${c.name}`} className="space-y-2">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="text-sm font-medium text-fg">
                  {c.name}
                  {c.executable && c.executable !== c.name ? (
                    <span className={cx(COMPACT_TABLE.mono, 'ml-2 font-normal text-muted')}>{c.executable}</span>
                  ) : null}
                </h3>
                <CopyButton text={c.commandLine.join(' ')} label={t('copy', { name: c.name })} className="ml-auto" />
              </div>
              {c.flags.length === 0 ? (
                <SectionNote>{t('noFlags')}</SectionNote>
              ) : (
                <DataTable
                  look={COMPACT_TABLE}
                  columns={[{ label: t('flag'), className: 'w-1/3' }, t('value')]}
                  className="rounded-md border border-line"
                  aria-label={t('of', { name: c.name })}
                >
                  {c.flags.map((f, i) => (
                    <tr key={i} className={COMPACT_TABLE.row}>
                      <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'whitespace-nowrap')}>
                        {f.flag || <span className="font-sans text-subtle">{t('argument')}</span>}
                        {f.isRepeated ? <span className="ml-1.5 font-sans text-xs text-subtle">{t('repeated')}</span> : null}
                      </td>
                      <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'break-all')}>
                        {f.value ?? <span className="font-sans text-subtle">{t('noValue')}</span>}
                      </td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}
