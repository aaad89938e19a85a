/**
 * NetworkPolicies in words: "allows ingress to pods k8s-app=metrics-server on TCP 10250 from anywhere",
 * "denies all egress from all pods in kube-system", as messages (lib/model/say.ts) and their English. Pure.
 */
import type { Message } from '@/lib/api/message';
import type { LabelSelector, NetworkPolicy, NetworkPolicyPeer as Peer, NetworkPolicyPort as Port } from './k8s';
import { english } from './english';
import { say, verbatim } from './say';

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

/** Messages joined by `join` ("{first} or {rest}"), right-nested so every language can word the joint. */
function joined(messages: Message[], join: 'inventory.policy.or' | 'inventory.policy.list'): Message {
  const [first, ...rest] = messages;
  return rest.length === 0 ? first! : say(join, { first: first!, rest: joined(rest, join) });
}

function describeTarget(selector: LabelSelector | null | undefined, namespace: string): Message {
  const text = describeSelector(selector);
  return text ? say('inventory.policy.pods', { selector: text }) : say('inventory.policy.allPodsIn', { namespace });
}

function describePeer(peer: Peer, namespace: string): Message {
  if (peer.ipBlock?.cidr) {
    return peer.ipBlock.except?.length
      ? say('inventory.policy.cidrExcept', { cidr: peer.ipBlock.cidr, except: peer.ipBlock.except.join(', ') })
      : verbatim(peer.ipBlock.cidr);
  }
  const pods = peer.podSelector ? describeSelector(peer.podSelector) : undefined;
  if (peer.namespaceSelector) {
    const ns = describeSelector(peer.namespaceSelector);
    const namespaces = ns ? say('inventory.policy.namespaces', { selector: ns }) : say('inventory.policy.allNamespaces');
    return pods ? say('inventory.policy.podsInNamespaces', { selector: pods, namespaces }) : say('inventory.policy.allPodsInNamespaces', { namespaces });
  }
  // A podSelector alone selects pods in the policy's own namespace.
  return pods ? say('inventory.policy.pods', { selector: pods }) : say('inventory.policy.allPodsIn', { namespace });
}

function describePorts(ports: Port[] | null | undefined): Message {
  if (!ports?.length) return say('inventory.policy.allPorts');
  const list = ports.map((p) => {
    const protocol = p.protocol ?? 'TCP';
    if (p.port === undefined) return say('inventory.policy.allProtocolPorts', { protocol });
    return verbatim(`${protocol} ${p.port}${p.endPort ? `-${p.endPort}` : ''}`);
  });
  return say('inventory.policy.onPorts', { ports: joined(list, 'inventory.policy.list') });
}

function describePeers(peers: Peer[] | null | undefined, namespace: string): Message {
  return peers?.length ? joined(peers.map((p) => describePeer(p, namespace)), 'inventory.policy.or') : say('inventory.policy.anywhere');
}

/**
 * One sentence per rule (or one "denies all" sentence per direction without rules), as messages. Kubernetes
 * facts: policyTypes defaults to Ingress (plus Egress when egress rules exist); a selected direction without
 * rules denies all traffic that way; a rule without from/to matches every peer; without ports, every port.
 */
export function networkPolicyMessages(policy: NetworkPolicyObject): Message[] {
  const spec = policy.spec ?? {};
  const namespace = policy.metadata?.namespace ?? 'kube-system';
  const target = describeTarget(spec.podSelector, namespace);
  const types = spec.policyTypes?.length ? spec.policyTypes : ['Ingress', ...(spec.egress?.length ? ['Egress'] : [])];
  const sentences: Message[] = [];
  if (types.includes('Ingress')) {
    const rules = spec.ingress ?? [];
    if (rules.length === 0) sentences.push(say('inventory.policy.denyIngress', { target }));
    for (const rule of rules) sentences.push(say('inventory.policy.allowIngress', { target, ports: describePorts(rule.ports), peers: describePeers(rule.from, namespace) }));
  }
  if (types.includes('Egress')) {
    const rules = spec.egress ?? [];
    if (rules.length === 0) sentences.push(say('inventory.policy.denyEgress', { target }));
    for (const rule of rules) sentences.push(say('inventory.policy.allowEgress', { target, ports: describePorts(rule.ports), peers: describePeers(rule.to, namespace) }));
  }
  return sentences;
}

/** The sentences of `networkPolicyMessages` in English (the JSON API's `rules`). */
export function describeNetworkPolicy(policy: NetworkPolicyObject): string[] {
  return networkPolicyMessages(policy).map(english);
}
