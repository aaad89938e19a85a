/** A kubeconfig problem survives the error envelope's flat `params`; what kubesys does not know is not made up. */
import { describe, expect, it } from 'vitest';
import { kubeconfigProblemOf, kubeconfigProblemParams, type KubeconfigProblem } from './kubeconfig-problem';

describe('kubeconfig problems in an error envelope', () => {
  it('come back as they went, values and hints included', () => {
    const problem: KubeconfigProblem = { code: 'unknownContext', params: { context: 'dev', contexts: 'prod, staging' }, hints: ['contextsAvailable'] };
    expect(kubeconfigProblemOf(kubeconfigProblemParams(problem))).toEqual(problem);
    const bare: KubeconfigProblem = { code: 'inClusterNoServer', params: {}, hints: [] };
    expect(kubeconfigProblemOf(kubeconfigProblemParams(bare))).toEqual(bare);
  });

  it('are not read from other envelopes, nor from a code or hint this version does not know', () => {
    expect(kubeconfigProblemOf(undefined)).toBeUndefined();
    expect(kubeconfigProblemOf({ context: 'dev', contexts: 'prod' })).toBeUndefined();
    expect(kubeconfigProblemOf({ problem: 'somethingNew' })).toBeUndefined();
    expect(kubeconfigProblemOf({ problem: 'noCluster', file: '/root/.kube/config', hints: 'pointKubeconfig,brandNew,demo' })).toEqual({
      code: 'noCluster',
      params: { file: '/root/.kube/config' },
      hints: ['pointKubeconfig', 'demo'],
    });
  });
});
