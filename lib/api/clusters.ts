/** The fleet contract: every cluster (kubeconfig context) with its kube-system at a glance (`GET /api/clusters`). */
import type { KubeconfigProblem } from './kubeconfig-problem';
import type { Status } from './types';

/** Why a cluster cannot be shown: its credentials, its TLS, no answer in time, no connection, or its kubeconfig entry. */
export type ClusterProblemKind = 'auth' | 'tls' | 'timeout' | 'unreachable' | 'config';

/**
 * Why, for a page to show: `kind` as its title in the reader's language, then `detail`, the cause's own
 * words (the API server's, the socket's, the credential plugin's), untranslated. `message` is one English
 * line with both, for scripts and logs.
 */
export interface ClusterProblem {
  kind: ClusterProblemKind;
  message: string;
  detail?: string;
  /** A `config` problem's code and values, for the page to word in the reader's language. */
  kubeconfig?: KubeconfigProblem;
}

export interface ClusterCard {
  context: string;
  /** The cluster bare paths show (KUBE_CONTEXT, the in-cluster one, or the current-context). */
  isDefault: boolean;
  /** A full runtime (informers, sampler, probes) exists for it now; else the card comes from a light probe. */
  cached: boolean;
  reachable: boolean;
  /** The first answer is still on its way (the card says "checking"). */
  pending?: boolean;
  problem?: ClusterProblem;
  server?: string;
  /** gitVersion from /version. */
  version?: string;
  /** kube-system components per status. */
  components?: Record<Status, number>;
  nodes?: { ready: number; total: number };
  criticalFindings?: number;
  /** When these facts were read (ISO 8601). */
  checkedAt: string;
}

export interface ClustersResponse {
  clusters: ClusterCard[];
  defaultContext?: string;
  /** The kubeconfig cannot be read at all (then `clusters` is empty), in English. */
  problem?: string;
  /** The same problem's code and values, for the page to word in the reader's language. */
  kubeconfigProblem?: KubeconfigProblem;
}

/** The names only, for the header's switcher (`GET /api/clusters/contexts`): no cluster is asked. */
export interface ContextsResponse {
  contexts: string[];
  defaultContext?: string;
}

/** Whether the cluster in view answers now (`GET /api/connection`, per context like every cluster route). */
export interface ConnectionState {
  context: string;
  reachable: boolean;
  /** No /version answer yet. */
  pending?: boolean;
  problem?: ClusterProblem;
}

export const CLUSTERS_PATH = '/api/clusters';
export const CONNECTION_PATH = '/api/connection';
export const CONTEXTS_PATH = '/api/clusters/contexts';
