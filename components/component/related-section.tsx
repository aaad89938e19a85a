/** RelatedSection: Services that select the component's pods, and the ConfigMaps it reads (Corefile as text). */
import { useTranslations } from 'next-intl';
import type { ConfigMapInfo, ServiceInfo } from '@/lib/api/component';
import { CopyButton } from '@/components/ui/copy-button';
import { cx } from '@/components/ui/cx';
import { useModelText } from '@/components/ui/model-text';
import { COMPACT_TABLE, DataTable } from '@/components/ui/table';
import { Section, SectionNote } from '@/components/ui/section';

function bytes(n: number): string {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`;
}

function Services({ services }: { services: ServiceInfo[] }) {
  const t = useTranslations('component.related');
  if (services.length === 0) return <SectionNote>{t('noService')}</SectionNote>;
  return (
    <DataTable look={COMPACT_TABLE} columns={[t('service'), t('type'), t('clusterIp'), t('ports'), t('selector')]} className="rounded-md border border-line">
      {services.map((s) => (
        <tr key={s.name} className={COMPACT_TABLE.row}>
          <td className={cx(COMPACT_TABLE.td, 'font-medium')}>{s.name}</td>
          <td className={COMPACT_TABLE.td}>{s.type}</td>
          <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono)}>{s.clusterIP || '—'}</td>
          <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'text-muted')}>{s.ports.join(', ') || '—'}</td>
          <td className={cx(COMPACT_TABLE.td, COMPACT_TABLE.mono, 'text-muted')}>{s.selector}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function ConfigMapBlock({ cm }: { cm: ConfigMapInfo }) {
  const t = useTranslations('component.related');
  const say = useModelText();
  return (
    <li className="space-y-2 rounded-md border border-line px-3 py-2.5">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-[13px]">
        <h4 className="font-medium text-fg">ConfigMap {cm.name}</h4>
        <span className="text-xs text-muted">{cm.referencedByMessages.map((how) => say(how)).join(' · ')}</span>
      </div>
      {!cm.isFound ? (
        <SectionNote>{t('missing')}</SectionNote>
      ) : (
        <p className="text-xs text-muted">
          {cm.keys.length === 0 ? t('noKeys') : cm.keys.map((k) => `${k.name} (${bytes(k.bytes)})`).join(' · ')}
        </p>
      )}
      {cm.text ? (
        <div className="space-y-1">
          <div className="flex items-center gap-2">
            <h5 className="text-xs font-medium text-muted">{cm.text.key}</h5>
            <CopyButton text={cm.text.content} label={t('copy', { key: cm.text.key })} className="ml-auto" />
          </div>
          <pre
            aria-label={cm.text.key}
            tabIndex={0}
            className="max-h-[36rem] overflow-auto rounded-md border border-line bg-surface-2 px-3 py-2 font-mono text-[12px] leading-relaxed text-fg"
          >
            {cm.text.content}
          </pre>
          {cm.text.isTruncated ? <p className="text-xs text-warn">{t('truncated')}</p> : null}
        </div>
      ) : null}
    </li>
  );
}

export function RelatedSection({ services, configMaps }: { services: ServiceInfo[]; configMaps: ConfigMapInfo[] }) {
  const t = useTranslations('component.related');
  return (
    <Section isCompact id="related" title={t('title')}>
      <div className="space-y-4">
        <div className="space-y-2">
          <h3 className="text-xs font-medium text-muted">{t('services')}</h3>
          <Services services={services} />
        </div>
        <div className="space-y-2">
          <h3 className="text-xs font-medium text-muted">{t('configMaps')}</h3>
          {configMaps.length === 0 ? (
            <SectionNote>{t('noConfigMap')}</SectionNote>
          ) : (
            <ul className="space-y-2">
              {configMaps.map((cm) => (
                <ConfigMapBlock key={cm.name} cm={cm} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </Section>
  );
}
