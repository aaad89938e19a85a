/**
 * Server-side Tables (meta.k8s.io/v1 Table): what `kubectl get` prints, built from served objects.
 * Pure; the server calls `toTable` when a client's Accept header asks for `as=Table`.
 */
import { col, NAME_COLUMN, type Printer } from './printers/common';
import { apiServicePrinter, componentStatusPrinter, configMapPrinter, leasePrinter, namespacePrinter, serviceAccountPrinter } from './printers/cluster';
import { eventPrinter, nodePrinter, podPrinter } from './printers/core';
import { OBJECT_META_DOC } from './printers/docs';
import { endpointSlicePrinter, endpointsPrinter, networkPolicyPrinter, servicePrinter } from './printers/network';
import { cronJobPrinter, jobPrinter } from './printers/batch';
import { daemonSetPrinter, deploymentPrinter, replicaSetPrinter, statefulSetPrinter } from './printers/workloads';
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

/** The API server's printers by resource (plural); events.k8s.io Events share the core printer, as upstream. */
const PRINTERS: Record<string, Printer> = {
  pods: podPrinter,
  nodes: nodePrinter,
  services: servicePrinter,
  events: eventPrinter,
  deployments: deploymentPrinter,
  daemonsets: daemonSetPrinter,
  replicasets: replicaSetPrinter,
  statefulsets: statefulSetPrinter,
  jobs: jobPrinter,
  cronjobs: cronJobPrinter,
  configmaps: configMapPrinter,
  leases: leasePrinter,
  endpoints: endpointsPrinter,
  serviceaccounts: serviceAccountPrinter,
  networkpolicies: networkPolicyPrinter,
  endpointslices: endpointSlicePrinter,
  apiservices: apiServicePrinter,
  componentstatuses: componentStatusPrinter,
  namespaces: namespacePrinter,
};

/** rest.NewDefaultTableConvertor: NAME and the creation time as an RFC3339 `date` cell. */
const DEFAULT_PRINTER: Printer = {
  columns: [NAME_COLUMN, col('Created At', 'date', OBJECT_META_DOC.creationTimestamp)],
  cells: (obj) => [obj.metadata.name, obj.metadata.creationTimestamp ?? ''],
};

/**
 * Build a Table for `resource` (the plural, e.g. `pods`, `nodes`, `deployments`) from `items`.
 * Resources without a dedicated printer get NAME and AGE like the API server's default table convertor.
 * Kubernetes fact: the API server always prints with Wide: true and lets the client drop priority-1
 * columns, so every row carries every column's cell.
 */
export function toTable(resource: string, items: KObject[], opts: TableOptions): Record<string, unknown> {
  const printer = PRINTERS[resource] ?? DEFAULT_PRINTER;
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion: opts.resourceVersion, ...(opts.continueToken ? { continue: opts.continueToken } : {}) },
    columnDefinitions: printer.columns,
    rows: items.map((obj) => {
      const conditions = printer.conditions?.(obj);
      const object = rowObject(obj, opts.includeObject);
      return {
        cells: printer.cells(obj, opts.now),
        ...(conditions ? { conditions } : {}),
        ...(object === undefined ? {} : { object }),
      };
    }),
  };
}

function rowObject(obj: KObject, include: IncludeObject): unknown {
  if (include === 'None') return undefined;
  if (include === 'Object') return obj;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
}
