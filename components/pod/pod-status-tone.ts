/** Maps kubectl's pod STATUS and container states to the UI's status colours. */
import type { useTranslations } from 'next-intl';
import type { ContainerStateDetail } from '@/lib/api/pod';
import type { Status } from '@/lib/api/types';

const DOWN = /CrashLoopBackOff|Error|ImagePullBackOff|ErrImagePull|OOMKilled|Failed|Evicted|ExitCode|Unknown|CreateContainer/;

/** Running and ready, or Completed: healthy; crashing or failed: down; anything in between: degraded. */
export function podStatusTone(status: string, isReady: boolean): Status {
  if (DOWN.test(status)) return 'down';
  if ((status === 'Running' && isReady) || status === 'Completed' || status === 'Succeeded') return 'healthy';
  return 'degraded';
}

export function containerStateTone(state: ContainerStateDetail, isReady: boolean): Status {
  if (state.kind === 'running') return isReady ? 'healthy' : 'degraded';
  if (state.kind === 'terminated') return state.exitCode === 0 ? 'healthy' : 'down';
  if (state.kind === 'waiting') return DOWN.test(state.reason ?? '') ? 'down' : 'degraded';
  return 'unknown';
}

/** "exit code 1 (Error)", "signal 9", "OOMKilled" — what ended a container, in one phrase (message `pod.exit`). */
export function describeTermination(state: ContainerStateDetail | undefined, t: ReturnType<typeof useTranslations<'pod'>>): string {
  if (!state || state.kind !== 'terminated') return '';
  return t('exit', { code: state.exitCode ?? '?', signal: state.signal ?? 'none', reason: state.reason || 'none' });
}
