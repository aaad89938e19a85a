/** Reads one file of a `kubectl cluster-info dump` (a JSON or YAML List) and checks its shape, naming the file in every error. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { KObject } from '../types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parse a `.json`, `.yaml` or `.yml` file; the error names the file and what the parser said. */
export function readDocument(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read: ${(err as Error).message}`);
  }
  const isYaml = /\.ya?ml$/i.test(file);
  try {
    return isYaml ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message.split('\n')[0];
    throw new Error(`${file}: invalid ${isYaml ? 'YAML' : 'JSON'}: ${message}`);
  }
}

export interface FileResource { apiVersion: string; kind: string; namespace?: string }

/**
 * The items of a List file (`kubectl get -o json` writes `{kind: "PodList", items: [...]}`; `items: null`
 * is an empty list). Items may omit apiVersion and kind, as typed lists do: they are filled from the file's
 * resource, and namespaced items without a namespace get the directory's.
 */
export function readList(file: string, resource: FileResource): KObject[] {
  const doc = readDocument(file);
  if (!isObject(doc) || !('items' in doc) || (doc.items !== null && !Array.isArray(doc.items))) {
    const what = isObject(doc) ? `an object without an items array (kind ${JSON.stringify(doc.kind ?? null)})` : Array.isArray(doc) ? 'an array' : `a ${doc === null ? 'null' : typeof doc}`;
    throw new Error(`${file}: not a List: expected an object with "items": [...], found ${what}`);
  }
  const items = (doc.items ?? []) as unknown[];
  return items.map((item, i) => {
    if (!isObject(item)) throw new Error(`${file}: items[${i}] is not an object`);
    const meta = item.metadata;
    if (!isObject(meta) || typeof meta.name !== 'string' || meta.name === '') throw new Error(`${file}: items[${i}] has no metadata.name`);
    return normalise(item, resource);
  });
}

/** Old captures carry retired group versions (`extensions/v1beta1` Deployments); the object is served under the file's current one. */
function normalise(item: Json, resource: FileResource): KObject {
  const metadata = { ...(item.metadata as Json) } as KObject['metadata'];
  if (resource.namespace && !metadata.namespace) metadata.namespace = resource.namespace;
  const kind = typeof item.kind === 'string' && item.kind ? item.kind : resource.kind;
  const apiVersion = kind === resource.kind || typeof item.apiVersion !== 'string' ? resource.apiVersion : item.apiVersion;
  return { ...item, apiVersion, kind, metadata };
}
