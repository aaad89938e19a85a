/** ProbesSection (liveness/readiness/startup in words) and ResourcesSection (requests and limits). */
import { useTranslations } from 'next-intl';
import type { ResourceAmounts, SpecInfo } from '@/lib/api/component';
import { cx } from '@/components/ui/cx';
import { useModelText } from '@/components/ui/model-text';
import { COMPACT_TABLE, DataTable } from '@/components/ui/table';
import { Section, SectionNote } from '@/components/ui/section';
import { WithCode } from '@/components/ui/with-code';

function containersOf(specs: SpecInfo[]) {
  return specs.flatMap((spec) => spec.containers.map((c) => ({ key: `${spec.source}/${c.name}`, c })));
}

export function ProbesSection({ specs }: { specs: SpecInfo[] }) {
  const rows = containersOf(specs).flatMap(({ key, c }) => c.probes.map((p) => ({ key: `${key}/${p.kind}`, container: c.name, p })));
  const t = useTranslations('component.probes');
  const say = useModelText();
  if (specs.length === 0) return null;
  return (
    <Section isCompact id="probes" title={t('title')} isFlush>
      {rows.length === 0 ? (
        <SectionNote isPadded>{t('none')}</SectionNote>
      ) : (
        <DataTable look={COMPACT_TABLE} columns={[t('container'), t('probe'), t('check')]}>
          {rows.map((r) => (
            <tr key={r.key} className={COMPACT_TABLE.row}>
              <td className={cx(COMPACT_TABLE.td, 'font-medium')}>{r.container}</td>
              <td className={COMPACT_TABLE.td}>{t(`kind.${r.p.kind}`)}</td>
              <td className={COMPACT_TABLE.td}>
                <WithCode text={say(r.p.textMessage)} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}

function others(amounts: ResourceAmounts): string {
  return Object.entries(amounts.other ?? {})
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

export function ResourcesSection({ specs }: { specs: SpecInfo[] }) {
  const t = useTranslations('component.resources');
  const rows = containersOf(specs);
  if (rows.length === 0) return null;
  const none = <span className="text-subtle">—</span>;
  return (
    <Section isCompact id="resources" title={t('title')} meta={t('meta')} isFlush>
      <DataTable look={COMPACT_TABLE} columns={[t('container'), t('cpuRequest'), t('cpuLimit'), t('memoryRequest'), t('memoryLimit'), t('other')]}>
        {rows.map(({ key, c }) => (
          <tr key={key} className={COMPACT_TABLE.row}>
            <td className={cx(COMPACT_TABLE.td, 'font-medium')}>{c.name}</td>
            <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono)}>{c.requests.cpu ?? none}</td>
            <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono)}>{c.limits.cpu ?? none}</td>
            <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono)}>{c.requests.memory ?? none}</td>
            <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono)}>{c.limits.memory ?? none}</td>
            <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'text-muted')}>
              {[others(c.requests) && `requests ${others(c.requests)}`, others(c.limits) && `limits ${others(c.limits)}`]
                .filter(Boolean)
                .join('; ') || none}
            </td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
