/**
 * Why kubesys has no connection to a cluster from the environment (no kubeconfig, a broken one, an unknown
 * context, a failed ServiceAccount): a code, the values its sentence names, and the hints that help. The
 * `kubeconfig` catalogue words each one; the server's English (for scripts and logs) comes from the same
 * catalogue, so the two never drift.
 */

export type KubeconfigProblemCode =
  | 'noCluster'
  | 'kubeconfigMissing'
  | 'kubeconfigUnreadable'
  | 'unknownKubeContext'
  | 'unknownContext'
  | 'noCurrentContext'
  | 'contextWithoutCluster'
  | 'clusterWithoutServer'
  | 'inClusterFailed'
  | 'inClusterNoServer';

export type KubeconfigHintId = 'pointKubeconfig' | 'demo' | 'checkPath' | 'validKubeconfig' | 'contextsAvailable' | 'noContexts' | 'setKubeContext' | 'addContext' | 'automount';

export const KUBECONFIG_PROBLEM_CODES: readonly KubeconfigProblemCode[] = [
  'noCluster',
  'kubeconfigMissing',
  'kubeconfigUnreadable',
  'unknownKubeContext',
  'unknownContext',
  'noCurrentContext',
  'contextWithoutCluster',
  'clusterWithoutServer',
  'inClusterFailed',
  'inClusterNoServer',
];

const HINT_IDS: readonly KubeconfigHintId[] = ['pointKubeconfig', 'demo', 'checkPath', 'validKubeconfig', 'contextsAvailable', 'noContexts', 'setKubeContext', 'addContext', 'automount'];

/**
 * The facts of one problem. `params` holds paths, context names and the cause's own words (a YAML parser's
 * message): they are shown as they are, in every language.
 */
export interface KubeconfigProblem {
  code: KubeconfigProblemCode;
  params: { [name: string]: string };
  hints: KubeconfigHintId[];
}

/** An error envelope's `params` for a problem (they are a flat map of strings): its values, `problem` and `hints`. */
export function kubeconfigProblemParams(problem: KubeconfigProblem): { [name: string]: string } {
  return { ...problem.params, problem: problem.code, hints: problem.hints.join(',') };
}

/** The problem an error envelope's `params` describe, if they describe one kubesys knows. */
export function kubeconfigProblemOf(params: { [name: string]: string } | undefined): KubeconfigProblem | undefined {
  const code = params?.problem as KubeconfigProblemCode | undefined;
  if (!params || !code || !KUBECONFIG_PROBLEM_CODES.includes(code)) return undefined;
  const values = Object.fromEntries(Object.entries(params).filter(([name]) => name !== 'problem' && name !== 'hints'));
  const hints = (params.hints ?? '').split(',').filter((id): id is KubeconfigHintId => (HINT_IDS as readonly string[]).includes(id));
  return { code, params: values, hints };
}

/** The hint that lists a kubeconfig's contexts, or says it has none. */
export function contextsHint(contexts: readonly string[], whenSome: 'contextsAvailable' | 'setKubeContext', whenNone: 'noContexts' | 'addContext'): KubeconfigHintId {
  return contexts.length > 0 ? whenSome : whenNone;
}
