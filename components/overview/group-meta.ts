/** The groups in the order the overview draws them; their titles and empty-state words are messages (`overview.group.<id>`). */
import type { GroupId } from '@/lib/api/types';

/** The groups in the order the kube-system documentation draws them. */
export const GROUP_ORDER: readonly GroupId[] = ['control-plane', 'node', 'add-on', 'monitoring'];
