/**
 * `GET /api/search`: components, nodes and pods by name from the cluster's cache. The candidate index is
 * rebuilt when the cache changed, but at most every few seconds: at 5,000 nodes Lease renewals change
 * the cache many times a second, and names do not move that fast.
 */
import 'server-only';
import { SEARCH_LIMIT, type SearchResponse } from '@/lib/api/search';
import { componentHref, nodeHref, podHref, podsHref } from '@/lib/api/urls';
import { buildComponents } from '@/lib/model/components';
import { nodeRoles } from '@/lib/model/node-roles';
import { podDisplayStatus } from '@/lib/model/pod-status';
import { indexCandidates, rankMatches, type SearchCandidate, type SearchCandidateIndex } from '@/lib/model/search';
import { memoByVersion } from './memo';
import type { ClusterRuntime } from './runtime';
import { readSnapshot } from './snapshot';

const MIN_REBUILD_MS = 3_000;

const candidateIndex = memoByVersion((runtime: ClusterRuntime, now: number): SearchCandidateIndex => {
  const snapshot = readSnapshot(runtime);
  const items: SearchCandidate[] = [];
  for (const component of buildComponents(snapshot, now)) {
    items.push({ kind: 'component', name: component.id, href: componentHref(component.id), detail: `${component.name} · ${component.group}`, about: { kind: 'component', name: component.name, group: component.group } });
  }
  for (const node of snapshot.nodes) {
    const name = node.metadata?.name ?? '';
    const roles = nodeRoles(node.metadata?.labels);
    items.push({ kind: 'node', name, href: nodeHref(name), detail: roles.join(', ') || 'node', about: { kind: 'node', roles } });
  }
  const statuses = new Map<string, number>();
  for (const pod of snapshot.pods) {
    const name = pod.metadata?.name ?? '';
    const status = podDisplayStatus(pod) || 'Unknown';
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const where = pod.spec?.nodeName ? `on ${pod.spec.nodeName}` : 'not scheduled';
    const about = { kind: 'pod' as const, status, ...(pod.spec?.nodeName ? { node: pod.spec.nodeName } : {}) };
    items.push({ kind: 'pod', name, href: podHref(name), detail: `${status} ${where}`, about, keywords: status });
  }
  for (const [status, count] of statuses) {
    items.push({ kind: 'status', name: status, href: podsHref({ status }), detail: count === 1 ? '1 pod' : `${count.toLocaleString('en-US')} pods`, about: { kind: 'status', count } });
  }
  return indexCandidates(items);
}, { minAgeMs: MIN_REBUILD_MS });

export function search(runtime: ClusterRuntime, query: string): SearchResponse {
  return { query, results: rankMatches(candidateIndex(runtime), query, SEARCH_LIMIT) };
}
