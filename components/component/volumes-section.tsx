/** VolumesSection: each volume by kind and source (Secrets by name only), and where it is mounted. */
import { useTranslations } from 'next-intl';
import type { SpecInfo } from '@/lib/api/component';
import { cx } from '@/components/ui/cx';
import { COMPACT_TABLE, DataTable } from '@/components/ui/table';
import { Section } from '@/components/ui/section';

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
  const t = useTranslations('component.volumes');
  if (rows.length === 0) return null;
  return (
    <Section isCompact id="volumes" title={t('title')} meta={t('meta')} isFlush>
      <DataTable look={COMPACT_TABLE} columns={[t('volume'), t('kind'), t('source'), t('mountedAt')]}>
        {rows.map(({ key, v, mounts }) => (
          <tr key={key} className={COMPACT_TABLE.row}>
            <td className={cx(COMPACT_TABLE.td, 'font-medium')}>{v.name}</td>
            <td className={COMPACT_TABLE.td}>{v.kind}</td>
            <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'break-all text-muted')}>{v.detail || '—'}</td>
            <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'text-muted')}>
              {mounts.length ? mounts.map((m) => <div key={m}>{m}</div>) : '—'}
            </td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
