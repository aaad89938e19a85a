/** Printers for services, endpoints, endpointslices and networkpolicies, as the API server prints them. */
import type { KObject } from '../types';
import { AGE_COLUMN, NAME_COLUMN, ageCell, arr, col, field, formatLabelSelector, formatLabels, listWithMore, num, record, str, type Printer } from './common';
import { FIELD_DOC } from './docs';

/** Load-balancer ingress IPs (or hostnames), de-duplicated and sorted; the server prints them unclipped (wide). */
function loadBalancerIngress(obj: KObject): string[] {
  const seen = new Set<string>();
  for (const raw of arr(field(obj, 'status', 'loadBalancer', 'ingress'))) {
    const ing = record(raw);
    const value = str(ing.ip) || str(ing.hostname);
    if (value) seen.add(value);
  }
  return [...seen].sort();
}

/** EXTERNAL-IP per service type (getServiceExternalIP): `<none>`, `<pending>`, the LB ingress, or the external name. */
function externalIPCell(obj: KObject, type: string): string {
  const externalIPs = arr(field(obj, 'spec', 'externalIPs')).map(str);
  switch (type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerIngress(obj);
      if (externalIPs.length > 0) return [...lb, ...externalIPs].join(',');
      return lb.length > 0 ? lb.join(',') : '<pending>';
    }
    case 'ExternalName':
      return str(field(obj, 'spec', 'externalName'));
    default:
      return '<unknown>';
  }
}

/** PORT(S): `port/protocol`, or `port:nodePort/protocol` when a node port is allocated. */
function portsCell(obj: KObject): string {
  const pieces = arr(field(obj, 'spec', 'ports')).map((raw) => {
    const p = record(raw);
    const protocol = str(p.protocol) || 'TCP';
    return num(p.nodePort) > 0 ? `${num(p.port)}:${num(p.nodePort)}/${protocol}` : `${num(p.port)}/${protocol}`;
  });
  return pieces.length > 0 ? pieces.join(',') : '<none>';
}

export const servicePrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Type', 'string', FIELD_DOC.serviceType),
    col('Cluster-IP', 'string', FIELD_DOC.clusterIP),
    col('External-IP', 'string', FIELD_DOC.externalIPs),
    col('Port(s)', 'string', FIELD_DOC.servicePorts),
    AGE_COLUMN,
    col('Selector', 'string', FIELD_DOC.serviceSelector, 1),
  ],
  cells(obj, now) {
    // The API server defaults type to ClusterIP and fills clusterIPs from clusterIP when it reads older objects.
    const type = str(field(obj, 'spec', 'type')) || 'ClusterIP';
    const clusterIP = str(arr(field(obj, 'spec', 'clusterIPs'))[0]) || str(field(obj, 'spec', 'clusterIP'));
    return [
      obj.metadata.name,
      type,
      clusterIP || '<none>',
      externalIPCell(obj, type),
      portsCell(obj),
      ageCell(obj, now),
      formatLabels(field(obj, 'spec', 'selector')),
    ];
  },
};

function joinHostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** ENDPOINTS (formatEndpoints): up to three `ip:port` (or bare IPs for port-less subsets), then ` + N more...`. */
export function formatEndpoints(obj: KObject): string {
  const subsets = arr(obj.subsets).map(record);
  if (subsets.length === 0) return '<none>';
  const MAX = 3;
  const list: string[] = [];
  let count = 0;
  let more = false;
  const add = (entry: string): void => {
    if (list.length === MAX) more = true;
    else list.push(entry);
  };
  for (const ss of subsets) {
    const addresses = arr(ss.addresses).map((a) => str(record(a).ip));
    const ports = arr(ss.ports).map(record);
    if (ports.length === 0) {
      count += addresses.length;
      addresses.forEach(add);
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const ip of addresses) add(joinHostPort(ip, num(port.port)));
    }
  }
  const joined = list.join(',');
  return more ? `${joined} + ${count - MAX} more...` : joined;
}

export const endpointsPrinter: Printer = {
  columns: [NAME_COLUMN, col('Endpoints', 'string', FIELD_DOC.endpointsSubsets), AGE_COLUMN],
  cells: (obj, now) => [obj.metadata.name, formatEndpoints(obj), ageCell(obj, now)],
};

export const endpointSlicePrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('AddressType', 'string', FIELD_DOC.addressType),
    col('Ports', 'string', FIELD_DOC.endpointSlicePorts),
    col('Endpoints', 'string', FIELD_DOC.endpointSliceEndpoints),
    AGE_COLUMN,
  ],
  cells(obj, now) {
    const ports = arr(obj.ports).map((raw) => {
      const p = record(raw);
      return typeof p.port === 'number' ? String(p.port) : typeof p.name === 'string' ? p.name : '*';
    });
    const addresses = arr(obj.endpoints).flatMap((e) => arr(record(e).addresses).map(str));
    return [obj.metadata.name, str(obj.addressType), listWithMore(ports), listWithMore(addresses), ageCell(obj, now)];
  },
};

export const networkPolicyPrinter: Printer = {
  columns: [NAME_COLUMN, col('Pod-Selector', 'string', FIELD_DOC.podSelector), AGE_COLUMN],
  cells: (obj, now) => [obj.metadata.name, formatLabelSelector(field(obj, 'spec', 'podSelector') ?? {}), ageCell(obj, now)],
};
