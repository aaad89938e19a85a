/**
 * Where each finding's evidence is in the dashboard, by rule: a crash loop to the previous container's
 * log, a DNS failure to CoreDNS's logs, a NotReady node to its page, a failed backup to its Job's pod
 * log. Every finding gets at least one link. Pure; the link texts are written whole here.
 */
import type { Finding, FindingLink } from '@/lib/api/findings';
import { podTabHref } from '@/lib/api/pod';
import { componentHref, componentLogsHref, nodeHref } from '@/lib/api/urls';
import type { Bucket } from '../buckets';
import { inventoryAnchor } from '../events';
import type { Pod } from '../k8s';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf } from './context';
import { DNS_COMPONENT_IDS } from './dns';
import { crashLoopingContainers } from './pod-facts';

/** The link texts, whole (one place to translate). */
export const LINK_TEXT = {
  previousLog: (container: string) => `Previous log of container ${container}`,
  podLogs: 'Pod logs',
  podEvents: 'Pod events',
  componentLogs: (name: string) => `Logs of ${name} (all pods)`,
  component: (name: string) => `${name} page`,
  coverage: 'Coverage by node',
  resources: 'Requests and limits',
  node: (name: string) => `Node ${name}`,
  nodes: 'Nodes',
  health: 'Health checks',
  apiServices: 'APIServices',
  inventory: 'Inventory',
  services: 'Services',
  usage: 'Top pods and nodes',
} as const;

interface LinkContext {
  snapshot: ClusterSnapshot;
  buckets: Map<string, Bucket>;
  pods: Map<string, Pod>;
}

const componentName = (c: LinkContext, id: string) => c.buckets.get(id)?.name ?? id;

function componentLogs(c: LinkContext, id: string): FindingLink {
  return { label: LINK_TEXT.componentLogs(componentName(c, id)), href: componentLogsHref(id) };
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
  if (container) links.push({ label: LINK_TEXT.previousLog(container), href: podTabHref(podName, 'logs', { container, previous: '1' }) });
  links.push({ label: LINK_TEXT.podEvents, href: podTabHref(podName, 'events') });
  return links;
}

function podLinks(podName: string): FindingLink[] {
  return [
    { label: LINK_TEXT.podLogs, href: podTabHref(podName, 'logs') },
    { label: LINK_TEXT.podEvents, href: podTabHref(podName, 'events') },
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
  'apiserver/readyz-failing': () => [{ label: LINK_TEXT.health, href: '/health' }],
  'apiserver/livez-failing': () => [{ label: LINK_TEXT.health, href: '/health' }],
  'apiserver/cert-expiry': () => [{ label: LINK_TEXT.health, href: '/health' }],
  'apiserver/pod-not-ready': (_c, _f, pod) => podLinks(pod),
  'apiserver/pod-restarting': (c, _f, pod) => previousLog(c, pod),
  'control-plane/leader-lease-stale': (c, _f, id) => [componentLogs(c, id), { label: LINK_TEXT.health, href: '/health' }],
  'control-plane/missing': (c, _f, id) => [{ label: LINK_TEXT.component(componentName(c, id)), href: componentHref(id) }],
  'control-plane/etcd-not-ready': (c) => [componentLogs(c, 'etcd'), { label: LINK_TEXT.health, href: '/health' }],
  'control-plane/etcd-backup-failed': (c, f, id) => {
    const pod = failedJobPod(c, f);
    return [...(pod ? [{ label: LINK_TEXT.podLogs, href: podTabHref(pod, 'logs') }] : []), componentLogs(c, id)];
  },
  'dns/crash-loop': (c, _f, pod) => [...previousLog(c, pod), ...dnsLogs(c)],
  'dns/not-ready': (c, _f, id) => [componentLogs(c, id), { label: LINK_TEXT.component(componentName(c, id)), href: componentHref(id) }],
  'dns/probe-failed': (c) => [...dnsLogs(c), { label: LINK_TEXT.services, href: KUBE_DNS_SERVICE }],
  'dns/probe-mismatch': (c) => dnsLogs(c),
  'dns/no-ready-endpoints': (c) => [...dnsLogs(c), { label: LINK_TEXT.services, href: KUBE_DNS_SERVICE }],
  'dns/service-missing': () => [{ label: LINK_TEXT.services, href: KUBE_DNS_SERVICE }],
  'metrics/apiservice-unavailable': (c) => [...metricsServer(c), { label: LINK_TEXT.apiServices, href: '/health#apiservices' }],
  'metrics/not-installed': () => [{ label: LINK_TEXT.apiServices, href: '/health#apiservices' }],
  'metrics/server-not-ready': (c, f) => [...(f.subject.kind === 'component' ? [componentLogs(c, f.subject.name)] : []), { label: LINK_TEXT.apiServices, href: '/health#apiservices' }],
  'metrics/stale': (c) => [...metricsServer(c), { label: LINK_TEXT.usage, href: '/usage' }],
  'nodes/coverage': (c, f) => (f.subject.kind === 'component' ? [{ label: LINK_TEXT.coverage, href: `${componentHref(f.subject.name)}#coverage` }] : []),
  'nodes/no-cni': () => [{ label: LINK_TEXT.nodes, href: '/nodes?status=notready' }],
  'resources/unbounded': (_c, _f, id) => [{ label: LINK_TEXT.resources, href: `${componentHref(id)}#resources` }],
  'resources/memory-near-limit': (_c, _f, arg) => [{ label: LINK_TEXT.podLogs, href: podTabHref(arg.split('/')[0] ?? arg, 'logs', { container: arg.split('/')[1] }) }, { label: LINK_TEXT.usage, href: '/usage' }],
  'resources/oom-killed': (c, _f, pod) => previousLog(c, pod),
  'resources/restarts': (c, _f, pod) => previousLog(c, pod),
  'updates/skew': () => [{ label: LINK_TEXT.nodes, href: '/nodes' }],
  'updates/eol': () => [{ label: LINK_TEXT.health, href: '/health' }],
  'updates/k8s-gcr-io': () => [{ label: LINK_TEXT.inventory, href: '/inventory' }],
  'security/privileged': () => [{ label: LINK_TEXT.inventory, href: '/inventory' }],
  'security/host-network': () => [{ label: LINK_TEXT.inventory, href: '/inventory' }],
};

/** A finding with no rule of its own links its subject's page, else the area's page. */
const AREA_PAGES: Record<Finding['area'], FindingLink> = {
  apiserver: { label: LINK_TEXT.health, href: '/health' },
  dns: { label: LINK_TEXT.services, href: KUBE_DNS_SERVICE },
  metrics: { label: LINK_TEXT.apiServices, href: '/health#apiservices' },
  nodes: { label: LINK_TEXT.nodes, href: '/nodes' },
  'control-plane': { label: LINK_TEXT.health, href: '/health' },
  resources: { label: LINK_TEXT.usage, href: '/usage' },
  'updates-security': { label: LINK_TEXT.inventory, href: '/inventory' },
};

function subjectLink(finding: Finding): FindingLink | undefined {
  const { subject } = finding;
  if (!subject.href) return undefined;
  if (subject.kind === 'node') return { label: LINK_TEXT.node(subject.name), href: nodeHref(subject.name) };
  return { label: subject.kind === 'pod' ? LINK_TEXT.podLogs : LINK_TEXT.component(subject.name), href: subject.kind === 'pod' ? podTabHref(subject.name, 'logs') : subject.href };
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
