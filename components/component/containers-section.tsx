/** ContainersSection (image, version, ports) and FlagsSection (command-line flags as a table). */
import type { SpecInfo } from '@/lib/api/component';
import { CopyButton } from '@/components/ui/copy-button';
import { cx } from '@/components/ui/cx';
import { COMPACT_TABLE, DataTable } from '@/components/ui/table';
import { Section, SectionNote } from '@/components/ui/section';
import { SpecNote } from './spec-note';

export function ContainersSection({ specs }: { specs: SpecInfo[] }) {
  if (specs.length === 0) return null;
  return (
    <Section isCompact id="containers" title="Containers" isFlush>
      {specs.map((spec) => (
        <div key={spec.source} className="border-b border-line last:border-b-0">
          <div className="px-4 pt-2.5">
            <SpecNote spec={spec} />
          </div>
          <DataTable look={COMPACT_TABLE} columns={['Container', 'Image', 'Version', 'Ports']}>
            {spec.containers.map((c) => (
              <tr key={c.name} className={COMPACT_TABLE.row}>
                <td className={cx(COMPACT_TABLE.td, 'font-medium')}>
                  {c.name}
                  {c.isInit ? <span className="ml-1.5 text-xs font-normal text-subtle">init</span> : null}
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
  const containers = specs.flatMap((spec) => spec.containers.map((c) => ({ spec, c })));
  if (containers.length === 0) return null;
  const withFlags = containers.filter(({ c }) => c.commandLine.length > 0);
  return (
    <Section isCompact id="flags" title="Command-line flags" meta="from each container's command and args">
      {withFlags.length === 0 ? (
        <SectionNote>No command or args in the spec: the containers run their image&apos;s default entrypoint.</SectionNote>
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
                <CopyButton text={c.commandLine.join(' ')} label={`Copy the command line of ${c.name}`} className="ml-auto" />
              </div>
              {c.flags.length === 0 ? (
                <SectionNote>No flags.</SectionNote>
              ) : (
                <DataTable
                  look={COMPACT_TABLE}
                  columns={[{ label: 'Flag', className: 'w-1/3' }, 'Value']}
                  className="rounded-md border border-line"
                  aria-label={`Flags of ${c.name}`}
                >
                  {c.flags.map((f, i) => (
                    <tr key={i} className={COMPACT_TABLE.row}>
                      <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'whitespace-nowrap')}>
                        {f.flag || <span className="font-sans text-subtle">argument</span>}
                        {f.isRepeated ? <span className="ml-1.5 font-sans text-xs text-subtle">repeated</span> : null}
                      </td>
                      <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'break-all')}>
                        {f.value ?? <span className="font-sans text-subtle">(no value)</span>}
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
