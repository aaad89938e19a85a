import { describe, expect, it } from 'vitest';
import { decideProxyPath, proxyQuery } from './k8s-proxy-policy';

const allowed = [
  '/version',
  '/readyz',
  '/livez',
  '/readyz/etcd',
  '/readyz/poststarthook/rbac/bootstrap-roles',
  '/api',
  '/apis',
  '/api/v1',
  '/apis/apps/v1',
  '/apis/metrics.k8s.io/v1beta1',
  '/apis/coordination.k8s.io',
  '/api/v1/nodes',
  '/api/v1/nodes/worker-1',
  '/apis/metrics.k8s.io/v1beta1/nodes',
  '/apis/metrics.k8s.io/v1beta1/nodes/worker-1',
  '/apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods',
  '/api/v1/namespaces/kube-system/pods',
  '/api/v1/namespaces/kube-system/pods/coredns-7d8f9c6b5-x2k4q',
  '/api/v1/namespaces/kube-system/pods/coredns-7d8f9c6b5-x2k4q/log',
  '/api/v1/namespaces/kube-system/events',
  '/api/v1/namespaces/kube-system/configmaps/coredns',
  '/apis/apps/v1/namespaces/kube-system/daemonsets/kube-proxy',
  '/apis/coordination.k8s.io/v1/namespaces/kube-system/leases',
  '/apis/events.k8s.io/v1/namespaces/kube-system/events',
];

const refused: Array<[string, RegExp]> = [
  ['/api/v1/namespaces/kube-system/secrets', /Secrets/],
  ['/api/v1/namespaces/kube-system/secrets/bootstrap-token-abcdef', /Secrets/],
  ['/api/v1/namespaces/default/pods', /only discovery/],
  ['/api/v1/pods', /only discovery/],
  ['/api/v1/secrets', /only discovery/],
  ['/apis/metrics.k8s.io/v1beta1/pods', /only discovery/],
  ['/api/v1/namespaces/kube-system/pods/coredns-x/exec', /only discovery/],
  ['/api/v1/namespaces/kube-system/pods/coredns-x/attach', /only discovery/],
  ['/api/v1/namespaces/kube-system/pods/coredns-x/portforward', /only discovery/],
  ['/api/v1/namespaces/kube-system/services/kube-dns/proxy', /only discovery/],
  ['/api/v1/nodes/worker-1/proxy', /only discovery/],
  ['/api/v1/nodes/worker-1/proxy/configz', /only discovery/],
  ['/api/v1/namespaces/kube-system/../default/pods', /dot segments/],
  ['/api/v1/namespaces/kube-system/pods/..', /dot segments/],
  ['/api/v1/namespaces/kube-system/%2e%2e/default/pods', /encoded/],
  ['/api/v1/namespaces/kube-system/pods/%252e%252e', /encoded/],
  ['/api/v1/namespaces/kube-system%2fsecrets', /encoded/],
  ['/api/v1/namespaces/kube-system//secrets', /empty segments/],
  ['//api/v1/nodes', /empty segments/],
  ['/api/v1/namespaces/kube-system\\..\\default/pods', /backslashes/],
  ['/api/v1/namespaces/kube-system/pods;/secrets', /./],
  ['/api/v1/namespaces/KUBE-SYSTEM/pods', /only discovery/],
  ['/apis/rbac.authorization.k8s.io/v1/clusterroles', /only discovery/],
  ['/openapi/v2', /only discovery/],
  ['', /start with/],
  ['api/v1', /start with/],
];

describe('decideProxyPath', () => {
  it.each(allowed)('forwards %s', (path) => {
    expect(decideProxyPath(path)).toMatchObject({ allow: true, path });
  });

  it.each(refused)('refuses %s', (path, rule) => {
    const decision = decideProxyPath(path);
    expect(decision.allow).toBe(false);
    if (!decision.allow) expect(decision.rule).toMatch(rule);
  });

  it('ignores one trailing slash', () => {
    expect(decideProxyPath('/api/v1/nodes/')).toEqual({ allow: true, path: '/api/v1/nodes', rule: 'nodes' });
  });
});

describe('proxyQuery', () => {
  const query = (search: string, path = '/api/v1/namespaces/kube-system/pods') => proxyQuery(new URLSearchParams(search), path, 600);

  it('lowers a watch\'s timeoutSeconds to the cap and sets it when absent', () => {
    expect(query('watch=true&timeoutSeconds=3600')).toEqual({ ok: true, query: { watch: 'true', timeoutSeconds: '600' }, isStream: true });
    expect(query('watch=1')).toEqual({ ok: true, query: { watch: '1', timeoutSeconds: '600' }, isStream: true });
    expect(query('watch=true&timeoutSeconds=30')).toMatchObject({ query: { timeoutSeconds: '30' } });
  });

  it('reads watch and follow as the API server does (Go ParseBool), the last value winning', () => {
    for (const value of ['1', 't', 'T', 'TRUE', 'true', 'True']) expect(query(`watch=${value}`)).toMatchObject({ isStream: true });
    for (const value of ['0', 'false', 'yes', '']) expect(query(`watch=${value}`)).toMatchObject({ isStream: false });
    expect(query('watch=false&watch=true')).toMatchObject({ query: { watch: 'true' }, isStream: true });
  });

  it('counts a followed pod log as a stream, a one-off read not', () => {
    const log = '/api/v1/namespaces/kube-system/pods/coredns-x/log';
    expect(query('follow=true&container=coredns', log)).toMatchObject({ isStream: true });
    expect(query('tailLines=10', log)).toMatchObject({ isStream: false });
    expect(query('follow=true')).toMatchObject({ isStream: false });
  });

  it('leaves a list alone, and refuses a timeoutSeconds that is not a number', () => {
    expect(query('limit=500&labelSelector=k8s-app%3Dkube-dns')).toEqual({ ok: true, query: { limit: '500', labelSelector: 'k8s-app=kube-dns' }, isStream: false });
    expect(query('watch=true&timeoutSeconds=-1')).toEqual({ ok: false, message: expect.stringContaining('timeoutSeconds') });
    expect(query('watch=true&timeoutSeconds=1e9')).toMatchObject({ ok: false });
  });
});
