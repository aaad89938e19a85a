/**
 * The kubectl commands that show what the component page shows, built from the workload's selector
 * or the label that singles out the component's pods. Pure.
 */
import type { KubectlCommand } from '@/lib/api/component';
import type { Message } from '@/lib/api/message';
import { english } from '../english';
import { LABEL_KEYS } from '../known-components';
import { say } from '../say';

const NS = '-n kube-system';
/** Distinct values a set-based selector may list before it stops being readable. */
const MAX_SELECTOR_VALUES = 4;
const WORKLOAD_SHORT: Record<string, string> = { DaemonSet: 'ds', Deployment: 'deploy', StatefulSet: 'sts', ReplicaSet: 'rs' };

export interface LabeledPod {
  name: string;
  labels: Readonly<Record<string, string>>;
}

export interface KubectlInput {
  id: string;
  /** The component's pods, the one to describe first. */
  pods: readonly LabeledPod[];
  /** Every kube-system pod, to check that a selector picks the component's pods and no others. */
  allPods: readonly LabeledPod[];
  workloads: readonly { kind: string; name: string; matchLabels?: Readonly<Record<string, string>> }[];
  hasManyContainers: boolean;
  /** A pod whose previous container ended (restarts > 0), for `logs --previous`. */
  crashedPod?: string;
  configMaps: readonly string[];
  isKubelet: boolean;
  firstNode?: string;
  controlPlane?: 'readyz' | 'lease';
}

/** `k=v` or `k in (a,b)`: kubectl's equality and set-based label selectors. */
function selectorText(key: string, values: readonly string[]): string {
  return values.length === 1 ? `${key}=${values[0]}` : `${key} in (${values.join(',')})`;
}

function matches(labels: Readonly<Record<string, string>>, key: string, values: ReadonlySet<string>): boolean {
  const value = labels[key];
  return value !== undefined && values.has(value);
}

/**
 * A label selector that selects exactly the component's pods among kube-system's: the only workload's
 * matchLabels when that is exact, else the first well-known label key (component, k8s-app,
 * app.kubernetes.io/name, app, name) every pod carries, with at most four values.
 */
export function componentSelector(input: Pick<KubectlInput, 'pods' | 'allPods' | 'workloads'>): string | undefined {
  const { pods, allPods, workloads } = input;
  if (pods.length === 0) return undefined;
  const own = new Set(pods.map((p) => p.name));
  const isExact = (test: (labels: Readonly<Record<string, string>>) => boolean) =>
    allPods.every((p) => test(p.labels) === own.has(p.name));
  const only = workloads.length === 1 ? workloads[0]?.matchLabels : undefined;
  if (only && Object.keys(only).length > 0 && isExact((l) => Object.entries(only).every(([k, v]) => l[k] === v))) {
    return Object.entries(only).map(([k, v]) => `${k}=${v}`).join(',');
  }
  for (const key of LABEL_KEYS) {
    if (!pods.every((p) => p.labels[key] !== undefined)) continue;
    const values = new Set(pods.map((p) => p.labels[key]!));
    if (values.size > MAX_SELECTOR_VALUES) continue;
    if (isExact((l) => matches(l, key, values))) return selectorText(key, [...values].sort());
  }
  return undefined;
}

/** Shell-quote a selector when it holds spaces or parentheses. */
function quoted(selector: string): string {
  return /[\s()]/.test(selector) ? `'${selector}'` : selector;
}

/** A command with what it shows, as a message and (for the JSON API) in English. */
function cmd(label: Message, command: string): KubectlCommand {
  return { label: english(label), labelMessage: label, command };
}

/** The commands for one component, most useful first. */
export function kubectlCommands(input: KubectlInput): KubectlCommand[] {
  const out: KubectlCommand[] = [];
  if (input.isKubelet) {
    out.push(cmd(say('kubectl.listNodes'), 'kubectl get nodes -o wide'));
    if (input.firstNode) out.push(cmd(say('kubectl.describeNode'), `kubectl describe node ${input.firstNode}`));
    out.push(cmd(say('kubectl.nodeLeases'), 'kubectl get leases -n kube-node-lease'));
    return out;
  }
  const selector = componentSelector(input);
  const first = input.pods[0]?.name;
  if (selector) out.push(cmd(say('kubectl.listPods'), `kubectl get pods ${NS} -l ${quoted(selector)} -o wide`));
  else if (input.pods.length > 0) {
    const names = input.pods.slice(0, 5).map((p) => p.name).join(' ');
    out.push(cmd(say('kubectl.listPods'), `kubectl get pods ${NS} ${names} -o wide`));
  }
  for (const w of input.workloads.slice(0, 3)) {
    const short = WORKLOAD_SHORT[w.kind];
    if (short) out.push(cmd(say('kubectl.showWorkload', { kind: w.kind }), `kubectl get ${short} ${w.name} ${NS} -o wide`));
  }
  if (first) out.push(cmd(say('kubectl.describePod'), `kubectl describe pod ${first} ${NS}`));
  const all = input.hasManyContainers ? ' --all-containers' : '';
  if (selector) out.push(cmd(say('kubectl.logsAll'), `kubectl logs ${NS} -l ${quoted(selector)} --tail=100 --prefix${all}`));
  else if (first) out.push(cmd(say('kubectl.logsPod'), `kubectl logs ${NS} ${first} --tail=100${all}`));
  if (input.crashedPod) {
    out.push(cmd(say('kubectl.logsCrashed'), `kubectl logs ${NS} ${input.crashedPod} --previous --tail=100${all}`));
  }
  if (first) out.push(cmd(say('kubectl.eventsPod'), `kubectl get events ${NS} --field-selector involvedObject.name=${first}`));
  for (const cm of input.configMaps.slice(0, 2)) out.push(cmd(say('kubectl.configMap', { name: cm }), `kubectl get configmap ${cm} ${NS} -o yaml`));
  if (input.controlPlane === 'readyz') out.push(cmd(say('kubectl.readyz'), "kubectl get --raw='/readyz?verbose'"));
  if (input.controlPlane === 'lease') out.push(cmd(say('kubectl.leaderLease'), `kubectl get lease ${input.id} ${NS} -o yaml`));
  return out;
}
