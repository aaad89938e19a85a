/** Deployments with their ReplicaSets (`<deploy>-<hash>`) and pods (`<rs>-<5 chars>`), placed on worker nodes by the seed. */
import type { KObject } from '../types';
import { addonPlans } from './addons';
import type { DeployPlan } from './catalog';
import { MINUTE_MS, meta, uidFor, type NodeRec, type World } from './model';
import { monitoringPlans } from './monitoring';
import { buildPod } from './pods';
import { int, nameSuffix, rngFor, templateHash } from './rand';

export function deploymentPlans(): DeployPlan[] {
  return [...addonPlans(), ...monitoringPlans()];
}

/** Nodes that take Deployment pods: live workers (the control plane only when there are none, e.g. `--nodes 1`). */
function candidates(w: World): NodeRec[] {
  const live = w.workers.filter((n) => n.downSince === undefined);
  return live.length ? live : w.workers.length ? w.workers : [w.controlPlane];
}

function place(w: World, plan: DeployPlan): NodeRec[] {
  const nodes = candidates(w);
  const start = int(rngFor(w.seed, 'place', plan.name), 0, nodes.length - 1);
  return Array.from({ length: plan.replicas }, (_, k) => nodes[(start + k) % nodes.length]);
}

/**
 * The Deployment → ReplicaSet → Pod chain: the ReplicaSet carries the `pod-template-hash` label and
 * name suffix, every pod an ownerReference to its ReplicaSet, which points at its Deployment.
 */
export function buildDeployments(w: World): KObject[] {
  const out: KObject[] = [];
  for (const plan of deploymentPlans()) {
    const created = w.clusterCreated + plan.createdAfterMin * MINUTE_MS;
    const r = rngFor(w.seed, 'deploy', plan.name);
    const deployUid = uidFor(w, 'Deployment', plan.name);
    const selector = plan.selector ?? plan.labels;
    const revision = plan.rolledMinAgo ? 2 : 1;
    const rsCreated = plan.rolledMinAgo ? w.start - plan.rolledMinAgo * MINUTE_MS : created;
    const template = { metadata: { labels: plan.labels, ...(plan.podAnnotations ? { annotations: plan.podAnnotations } : {}) }, spec: { ...plan.spec, serviceAccount: plan.serviceAccount, serviceAccountName: plan.serviceAccount, containers: plan.containers.map((c) => c.spec) } };
    const hashes = [templateHash(r), templateHash(r)];
    if (plan.rolledMinAgo) out.push(replicaSet(w, plan, deployUid, hashes[1], 0, 1, created, template));
    const rsName = `${plan.name}-${hashes[0]}`;
    out.push(replicaSet(w, plan, deployUid, hashes[0], plan.replicas, revision, rsCreated, template));
    const owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rsName, uid: uidFor(w, 'ReplicaSet', rsName), controller: true, blockOwnerDeletion: true };
    place(w, plan).forEach((node, k) => {
      out.push(buildPod(w, {
        name: `${rsName}-${nameSuffix(r)}`, labels: { ...plan.labels, 'pod-template-hash': hashes[0] }, annotations: plan.podAnnotations, owner, node,
        created: rsCreated + 1_000 + k * 150, serviceAccount: plan.serviceAccount, containers: plan.containers, spec: plan.spec,
      }));
    });
    out.push({
      apiVersion: 'apps/v1', kind: 'Deployment',
      metadata: meta(w, 'Deployment', plan.name, created, { uid: deployUid, generation: revision, labels: plan.deployLabels, annotations: { 'deployment.kubernetes.io/revision': String(revision) } }),
      spec: {
        progressDeadlineSeconds: 600, replicas: plan.replicas, revisionHistoryLimit: 10, selector: { matchLabels: selector },
        strategy: { type: 'RollingUpdate', rollingUpdate: plan.name === 'coredns' ? { maxSurge: '25%', maxUnavailable: 1 } : { maxSurge: '25%', maxUnavailable: '25%' } },
        template,
      },
      status: {},
    });
  }
  return out;
}

function replicaSet(w: World, plan: DeployPlan, deployUid: string, hash: string, replicas: number, revision: number, created: number, template: { metadata: { labels: Record<string, string>; annotations?: Record<string, string> }; spec: unknown }): KObject {
  const name = `${plan.name}-${hash}`;
  const labels = { ...plan.labels, 'pod-template-hash': hash };
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: meta(w, 'ReplicaSet', name, created, {
      generation: replicas ? 1 : 2, labels,
      annotations: { 'deployment.kubernetes.io/desired-replicas': String(plan.replicas), 'deployment.kubernetes.io/max-replicas': String(plan.replicas + 1), 'deployment.kubernetes.io/revision': String(revision) },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: plan.name, uid: deployUid, controller: true, blockOwnerDeletion: true }],
    }),
    spec: { replicas, selector: { matchLabels: { ...(plan.selector ?? plan.labels), 'pod-template-hash': hash } }, template: { ...template, metadata: { ...template.metadata, labels } } },
    status: { replicas: 0, observedGeneration: replicas ? 1 : 2 },
  };
}
