/**
 * DNS findings, the guide's "DNS" troubleshooting: CoreDNS/kube-dns ready replicas and their count, the
 * kube-dns Service and its ready endpoints, crash loops with the last termination and the Corefile, and
 * the server's own resolution of `kubernetes.default.svc.<domain>` (lib/kube/dns-probe).
 */
import type { Finding } from '@/lib/api/findings';
import type { Bucket } from '../buckets';
import { controlPlaneLocation } from '../control-plane';
import { isLivePod, type PodFacts } from '../pod-evidence';
import type { ClusterSnapshot } from '../snapshot';
import { bucketsOf, couldNotCheck, findingsOf, NS, subjects, unreadable, type FindingsContext } from './context';
import { corefile, kubeDnsService } from './dns-target';
import { crashLoopingContainers, describePodLine, lastTermination } from './pod-facts';

const finding = findingsOf('dns');
export const DNS_COMPONENT_IDS = ['coredns', 'kube-dns'] as const;
const GET_DNS_PODS = `kubectl ${NS} get pods -l k8s-app=kube-dns -o wide`;
const DNS_LOGS = `kubectl ${NS} logs -l k8s-app=kube-dns --tail=50`;

function corefileEvidence(context: FindingsContext): string[] {
  const found = corefile(context);
  return found ? [`Corefile (ConfigMap ${found.configMap}):\n${found.text.trimEnd()}`] : [];
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
  const podLines = [...live].sort((a, b) => Number(a.isReady) - Number(b.isReady)).slice(0, 5).map(describePodLine);
  const out: Finding[] = [];
  if (ready < desired) {
    out.push(finding({
      id: `dns/not-ready:${bucket.id}`,
      severity: ready === 0 ? 'critical' : 'warning',
      title: ready === 0 ? `No ${bucket.name} replica is ready: cluster DNS is down` : `${bucket.name}: ${ready} of ${desired} replicas ready`,
      evidence: [`${owner} wants ${desired}, ${ready} ready`, ...podLines],
      subject,
      nextSteps: [
        'Look at the not-ready pods\' events and logs; a crash loop names its last termination below.',
        'Pods resolve names through the kube-dns Service; with no ready replica every lookup fails.',
      ],
      commands: [GET_DNS_PODS, `kubectl ${NS} describe deployment ${deployments[0]?.name ?? 'coredns'}`, DNS_LOGS],
    }));
  }
  if (desired < 2) {
    out.push(finding({
      id: `dns/single-replica:${bucket.id}`,
      severity: nodeCount > 1 ? 'warning' : 'info',
      title: `${bucket.name} runs ${desired === 1 ? 'a single replica' : `${desired} replicas`}`,
      evidence: [`${owner} wants ${desired} replica${desired === 1 ? '' : 's'} on a ${nodeCount}-node cluster`],
      subject,
      nextSteps: [
        'Run at least 2 DNS replicas on different nodes, so one pod or node going away does not stop name resolution.',
        'Scale it (`kubectl -n kube-system scale deployment … --replicas=2`) or let the dns-autoscaler manage it.',
      ],
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
      const termination = lastTermination(f.pod, context.now);
      return finding({
        id: `dns/crash-loop:${f.name}`,
        severity: anyReady ? 'warning' : 'critical',
        title: `${bucket.name} pod ${f.name} is crash-looping${termination ? ` (last exit: ${termination.reason})` : ''}`,
        evidence: [describePodLine(f), ...(termination ? [termination.line] : []), ...corefileEvidence(context)],
        subject: subjects.pod(f.name),
        nextSteps: [
          'Read the previous container\'s log: CoreDNS prints the Corefile error or the plugin that failed (e.g. `loop` detected a forwarding loop).',
          'A recent edit to the Corefile is the usual cause; compare it with the one shown here.',
        ],
        commands: [`kubectl ${NS} logs ${f.name} --previous`, `kubectl ${NS} describe pod ${f.name}`, `kubectl ${NS} get configmap coredns -o yaml`],
      });
    });
}

function serviceFindings(snapshot: ClusterSnapshot): Finding[] {
  const servicesProblem = unreadable(snapshot, 'services');
  if (servicesProblem) return [couldNotCheck('dns', 'service', 'the kube-dns Service', servicesProblem, [`kubectl ${NS} get service kube-dns`])];
  const service = kubeDnsService(snapshot);
  if (!service) {
    return [finding({
      id: 'dns/service-missing',
      severity: 'critical',
      title: 'The kube-dns Service is missing',
      evidence: ['no Service named kube-dns (or labelled k8s-app=kube-dns) in kube-system'],
      subject: subjects.service('kube-dns'),
      nextSteps: ['Pods send DNS queries to the kube-dns Service\'s ClusterIP (the kubelet\'s clusterDNS); recreate the Service with that same IP.'],
      commands: [`kubectl ${NS} get services`, 'kubectl get --raw /api/v1/nodes | grep -o clusterDNS'],
    })];
  }
  const endpointsProblem = unreadable(snapshot, 'endpoints');
  if (endpointsProblem || !snapshot.endpoints) {
    return [couldNotCheck('dns', 'endpoints', 'the kube-dns Service endpoints', endpointsProblem ?? 'no Endpoints are visible (not captured)', [`kubectl ${NS} get endpoints kube-dns`])];
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
    title: `The ${name} Service has no ready endpoints`,
    evidence: [endpoints ? `Endpoints ${name}: 0 ready addresses, ${notReady} not ready` : `no Endpoints object named ${name}`],
    subject: subjects.service(name),
    nextSteps: ['No DNS pod is ready behind the Service, so every lookup in the cluster fails; fix the DNS pods first.', 'Check that the Service selector matches the DNS pods\' labels.'],
    commands: [`kubectl ${NS} get endpoints ${name} -o wide`, GET_DNS_PODS],
  })];
}

function probeFindings(context: FindingsContext): Finding[] {
  const dns = context.dns;
  const commands = ['kubectl run -it --rm dnsutils --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 --restart=Never -- nslookup kubernetes.default'];
  if (!dns) return [couldNotCheck('dns', 'probe', 'name resolution through the cluster DNS', 'the DNS probe has not run yet', commands)];
  if (dns.status === 'unavailable') {
    return [couldNotCheck('dns', 'probe', 'name resolution through the cluster DNS', dns.error ?? 'no DNS server address is known', commands)];
  }
  const via = dns.server ? ` via ${dns.server}` : '';
  const source = dns.serverSource ? `server ${dns.server} (from ${dns.serverSource})` : `server ${dns.server ?? '?'}`;
  if (dns.status === 'failed') {
    return [finding({
      id: 'dns/probe-failed',
      severity: 'critical',
      title: `Resolving ${dns.name}${via} failed: ${dns.error ?? 'no answer'}`,
      evidence: [`asked ${source} for the A record of ${dns.name}`, `answer: ${dns.error ?? 'none'}${dns.latencyMs !== undefined ? ` after ${dns.latencyMs} ms` : ''}`, ...corefileEvidence(context)],
      subject: subjects.service('kube-dns'),
      nextSteps: [
        'This is the guide\'s `nslookup kubernetes.default` test, run by the dashboard: the cluster DNS does not answer.',
        'Check the DNS pods (ready? crash-looping?) and the kube-dns Service\'s endpoints; SERVFAIL often means CoreDNS cannot reach the API server or its upstream.',
      ],
      commands: [...commands, GET_DNS_PODS, DNS_LOGS],
    })];
  }
  if (dns.status === 'mismatch') {
    return [finding({
      id: 'dns/probe-mismatch',
      severity: 'warning',
      title: `${dns.name} resolves to ${dns.answers.join(', ') || 'nothing'}, not the kubernetes Service IP ${dns.expected}`,
      evidence: [`asked ${source}`, `answers: ${dns.answers.join(', ') || 'none'}; expected ${dns.expected}`],
      subject: subjects.service('kube-dns'),
      nextSteps: ['A stub domain, a rewrite rule in the Corefile or a stale cache can answer wrongly; check the Corefile.'],
      commands: [...commands, `kubectl ${NS} get configmap coredns -o yaml`],
    })];
  }
  return [];
}

/** Findings about cluster DNS; see the module header. */
export function dnsFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const podsProblem = unreadable(snapshot, 'pods');
  const probe = probeFindings(context);
  if (podsProblem) return [couldNotCheck('dns', 'pods', 'the DNS pods', podsProblem, [GET_DNS_PODS]), ...probe];
  const buckets = DNS_COMPONENT_IDS.map((id) => bucketsOf(snapshot).get(id)).filter((b): b is Bucket => Boolean(b));
  if (buckets.length === 0) {
    const location = controlPlaneLocation(snapshot);
    if (location.startsWith('OpenShift')) {
      return [finding({
        id: 'dns/not-in-kube-system',
        severity: 'info',
        title: 'Cluster DNS runs outside kube-system',
        evidence: ['no CoreDNS or kube-dns pods in kube-system; OpenShift runs DNS in openshift-dns'],
        subject: subjects.cluster(),
        commands: ['kubectl -n openshift-dns get pods'],
      }), ...probe];
    }
    return [finding({
      id: 'dns/missing',
      severity: 'critical',
      title: 'No cluster DNS (CoreDNS or kube-dns) found in kube-system',
      evidence: ['no pod or Deployment classified as CoreDNS or kube-dns'],
      subject: subjects.cluster(),
      nextSteps: ['Install CoreDNS (kubeadm: `kubeadm init phase addon coredns`); without it Service names do not resolve.'],
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
