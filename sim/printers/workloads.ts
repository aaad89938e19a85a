/** Printers for deployments, daemonsets, replicasets and statefulsets, as the API server prints them. */
import { AGE_COLUMN, NAME_COLUMN, ageCell, col, containerCells, field, formatLabelSelector, formatLabels, labelSelectorString, num, type Printer } from './common';
import { CONTAINERS_DOC, FIELD_DOC, IMAGES_DOC, SELECTOR_DOC } from './docs';

/** spec.replicas as the API server stores it: defaulted to 1 when unset. */
function desiredReplicas(obj: unknown): number {
  const replicas = field(obj, 'spec', 'replicas');
  return typeof replicas === 'number' ? replicas : 1;
}

const status = (obj: unknown, key: string): number => num(field(obj, 'status', key));

export const deploymentPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Ready', 'string', 'Number of the pod with ready state'),
    col('Up-to-date', 'string', FIELD_DOC.updatedReplicas),
    col('Available', 'string', FIELD_DOC.availableReplicas),
    AGE_COLUMN,
    col('Containers', 'string', CONTAINERS_DOC, 1),
    col('Images', 'string', IMAGES_DOC, 1),
    col('Selector', 'string', SELECTOR_DOC, 1),
  ],
  cells(obj, now) {
    const [names, images] = containerCells(field(obj, 'spec', 'template', 'spec'));
    return [
      obj.metadata.name,
      `${status(obj, 'readyReplicas')}/${desiredReplicas(obj)}`,
      status(obj, 'updatedReplicas'),
      status(obj, 'availableReplicas'),
      ageCell(obj, now),
      names,
      images,
      labelSelectorString(field(obj, 'spec', 'selector')) ?? '<invalid>',
    ];
  },
};

export const daemonSetPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Desired', 'integer', FIELD_DOC.desiredNumberScheduled),
    col('Current', 'integer', FIELD_DOC.currentNumberScheduled),
    col('Ready', 'integer', FIELD_DOC.numberReady),
    col('Up-to-date', 'integer', FIELD_DOC.updatedNumberScheduled),
    col('Available', 'integer', FIELD_DOC.numberAvailable),
    col('Node Selector', 'string', FIELD_DOC.nodeSelector),
    AGE_COLUMN,
    col('Containers', 'string', CONTAINERS_DOC, 1),
    col('Images', 'string', IMAGES_DOC, 1),
    col('Selector', 'string', FIELD_DOC.daemonSetSelector, 1),
  ],
  cells(obj, now) {
    const podSpec = field(obj, 'spec', 'template', 'spec');
    const [names, images] = containerCells(podSpec);
    return [
      obj.metadata.name,
      status(obj, 'desiredNumberScheduled'),
      status(obj, 'currentNumberScheduled'),
      status(obj, 'numberReady'),
      status(obj, 'updatedNumberScheduled'),
      status(obj, 'numberAvailable'),
      formatLabels(field(podSpec, 'nodeSelector')),
      ageCell(obj, now),
      names,
      images,
      formatLabelSelector(field(obj, 'spec', 'selector')),
    ];
  },
};

export const replicaSetPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Desired', 'integer', FIELD_DOC.replicaSetReplicas),
    col('Current', 'integer', FIELD_DOC.replicaSetStatusReplicas),
    col('Ready', 'integer', FIELD_DOC.readyReplicas),
    AGE_COLUMN,
    col('Containers', 'string', CONTAINERS_DOC, 1),
    col('Images', 'string', IMAGES_DOC, 1),
    col('Selector', 'string', FIELD_DOC.replicaSetSelector, 1),
  ],
  cells(obj, now) {
    const [names, images] = containerCells(field(obj, 'spec', 'template', 'spec'));
    return [
      obj.metadata.name,
      desiredReplicas(obj),
      status(obj, 'replicas'),
      status(obj, 'readyReplicas'),
      ageCell(obj, now),
      names,
      images,
      formatLabelSelector(field(obj, 'spec', 'selector')),
    ];
  },
};

/** printStatefulSet: READY is `readyReplicas/replicas`. */
export const statefulSetPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Ready', 'string', 'Number of the pod with ready state'),
    AGE_COLUMN,
    col('Containers', 'string', CONTAINERS_DOC, 1),
    col('Images', 'string', IMAGES_DOC, 1),
  ],
  cells(obj, now) {
    const [names, images] = containerCells(field(obj, 'spec', 'template', 'spec'));
    return [obj.metadata.name, `${status(obj, 'readyReplicas')}/${desiredReplicas(obj)}`, ageCell(obj, now), names, images];
  },
};
