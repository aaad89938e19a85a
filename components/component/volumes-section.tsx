/** VolumesSection: each volume by kind and source (Secrets by name only), and where it is mounted. */
import type { SpecInfo } from '@/lib/api/component';
import { cx } from '@/components/ui/cx';
import { DataTable } from '@/components/ui/table';
import { Section, TABLE } from './section';

export function VolumesSection({ specs }: { specs: SpecInfo[] }) {
  const rows = specs.flatMap((spec) =>
    spec.volumes.map((v) => ({
      key: `${spec.source}/${v.name}`,
      v,
      mounts: spec.containers.flatMap((c) =>
        c.mounts.filter((m) => m.volume === v.name).map((m) => `${c.name}: ${m.path}${m.isReadOnly ? ' (ro)' : ''}`),
      ),
    })),
  );
  if (rows.length === 0) return null;
  return (
    <Section id="volumes" title="Volumes" meta="Secrets are shown by name only; kubesys never reads them" isFlush>
      <DataTable look={TABLE} columns={['Volume', 'Kind', 'Source', 'Mounted at']}>
        {rows.map(({ key, v, mounts }) => (
          <tr key={key} className={TABLE.row}>
            <td className={cx(TABLE.td, 'font-medium')}>{v.name}</td>
            <td className={TABLE.td}>{v.kind}</td>
            <td className={cx(TABLE.td, TABLE.mono, 'break-all text-muted')}>{v.detail || '—'}</td>
            <td className={cx(TABLE.td, TABLE.mono, 'text-muted')}>
              {mounts.length ? mounts.map((m) => <div key={m}>{m}</div>) : '—'}
            </td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
