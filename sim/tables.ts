/**
 * Server-side Tables (meta.k8s.io/v1 Table): what `kubectl get` prints, built from served objects.
 * Pure; the server calls `toTable` when a client's Accept header asks for `as=Table`.
 */
import type { KObject } from './types';

export type IncludeObject = 'None' | 'Metadata' | 'Object';

export interface TableOptions {
  /** Epoch ms used for AGE columns. */
  now: number;
  /** `includeObject` query parameter; kubectl sends none and expects Metadata (PartialObjectMetadata). */
  includeObject: IncludeObject;
  /** resourceVersion of the list, copied into the Table's metadata. */
  resourceVersion?: string;
  continueToken?: string;
}

/**
 * Build a Table for `resource` (the plural, e.g. `pods`, `nodes`, `deployments`) from `items`.
 * Resources without a dedicated printer get NAME and AGE like the API server's default table convertor.
 */
export function toTable(resource: string, items: KObject[], opts: TableOptions): Record<string, unknown> {
  // TODO(issue 2): dedicated printers; this is the generic fallback.
  void resource;
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion: opts.resourceVersion, ...(opts.continueToken ? { continue: opts.continueToken } : {}) },
    columnDefinitions: [
      { name: 'Name', type: 'string', format: 'name', description: 'Name of the object', priority: 0 },
      { name: 'Created At', type: 'date', format: '', description: 'Creation time', priority: 0 },
    ],
    rows: items.map((obj) => ({
      cells: [obj.metadata.name, obj.metadata.creationTimestamp ?? ''],
      object: rowObject(obj, opts.includeObject),
    })),
  };
}

function rowObject(obj: KObject, include: IncludeObject): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return obj;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
}
