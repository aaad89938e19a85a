/** Counting components by status, for group summaries and the cluster tally. */
import type { ComponentSummary, Status } from '@/lib/api/types';

export type StatusCounts = Record<Status, number>;

export function countByStatus(components: readonly ComponentSummary[]): StatusCounts {
  const counts: StatusCounts = { healthy: 0, degraded: 0, down: 0, unknown: 0 };
  for (const component of components) counts[component.status] += 1;
  return counts;
}
