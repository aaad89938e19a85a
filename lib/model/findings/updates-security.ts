/**
 * Updates and security findings (the guide's "keep up with security updates" caution): version skew
 * beyond the Kubernetes skew policy, images from the frozen k8s.gcr.io registry, a minor past its end of
 * life, and privileged or host-network containers listed for review.
 */
import type { Finding } from '@/lib/api/findings';
import type { Message } from '@/lib/api/message';
import { listNames } from '../evidence';
import type { Pod } from '../k8s';
import { isLivePod } from '../pod-evidence';
import { say } from '../say';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf, containersOf, findingsOf, GroupsByThree, imageTag, isHostNetwork, NS, parseMinor, subjects, type FindingsContext } from './context';
import { endOfLife } from './eol';

const finding = findingsOf('updates-security');
const SKEW_DOCS = 'https://kubernetes.io/releases/version-skew-policy/';

/** The API server's version: `/version`, else a kube-apiserver pod's image tag. */
export function apiServerVersion(snapshot: ClusterSnapshot): string | undefined {
  if (snapshot.health?.version) return snapshot.health.version;
  const pod = bucketsOf(snapshot).get('kube-apiserver')?.pods[0]?.pod;
  const image = pod ? containersOf(pod).find((c) => c.name === 'kube-apiserver')?.image ?? containersOf(pod)[0]?.image : undefined;
  return parseMinor(imageTag(image)) ? imageTag(image) : undefined;
}

/**
 * Kubernetes version skew policy: kubelet and kube-proxy must not be newer than kube-apiserver, and may
 * be up to three minors older (two before v1.28).
 */
export function skewProblem(api: { minor: number }, other: { minor: number }): Message | undefined {
  const allowed = api.minor >= 28 ? 3 : 2;
  if (other.minor > api.minor) return say('finding.updates.newer');
  if (api.minor - other.minor > allowed) return say('finding.updates.older', { minors: api.minor - other.minor, allowed });
  return undefined;
}

function skewFindings(snapshot: ClusterSnapshot, apiVersion: string | undefined): Finding[] {
  const api = parseMinor(apiVersion);
  if (!api) return [];
  const kubelets: Message[] = [];
  for (const node of snapshot.nodes) {
    const version = node.status?.nodeInfo?.kubeletVersion;
    const minor = parseMinor(version);
    const problem = minor && skewProblem(api, minor);
    if (problem) kubelets.push(say('finding.updates.kubeletSkew', { node: String(node.metadata?.name), version: String(version), problem }));
  }
  const proxies: Message[] = [];
  for (const f of bucketsOf(snapshot).get('kube-proxy')?.pods ?? []) {
    const version = imageTag(containersOf(f.pod)[0]?.image);
    const minor = parseMinor(version);
    const problem = minor && skewProblem(api, minor);
    if (problem) proxies.push(say('finding.updates.proxySkew', { pod: f.name, node: f.node || 'none', version: String(version), problem }));
  }
  const make = (what: 'kubelet' | 'kube-proxy', lines: Message[]): Finding => finding({
    id: `updates/skew:${what}`,
    severity: 'warning',
    title: say('finding.updates.skew', { what }),
    evidence: [say('finding.updates.version', { component: 'kube-apiserver', version: String(apiVersion) }), ...lines.slice(0, 6), ...(lines.length > 6 ? [say('finding.andMore', { count: lines.length - 6 })] : [])],
    subject: what === 'kubelet' ? subjects.component('kubelet') : subjects.component('kube-proxy'),
    nextSteps: [say('finding.updates.upgradeStep', { docs: SKEW_DOCS })],
    commands: what === 'kubelet' ? ['kubectl version', 'kubectl get nodes -o wide'] : ['kubectl version', `kubectl ${NS} get pods -l k8s-app=kube-proxy -o jsonpath='{range .items[*]}{.spec.nodeName}{"\\t"}{.spec.containers[0].image}{"\\n"}{end}'`],
  });
  return [...(kubelets.length ? [make('kubelet', kubelets)] : []), ...(proxies.length ? [make('kube-proxy', proxies)] : [])];
}

function allImages(pod: Pod): string[] {
  return [...containersOf(pod), ...((pod.spec?.initContainers ?? []).filter(Boolean))].map((c) => c.image ?? '').filter(Boolean);
}

function registryFindings(snapshot: ClusterSnapshot): Finding[] {
  const images = new Map<string, number>();
  for (const pod of snapshot.pods) for (const image of allImages(pod)) if (/^k8s\.gcr\.io\//.test(image)) images.set(image, (images.get(image) ?? 0) + 1);
  if (images.size === 0) return [];
  return [finding({
    id: 'updates/k8s-gcr-io',
    severity: 'warning',
    title: say('finding.updates.gcr', { count: images.size }),
    evidence: [...images].slice(0, 8).map(([image, pods]) => say('finding.updates.image', { image, pods })),
    subject: subjects.cluster(),
    nextSteps: [say('finding.updates.gcrStep'), say('finding.updates.gcrUpgradeStep')],
    commands: [`kubectl ${NS} get pods -o jsonpath='{range .items[*]}{.spec.containers[*].image}{"\\n"}{end}' | tr ' ' '\\n' | grep k8s.gcr.io | sort -u`],
  })];
}

function eolFindings(snapshot: ClusterSnapshot, apiVersion: string | undefined, now: number): Finding[] {
  const kubelet = snapshot.nodes.map((n) => n.status?.nodeInfo?.kubeletVersion).find((v) => parseMinor(v));
  const version = apiVersion ?? kubelet;
  const minor = parseMinor(version);
  if (!minor) return [];
  const date = endOfLife(minor.major, minor.minor);
  if (!date) return [];
  const at = Date.parse(date.replace('before ', ''));
  if (!(at < now)) return [];
  const managed = /-eks-|-gke\.|aks/i.test(`${version} ${snapshot.nodes[0]?.metadata?.name ?? ''}`);
  return [finding({
    id: 'updates/eol',
    severity: 'warning',
    title: say('finding.updates.eol', { minor: `${minor.major}.${minor.minor}`, date }),
    evidence: [say('finding.updates.version', { component: apiVersion ? 'kube-apiserver' : 'kubelet', version: String(version) }), say('finding.updates.eolDate', { minor: `${minor.major}.${minor.minor}`, date })],
    subject: subjects.cluster(),
    nextSteps: [say('finding.updates.eolStep'), ...(managed ? [say('finding.updates.managedStep')] : [])],
    commands: ['kubectl version'],
  })];
}

/** One line per component and workload whose live pods `pick` names containers of, in the order first seen. */
function reviewList(snapshot: ClusterSnapshot, pick: (pod: Pod) => string[]): Message[] {
  const review = new GroupsByThree<{ workload: string; pods: number; containers: Set<string> }>();
  for (const bucket of bucketsOf(snapshot).values()) {
    for (const f of bucket.pods) {
      if (!isLivePod(f)) continue;
      const names = pick(f.pod);
      if (names.length === 0) continue;
      const { kind, name } = f.workload;
      const group = review.at(bucket.name, kind, name, () => ({ workload: `${bucket.name} (${kind} ${name})`, pods: 0, containers: new Set() }));
      group.pods += 1;
      for (const n of names) group.containers.add(n);
    }
  }
  return review.groups.map((g) => say('finding.security.reviewLine', { workload: g.workload, pods: g.pods, containers: listNames([...g.containers], 4) }));
}

function reviewFindings(snapshot: ClusterSnapshot): Finding[] {
  const privileged = reviewList(snapshot, (pod) => containersOf(pod).filter((c) => c.securityContext?.privileged).map((c) => c.name ?? '?'));
  const hostNetwork = reviewList(snapshot, (pod) => (isHostNetwork(pod) ? ['hostNetwork'] : []));
  const out: Finding[] = [];
  if (privileged.length) {
    out.push(finding({
      id: 'security/privileged',
      severity: 'info',
      title: say('finding.security.privileged', { count: privileged.length }),
      evidence: privileged,
      subject: subjects.cluster(),
      nextSteps: [say('finding.security.privilegedStep')],
      commands: [`kubectl ${NS} get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.spec.containers[*].securityContext.privileged}{"\\n"}{end}'`],
    }));
  }
  if (hostNetwork.length) {
    out.push(finding({
      id: 'security/host-network',
      severity: 'info',
      title: say('finding.security.hostNetwork', { count: hostNetwork.length }),
      evidence: hostNetwork,
      subject: subjects.cluster(),
      nextSteps: [say('finding.security.hostNetworkStep')],
      commands: [`kubectl ${NS} get pods -o jsonpath='{range .items[?(@.spec.hostNetwork==true)]}{.metadata.name}{"\\n"}{end}'`],
    }));
  }
  return out;
}

/** Findings about versions, registries and privileges; see the module header. */
export function updatesSecurityFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const apiVersion = apiServerVersion(snapshot);
  return [...skewFindings(snapshot, apiVersion), ...registryFindings(snapshot), ...eolFindings(snapshot, apiVersion, context.now), ...reviewFindings(snapshot)];
}
