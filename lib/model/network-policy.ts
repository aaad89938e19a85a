/**
 * NetworkPolicies in words: "allows ingress to pods k8s-app=metrics-server on TCP 10250 from anywhere",
 * "denies all egress from all pods in kube-system". Pure.
 */
import type { LabelSelector, NetworkPolicy, NetworkPolicyPeer as Peer, NetworkPolicyPort as Port } from './k8s';

/** The NetworkPolicy as read from the cluster (lib/model/k8s.ts). */
export type NetworkPolicyObject = NetworkPolicy;

/** `k8s-app=metrics-server, tier in (a, b), !legacy`; empty for an empty selector (which selects everything). */
export function describeSelector(selector: LabelSelector | null | undefined): string {
  const parts = Object.entries(selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of selector?.matchExpressions ?? []) {
    const values = (e.values ?? []).join(', ');
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} not in (${values})`);
    else if (e.operator === 'Exists') parts.push(`${e.key}`);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(', ');
}

function describeTarget(selector: LabelSelector | null | undefined, namespace: string): string {
  const text = describeSelector(selector);
  return text ? `pods ${text}` : `all pods in ${namespace}`;
}

function describePeer(peer: Peer, namespace: string): string {
  if (peer.ipBlock?.cidr) {
    const except = peer.ipBlock.except?.length ? ` except ${peer.ipBlock.except.join(', ')}` : '';
    return `${peer.ipBlock.cidr}${except}`;
  }
  const pods = peer.podSelector ? describeSelector(peer.podSelector) : undefined;
  if (peer.namespaceSelector) {
    const ns = describeSelector(peer.namespaceSelector);
    const where = ns ? `namespaces ${ns}` : 'all namespaces';
    return pods ? `pods ${pods} in ${where}` : `all pods in ${where}`;
  }
  // A podSelector alone selects pods in the policy's own namespace.
  return pods ? `pods ${pods}` : `all pods in ${namespace}`;
}

function describePorts(ports: Port[] | null | undefined): string {
  if (!ports?.length) return 'on all ports';
  const list = ports.map((p) => {
    const protocol = p.protocol ?? 'TCP';
    if (p.port === undefined) return `all ${protocol} ports`;
    return `${protocol} ${p.port}${p.endPort ? `-${p.endPort}` : ''}`;
  });
  return `on ${list.join(', ')}`;
}

/**
 * One sentence per rule (or one "denies all" sentence per direction without rules). Kubernetes facts:
 * policyTypes defaults to Ingress (plus Egress when egress rules exist); a selected direction without
 * rules denies all traffic that way; a rule without from/to matches every peer; without ports, every port.
 */
export function describeNetworkPolicy(policy: NetworkPolicyObject): string[] {
  const spec = policy.spec ?? {};
  const namespace = policy.metadata?.namespace ?? 'kube-system';
  const target = describeTarget(spec.podSelector, namespace);
  const types = spec.policyTypes?.length ? spec.policyTypes : ['Ingress', ...(spec.egress?.length ? ['Egress'] : [])];
  const sentences: string[] = [];
  if (types.includes('Ingress')) {
    const rules = spec.ingress ?? [];
    if (rules.length === 0) sentences.push(`denies all ingress to ${target}`);
    for (const rule of rules) {
      const from = rule.from?.length ? rule.from.map((p) => describePeer(p, namespace)).join(' or ') : 'anywhere';
      sentences.push(`allows ingress to ${target} ${describePorts(rule.ports)} from ${from}`);
    }
  }
  if (types.includes('Egress')) {
    const rules = spec.egress ?? [];
    if (rules.length === 0) sentences.push(`denies all egress from ${target}`);
    for (const rule of rules) {
      const to = rule.to?.length ? rule.to.map((p) => describePeer(p, namespace)).join(' or ') : 'anywhere';
      sentences.push(`allows egress from ${target} ${describePorts(rule.ports)} to ${to}`);
    }
  }
  return sentences;
}
