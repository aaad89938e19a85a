/** Building blocks of the API server's table printers: column definitions, label and selector formatting, container cells. */
import type { KObject } from '../types';
import { OBJECT_META_DOC } from './docs';
import { formatAge } from './duration';

/** meta.k8s.io/v1 TableColumnDefinition; every field is always serialised. */
export interface ColumnDefinition {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  format: string;
  description: string;
  priority: number;
}

/** meta.k8s.io/v1 TableRowCondition (only pods set one: Completed for Succeeded/Failed pods). */
export interface RowCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

/** A printer: the columns for a resource and the cells of one object, as the server prints them with Wide: true. */
export interface Printer {
  columns: ColumnDefinition[];
  cells(obj: KObject, now: number): unknown[];
  conditions?(obj: KObject): RowCondition[] | undefined;
}

/** A column definition; `priority` 1 is shown by kubectl only with `-o wide`. */
export function col(name: string, type: ColumnDefinition['type'], description: string, priority = 0, format = ''): ColumnDefinition {
  return { name, type, format, description, priority };
}

export const NAME_COLUMN = col('Name', 'string', OBJECT_META_DOC.name, 0, 'name');
export const AGE_COLUMN = col('Age', 'string', OBJECT_META_DOC.creationTimestamp);

/** The AGE cell: HumanDuration since creationTimestamp, `<unknown>` without one. */
export function ageCell(obj: KObject, now: number): string {
  return formatAge(obj.metadata.creationTimestamp, now);
}

/** Read a nested field of a JSON object without trusting its shape. */
export function field(obj: unknown, ...path: string[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** labels.FormatLabels: `k=v` pairs sorted by key, comma-separated; `<none>` when empty. */
export function formatLabels(labels: unknown): string {
  const entries = Object.entries(record(labels)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return '<none>';
  return entries.map(([k, v]) => `${k}=${str(v)}`).join(',');
}

/**
 * metav1.LabelSelectorAsSelector(...).String(): requirements sorted by key, `k=v`, `k in (a,b)`,
 * `k notin (a,b)`, `k`, `!k`; empty for a nil or empty selector; undefined when invalid.
 */
export function labelSelectorString(selector: unknown): string | undefined {
  const sel = record(selector);
  const reqs: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(record(sel.matchLabels))) reqs.push({ key, text: `${key}=${str(value)}` });
  for (const raw of arr(sel.matchExpressions)) {
    const expr = record(raw);
    const key = str(expr.key);
    const values = arr(expr.values).map(str).sort();
    switch (expr.operator) {
      case 'In':
        if (values.length === 0) return undefined;
        reqs.push({ key, text: `${key} in (${values.join(',')})` });
        break;
      case 'NotIn':
        if (values.length === 0) return undefined;
        reqs.push({ key, text: `${key} notin (${values.join(',')})` });
        break;
      case 'Exists':
        reqs.push({ key, text: key });
        break;
      case 'DoesNotExist':
        reqs.push({ key, text: `!${key}` });
        break;
      default:
        return undefined;
    }
  }
  return reqs
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => r.text)
    .join(',');
}

/** metav1.FormatLabelSelector: the selector string, `<none>` when it selects everything, `<error>` when invalid. */
export function formatLabelSelector(selector: unknown): string {
  const s = labelSelectorString(selector);
  if (s === undefined) return '<error>';
  return s === '' ? '<none>' : s;
}

/** layoutContainerCells: container names and images, each comma-joined. */
export function containerCells(podSpec: unknown): [string, string] {
  const containers = arr(field(podSpec, 'containers')).map(record);
  return [containers.map((c) => str(c.name)).join(','), containers.map((c) => str(c.image)).join(',')];
}

/** `max` entries joined, then ` + N more...` (listWithMoreString); `<unset>` when there is nothing. */
export function listWithMore(all: string[], max = 3): string {
  if (all.length > max) return `${all.slice(0, max).join(',')} + ${all.length - max} more...`;
  return all.length === 0 ? '<unset>' : all.join(',');
}
