/** Printers for pods, nodes and events, as kubernetes/pkg/printers/internalversion/printers.go prints them. */
import type { KObject } from '../types';
import { AGE_COLUMN, NAME_COLUMN, ageCell, arr, col, field, num, record, str, type Printer, type RowCondition } from './common';
import { FIELD_DOC } from './docs';
import { formatAge } from './duration';
import { podColumns } from './pod-columns';

const POD_SUCCEEDED: RowCondition[] = [{ type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' }];
const POD_FAILED: RowCondition[] = [{ type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.' }];

/** READINESS GATES: true gate conditions over gates, `<none>` without gates. */
function readinessGatesCell(obj: KObject): string {
  const gates = arr(field(obj, 'spec', 'readinessGates')).map(record);
  if (gates.length === 0) return '<none>';
  const conditions = arr(field(obj, 'status', 'conditions')).map(record);
  const trueGates = gates.filter((g) => conditions.find((c) => c.type === g.conditionType)?.status === 'True').length;
  return `${trueGates}/${gates.length}`;
}

export const podPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Ready', 'string', 'The aggregate readiness state of this pod for accepting traffic.'),
    col('Status', 'string', 'The aggregate status of the containers in this pod.'),
    col('Restarts', 'string', 'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.'),
    AGE_COLUMN,
    col('IP', 'string', FIELD_DOC.podIP, 1),
    col('Node', 'string', FIELD_DOC.nodeName, 1),
    col('Nominated Node', 'string', FIELD_DOC.nominatedNodeName, 1),
    col('Readiness Gates', 'string', FIELD_DOC.readinessGates, 1),
  ],
  cells(obj, now) {
    const { ready, status, restarts } = podColumns(obj, now);
    const podIP = str(field(arr(field(obj, 'status', 'podIPs'))[0], 'ip')) || str(field(obj, 'status', 'podIP'));
    return [
      obj.metadata.name,
      ready,
      status,
      restarts,
      ageCell(obj, now),
      podIP || '<none>',
      str(field(obj, 'spec', 'nodeName')) || '<none>',
      str(field(obj, 'status', 'nominatedNodeName')) || '<none>',
      readinessGatesCell(obj),
    ];
  },
  conditions(obj) {
    const phase = field(obj, 'status', 'phase');
    return phase === 'Succeeded' ? POD_SUCCEEDED : phase === 'Failed' ? POD_FAILED : undefined;
  },
};

/** A node's label prefix and legacy label naming its roles (printers.go: labelNodeRolePrefix, nodeLabelRole). */
const NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
const NODE_ROLE_LABEL = 'kubernetes.io/role';

/** findNodeRoles: the suffix of each `node-role.kubernetes.io/<role>` label and a non-empty `kubernetes.io/role`, sorted. */
function nodeRoles(labels: unknown): string[] {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(record(labels))) {
    if (key.startsWith(NODE_ROLE_PREFIX) && key.length > NODE_ROLE_PREFIX.length) roles.add(key.slice(NODE_ROLE_PREFIX.length));
    else if (key === NODE_ROLE_LABEL && str(value) !== '') roles.add(str(value));
  }
  return [...roles].sort();
}

function nodeAddress(obj: KObject, type: string): string {
  const found = arr(field(obj, 'status', 'addresses')).map(record).find((a) => a.type === type);
  return found ? str(found.address) : '<none>';
}

export const nodePrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Status', 'string', 'The status of the node'),
    col('Roles', 'string', 'The roles of the node'),
    AGE_COLUMN,
    col('Version', 'string', FIELD_DOC.kubeletVersion),
    col('Internal-IP', 'string', FIELD_DOC.addresses, 1),
    col('External-IP', 'string', FIELD_DOC.addresses, 1),
    col('OS-Image', 'string', FIELD_DOC.osImage, 1),
    col('Kernel-Version', 'string', FIELD_DOC.kernelVersion, 1),
    col('Container-Runtime', 'string', FIELD_DOC.containerRuntimeVersion, 1),
  ],
  cells(obj, now) {
    const ready = arr(field(obj, 'status', 'conditions')).map(record).filter((c) => c.type === 'Ready').pop();
    const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
    if (field(obj, 'spec', 'unschedulable') === true) status.push('SchedulingDisabled');
    const roles = nodeRoles(obj.metadata.labels).join(',');
    const info = (key: string): string => str(field(obj, 'status', 'nodeInfo', key));
    return [
      obj.metadata.name,
      status.join(','),
      roles || '<none>',
      ageCell(obj, now),
      info('kubeletVersion'),
      nodeAddress(obj, 'InternalIP'),
      nodeAddress(obj, 'ExternalIP'),
      info('osImage') || '<unknown>',
      info('kernelVersion') || '<unknown>',
      info('containerRuntimeVersion') || '<unknown>',
    ];
  },
};

/** The fields printEvent reads, from a core/v1 Event or an events.k8s.io/v1 Event (which renames them). */
function eventFacts(obj: KObject) {
  const isNewApi = obj.apiVersion === 'events.k8s.io/v1';
  const involved = record(isNewApi ? obj.regarding : obj.involvedObject);
  const source = record(isNewApi ? obj.deprecatedSource : obj.source);
  const series = obj.series === undefined || obj.series === null ? undefined : record(obj.series);
  return {
    firstTimestamp: str(isNewApi ? obj.deprecatedFirstTimestamp : obj.firstTimestamp),
    lastTimestamp: str(isNewApi ? obj.deprecatedLastTimestamp : obj.lastTimestamp),
    eventTime: str(obj.eventTime),
    count: num(isNewApi ? obj.deprecatedCount : obj.count),
    series,
    kind: str(involved.kind),
    name: str(involved.name),
    fieldPath: str(involved.fieldPath),
    component: str(source.component) || str(obj.reportingController),
    host: str(source.host) || str(obj.reportingInstance),
    message: str(isNewApi ? obj.note : obj.message),
  };
}

export const eventPrinter: Printer = {
  columns: [
    col('Last Seen', 'string', FIELD_DOC.eventLastTimestamp),
    col('Type', 'string', FIELD_DOC.eventType),
    col('Reason', 'string', FIELD_DOC.eventReason),
    col('Object', 'string', FIELD_DOC.eventInvolvedObject),
    col('Subobject', 'string', FIELD_DOC.eventFieldPath, 1),
    col('Source', 'string', FIELD_DOC.eventSource, 1),
    col('Message', 'string', FIELD_DOC.eventMessage),
    col('First Seen', 'string', FIELD_DOC.eventFirstTimestamp, 1),
    col('Count', 'string', FIELD_DOC.eventCount, 1),
    { ...NAME_COLUMN, priority: 1 },
  ],
  cells(obj, now) {
    const e = eventFacts(obj);
    const firstSeen = e.firstTimestamp ? formatAge(e.firstTimestamp, now) : formatAge(e.eventTime, now);
    let lastSeen = e.lastTimestamp ? formatAge(e.lastTimestamp, now) : firstSeen;
    let count = e.count;
    if (e.series) {
      lastSeen = formatAge(str(e.series.lastObservedTime), now);
      count = num(e.series.count);
    } else if (count === 0) {
      count = 1;
    }
    const kind = e.kind.toLowerCase();
    return [
      lastSeen,
      str(obj.type),
      str(obj.reason),
      e.name ? `${kind}/${e.name}` : kind,
      e.fieldPath,
      e.host ? `${e.component}, ${e.host}` : e.component,
      e.message.trim(),
      firstSeen,
      count,
      obj.metadata.name,
    ];
  },
};
