/**
 * DNS findings, the guide's "DNS" troubleshooting: CoreDNS/kube-dns ready replicas and their count, the
 * kube-dns Service and its ready endpoints, crash loops with the last termination and the Corefile, and
 * the server's own resolution of `kubernetes.default.svc.<domain>` (lib/kube/dns-probe).
 */
import type { Finding } from '@/lib/api/findings';
import type { Message } from '@/lib/api/message';
import type { Bucket } from '../buckets';
import { controlPlaneLocation } from '../control-plane';
import { isLivePod, type PodFacts } from '../pod-evidence';
import { say, verbatim } from '../say';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf, couldNotCheck, findingsOf, NS, subjects, unreadable, type FindingsContext } from './context';
import { corefile, kubeDnsService } from './dns-target';
import { crashLoopingContainers, describePodLine, lastTermination } from './pod-facts';

const finding = findingsOf('dns');
export const DNS_COMPONENT_IDS = ['coredns', 'kube-dns'] as const;
const GET_DNS_PODS = `kubectl ${NS} get pods -l k8s-app=kube-dns -o wide`;
const DNS_LOGS = `kubectl ${NS} logs -l k8s-app=kube-dns --tail=50`;

function corefileEvidence(context: FindingsContext): Message[] {
  const found = corefile(context);
  return found ? [say('finding.dns.corefile', { configMap: found.configMap, text: found.text.trimEnd() })] : [];
}

function replicaFindings(bucket: Bucket, nodeCount: number): Finding[] {
  const live = bucket.pods.filter(isLivePod);
  const deployments = bucket.workloads.filter((w) => w.kind === 'Deployment');
  // A Deployment whose pods are not visible counts by its own status, as the component model does.
  const readyOf = (w: (typeof deployments)[number]) => (w.pods.length > 0 ? w.pods.filter((f) => isLivePod(f) && f.isReady).length : w.statusReady);
  const ready = deployments.length > 0 ? deployments.reduce((sum, w) => sum + readyOf(w), 0) : live.filter((f) => f.isReady).length;
  const desired = deployments.length > 0 ? deployments.reduce((sum, w) => sum + w.desired, 0) : live.length;
  const subject = subjects.component(bucket.id);
  const owner = deployments[0] ? `Deployment ${deployments[0].name}` : bucket.name;
  const name = bucket.name;
  const podLines = [...live].sort((a, b) => Number(a.isReady) - Number(b.isReady)).slice(0, 5).map(describePodLine);
  const out: Finding[] = [];
  if (ready < desired) {
    out.push(finding({
      id: `dns/not-ready:${bucket.id}`,
      severity: ready === 0 ? 'critical' : 'warning',
      title: ready === 0 ? say('finding.dns.noReplicaReady', { name }) : say('finding.dns.replicasReady', { name, ready, desired }),
      evidence: [say('finding.dns.wants', { owner, desired, ready }), ...podLines],
      subject,
      nextSteps: [say('finding.dns.notReadyStep'), say('finding.dns.lookupStep')],
      commands: [GET_DNS_PODS, `kubectl ${NS} describe deployment ${deployments[0]?.name ?? 'coredns'}`, DNS_LOGS],
    }));
  }
  if (desired < 2) {
    out.push(finding({
      id: `dns/single-replica:${bucket.id}`,
      severity: nodeCount > 1 ? 'warning' : 'info',
      title: say('finding.dns.singleReplica', { name, desired }),
      evidence: [say('finding.dns.wantsOnNodes', { owner, desired, nodes: nodeCount })],
      subject,
      nextSteps: [say('finding.dns.twoReplicasStep'), say('finding.dns.scaleStep')],
      commands: [GET_DNS_PODS],
    }));
  }
  return out;
}

function crashLoopFindings(bucket: Bucket, context: FindingsContext): Finding[] {
  const anyReady = bucket.pods.some((f) => isLivePod(f) && f.isReady);
  return bucket.pods
    .filter((f) => crashLoopingContainers(f.pod).length > 0)
    .map((f: PodFacts) => {
      const termination = lastTermination(f.pod);
      return finding({
        id: `dns/crash-loop:${f.name}`,
        severity: anyReady ? 'warning' : 'critical',
        title: say('finding.dns.crashLoop', { name: bucket.name, pod: f.name, reason: termination?.reason ?? 'none' }),
        evidence: [describePodLine(f), ...(termination ? [termination.line] : []), ...corefileEvidence(context)],
        subject: subjects.pod(f.name),
        nextSteps: [say('finding.dns.crashLoopStep'), say('finding.dns.corefileStep')],
        commands: [`kubectl ${NS} logs ${f.name} --previous`, `kubectl ${NS} describe pod ${f.name}`, `kubectl ${NS} get configmap coredns -o yaml`],
      });
    });
}

function serviceFindings(snapshot: ClusterSnapshot): Finding[] {
  const servicesProblem = unreadable(snapshot, 'services');
  if (servicesProblem) return [couldNotCheck('dns', 'service', say('finding.what.dnsService'), servicesProblem, [`kubectl ${NS} get service kube-dns`])];
  const service = kubeDnsService(snapshot);
  if (!service) {
    return [finding({
      id: 'dns/service-missing',
      severity: 'critical',
      title: say('finding.dns.serviceMissing'),
      evidence: [say('finding.dns.noService')],
      subject: subjects.service('kube-dns'),
      nextSteps: [say('finding.dns.serviceMissingStep')],
      commands: [`kubectl ${NS} get services`, 'kubectl get --raw /api/v1/nodes | grep -o clusterDNS'],
    })];
  }
  const endpointsProblem = unreadable(snapshot, 'endpoints');
  if (endpointsProblem || !snapshot.endpoints) {
    return [couldNotCheck('dns', 'endpoints', say('finding.what.dnsEndpoints'), endpointsProblem ?? say('finding.dns.noEndpointsVisible'), [`kubectl ${NS} get endpoints kube-dns`])];
  }
  const name = service.metadata?.name ?? 'kube-dns';
  const endpoints = snapshot.endpoints.find((e) => e?.metadata?.name === name);
  const subsets = endpoints?.subsets ?? [];
  const ready = subsets.reduce((n, s) => n + (s?.addresses?.length ?? 0), 0);
  const notReady = subsets.reduce((n, s) => n + (s?.notReadyAddresses?.length ?? 0), 0);
  if (ready > 0) return [];
  return [finding({
    id: 'dns/no-ready-endpoints',
    severity: 'critical',
    title: say('finding.dns.noReadyEndpoints', { name }),
    evidence: [endpoints ? say('finding.dns.endpointsNotReady', { name, notReady }) : say('finding.dns.noEndpointsObject', { name })],
    subject: subjects.service(name),
    nextSteps: [say('finding.dns.noReadyEndpointsStep'), say('finding.dns.selectorStep')],
    commands: [`kubectl ${NS} get endpoints ${name} -o wide`, GET_DNS_PODS],
  })];
}

function probeFindings(context: FindingsContext): Finding[] {
  const dns = context.dns;
  const commands = ['kubectl run -it --rm dnsutils --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 --restart=Never -- nslookup kubernetes.default'];
  const what = say('finding.what.resolution');
  if (!dns) return [couldNotCheck('dns', 'probe', what, say('finding.dns.probeNotRun'), commands)];
  if (dns.status === 'unavailable') {
    return [couldNotCheck('dns', 'probe', what, dns.error ? verbatim(dns.error) : say('finding.dns.noServerKnown'), commands)];
  }
  const server = dns.server ?? 'none';
  const source = dns.serverSource ? say('finding.dns.serverFrom', { server: String(dns.server), source: dns.serverSource }) : say('finding.dns.server', { server: dns.server ?? '?' });
  if (dns.status === 'failed') {
    return [finding({
      id: 'dns/probe-failed',
      severity: 'critical',
      title: say('finding.dns.probeFailed', { name: dns.name, server, error: dns.error ?? 'none' }),
      evidence: [
        say('finding.dns.askedA', { source, name: dns.name }),
        dns.latencyMs !== undefined ? say('finding.dns.answerAfter', { answer: dns.error ?? 'none', ms: dns.latencyMs }) : say('finding.dns.answer', { answer: dns.error ?? 'none' }),
        ...corefileEvidence(context),
      ],
      subject: subjects.service('kube-dns'),
      nextSteps: [say('finding.dns.nslookupStep'), say('finding.dns.servfailStep')],
      commands: [...commands, GET_DNS_PODS, DNS_LOGS],
    })];
  }
  if (dns.status === 'mismatch') {
    return [finding({
      id: 'dns/probe-mismatch',
      severity: 'warning',
      title: say('finding.dns.mismatch', { name: dns.name, answers: dns.answers.join(', ') || 'none', expected: String(dns.expected) }),
      evidence: [say('finding.dns.asked', { source }), say('finding.dns.answers', { answers: dns.answers.join(', ') || 'none', expected: String(dns.expected) })],
      subject: subjects.service('kube-dns'),
      nextSteps: [say('finding.dns.mismatchStep')],
      commands: [...commands, `kubectl ${NS} get configmap coredns -o yaml`],
    })];
  }
  return [];
}

/** Findings about cluster DNS; see the module header. */
export function dnsFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const podsProblem = unreadable(snapshot, 'pods');
  const probe = probeFindings(context);
  if (podsProblem) return [couldNotCheck('dns', 'pods', say('finding.what.dnsPods'), podsProblem, [GET_DNS_PODS]), ...probe];
  const buckets = DNS_COMPONENT_IDS.map((id) => bucketsOf(snapshot).get(id)).filter((b): b is Bucket => Boolean(b));
  if (buckets.length === 0) {
    const location = controlPlaneLocation(snapshot);
    if (location.startsWith('OpenShift')) {
      return [finding({
        id: 'dns/not-in-kube-system',
        severity: 'info',
        title: say('finding.dns.outside'),
        evidence: [say('finding.dns.openshift')],
        subject: subjects.cluster(),
        commands: ['kubectl -n openshift-dns get pods'],
      }), ...probe];
    }
    return [finding({
      id: 'dns/missing',
      severity: 'critical',
      title: say('finding.dns.missing'),
      evidence: [say('finding.dns.noDnsPods')],
      subject: subjects.cluster(),
      nextSteps: [say('finding.dns.installStep')],
      commands: [GET_DNS_PODS, `kubectl ${NS} get deployments`],
    }), ...serviceFindings(snapshot), ...probe];
  }
  const nodeCount = snapshot.nodes.length;
  return [
    ...buckets.flatMap((b) => [...replicaFindings(b, nodeCount), ...crashLoopFindings(b, context)]),
    ...serviceFindings(snapshot),
    ...probe,
  ];
}
