/**
 * Updates and security findings (the guide's "keep up with security updates" caution): version skew
 * beyond the Kubernetes skew policy, images from the frozen k8s.gcr.io registry, a minor past its end of
 * life, and privileged or host-network containers listed for review.
 */
import type { Finding } from '@/lib/api/findings';
import { listNames } from '../evidence';
import type { Pod } from '../k8s';
import { isLivePod } from '../pod-evidence';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf, componentOfPod, containersOf, findingsOf, imageTag, isHostNetwork, NS, parseMinor, subjects, type FindingsContext } from './context';
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
export function skewProblem(api: { minor: number }, other: { minor: number }): string | undefined {
  const allowed = api.minor >= 28 ? 3 : 2;
  if (other.minor > api.minor) return 'newer than the API server';
  if (api.minor - other.minor > allowed) return `${api.minor - other.minor} minors older than the API server (at most ${allowed} allowed)`;
  return undefined;
}

function skewFindings(snapshot: ClusterSnapshot, apiVersion: string | undefined): Finding[] {
  const api = parseMinor(apiVersion);
  if (!api) return [];
  const kubelets: string[] = [];
  for (const node of snapshot.nodes) {
    const version = node.status?.nodeInfo?.kubeletVersion;
    const minor = parseMinor(version);
    const problem = minor && skewProblem(api, minor);
    if (problem) kubelets.push(`node ${node.metadata?.name}: kubelet ${version} is ${problem}`);
  }
  const proxies: string[] = [];
  for (const f of bucketsOf(snapshot).get('kube-proxy')?.pods ?? []) {
    const version = imageTag(containersOf(f.pod)[0]?.image);
    const minor = parseMinor(version);
    const problem = minor && skewProblem(api, minor);
    if (problem) proxies.push(`${f.name}${f.node ? ` on ${f.node}` : ''}: kube-proxy ${version} is ${problem}`);
  }
  const make = (what: 'kubelet' | 'kube-proxy', lines: string[]): Finding => finding({
    id: `updates/skew:${what}`,
    severity: 'warning',
    title: `${what} version skew beyond the Kubernetes skew policy`,
    evidence: [`kube-apiserver ${apiVersion}`, ...lines.slice(0, 6), ...(lines.length > 6 ? [`and ${lines.length - 6} more`] : [])],
    subject: what === 'kubelet' ? subjects.component('kubelet') : subjects.component('kube-proxy'),
    nextSteps: [
      `Upgrade in the supported order: control plane first, then kubelets and kube-proxy, one minor at a time (${SKEW_DOCS}).`,
    ],
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
    title: `${images.size} image${images.size === 1 ? '' : 's'} still pulled from the frozen k8s.gcr.io registry`,
    evidence: [...images].slice(0, 8).map(([image, n]) => `${image} (${n} pod${n === 1 ? '' : 's'})`),
    subject: subjects.cluster(),
    nextSteps: [
      'k8s.gcr.io was frozen in April 2023 and receives no new images; pull from registry.k8s.io instead (same paths).',
      'Upgrading to a supported release moves the control-plane and add-on images to registry.k8s.io.',
    ],
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
    title: `Kubernetes ${minor.major}.${minor.minor} is past its end of life (${date})`,
    evidence: [`${apiVersion ? 'kube-apiserver' : 'kubelet'} ${version}`, `upstream end of life of ${minor.major}.${minor.minor}: ${date}`],
    subject: subjects.cluster(),
    nextSteps: [
      'An end-of-life minor receives no security fixes upstream; plan the upgrade one minor at a time.',
      ...(managed ? ['Managed providers may still offer extended support for this minor; check your provider\'s calendar.'] : []),
    ],
    commands: ['kubectl version'],
  })];
}

function reviewList(snapshot: ClusterSnapshot, pick: (pod: Pod) => string[]): string[] {
  const byComponent = componentOfPod(snapshot);
  const groups = new Map<string, { pods: number; containers: Set<string> }>();
  for (const bucket of bucketsOf(snapshot).values()) {
    for (const f of bucket.pods) {
      if (!isLivePod(f)) continue;
      const names = pick(f.pod);
      if (names.length === 0) continue;
      const key = `${byComponent.get(f.pod)?.name ?? bucket.name} (${f.workload.kind} ${f.workload.name})`;
      const entry = groups.get(key) ?? { pods: 0, containers: new Set<string>() };
      entry.pods += 1;
      for (const n of names) entry.containers.add(n);
      groups.set(key, entry);
    }
  }
  return [...groups].map(([key, v]) => `${key}, ${v.pods} pod${v.pods === 1 ? '' : 's'}: ${listNames([...v.containers], 4)}`);
}

function reviewFindings(snapshot: ClusterSnapshot): Finding[] {
  const privileged = reviewList(snapshot, (pod) => containersOf(pod).filter((c) => c.securityContext?.privileged).map((c) => c.name ?? '?'));
  const hostNetwork = reviewList(snapshot, (pod) => (isHostNetwork(pod) ? ['hostNetwork'] : []));
  const out: Finding[] = [];
  if (privileged.length) {
    out.push(finding({
      id: 'security/privileged',
      severity: 'info',
      title: `${privileged.length} kube-system workload${privileged.length === 1 ? ' runs' : 's run'} privileged containers`,
      evidence: privileged,
      subject: subjects.cluster(),
      nextSteps: ['CNI agents and CSI node plugins need privileges; anything else here deserves a second look.'],
      commands: [`kubectl ${NS} get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.spec.containers[*].securityContext.privileged}{"\\n"}{end}'`],
    }));
  }
  if (hostNetwork.length) {
    out.push(finding({
      id: 'security/host-network',
      severity: 'info',
      title: `${hostNetwork.length} kube-system workload${hostNetwork.length === 1 ? ' uses' : 's use'} the host network`,
      evidence: hostNetwork,
      subject: subjects.cluster(),
      nextSteps: ['Static control-plane pods, kube-proxy and CNI agents use the host network by design; review the rest.'],
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
