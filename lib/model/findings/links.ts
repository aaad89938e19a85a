/**
 * Where each finding's evidence is in the dashboard, by rule: a crash loop to the previous container's
 * log, a DNS failure to CoreDNS's logs, a NotReady node to its page, a failed backup to its Job's pod
 * log. Every finding gets at least one link. Pure; the link texts are messages (`link.*` in the model catalogue).
 */
import type { Finding, FindingLink } from '@/lib/api/findings';
import { podTabHref } from '@/lib/api/pod';
import { componentHref, componentLogsHref, nodeHref } from '@/lib/api/urls';
import type { Bucket } from '../buckets';
import { inventoryAnchor } from '../events';
import type { Pod } from '../k8s';
import { say } from '../say';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf, linkTo } from './context';
import { DNS_COMPONENT_IDS } from './dns';
import { crashLoopingContainers } from './pod-facts';

/** The link texts, as messages. */
export const LINK_TEXT = {
  previousLog: (container: string) => say('link.previousLog', { container }),
  podLogs: say('link.podLogs'),
  podEvents: say('link.podEvents'),
  componentLogs: (name: string) => say('link.componentLogs', { name }),
  component: (name: string) => say('link.component', { name }),
  coverage: say('link.coverage'),
  resources: say('link.resources'),
  node: (name: string) => say('link.node', { name }),
  nodes: say('link.nodes'),
  health: say('link.health'),
  apiServices: say('link.apiServices'),
  inventory: say('link.inventory'),
  services: say('link.services'),
  usage: say('link.usage'),
} as const;

interface LinkContext {
  snapshot: ClusterSnapshot;
  buckets: ReadonlyMap<string, Bucket>;
  pods: Map<string, Pod>;
}

const componentName = (c: LinkContext, id: string) => c.buckets.get(id)?.name ?? id;

function componentLogs(c: LinkContext, id: string): FindingLink {
  return linkTo(LINK_TEXT.componentLogs(componentName(c, id)), componentLogsHref(id));
}

/** The DNS component present (CoreDNS or kube-dns), for findings about cluster DNS as a whole. */
function dnsComponent(c: LinkContext): string | undefined {
  return DNS_COMPONENT_IDS.find((id) => c.buckets.get(id)?.pods.length);
}

/** A pod's previous container log (the one that ended), falling back to its current log. */
function previousLog(c: LinkContext, podName: string): FindingLink[] {
  const pod = c.pods.get(podName);
  const looping = pod ? crashLoopingContainers(pod)[0] : undefined;
  const restarted = pod?.status?.containerStatuses?.find((s) => s?.lastState?.terminated)?.name ?? undefined;
  const container = looping ?? restarted ?? pod?.spec?.containers?.[0]?.name;
  const links: FindingLink[] = [];
  if (container) links.push(linkTo(LINK_TEXT.previousLog(container), podTabHref(podName, 'logs', { container, previous: '1' })));
  links.push(linkTo(LINK_TEXT.podEvents, podTabHref(podName, 'events')));
  return links;
}

function podLinks(podName: string): FindingLink[] {
  return [
    linkTo(LINK_TEXT.podLogs, podTabHref(podName, 'logs')),
    linkTo(LINK_TEXT.podEvents, podTabHref(podName, 'events')),
  ];
}

/** The pod of the Job named in a failed-backup finding's first evidence line (`Job kube-system/<job>: …`). */
function failedJobPod(c: LinkContext, finding: Finding): string | undefined {
  const job = /^Job kube-system\/([^:]+):/.exec(finding.evidence[0] ?? '')?.[1];
  if (!job) return undefined;
  const pods = c.snapshot.pods.filter((p) => p?.metadata?.ownerReferences?.some((o) => o?.kind === 'Job' && o.name === job));
  return pods.map((p) => p.metadata?.name ?? '').sort().at(-1);
}

/** The kube-dns Service's row in the inventory (`#service-kube-dns`, lib/model/events.ts inventoryAnchor). */
const KUBE_DNS_SERVICE = `/inventory#${inventoryAnchor('Service', 'kube-dns')}`;

type Rule = (c: LinkContext, finding: Finding, arg: string) => FindingLink[];

const metricsServer = (c: LinkContext): FindingLink[] => (c.buckets.get('metrics-server')?.pods.length ? [componentLogs(c, 'metrics-server')] : []);
const dnsLogs = (c: LinkContext): FindingLink[] => {
  const id = dnsComponent(c);
  return id ? [componentLogs(c, id)] : [];
};

/** Links per rule (the finding id before `:`); `arg` is the id after it (a pod, node, component or workload). */
const RULES: Record<string, Rule> = {
  'apiserver/readyz-failing': () => [linkTo(LINK_TEXT.health, '/health')],
  'apiserver/livez-failing': () => [linkTo(LINK_TEXT.health, '/health')],
  'apiserver/cert-expiry': () => [linkTo(LINK_TEXT.health, '/health')],
  'apiserver/pod-not-ready': (_c, _f, pod) => podLinks(pod),
  'apiserver/pod-restarting': (c, _f, pod) => previousLog(c, pod),
  'control-plane/leader-lease-stale': (c, _f, id) => [componentLogs(c, id), linkTo(LINK_TEXT.health, '/health')],
  'control-plane/missing': (c, _f, id) => [linkTo(LINK_TEXT.component(componentName(c, id)), componentHref(id))],
  'control-plane/etcd-not-ready': (c) => [componentLogs(c, 'etcd'), linkTo(LINK_TEXT.health, '/health')],
  'control-plane/etcd-backup-failed': (c, f, id) => {
    const pod = failedJobPod(c, f);
    return [...(pod ? [linkTo(LINK_TEXT.podLogs, podTabHref(pod, 'logs'))] : []), componentLogs(c, id)];
  },
  'dns/crash-loop': (c, _f, pod) => [...previousLog(c, pod), ...dnsLogs(c)],
  'dns/not-ready': (c, _f, id) => [componentLogs(c, id), linkTo(LINK_TEXT.component(componentName(c, id)), componentHref(id))],
  'dns/probe-failed': (c) => [...dnsLogs(c), linkTo(LINK_TEXT.services, KUBE_DNS_SERVICE)],
  'dns/probe-mismatch': (c) => dnsLogs(c),
  'dns/no-ready-endpoints': (c) => [...dnsLogs(c), linkTo(LINK_TEXT.services, KUBE_DNS_SERVICE)],
  'dns/service-missing': () => [linkTo(LINK_TEXT.services, KUBE_DNS_SERVICE)],
  'metrics/apiservice-unavailable': (c) => [...metricsServer(c), linkTo(LINK_TEXT.apiServices, '/health#apiservices')],
  'metrics/not-installed': () => [linkTo(LINK_TEXT.apiServices, '/health#apiservices')],
  'metrics/server-not-ready': (c, f) => [...(f.subject.kind === 'component' ? [componentLogs(c, f.subject.name)] : []), linkTo(LINK_TEXT.apiServices, '/health#apiservices')],
  'metrics/stale': (c) => [...metricsServer(c), linkTo(LINK_TEXT.usage, '/usage')],
  'nodes/coverage': (c, f) => (f.subject.kind === 'component' ? [linkTo(LINK_TEXT.coverage, `${componentHref(f.subject.name)}#coverage`)] : []),
  'nodes/no-cni': () => [linkTo(LINK_TEXT.nodes, '/nodes?status=notready')],
  'resources/unbounded': (_c, _f, id) => [linkTo(LINK_TEXT.resources, `${componentHref(id)}#resources`)],
  'resources/memory-near-limit': (_c, _f, arg) => [linkTo(LINK_TEXT.podLogs, podTabHref(arg.split('/')[0] ?? arg, 'logs', { container: arg.split('/')[1] })), linkTo(LINK_TEXT.usage, '/usage')],
  'resources/oom-killed': (c, _f, pod) => previousLog(c, pod),
  'resources/restarts': (c, _f, pod) => previousLog(c, pod),
  'updates/skew': () => [linkTo(LINK_TEXT.nodes, '/nodes')],
  'updates/eol': () => [linkTo(LINK_TEXT.health, '/health')],
  'updates/k8s-gcr-io': () => [linkTo(LINK_TEXT.inventory, '/inventory')],
  'security/privileged': () => [linkTo(LINK_TEXT.inventory, '/inventory')],
  'security/host-network': () => [linkTo(LINK_TEXT.inventory, '/inventory')],
};

/** A finding with no rule of its own links its subject's page, else the area's page. */
const AREA_PAGES: Record<Finding['area'], FindingLink> = {
  apiserver: linkTo(LINK_TEXT.health, '/health'),
  dns: linkTo(LINK_TEXT.services, KUBE_DNS_SERVICE),
  metrics: linkTo(LINK_TEXT.apiServices, '/health#apiservices'),
  nodes: linkTo(LINK_TEXT.nodes, '/nodes'),
  'control-plane': linkTo(LINK_TEXT.health, '/health'),
  resources: linkTo(LINK_TEXT.usage, '/usage'),
  'updates-security': linkTo(LINK_TEXT.inventory, '/inventory'),
};

function subjectLink(finding: Finding): FindingLink | undefined {
  const { subject } = finding;
  if (!subject.href) return undefined;
  if (subject.kind === 'node') return linkTo(LINK_TEXT.node(subject.name), nodeHref(subject.name));
  return linkTo(subject.kind === 'pod' ? LINK_TEXT.podLogs : LINK_TEXT.component(subject.name), subject.kind === 'pod' ? podTabHref(subject.name, 'logs') : subject.href);
}

/** `findings` with their evidence links: the rule's own, else per rule id, else the subject's page or the area's. */
export function withEvidenceLinks(findings: readonly Finding[], snapshot: ClusterSnapshot): Finding[] {
  const context: LinkContext = {
    snapshot,
    buckets: bucketsOf(snapshot),
    pods: new Map(snapshot.pods.map((p) => [p?.metadata?.name ?? '', p])),
  };
  return findings.map((finding) => {
    if (finding.links.length > 0) return finding;
    const colon = finding.id.indexOf(':');
    const rule = colon < 0 ? finding.id : finding.id.slice(0, colon);
    const arg = colon < 0 ? '' : finding.id.slice(colon + 1);
    const links = RULES[rule]?.(context, finding, arg) ?? [];
    const fallback = subjectLink(finding) ?? AREA_PAGES[finding.area];
    return { ...finding, links: links.length > 0 ? links : [fallback] };
  });
}
