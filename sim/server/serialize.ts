/**
 * Turning stored entries into response bytes: an item's JSON in the requested group version (cached per
 * entry), list bodies assembled from cached item JSON, and meta.k8s.io Tables through sim/tables.
 */
import { toTable, type IncludeObject } from '../tables';
import type { KObject } from '../types';
import { toEventsV1 } from './events-convert';
import { groupVersionOf, type ResourceDef } from './resources';
import { badRequest } from './status';
import type { Entry } from './store';

/** The entry's JSON as `def` serves it (events.k8s.io events are converted once and cached). */
export function itemJson(def: ResourceDef, entry: Entry): string {
  if (!def.viewOf) return entry.json;
  const form = groupVersionOf(def);
  entry.alt ??= new Map();
  let json = entry.alt.get(form);
  if (json === undefined) {
    json = JSON.stringify(toEventsV1(entry.obj));
    entry.alt.set(form, json);
  }
  return json;
}

/** The entry's object as `def` serves it. */
export function itemObject(def: ResourceDef, entry: Entry): KObject {
  return def.viewOf ? (JSON.parse(itemJson(def, entry)) as KObject) : entry.obj;
}

export interface ListMeta {
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

function itemBytes(def: ResourceDef, entry: Entry): Buffer {
  if (def.viewOf) return Buffer.from(itemJson(def, entry));
  entry.bytes ??= Buffer.from(entry.json);
  return entry.bytes;
}

const COMMA = Buffer.from(',');

/**
 * `{"kind":"PodList",…,"items":[…]}` as chunks: each entry's cached UTF-8 bytes between a head and a
 * tail, so a list of 10,000 pods is written without serializing or copying the objects.
 */
export function listJson(def: ResourceDef, entries: Entry[], meta: ListMeta): Buffer[] {
  const head = JSON.stringify({ kind: def.listKind, apiVersion: groupVersionOf(def), metadata: meta });
  const parts: Buffer[] = [Buffer.from(`${head.slice(0, -1)},"items":[`)];
  entries.forEach((e, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(itemBytes(def, e));
  });
  parts.push(Buffer.from(']}'));
  return parts;
}

/** The `includeObject` parameter of a Table request; kubectl sends none and gets Metadata. */
export function includeObjectOf(query: URLSearchParams): IncludeObject {
  const v = query.get('includeObject') ?? 'Metadata';
  if (v !== 'None' && v !== 'Metadata' && v !== 'Object') throw badRequest(`includeObject: Unsupported value: "${v}"`);
  return v;
}

/** A Table for `def` built by sim/tables (core objects: the printers read core fields, as the server's do). */
export function tableFor(
  def: ResourceDef,
  entries: Entry[],
  query: URLSearchParams,
  now: number,
  meta: { resourceVersion?: string; continueToken?: string } = {},
): Record<string, unknown> {
  return toTable(def.plural, entries.map((e) => e.obj), { now, includeObject: includeObjectOf(query), ...meta });
}
