/** The per-node agents: kube-proxy (kubeadm's DaemonSet) and calico-node (Calico's manifest install), a pod on every node. */
import type { KObject } from '../types';
import { CALICO_VERSION, K8S_VERSION, MINUTE_MS, meta, uidFor, type NodeRec, type World } from './model';
import { buildPod, type ContainerPlan, type Json } from './pods';
import { nameSuffix, rngFor, templateHash } from './rand';

const fieldEnv = (name: string, fieldPath: string) => ({ name, valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath } } });
const hostVol = (name: string, path: string, type?: string) => ({ name, hostPath: { path, ...(type ? { type } : { type: '' }) } });
const CNI = `docker.io/calico/cni:${CALICO_VERSION}`;
const CALICO_NODE = `docker.io/calico/node:${CALICO_VERSION}`;

/** The DaemonSet controller adds these tolerations to every pod it creates (hostNetwork pods also get network-unavailable). */
const DS_TOLERATIONS = [
  ...['not-ready', 'unreachable'].map((k) => ({ key: `node.kubernetes.io/${k}`, operator: 'Exists', effect: 'NoExecute' })),
  ...['disk-pressure', 'memory-pressure', 'pid-pressure', 'unschedulable', 'network-unavailable'].map((k) => ({ key: `node.kubernetes.io/${k}`, operator: 'Exists', effect: 'NoSchedule' })),
];

interface DaemonPlan { name: string; app: string; serviceAccount: string; containers: ContainerPlan[]; initContainers?: ContainerPlan[]; spec: Json; created: number }

function plansFor(w: World): DaemonPlan[] {
  const created = w.clusterCreated + 40_000;
  const common = { hostNetwork: true, nodeSelector: { 'kubernetes.io/os': 'linux' }, priorityClassName: 'system-node-critical', priority: 2000001000, dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {}, enableServiceLinks: true, preemptionPolicy: 'PreemptLowerPriority' };
  const proxy: ContainerPlan = { profile: 'kube-proxy', cpuMilli: 2, memMi: 22, spec: {
    name: 'kube-proxy', image: `registry.k8s.io/kube-proxy:${K8S_VERSION}`, imagePullPolicy: 'IfNotPresent',
    command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
    env: [fieldEnv('NODE_NAME', 'spec.nodeName')], resources: {}, securityContext: { privileged: true },
    terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
    volumeMounts: [{ mountPath: '/var/lib/kube-proxy', name: 'kube-proxy' }, { mountPath: '/run/xtables.lock', name: 'xtables-lock' }, { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true }],
  } };
  const cniMounts = [{ mountPath: '/host/opt/cni/bin', name: 'cni-bin-dir' }, { mountPath: '/host/etc/cni/net.d', name: 'cni-net-dir' }];
  const init = (name: string, image: string, command: string[], profile: string): ContainerPlan => ({ profile, cpuMilli: 0, memMi: 0, spec: {
    name, image, imagePullPolicy: 'IfNotPresent', command, envFrom: [{ configMapRef: { name: 'kubernetes-services-endpoint', optional: true } }],
    resources: {}, securityContext: { privileged: true }, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', volumeMounts: cniMounts,
  } });
  const calicoNode: ContainerPlan = { profile: 'calico-node', cpuMilli: 32, memMi: 118, spec: {
    name: 'calico-node', image: CALICO_NODE, imagePullPolicy: 'IfNotPresent',
    env: [
      { name: 'DATASTORE_TYPE', value: 'kubernetes' }, { name: 'WAIT_FOR_DATASTORE', value: 'true' }, fieldEnv('NODENAME', 'spec.nodeName'),
      { name: 'CALICO_NETWORKING_BACKEND', valueFrom: { configMapKeyRef: { key: 'calico_backend', name: 'calico-config' } } },
      { name: 'CLUSTER_TYPE', value: 'k8s,bgp' }, { name: 'IP', value: 'autodetect' }, { name: 'CALICO_IPV4POOL_IPIP', value: 'Always' },
      { name: 'CALICO_IPV4POOL_VXLAN', value: 'Never' }, { name: 'CALICO_DISABLE_FILE_LOGGING', value: 'true' },
      { name: 'FELIX_DEFAULTENDPOINTTOHOSTACTION', value: 'ACCEPT' }, { name: 'FELIX_IPV6SUPPORT', value: 'false' }, { name: 'FELIX_HEALTHENABLED', value: 'true' },
    ],
    livenessProbe: { exec: { command: ['/bin/calico-node', '-felix-live', '-bird-live'] }, failureThreshold: 6, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 10 },
    readinessProbe: { exec: { command: ['/bin/calico-node', '-felix-ready', '-bird-ready'] }, failureThreshold: 3, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 10 },
    resources: { requests: { cpu: '250m' } }, securityContext: { privileged: true },
    terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File',
    volumeMounts: [{ mountPath: '/host/etc/cni/net.d', name: 'cni-net-dir' }, { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true }, { mountPath: '/run/xtables.lock', name: 'xtables-lock' }, { mountPath: '/var/run/calico', name: 'var-run-calico' }, { mountPath: '/var/lib/calico', name: 'var-lib-calico' }, { mountPath: '/var/run/nodeagent', name: 'policysync' }, { mountPath: '/sys/fs/bpf', name: 'bpffs' }],
  } };
  return [
    { name: 'kube-proxy', app: 'kube-proxy', serviceAccount: 'kube-proxy', created, containers: [proxy], spec: { ...common,
      volumes: [{ name: 'kube-proxy', configMap: { name: 'kube-proxy', defaultMode: 420 } }, hostVol('xtables-lock', '/run/xtables.lock', 'FileOrCreate'), hostVol('lib-modules', '/lib/modules')],
      terminationGracePeriodSeconds: 30 } },
    { name: 'calico-node', app: 'calico-node', serviceAccount: 'calico-node', created: created + 4 * MINUTE_MS, containers: [calicoNode],
      initContainers: [init('upgrade-ipam', CNI, ['/opt/cni/bin/calico-ipam', '-upgrade'], 'calico-upgrade-ipam'), init('install-cni', CNI, ['/opt/cni/bin/install'], 'calico-install-cni'), init('mount-bpffs', CALICO_NODE, ['calico-node', '-init', '-best-effort'], 'calico-mount-bpffs')],
      spec: { ...common, terminationGracePeriodSeconds: 0,
        volumes: [hostVol('lib-modules', '/lib/modules'), hostVol('var-run-calico', '/var/run/calico', 'DirectoryOrCreate'), hostVol('var-lib-calico', '/var/lib/calico', 'DirectoryOrCreate'), hostVol('xtables-lock', '/run/xtables.lock', 'FileOrCreate'), hostVol('sys-fs', '/sys/fs/', 'DirectoryOrCreate'), hostVol('bpffs', '/sys/fs/bpf', 'Directory'), hostVol('nodeproc', '/proc'), hostVol('cni-bin-dir', '/opt/cni/bin', 'DirectoryOrCreate'), hostVol('cni-net-dir', '/etc/cni/net.d'), hostVol('cni-log-dir', '/var/log/calico/cni'), hostVol('policysync', '/var/run/nodeagent', 'DirectoryOrCreate')] } },
  ];
}

/**
 * A DaemonSet and one pod per node, named `<ds>-<5 chars>`, labelled `controller-revision-hash` and
 * `pod-template-generation`, pinned by the controller's nodeAffinity on `metadata.name`.
 */
export function buildDaemonSets(w: World): KObject[] {
  const out: KObject[] = [];
  for (const plan of plansFor(w)) {
    const uid = uidFor(w, 'DaemonSet', plan.name);
    const revision = templateHash(rngFor(w.seed, 'rev', plan.name));
    const owner = { apiVersion: 'apps/v1', kind: 'DaemonSet', name: plan.name, uid, controller: true, blockOwnerDeletion: true };
    const r = rngFor(w.seed, 'ds-pods', plan.name);
    const tolerations = plan.name === 'kube-proxy' ? [{ operator: 'Exists' }, ...DS_TOLERATIONS] : [{ effect: 'NoSchedule', operator: 'Exists' }, { key: 'CriticalAddonsOnly', operator: 'Exists' }, { effect: 'NoExecute', operator: 'Exists' }, ...DS_TOLERATIONS];
    const labels = { 'controller-revision-hash': revision, 'k8s-app': plan.app, 'pod-template-generation': '1' };
    const taken = new Set<string>();
    for (const node of w.nodes) {
      // The API server retries generateName on a collision; so do we.
      let name = `${plan.name}-${nameSuffix(r)}`;
      while (taken.has(name)) name = `${plan.name}-${nameSuffix(r)}`;
      taken.add(name);
      out.push(buildPod(w, {
        name, labels, owner, node, created: Math.max(plan.created, node.created) + 5_000,
        hostNetwork: true, serviceAccount: plan.serviceAccount, containers: plan.containers, initContainers: plan.initContainers,
        spec: { ...plan.spec, tolerations, affinity: affinity(node) },
      }));
    }
    out.push(daemonSetObject(w, plan, uid, w.nodes.length));
  }
  return out;
}

function affinity(node: NodeRec): Json {
  return { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node.name] }] }] } } };
}

function daemonSetObject(w: World, plan: DaemonPlan, uid: string, count: number): KObject {
  const { containers, initContainers } = plan;
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet',
    metadata: meta(w, 'DaemonSet', plan.name, plan.created, { uid, generation: 1, labels: { 'k8s-app': plan.app }, annotations: { 'deprecated.daemonset.template.generation': '1' } }),
    spec: {
      revisionHistoryLimit: 10, selector: { matchLabels: { 'k8s-app': plan.app } },
      template: { metadata: { labels: { 'k8s-app': plan.app } }, spec: { ...plan.spec, serviceAccount: plan.serviceAccount, serviceAccountName: plan.serviceAccount, tolerations: [{ operator: 'Exists' }], containers: containers.map((c) => c.spec), ...(initContainers ? { initContainers: initContainers.map((c) => c.spec) } : {}) } },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
    },
    status: { currentNumberScheduled: count, desiredNumberScheduled: count, numberAvailable: count, numberMisscheduled: 0, numberReady: count, observedGeneration: 1, updatedNumberScheduled: count },
  };
}
