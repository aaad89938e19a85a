/**
 * Every findings rule over one snapshot, ordered by severity, then area, then id; plus the filters and
 * counts the route and the pages share. Pure.
 */
import { FINDING_AREAS, SEVERITIES, type Finding, type FindingCounts, type FindingsQuery } from '@/lib/api/findings';
import type { ClusterSnapshot } from '../snapshot';
import { apiServerFindings } from './apiserver';
import type { FindingsContext } from './context';
import { controlPlaneFindings } from './control-plane';
import { dnsFindings } from './dns';
import { withEvidenceLinks } from './links';
import { metricsFindings } from './metrics';
import { nodeFindings } from './nodes';
import { resourceFindings } from './resources';
import { updatesSecurityFindings } from './updates-security';

export type { FindingsContext } from './context';

export const RULES: readonly ((snapshot: ClusterSnapshot, context: FindingsContext) => Finding[])[] = [
  apiServerFindings,
  dnsFindings,
  metricsFindings,
  nodeFindings,
  controlPlaneFindings,
  resourceFindings,
  updatesSecurityFindings,
];

const severityRank = (f: Finding) => SEVERITIES.indexOf(f.severity);
const areaRank = (f: Finding) => FINDING_AREAS.indexOf(f.area);

/** All findings of a snapshot, most severe first. */
export function buildFindings(snapshot: ClusterSnapshot, context: FindingsContext): Finding[] {
  const all = withEvidenceLinks(RULES.flatMap((rule) => rule(snapshot, context)), snapshot);
  return all.sort((a, b) => severityRank(a) - severityRank(b) || areaRank(a) - areaRank(b) || a.id.localeCompare(b.id));
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** `subject` matches `kind/name` exactly, or a bare name of any kind. */
export function filterFindings(findings: readonly Finding[], query: Omit<FindingsQuery, 'probe'>): Finding[] {
  const [kind, name] = query.subject?.includes('/') ? query.subject.split('/', 2) : [undefined, query.subject];
  return findings.filter(
    (f) =>
      (!query.severity || f.severity === query.severity)
      && (!query.area || f.area === query.area)
      && (!name || (f.subject.name === name && (!kind || f.subject.kind === kind))),
  );
}
