/** Maps kubectl's pod STATUS and container states to the UI's status colours. */
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

/** "exit code 1 (Error)", "signal 9", "OOMKilled" — what ended a container, in one phrase. */
export function describeTermination(state: ContainerStateDetail | undefined): string {
  if (!state || state.kind !== 'terminated') return '';
  const parts = [`exit code ${state.exitCode ?? '?'}`];
  if (state.signal) parts.push(`signal ${state.signal}`);
  return `${parts.join(', ')}${state.reason ? ` (${state.reason})` : ''}`;
}
