/** Printers for batch/v1 Jobs and CronJobs, as the API server (v1.31) prints them for `kubectl get`. */
import type { KObject } from '../types';
import { AGE_COLUMN, NAME_COLUMN, ageCell, arr, col, containerCells, field, formatLabelSelector, num, record, str, type Printer } from './common';
import { CONTAINERS_DOC, IMAGES_DOC } from './docs';

const JOB_SELECTOR_DOC =
  'A label query over pods that should match the pod count. Normally, the system sets this field for you. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors';

/** HumanDuration from `fromIso` to `toMs`, as the AGE column measures it. */
function durationCell(fromIso: string, toMs: number): string {
  return ageCell({ apiVersion: 'v1', kind: 'Job', metadata: { name: '', creationTimestamp: fromIso } }, toMs);
}

function hasCondition(obj: KObject, type: string): boolean {
  return arr(field(obj, 'status', 'conditions')).map(record).some((c) => c.type === type && c.status === 'True');
}

/** printJob's STATUS: the first of Complete, Failed, Terminating, Suspended, FailureTarget, SuccessCriteriaMet, else Running. */
function jobStatus(obj: KObject): string {
  if (hasCondition(obj, 'Complete')) return 'Complete';
  if (hasCondition(obj, 'Failed')) return 'Failed';
  if (obj.metadata.deletionTimestamp) return 'Terminating';
  if (hasCondition(obj, 'Suspended')) return 'Suspended';
  if (hasCondition(obj, 'FailureTarget')) return 'FailureTarget';
  if (hasCondition(obj, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

/** COMPLETIONS: `succeeded/completions`, or `succeeded/1 of <parallelism>` for a work queue with parallelism above 1. */
function completions(obj: KObject): string {
  const succeeded = num(field(obj, 'status', 'succeeded'));
  const wanted = field(obj, 'spec', 'completions');
  if (typeof wanted === 'number') return `${succeeded}/${wanted}`;
  const parallelism = num(field(obj, 'spec', 'parallelism'));
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

/** DURATION: empty before the Job starts, start → now while it runs, start → completion once complete. */
function jobDuration(obj: KObject, now: number): string {
  const start = str(field(obj, 'status', 'startTime'));
  if (!start) return '';
  const done = Date.parse(str(field(obj, 'status', 'completionTime')));
  return durationCell(start, Number.isNaN(done) ? now : done);
}

export const jobPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Status', 'string', 'Status of the job.'),
    col('Completions', 'string', 'The number of pods which reached phase Succeeded. The value increases monotonically for a given spec. However, it may decrease in reaction to scale down of elastic indexed jobs.'),
    col('Duration', 'string', 'Time required to complete the job.'),
    AGE_COLUMN,
    col('Containers', 'string', CONTAINERS_DOC, 1),
    col('Images', 'string', IMAGES_DOC, 1),
    col('Selector', 'string', JOB_SELECTOR_DOC, 1),
  ],
  cells(obj, now) {
    const [names, images] = containerCells(field(obj, 'spec', 'template', 'spec'));
    return [obj.metadata.name, jobStatus(obj), completions(obj), jobDuration(obj, now), ageCell(obj, now), names, images, formatLabelSelector(field(obj, 'spec', 'selector'))];
  },
};

/** printBoolPtr: `True`/`False`, `<unset>` when the field is absent. */
function boolCell(value: unknown): string {
  return typeof value === 'boolean' ? (value ? 'True' : 'False') : '<unset>';
}

export const cronJobPrinter: Printer = {
  columns: [
    NAME_COLUMN,
    col('Schedule', 'string', 'The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.'),
    col('Timezone', 'string', 'The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not specified, this will default to the time zone of the kube-controller-manager process.'),
    col('Suspend', 'boolean', 'This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.  Defaults to false.'),
    col('Active', 'integer', 'A list of pointers to currently running jobs.'),
    col('Last Schedule', 'string', 'Information when was the last time the job was successfully scheduled.'),
    AGE_COLUMN,
    col('Containers', 'string', CONTAINERS_DOC, 1),
    col('Images', 'string', IMAGES_DOC, 1),
    col('Selector', 'string', JOB_SELECTOR_DOC, 1),
  ],
  cells(obj, now) {
    const jobSpec = field(obj, 'spec', 'jobTemplate', 'spec');
    const [names, images] = containerCells(field(jobSpec, 'template', 'spec'));
    const last = str(field(obj, 'status', 'lastScheduleTime'));
    return [
      obj.metadata.name,
      str(field(obj, 'spec', 'schedule')),
      str(field(obj, 'spec', 'timeZone')) || '<none>',
      boolCell(field(obj, 'spec', 'suspend')),
      arr(field(obj, 'status', 'active')).length,
      last ? durationCell(last, now) : '<none>',
      ageCell(obj, now),
      names,
      images,
      formatLabelSelector(field(jobSpec, 'selector')),
    ];
  },
};
