/**
 * What the findings rules read besides the ClusterSnapshot (ConfigMaps, probe results, pod metrics,
 * the clock), the raw fields they need beyond lib/model/k8s, and the small builders every rule shares.
 */
import type { DnsProbeResult, Finding, FindingArea, FindingLink, FindingSubject, Severity, TlsProbeResult } from '@/lib/api/findings';
import type { Message } from '@/lib/api/message';
import { componentHref, nodeHref, podHref } from '@/lib/api/urls';
import { bucketsOf } from '../buckets';
import type { Container, ObjectMeta, Pod } from '../k8s';
import { buildCauseContext, type CauseContext } from '../pod-cause';
import { unavailableWhy } from '../unavailable-why';
import { english } from '../english';
import { say } from '../say';
import type { ClusterSnapshot } from '../snapshot';

export interface ConfigMap {
  metadata?: ObjectMeta | null;
  data?: Record<string, string> | null;
}

/** Memory use of one container from metrics.k8s.io PodMetrics. */
export interface ContainerUsage {
  pod: string;
  container: string;
  memoryBytes: number;
}

/** metrics.k8s.io as last sampled: usage and the newest sample's timestamp, or why there is none. */
export type PodMetricsState =
  | { ok: true; at: string; newestTimestamp?: string; containers: readonly ContainerUsage[] }
  | { ok: false; at: string; message: string };

export interface FindingsContext {
  /** Epoch ms the rules judge ages and end-of-life dates against. */
  now: number;
  /** kube-system ConfigMaps (the Corefile, kubelet-config, kubeadm-config); undefined when not readable. */
  configMaps?: readonly ConfigMap[];
  dns?: DnsProbeResult;
  tls?: TlsProbeResult;
  podMetrics?: PodMetricsState;
}

/** Container fields the rules read that lib/model/k8s leaves out. */
export interface FullContainer extends Container {
  command?: string[] | null;
  args?: string[] | null;
  resources?: {
    requests?: Record<string, string> | null;
    limits?: Record<string, string> | null;
  } | null;
  securityContext?: { privileged?: boolean | null } | null;
}

export function containersOf(pod: Pod): FullContainer[] {
  return (pod.spec?.containers ?? []).filter(Boolean) as FullContainer[];
}

export function isHostNetwork(pod: Pod): boolean {
  return Boolean((pod.spec as { hostNetwork?: boolean } | null | undefined)?.hostNetwork);
}

export const NS = '-n kube-system';
export const podName = (pod: Pod) => pod.metadata?.name ?? '';

export const subjects = {
  /** Named by the component id (`coredns`), as its page and `?subject=component/<id>` name it. */
  component: (id: string): FindingSubject => ({ kind: 'component', name: id, href: componentHref(id) }),
  pod: (name: string): FindingSubject => ({ kind: 'pod', name, href: podHref(name) }),
  node: (name: string): FindingSubject => ({ kind: 'node', name, href: nodeHref(name) }),
  service: (name: string): FindingSubject => ({ kind: 'service', name }),
  apiservice: (name: string): FindingSubject => ({ kind: 'apiservice', name }),
  cluster: (name = 'cluster'): FindingSubject => ({ kind: 'cluster', name }),
};

export interface FindingInput {
  id: string;
  severity: Severity;
  /** Messages (lib/model/say): the finding carries their English and the descriptors. */
  title: Message;
  evidence: Message[];
  subject: FindingSubject;
  nextSteps?: Message[];
  /** kubectl commands, never translated. */
  commands?: string[];
  /** Set by a rule that knows its evidence's page better than the defaults in links.ts. */
  links?: FindingLink[];
}

/** A finding from messages: the English fields scripts read, and the descriptors beside them. */
export function toFinding(area: FindingArea, input: FindingInput): Finding {
  const nextSteps = input.nextSteps ?? [];
  return {
    id: input.id,
    severity: input.severity,
    area,
    title: english(input.title),
    titleMessage: input.title,
    evidence: input.evidence.map(english),
    evidenceMessages: input.evidence,
    subject: input.subject,
    nextSteps: nextSteps.map(english),
    nextStepMessages: nextSteps,
    commands: input.commands ?? [],
    links: input.links ?? [],
  };
}

/** A link to a dashboard page, its label a message. */
export function linkTo(label: Message, href: string): FindingLink {
  return { label: english(label), labelMessage: label, href };
}

/** A rule's findings builder, bound to its area. */
export function findingsOf(area: FindingArea) {
  return (input: FindingInput): Finding => toFinding(area, input);
}

/** What to do about evidence that could not be read, by why: not captured, not served, or not readable. */
function nextStepFor(why: Message): Message {
  const text = english(why);
  if (text.includes('not in the capture')) return say('finding.uncheckedStep.notCaptured');
  if (text.includes('not served by this API server')) return say('finding.uncheckedStep.unserved');
  return say('finding.uncheckedStep.access');
}

/**
 * The finding a rule emits when it cannot see its evidence (forbidden, not served, not sampled), so a
 * check never passes silently. Id `<area>/<check>-unchecked`.
 */
export function couldNotCheck(
  area: FindingArea,
  check: string,
  what: Message,
  why: Message,
  commands: string[] = [],
  subject: FindingSubject = subjects.cluster(),
): Finding {
  return toFinding(area, {
    id: `${area}/${check}-unchecked`,
    severity: 'info',
    title: say('finding.couldNotCheck', { what }),
    evidence: [why],
    subject,
    nextSteps: [nextStepFor(why)],
    commands,
  });
}

/**
 * Why a cached kind or health source cannot be trusted right now (not served, forbidden, failing), from
 * the cache's watch state: such a kind is unknown, and no finding may be drawn from its absence.
 * `namespace` is where it is listed ('' for cluster-scoped kinds).
 */
export function unreadable(snapshot: ClusterSnapshot, kind: string, namespace = 'kube-system'): Message | undefined {
  const state = snapshot.watchStates?.[kind];
  const why = snapshot.unavailable?.[kind];
  if (state === 'unserved' || (why && state !== 'forbidden')) {
    return say('finding.unreadable.why', { kind: kind === 'nodeLeases' ? 'node Leases' : kind, why: unavailableWhy(why ?? 'not served by this API server') });
  }
  if (state === 'forbidden') return namespace ? say('finding.unreadable.forbidden', { kind, namespace }) : say('finding.unreadable.forbiddenCluster', { kind });
  if (state === 'error') return say('finding.unreadable.failing', { kind });
  return undefined;
}

const causeMemo = new WeakMap<ClusterSnapshot, CauseContext>();

/** What a not-ready pod's cause is read against (NotReady nodes, probe failures), once per snapshot. */
export function causesOf(snapshot: ClusterSnapshot, now: number): CauseContext {
  let causes = causeMemo.get(snapshot);
  if (!causes || causes.now !== now) {
    causes = buildCauseContext(snapshot.nodes ?? [], snapshot.events, now);
    causeMemo.set(snapshot, causes);
  }
  return causes;
}

export { bucketsOf, unavailableWhy };

/**
 * Groups found by three keys the items already hold (a component, a workload kind and name …), listed in
 * the order first seen. No key string is built per item: at 10,000 pods that was most of a grouping
 * rule's cost.
 */
export class GroupsByThree<G> {
  /** The groups, first seen first. */
  readonly groups: G[] = [];
  private readonly byKeys = new Map<string, Map<string, Map<string, G>>>();

  /** The group under the keys, made by `make` the first time. */
  at(a: string, b: string, c: string, make: () => G): G {
    let byB = this.byKeys.get(a);
    if (!byB) this.byKeys.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (!byC) byB.set(b, (byC = new Map()));
    let group = byC.get(c);
    if (!group) {
      group = make();
      byC.set(c, group);
      this.groups.push(group);
    }
    return group;
  }
}

/**
 * `v1.31.4-eks-1` → `{ major: 1, minor: 31 }`. `v0.0.0…` is what a build without version stamps reports
 * (and a replayed capture that recorded no version): no minor to judge, so undefined.
 */
export function parseMinor(version: string | null | undefined): { major: number; minor: number } | undefined {
  const match = /^v?(\d+)\.(\d+)/.exec(version ?? '');
  if (!match || Number(match[1]) === 0) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** The tag of an image reference (`registry.k8s.io/kube-proxy:v1.31.4` → `v1.31.4`), without a digest. */
export function imageTag(image: string | undefined): string | undefined {
  const ref = (image ?? '').split('@')[0] ?? '';
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  return colon > slash ? ref.slice(colon + 1) : undefined;
}

/** A kube-system ConfigMap's data by name. */
export function configMapData(context: FindingsContext, name: string): Record<string, string> | undefined {
  return context.configMaps?.find((cm) => cm?.metadata?.name === name)?.data ?? undefined;
}
