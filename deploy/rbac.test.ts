/**
 * The rendered base (`kubectl kustomize deploy/`, the real kubectl) grants exactly what the code reads:
 * no write verb, no Secrets, no wildcards, pod metrics only in kube-system; the namespaced Roles stay in
 * kube-system and kube-node-lease; the pod runs locked down and with access control on; the network
 * policy admits only the ingress controller and a labelled Prometheus, and its API server egress can be
 * narrowed as the example patch shows.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CACHED_RESOURCES } from '@/lib/kube/resources';
import { parseBasePath } from '../scripts/base-path.cjs';

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

const render = (dir: string) => parseAllDocuments(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' })).map((doc) => doc.toJS() as K8sObject);
const objects = render(path.resolve(__dirname));
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

/** `<scope> <group>/<resource> <verb>`, scope `cluster` or a namespace; one line per grant. */
function granted(): Set<string> {
  const lines = new Set<string>();
  for (const role of roles) {
    const scope = role.kind === 'ClusterRole' ? 'cluster' : role.metadata.namespace!;
    for (const rule of role.rules ?? []) {
      for (const verb of rule.verbs) {
        for (const url of rule.nonResourceURLs ?? []) lines.add(`${scope} url:${url} ${verb}`);
        for (const group of rule.apiGroups ?? []) for (const resource of rule.resources ?? []) lines.add(`${scope} ${group}/${resource} ${verb}`);
      }
    }
  }
  return lines;
}

/**
 * Reads outside the shared cache, each with the file that makes it; the test checks the file still
 * contains the path, so a read that goes away takes its grant with it.
 */
const OTHER_READS = [
  { grant: 'kube-system /pods/log get', source: 'lib/server/log-source.ts', path: '/pods/${encodeURIComponent(pod)}/log' },
  { grant: 'cluster metrics.k8s.io/nodes get list', source: 'lib/metrics/sampler.ts', path: "'/apis/metrics.k8s.io/v1beta1/nodes'" },
  { grant: 'kube-system metrics.k8s.io/pods get list', source: 'lib/metrics/sampler.ts', path: "'/apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods'" },
  { grant: 'cluster /componentstatuses get list', source: 'lib/kube/health.ts', path: "'/api/v1/componentstatuses'" },
  { grant: 'cluster apiregistration.k8s.io/apiservices get list watch', source: 'lib/kube/resources.ts', path: "'/apis/apiregistration.k8s.io/v1'" },
  { grant: 'cluster url:/version get', source: 'lib/kube/health.ts', path: "'/version'" },
  { grant: 'cluster url:/readyz get', source: 'lib/kube/health.ts', path: "'/readyz'" },
  { grant: 'cluster url:/livez get', source: 'lib/kube/health.ts', path: "'/livez'" },
  // The /api/k8s proxy forwards single health checks and /healthz for `kubectl get --raw`.
  { grant: 'cluster url:/readyz/* get', source: 'lib/server/k8s-proxy-policy.ts', path: '(readyz|livez|healthz)' },
  { grant: 'cluster url:/livez/* get', source: 'lib/server/k8s-proxy-policy.ts', path: '(readyz|livez|healthz)' },
  { grant: 'cluster url:/healthz get', source: 'lib/server/k8s-proxy-policy.ts', path: '(readyz|livez|healthz)' },
];

/** What the code reads, in the same form: the cache's kinds (get for the proxy, list, watch) and OTHER_READS. */
function used(): Set<string> {
  const lines = new Set<string>();
  for (const def of CACHED_RESOURCES) {
    const group = def.groupVersion === '/api/v1' ? '' : def.groupVersion.split('/')[2]!;
    for (const verb of ['get', 'list', 'watch']) lines.add(`${def.namespace ?? 'cluster'} ${group}/${def.plural} ${verb}`);
  }
  for (const read of OTHER_READS) {
    const source = fs.readFileSync(path.resolve(__dirname, '..', read.source), 'utf8');
    if (!source.includes(read.path)) throw new Error(`${read.source} no longer reads ${read.path}; drop its grant`);
    const [scope, what, ...verbs] = read.grant.split(' ');
    for (const verb of verbs) lines.add(`${scope} ${what} ${verb}`);
  }
  return lines;
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
    expect(grants('Role', 'kube-system', 'metrics.k8s.io', 'pods', 'list')).toBe(true);
    expect(grants('ClusterRole', undefined, 'apiregistration.k8s.io', 'apiservices', 'list')).toBe(true);
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

  it('reads pod metrics in kube-system only, never cluster-wide', () => {
    const clusterRules = byKind('ClusterRole').flatMap((r) => r.rules ?? []);
    expect(clusterRules.some((rule) => rule.apiGroups?.includes('metrics.k8s.io') && rule.resources?.includes('pods'))).toBe(false);
  });

  it('grants exactly what the code reads: nothing missing, nothing extra', () => {
    expect([...granted()].sort()).toEqual([...used()].sort());
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
    startupProbe: { httpGet: { path: string } };
    resources: { requests?: Record<string, string>; limits?: Record<string, string> };
    volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
  }
  interface PodSpec {
    securityContext: Record<string, unknown>;
    automountServiceAccountToken: boolean;
    serviceAccountName: string;
    containers: Container[];
    volumes: { name: string; emptyDir?: { sizeLimit?: string }; secret?: { secretName: string } }[];
  }
  const pod = deployment.spec.template.spec;
  const [container] = pod.containers;
  const env = Object.fromEntries(container.env.map((e) => [e.name, e.value]));

  it('runs two replicas, probed on the app\'s own health endpoints under its BASE_PATH, with requests and limits', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(container.livenessProbe.httpGet.path).toBe(`${env.BASE_PATH}/api/healthz`);
    expect(container.startupProbe.httpGet.path).toBe(`${env.BASE_PATH}/api/healthz`);
    expect(container.readinessProbe.httpGet.path).toBe(`${env.BASE_PATH}/api/readyz`);
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

  it('sets BASE_PATH in its environment (read at start), in the form start.mjs serves it', () => {
    expect(env.BASE_PATH).toBeTruthy();
    expect(parseBasePath(env.BASE_PATH)).toBe(env.BASE_PATH);
  });

  it('gives start.mjs room to map the build (about 20 MB) into the cache emptyDir, the only writable place under /app', () => {
    const cache = container.volumeMounts.find((m) => m.mountPath === '/app/.next/standalone/.next/cache');
    const sizeLimit = pod.volumes.find((v) => v.name === cache?.name)?.emptyDir?.sizeLimit ?? '';
    const mebibytes = Number(/^(\d+)Mi$/.exec(sizeLimit)?.[1] ?? /^(\d+)Gi$/.exec(sizeLimit)?.[1] ?? 0) * (sizeLimit.endsWith('Gi') ? 1024 : 1);
    expect(mebibytes).toBeGreaterThanOrEqual(64);
    expect(container.volumeMounts.filter((m) => m.mountPath.startsWith('/app')).map((m) => m.mountPath)).toEqual(['/app/.next/standalone/.next/cache']);
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

  it('ships a Service, an Ingress routing BASE_PATH unchanged without buffering, a NetworkPolicy and a PodDisruptionBudget', () => {
    expect(byKind('Service')).toHaveLength(1);
    const ingress = byKind('Ingress')[0] as K8sObject & {
      metadata: { annotations: Record<string, string> };
      spec: { rules: { http: { paths: { path: string; pathType: string }[] } }[] };
    };
    expect(ingress.metadata.annotations['nginx.ingress.kubernetes.io/proxy-buffering']).toBe('off');
    expect(ingress.metadata.annotations['nginx.ingress.kubernetes.io/rewrite-target']).toBeUndefined();
    expect(ingress.metadata.annotations['nginx.ingress.kubernetes.io/session-cookie-path']).toBe(env.BASE_PATH);
    expect(ingress.spec.rules.flatMap((rule) => rule.http.paths)).toEqual([expect.objectContaining({ path: env.BASE_PATH, pathType: 'Prefix' })]);
    const policy = byKind('NetworkPolicy')[0];
    expect(policy.spec?.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(JSON.stringify(policy.spec?.egress)).toContain('"port":53');
    expect(byKind('PodDisruptionBudget')).toHaveLength(1);
    expect(byKind('Namespace').map((n) => n.metadata.name)).toEqual(['kubesys']);
  });
});

interface PolicyPeer {
  namespaceSelector?: { matchLabels?: Record<string, string> };
  podSelector?: { matchLabels?: Record<string, string> };
  ipBlock?: { cidr: string; except?: string[] };
}
interface PolicyRule {
  from?: PolicyPeer[];
  to?: PolicyPeer[];
  ports?: { port: number | string; protocol?: string }[];
}
type NetworkPolicy = K8sObject & { spec: { policyTypes: string[]; ingress?: PolicyRule[]; egress?: PolicyRule[] } };

describe('deploy/ NetworkPolicy', () => {
  const policies = byKind('NetworkPolicy') as NetworkPolicy[];
  const ingress = policies.flatMap((p) => p.spec.ingress ?? []);
  const egress = policies.flatMap((p) => p.spec.egress ?? []);

  it('admits only the ingress controller and a labelled Prometheus, each to the http port', () => {
    expect(ingress.every((rule) => (rule.from ?? []).length > 0)).toBe(true);
    const sources = ingress.flatMap((rule) => (rule.from ?? []).map((peer) => `${peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']}/${peer.podSelector?.matchLabels?.['app.kubernetes.io/name']}`));
    expect(sources.sort()).toEqual(['ingress-nginx/ingress-nginx', 'monitoring/prometheus']);
    for (const rule of ingress) expect(rule.ports).toEqual([{ port: 'http', protocol: 'TCP' }]);
  });

  it('lets Prometheus find the metrics: the pod template names the path under the base path, and the port', () => {
    const deployment = byKind('Deployment')[0] as K8sObject & {
      spec: { template: { metadata: { annotations: Record<string, string> }; spec: { containers: { env: { name: string; value?: string }[] }[] } } };
    };
    const basePath = deployment.spec.template.spec.containers[0]!.env.find((e) => e.name === 'BASE_PATH')?.value;
    expect(basePath).toBeTruthy();
    expect(deployment.spec.template.metadata.annotations).toMatchObject({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': '3000', 'prometheus.io/path': `${basePath}/api/metrics` });
  });

  it('reaches addresses (not pods) only for the API server, on its ports, in a policy of its own', () => {
    const byAddress = policies.filter((p) => (p.spec.egress ?? []).some((rule) => rule.to?.some((peer) => peer.ipBlock)));
    expect(byAddress.map((p) => p.metadata.name)).toEqual(['kubesys-apiserver']);
    expect(byAddress[0]!.spec.egress).toHaveLength(1);
    expect(byAddress[0]!.spec.egress![0]!.ports?.map((p) => p.port).sort()).toEqual([443, 6443]);
    const others = egress.filter((rule) => !rule.to?.some((peer) => peer.ipBlock));
    for (const rule of others) for (const peer of rule.to ?? []) expect(peer.podSelector?.matchLabels).toBeDefined();
  });

  it('narrows the API server egress to its own addresses with the documented patch', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-overlay-'));
    fs.cpSync(path.resolve(__dirname), path.join(dir, 'deploy'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
    fs.mkdirSync(path.join(dir, 'prod'));
    fs.copyFileSync(path.resolve(__dirname, 'apiserver-egress.example.yaml'), path.join(dir, 'prod', 'apiserver-egress.yaml'));
    fs.writeFileSync(path.join(dir, 'prod', 'kustomization.yaml'), 'resources: [../deploy]\npatches: [{ path: apiserver-egress.yaml }]\n');
    const narrowed = render(path.join(dir, 'prod')).find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'kubesys-apiserver') as NetworkPolicy;
    fs.rmSync(dir, { recursive: true, force: true });
    expect(narrowed.spec.egress).toHaveLength(1);
    expect(narrowed.spec.egress![0]!.to).toEqual([{ ipBlock: { cidr: '192.0.2.10/32' } }, { ipBlock: { cidr: '192.0.2.11/32' } }]);
    expect(narrowed.spec.egress![0]!.ports?.map((p) => p.port).sort()).toEqual([443, 6443]);
  });
});

describe('deploy/ more clusters from a mounted kubeconfig', () => {
  it('adds the kubeconfig Secret as a file and KUBECONFIG, and leaves RBAC as it is', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubesys-fleet-'));
    fs.cpSync(path.resolve(__dirname), path.join(dir, 'deploy'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
    fs.mkdirSync(path.join(dir, 'fleet'));
    fs.copyFileSync(path.resolve(__dirname, 'multi-cluster.example.yaml'), path.join(dir, 'fleet', 'multi-cluster.yaml'));
    fs.writeFileSync(path.join(dir, 'fleet', 'kustomization.yaml'), 'resources: [../deploy]\npatches: [{ path: multi-cluster.yaml }]\n');
    const rendered = render(path.join(dir, 'fleet'));
    fs.rmSync(dir, { recursive: true, force: true });
    type Pod = { spec: { template: { spec: { containers: { env: { name: string; value?: string }[]; volumeMounts: { name: string; mountPath: string }[] }[]; volumes: { name: string; secret?: { secretName: string } }[] } } } };
    const deployment = rendered.find((o) => o.kind === 'Deployment') as K8sObject & Pod;
    const { containers, volumes } = deployment.spec.template.spec;
    const env = Object.fromEntries(containers[0]!.env.map((e) => [e.name, e.value]));
    const mount = containers[0]!.volumeMounts.find((m) => m.name === 'kubeconfig');
    expect(env.KUBECONFIG).toBe(`${mount?.mountPath}/config`);
    expect(env.AUTH_MODE).toBe('token');
    expect(volumes.find((v) => v.name === 'kubeconfig')?.secret?.secretName).toBe('kubesys-kubeconfig');
    const rbac = (objects: K8sObject[]) => JSON.stringify(objects.filter((o) => /Role/.test(o.kind)));
    expect(rbac(rendered)).toBe(rbac(render(path.resolve(__dirname))));
  });
});

describe('deploy/ Host names and sessions', () => {
  const ingress = byKind('Ingress')[0] as K8sObject & { metadata: { annotations: Record<string, string> }; spec: { rules: { host?: string }[] } };
  const container = (byKind('Deployment')[0] as K8sObject & { spec: { template: { spec: { containers: { env: { name: string; value?: string }[] }[] } } } }).spec.template.spec.containers[0]!;
  const env = Object.fromEntries(container.env.map((e) => [e.name, e.value]));

  it('allows every name the Ingress serves (ALLOWED_HOSTS), and only those', () => {
    const hosts = ingress.spec.rules.map((rule) => rule.host).filter(Boolean);
    expect(hosts.length).toBeGreaterThan(0);
    expect((env.ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim()).sort()).toEqual([...hosts].sort());
  });

  it('keeps a browser on one replica (sessions live in the replica that opened them)', () => {
    const replicas = (byKind('Deployment')[0] as K8sObject & { spec: { replicas: number } }).spec.replicas;
    expect(replicas).toBeGreaterThan(1);
    expect(ingress.metadata.annotations).toMatchObject({
      'nginx.ingress.kubernetes.io/affinity': 'cookie',
      'nginx.ingress.kubernetes.io/affinity-mode': 'persistent',
    });
  });

  it('writes the access log', () => {
    expect(env.ACCESS_LOG).toBe('true');
  });
});
