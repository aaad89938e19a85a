'use client';
/** The inventory's tables: one per kind, every row carrying its anchor (`#deployment-coredns`) and links to components. */
import { useFormatter, useTranslations } from 'next-intl';
import Link from '@/components/ui/app-link';
import { useState } from 'react';
import type { ConfigMapRow, InventoryResponse, WorkloadRow } from '@/lib/api/inventory';
import { componentHref } from '@/lib/api/urls';
import { formatBytes } from '@/lib/model/quantity';
import { useConfigMapData } from '@/lib/hooks/use-inventory';
import { cx } from '@/components/ui/cx';
import { useErrorText } from '@/components/ui/error-text';
import { useModelText } from '@/components/ui/model-text';
import { useFormatAge } from '@/components/ui/relative-time';
import { CARD_TABLE, DataTable } from '@/components/ui/table';

/** The card table's look, its headers never wrapping (kind names and "Ready / desired" stay on one line). */
const LOOK = { ...CARD_TABLE, th: cx(CARD_TABLE.th, 'whitespace-nowrap') };
const TD = CARD_TABLE.td;
const ROW = cx(CARD_TABLE.row, 'target:bg-accent-soft scroll-mt-20');

/** An object's age from its creationTimestamp, in the reader's language ("3 d ago"). */
function useAge(now: number): (iso: string | undefined) => string {
  const formatAge = useFormatAge();
  return (iso) => (iso ? formatAge(Math.max(0, now - Date.parse(iso))) : '—');
}

/** A rule's clause as a sentence: capital first letter, full stop. */
const asSentence = (clause: string) => `${clause.charAt(0).toLocaleUpperCase()}${clause.slice(1)}.`;

function ComponentLink({ id, name }: { id?: string; name?: string }) {
  return id ? <Link href={componentHref(id)} className="text-accent hover:underline">{name ?? id}</Link> : <span className="text-subtle">—</span>;
}

export function WorkloadTable({ rows, now, kind }: { rows: WorkloadRow[]; now: number; kind: 'Deployment' | 'DaemonSet' | 'ReplicaSet' }) {
  const t = useTranslations('inventory.columns');
  const format = useFormatter();
  const age = useAge(now);
  const columns =
    kind === 'ReplicaSet'
      ? [t('name'), t('readyDesired'), 'Deployment', t('component'), t('age')]
      : [t('name'), t('readyDesired'), t('upToDate'), t('available'), t('component'), t('images'), t('age')];
  return (
    <DataTable look={LOOK} columns={columns}>
      {rows.map((r) => (
        <tr key={r.name} id={r.anchor} className={ROW}>
          <th scope="row" className={cx(TD, 'whitespace-nowrap text-left font-medium')}>{r.name}</th>
          <td className={cx(TD, 'whitespace-nowrap', r.ready < r.desired ? 'font-medium text-warn' : 'text-fg')}>
            {format.number(r.ready)}/{format.number(r.desired)}
          </td>
          {kind === 'ReplicaSet' ? (
            <td className={TD}>{r.owner ? <a href={`#deployment-${r.owner}`} className="text-accent hover:underline">{r.owner}</a> : <span className="text-subtle">—</span>}</td>
          ) : (
            <>
              <td className={cx(TD, 'text-muted')}>{r.upToDate ?? '—'}</td>
              <td className={cx(TD, 'text-muted')}>{r.available ?? '—'}</td>
            </>
          )}
          <td className={TD}><ComponentLink id={r.componentId} name={r.componentName} /></td>
          {kind !== 'ReplicaSet' ? <td className={cx(TD, 'break-all font-mono text-xs text-muted')}>{r.images.join(', ')}</td> : null}
          <td className={cx(TD, 'whitespace-nowrap text-muted')}>{age(r.createdAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ServiceTable({ rows, now }: { rows: InventoryResponse['services']; now: number }) {
  const t = useTranslations('inventory.columns');
  const none = useTranslations('common')('none');
  const age = useAge(now);
  return (
    <DataTable look={LOOK} columns={[t('name'), t('type'), t('clusterIP'), t('ports'), t('selector'), t('component'), t('age')]}>
      {rows.map((s) => (
        <tr key={s.name} id={s.anchor} className={ROW}>
          <th scope="row" className={cx(TD, 'text-left font-medium')}>{s.name}</th>
          <td className={TD}>{s.type}</td>
          <td className={cx(TD, 'font-mono text-xs')}>{s.clusterIP ?? '—'}</td>
          <td className={cx(TD, 'font-mono text-xs')}>{s.ports}</td>
          <td className={cx(TD, 'break-all font-mono text-xs text-muted')}>{s.selector || none}</td>
          <td className={TD}><ComponentLink id={s.componentId} name={s.componentName} /></td>
          <td className={cx(TD, 'whitespace-nowrap text-muted')}>{age(s.createdAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function ConfigMapContents({ name }: { name: string }) {
  const t = useTranslations('inventory.configMaps');
  const errorText = useErrorText();
  const { data, error } = useConfigMapData(name);
  if (error) return <p className="text-sm text-bad">{t('error', { error: errorText(error).message })}</p>;
  if (!data) return <p className="text-sm text-muted">{t('loading')}</p>;
  return (
    <div className="space-y-3">
      {Object.entries(data.data).map(([key, value]) => (
        <div key={key}>
          <p className="font-mono text-xs font-medium text-fg">{key}</p>
          <pre tabIndex={0} aria-label={t('contents', { key })} className="mt-1 max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-surface-2 p-2 font-mono text-xs text-fg">{value}</pre>
        </div>
      ))}
      {data.binaryKeys.map((b) => (
        <p key={b.name} className="font-mono text-xs text-muted">{t('binaryKey', { key: b.name, size: formatBytes(b.bytes) })}</p>
      ))}
    </div>
  );
}

function ConfigMapDetails({ row }: { row: ConfigMapRow }) {
  const t = useTranslations('inventory.configMaps');
  const [isOpen, setIsOpen] = useState(false);
  if (row.keys.length === 0) return <span className="text-subtle">{t('noData')}</span>;
  return (
    <details onToggle={(e) => setIsOpen((e.target as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer text-sm text-accent">{t('show')}</summary>
      <div className="mt-2">{isOpen ? <ConfigMapContents name={row.name} /> : null}</div>
    </details>
  );
}

export function ConfigMapTable({ rows, now }: { rows: ConfigMapRow[]; now: number }) {
  const t = useTranslations('inventory.columns');
  const key = useTranslations('inventory.configMaps');
  const age = useAge(now);
  return (
    <DataTable look={LOOK} columns={[t('name'), t('keys'), t('total'), t('data'), t('age')]}>
      {rows.map((c) => (
        <tr key={c.name} id={c.anchor} className={ROW}>
          <th scope="row" className={cx(TD, 'text-left font-medium')}>{c.name}</th>
          <td className={cx(TD, 'font-mono text-xs text-muted')}>
            {c.keys.map((k) => key(k.isBinary ? 'keyBinary' : 'key', { key: k.name, size: formatBytes(k.bytes) })).join(', ') || '—'}
          </td>
          <td className={cx(TD, 'whitespace-nowrap')}>{formatBytes(c.totalBytes)}</td>
          <td className={cx(TD, 'w-1/2')}><ConfigMapDetails row={c} /></td>
          <td className={cx(TD, 'whitespace-nowrap text-muted')}>{age(c.createdAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function NetworkPolicyTable({ rows, now }: { rows: InventoryResponse['networkPolicies']; now: number }) {
  const t = useTranslations('inventory.columns');
  const policies = useTranslations('inventory.policies');
  const text = useModelText();
  const age = useAge(now);
  return (
    <DataTable look={LOOK} columns={[t('name'), t('appliesTo'), t('whatItDoes'), t('age')]}>
      {rows.map((p) => (
        <tr key={p.name} id={p.anchor} className={ROW}>
          <th scope="row" className={cx(TD, 'text-left font-medium')}>{p.name}</th>
          <td className={cx(TD, 'font-mono text-xs text-muted')}>{p.selectsAll ? policies('allPods') : p.podSelector}</td>
          <td className={TD}>
            <ul className="space-y-0.5">
              {p.ruleMessages.map((rule, i) => <li key={p.rules[i]}>{asSentence(text(rule))}</li>)}
            </ul>
          </td>
          <td className={cx(TD, 'whitespace-nowrap text-muted')}>{age(p.createdAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ServiceAccountList({ rows }: { rows: InventoryResponse['serviceAccounts'] }) {
  return (
    <ul className="grid gap-x-4 gap-y-1 px-4 py-3 text-sm sm:grid-cols-2 xl:grid-cols-4">
      {rows.map((s) => (
        <li key={s.name} id={s.anchor} className="truncate font-mono text-xs target:bg-accent-soft scroll-mt-20" title={s.name}>{s.name}</li>
      ))}
    </ul>
  );
}
