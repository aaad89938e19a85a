/** What `etcdctl snapshot save` (etcd v3.5) writes in one backup run: the saved snapshot, or the timeout a failed run ends with. */
import type { LogProfile } from './logprofiles-core';
import { zap } from './logformat';

const ENDPOINT = 'https://127.0.0.1:2379';
const PATH = '/var/lib/etcd-backup/etcd-snapshot.db';

const saved: LogProfile = {
  intervalMs: 0,
  banner: (t) => [
    zap(t(0), 'info', 'snapshot/v3_snapshot.go:65', 'created temporary db file', { path: `${PATH}.part` }),
    zap(t(1), 'info', 'v3@v3.5.15/maintenance.go:212', 'opened snapshot stream; downloading', { logger: 'client' }),
    zap(t(2), 'info', 'snapshot/v3_snapshot.go:73', 'fetching snapshot', { endpoint: ENDPOINT }),
    zap(t(3), 'info', 'v3@v3.5.15/maintenance.go:220', 'completed snapshot read; closing', { logger: 'client' }),
    zap(t(4), 'info', 'snapshot/v3_snapshot.go:88', 'fetched snapshot', { endpoint: ENDPOINT, size: '4.7 MB', took: '1 second ago' }),
    zap(t(5), 'info', 'snapshot/v3_snapshot.go:97', 'saved', { path: PATH }),
    `Snapshot saved at ${PATH}`,
  ],
  line: () => '',
};

const timedOut: LogProfile = {
  intervalMs: 0,
  banner: (t) => [
    zap(t(0), 'info', 'snapshot/v3_snapshot.go:65', 'created temporary db file', { path: `${PATH}.part` }),
    zap(t(1), 'warn', 'v3@v3.5.15/retry_interceptor.go:62', 'retrying of unary invoker failed', {
      logger: 'etcd-client', target: 'etcd-endpoints://0xc000168000/127.0.0.1:2379', attempt: 0,
      error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded',
    }),
    'Error: context deadline exceeded',
  ],
  line: () => '',
};

/** Log profiles of the etcd-backup Job's container, by outcome. */
export const BACKUP_PROFILES: Record<string, LogProfile> = { 'etcd-backup-saved': saved, 'etcd-backup-timeout': timedOut };
