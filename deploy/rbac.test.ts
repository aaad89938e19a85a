/**
 * The rendered base (`kubectl kustomize deploy/`, the real kubectl) grants only reads: no write verb,
 * no Secrets, no wildcards; the namespaced Roles stay in kube-system and kube-node-lease; the pod runs
 * locked down and with access control on.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Rule {
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
  verbs: string[];
}
interface K8sObject {
  kind: string;
  metadata: { name: string; namespace?: string };
  rules?: Rule[];
  roleRef?: { kind: string; name: string };
  subjects?: { kind: string; name: string; namespace?: string }[];
  spec?: Record<string, unknown>;
}

const WRITE_VERBS = ['create', 'update', 'patch', 'delete', 'deletecollection', 'escalate', 'bind', 'impersonate', 'approve', 'sign', '*'];

const rendered = execFileSync('kubectl', ['kustomize', path.resolve(__dirname)], { encoding: 'utf8' });
const objects = parseAllDocuments(rendered).map((doc) => doc.toJS() as K8sObject);
const byKind = (kind: string) => objects.filter((o) => o.kind === kind);
const roles = [...byKind('ClusterRole'), ...byKind('Role')];

/** Every problem with a rule; empty when it only reads. */
function ruleProblems(rule: Rule): string[] {
  const problems: string[] = [];
  for (const verb of rule.verbs) if (WRITE_VERBS.includes(verb.toLowerCase())) problems.push(`write verb "${verb}"`);
  for (const resource of rule.resources ?? []) {
    if (resource === '*' || resource.startsWith('*/')) problems.push(`wildcard resource "${resource}"`);
    if (resource === 'secrets' || resource.startsWith('secrets/')) problems.push('touches secrets');
  }
  if ((rule.apiGroups ?? []).includes('*')) problems.push('wildcard apiGroup');
  if ((rule.nonResourceURLs ?? []).some((url) => url === '*' || url === '/*')) problems.push('wildcard nonResourceURL');
  return problems;
}

describe('deploy/ RBAC', () => {
  it('renders with kubectl kustomize and contains the RBAC objects', () => {
    expect(byKind('ClusterRole')).toHaveLength(1);
    expect(byKind('Role').map((r) => r.metadata.namespace).sort()).toEqual(['kube-node-lease', 'kube-system']);
    expect(byKind('RoleBinding').map((r) => r.metadata.namespace).sort()).toEqual(['kube-node-lease', 'kube-system']);
  });

  it.each(roles.flatMap((role) => (role.rules ?? []).map((rule, i) => [`${role.kind}/${role.metadata.name} rule ${i}`, rule] as const)))(
    '%s only reads',
    (_, rule) => {
      expect(ruleProblems(rule)).toEqual([]);
    },
  );

  it('the checker itself catches writes, secrets and wildcards', () => {
    expect(ruleProblems({ apiGroups: [''], resources: ['pods'], verbs: ['get', 'delete'] })).toEqual(['write verb "delete"']);
    expect(ruleProblems({ apiGroups: [''], resources: ['secrets'], verbs: ['get'] })).toEqual(['touches secrets']);
    expect(ruleProblems({ apiGroups: ['*'], resources: ['*'], verbs: ['*'] })).toHaveLength(3);
    expect(ruleProblems({ nonResourceURLs: ['*'], verbs: ['get'] })).toEqual(['wildcard nonResourceURL']);
  });

  it('grants what the app reads: nodes, health URLs, metrics, APIServices, kube-system objects, node leases', () => {
    const grants = (kind: string, namespace: string | undefined, group: string, resource: string, verb: string) =>
      roles
        .filter((r) => r.kind === kind && r.metadata.namespace === namespace)
        .some((r) => r.rules?.some((rule) => rule.apiGroups?.includes(group) && rule.resources?.includes(resource) && rule.verbs.includes(verb)));
    for (const verb of ['get', 'list', 'watch']) expect(grants('ClusterRole', undefined, '', 'nodes', verb)).toBe(true);
    expect(grants('ClusterRole', undefined, 'metrics.k8s.io', 'pods', 'list')).toBe(true);
    expect(grants('ClusterRole', undefined, 'apiregistration.k8s.io', 'apiservices', 'watch')).toBe(true);
    for (const resource of ['pods', 'pods/log', 'services', 'endpoints', 'configmaps', 'events']) {
      expect(grants('Role', 'kube-system', '', resource, 'get')).toBe(true);
    }
    for (const resource of ['deployments', 'daemonsets', 'replicasets', 'statefulsets']) expect(grants('Role', 'kube-system', 'apps', resource, 'watch')).toBe(true);
    for (const resource of ['jobs', 'cronjobs']) for (const verb of ['get', 'list', 'watch']) expect(grants('Role', 'kube-system', 'batch', resource, verb)).toBe(true);
    expect(grants('Role', 'kube-system', 'coordination.k8s.io', 'leases', 'watch')).toBe(true);
    expect(grants('Role', 'kube-node-lease', 'coordination.k8s.io', 'leases', 'watch')).toBe(true);
    const urls = byKind('ClusterRole')[0].rules?.flatMap((rule) => rule.nonResourceURLs ?? []);
    expect(urls).toEqual(expect.arrayContaining(['/readyz', '/livez', '/version']));
  });

  it('never uses resourceNames to scope a namespace', () => {
    for (const role of roles) for (const rule of role.rules ?? []) expect(rule.resourceNames).toBeUndefined();
  });

  it('binds every role to the kubesys ServiceAccount only', () => {
    for (const binding of [...byKind('ClusterRoleBinding'), ...byKind('RoleBinding')]) {
      expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'kubesys', namespace: 'kubesys' }]);
    }
  });
});

describe('deploy/ Deployment', () => {
  const deployment = byKind('Deployment')[0] as K8sObject & { spec: { replicas: number; template: { spec: PodSpec } } };
  interface Container {
    securityContext: Record<string, unknown> & { capabilities?: { drop?: string[]; add?: string[] } };
    env: { name: string; value?: string }[];
    livenessProbe: { httpGet: { path: string } };
    readinessProbe: { httpGet: { path: string } };
    resources: { requests?: Record<string, string>; limits?: Record<string, string> };
    volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
  }
  interface PodSpec {
    securityContext: Record<string, unknown>;
    automountServiceAccountToken: boolean;
    serviceAccountName: string;
    containers: Container[];
    volumes: { name: string; emptyDir?: object; secret?: { secretName: string } }[];
  }
  const pod = deployment.spec.template.spec;
  const [container] = pod.containers;
  const env = Object.fromEntries(container.env.map((e) => [e.name, e.value]));

  it('runs two replicas, probed on the app\'s own health endpoints, with requests and limits', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(container.livenessProbe.httpGet.path).toBe('/api/healthz');
    expect(container.readinessProbe.httpGet.path).toBe('/api/readyz');
    expect(container.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container.resources.limits).toMatchObject({ memory: expect.any(String) });
  });

  it('is locked down: non-root, read-only root, no capabilities, no escalation, RuntimeDefault seccomp', () => {
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext).toMatchObject({
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.securityContext.capabilities?.add).toBeUndefined();
    // Every writable mount is an emptyDir; the token Secret is read-only.
    for (const mount of container.volumeMounts) {
      const volume = pod.volumes.find((v) => v.name === mount.name);
      if (volume?.secret) expect(mount.readOnly).toBe(true);
      else expect(volume?.emptyDir).toBeDefined();
    }
  });

  it('uses the projected ServiceAccount token of its own ServiceAccount', () => {
    expect(pod.automountServiceAccountToken).toBe(true);
    expect(pod.serviceAccountName).toBe('kubesys');
  });

  it('requires access control: token from a mounted Secret in its own namespace, or a trusted proxy', () => {
    expect(['token', 'proxy']).toContain(env.AUTH_MODE);
    expect(env.ALLOW_OPEN).toBeUndefined();
    if (env.AUTH_MODE === 'token') {
      expect(env.AUTH_TOKEN).toBeUndefined();
      const secret = pod.volumes.find((v) => v.secret)?.secret?.secretName;
      expect(secret).toBe('kubesys-auth');
      const mount = container.volumeMounts.find((m) => m.name === pod.volumes.find((v) => v.secret)?.name);
      expect(env.AUTH_TOKEN_FILE?.startsWith(`${mount?.mountPath}/`)).toBe(true);
    } else {
      expect(env.TRUSTED_PROXIES).toBeTruthy();
    }
  });

  it('ships a Service, an Ingress under /kubesys without buffering, a NetworkPolicy and a PodDisruptionBudget', () => {
    expect(byKind('Service')).toHaveLength(1);
    const ingress = byKind('Ingress')[0] as K8sObject & { metadata: { annotations: Record<string, string> } };
    expect(ingress.metadata.annotations['nginx.ingress.kubernetes.io/proxy-buffering']).toBe('off');
    expect(JSON.stringify(ingress.spec)).toContain('"path":"/kubesys"');
    const policy = byKind('NetworkPolicy')[0];
    expect(policy.spec?.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(JSON.stringify(policy.spec?.egress)).toContain('"port":53');
    expect(byKind('PodDisruptionBudget')).toHaveLength(1);
    expect(byKind('Namespace').map((n) => n.metadata.name)).toEqual(['kubesys']);
  });
});
