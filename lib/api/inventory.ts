/** The inventory contract: `GET /api/inventory` (kubectl get all -n kube-system plus ConfigMaps, ServiceAccounts, NetworkPolicies) and `GET /api/inventory/configmaps/<name>`. */
import type { Message } from './message';
import type { UnavailableKind } from './types';
import { apiUrl } from './urls';

export interface WorkloadRow {
  name: string;
  /** Anchor on the inventory page, e.g. `deployment-coredns`. */
  anchor: string;
  desired: number;
  ready: number;
  upToDate?: number;
  available?: number;
  componentId?: string;
  componentName?: string;
  createdAt?: string;
  /** ReplicaSets: the owning Deployment. */
  owner?: string;
  images: string[];
}

export interface ServiceRow {
  name: string;
  anchor: string;
  type: string;
  clusterIP?: string;
  externalIPs: string[];
  /** `53/UDP,53/TCP,9153/TCP`, `80:30080/TCP` for NodePorts, as kubectl prints PORT(S). */
  ports: string;
  selector: string;
  componentId?: string;
  componentName?: string;
  createdAt?: string;
}

export interface ConfigMapRow {
  name: string;
  anchor: string;
  keys: { name: string; bytes: number; isBinary: boolean }[];
  totalBytes: number;
  createdAt?: string;
}

export interface ServiceAccountRow {
  name: string;
  anchor: string;
  createdAt?: string;
}

export interface NetworkPolicyRow {
  name: string;
  anchor: string;
  /** `k8s-app=metrics-server`, or `(all pods)` for an empty selector. */
  podSelector: string;
  /** The empty selector: every pod of the namespace. */
  selectsAll?: boolean;
  /** One English sentence per rule ("allows ingress to pods … on TCP 10250 from anywhere"). */
  rules: string[];
  /** The same sentences as messages, for the UI to render in the reader's language. */
  ruleMessages: Message[];
  createdAt?: string;
}

export interface InventoryResponse {
  pods: number;
  deployments: WorkloadRow[];
  daemonSets: WorkloadRow[];
  replicaSets: WorkloadRow[];
  services: ServiceRow[];
  configMaps: ConfigMapRow[];
  serviceAccounts: ServiceAccountRow[];
  networkPolicies: NetworkPolicyRow[];
  /** Kinds the dashboard may not list (forbidden) or the API server does not serve: their tables are unknown, not empty. */
  unavailable: UnavailableKind[];
  generatedAt: string;
}

export interface ConfigMapData {
  name: string;
  data: Record<string, string>;
  /** binaryData keys with their size (contents not sent). */
  binaryKeys: { name: string; bytes: number }[];
}

export const INVENTORY_API = '/api/inventory';
export const inventoryUrl = () => apiUrl(INVENTORY_API);
export const configMapUrl = (name: string) => apiUrl(`${INVENTORY_API}/configmaps/${encodeURIComponent(name)}`);
