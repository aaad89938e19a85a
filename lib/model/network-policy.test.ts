import { describe, expect, it } from 'vitest';
import { describeNetworkPolicy, describeSelector, type NetworkPolicyObject } from './network-policy';

const policy = (spec: NetworkPolicyObject['spec']): NetworkPolicyObject => ({ metadata: { name: 'p', namespace: 'kube-system' }, spec });

describe('describeSelector', () => {
  it('prints labels and expressions as kubectl-ish text', () => {
    expect(describeSelector({ matchLabels: { 'k8s-app': 'kube-dns' } })).toBe('k8s-app=kube-dns');
    expect(
      describeSelector({
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'env', operator: 'NotIn', values: ['dev'] },
          { key: 'team', operator: 'Exists' },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('tier in (a, b), env not in (dev), team, !legacy');
    expect(describeSelector({})).toBe('');
    expect(describeSelector(undefined)).toBe('');
  });
});

describe('describeNetworkPolicy', () => {
  it.each<[string, NetworkPolicyObject['spec'], string[]]>([
    [
      'a port open from anywhere',
      { podSelector: { matchLabels: { 'k8s-app': 'metrics-server' } }, policyTypes: ['Ingress'], ingress: [{ ports: [{ port: 10250, protocol: 'TCP' }] }] },
      ['allows ingress to pods k8s-app=metrics-server on TCP 10250 from anywhere'],
    ],
    [
      'only from one set of pods',
      {
        podSelector: { matchLabels: { 'k8s-app': 'kubernetes-dashboard' } },
        ingress: [{ from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } } }], ports: [{ port: 8443 }] }],
      },
      ['allows ingress to pods k8s-app=kubernetes-dashboard on TCP 8443 from pods app.kubernetes.io/name=ingress-nginx'],
    ],
    ['default deny ingress', { podSelector: {}, policyTypes: ['Ingress'] }, ['denies all ingress to all pods in kube-system']],
    ['default deny both ways', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }, ['denies all ingress to all pods in kube-system', 'denies all egress from all pods in kube-system']],
    ['allow all ingress', { podSelector: {}, ingress: [{}] }, ['allows ingress to all pods in kube-system on all ports from anywhere']],
    [
      'egress to DNS and a CIDR, implied Egress type',
      {
        podSelector: { matchLabels: { app: 'x' } },
        policyTypes: ['Egress'],
        egress: [
          { to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] },
          { to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ port: 30000, endPort: 32767 }] },
        ],
      },
      [
        'allows egress from pods app=x on UDP 53, TCP 53 to pods k8s-app=kube-dns in all namespaces',
        'allows egress from pods app=x on TCP 30000-32767 to 10.0.0.0/8 except 10.1.0.0/16',
      ],
    ],
    [
      'namespaces by label, several peers',
      {
        podSelector: { matchLabels: { app: 'prom' } },
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'ops' } } }, { podSelector: {} }], ports: [{ protocol: 'TCP' }] }],
      },
      ['allows ingress to pods app=prom on all TCP ports from all pods in namespaces team=ops or all pods in kube-system'],
    ],
    [
      'egress rules without policyTypes imply both directions',
      { podSelector: { matchLabels: { app: 'y' } }, egress: [{ ports: [{ port: 443 }] }] },
      ['denies all ingress to pods app=y', 'allows egress from pods app=y on TCP 443 to anywhere'],
    ],
  ])('%s', (_name, spec, want) => {
    expect(describeNetworkPolicy(policy(spec))).toEqual(want);
  });
});
