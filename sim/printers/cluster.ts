/** Printers for configmaps, serviceaccounts, leases, namespaces, componentstatuses and apiservices, as the API server prints them. */
import { AGE_COLUMN, NAME_COLUMN, ageCell, arr, col, field, record, str, type Printer } from './common';
import { FIELD_DOC } from './docs';

export const configMapPrinter: Printer = {
  columns: [NAME_COLUMN, col('Data', 'string', FIELD_DOC.configMapData), AGE_COLUMN],
  cells: (obj, now) => [
    obj.metadata.name,
    Object.keys(record(obj.data)).length + Object.keys(record(obj.binaryData)).length,
    ageCell(obj, now),
  ],
};

export const serviceAccountPrinter: Printer = {
  columns: [NAME_COLUMN, col('Secrets', 'string', FIELD_DOC.serviceAccountSecrets), AGE_COLUMN],
  cells: (obj, now) => [obj.metadata.name, arr(obj.secrets).length, ageCell(obj, now)],
};

export const leasePrinter: Printer = {
  columns: [NAME_COLUMN, col('Holder', 'string', FIELD_DOC.holderIdentity), AGE_COLUMN],
  cells: (obj, now) => [obj.metadata.name, str(field(obj, 'spec', 'holderIdentity')), ageCell(obj, now)],
};

export const namespacePrinter: Printer = {
  columns: [NAME_COLUMN, col('Status', 'string', 'The status of the namespace'), AGE_COLUMN],
  cells: (obj, now) => [obj.metadata.name, str(field(obj, 'status', 'phase')), ageCell(obj, now)],
};

export const componentStatusPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Status', 'string', 'Status of the component conditions'),
    col('Message', 'string', 'Message of the component conditions'),
    col('Error', 'string', 'Error of the component conditions'),
  ],
  cells(obj) {
    const healthy = arr(obj.conditions).map(record).find((c) => c.type === 'Healthy');
    if (!healthy) return [obj.metadata.name, 'Unknown', '', ''];
    return [obj.metadata.name, healthy.status === 'True' ? 'Healthy' : 'Unhealthy', str(healthy.message), str(healthy.error)];
  },
};

/** kube-aggregator's APIService table: SERVICE `namespace/name` or `Local`; AVAILABLE `True`, `False (Reason)` or `Unknown`. */
export const apiServicePrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Service', 'string', 'The reference to the service that hosts this API endpoint.'),
    col('Available', 'string', 'Whether this service is available.'),
    AGE_COLUMN,
  ],
  cells(obj, now) {
    const service = field(obj, 'spec', 'service');
    const serviceCell = service ? `${str(field(service, 'namespace'))}/${str(field(service, 'name'))}` : 'Local';
    const available = arr(field(obj, 'status', 'conditions')).map(record).find((c) => c.type === 'Available');
    let availableCell = 'Unknown';
    if (available) {
      const status = str(available.status);
      availableCell = status !== 'True' && str(available.reason) ? `${status} (${str(available.reason)})` : status;
    }
    return [obj.metadata.name, serviceCell, availableCell, ageCell(obj, now)];
  },
};
