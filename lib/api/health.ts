/** The health contract: `GET /api/health` — readyz/livez checks, version, cluster-info, leader Leases, APIServices, componentstatuses. */
import type { UnavailableKind } from './types';
import { apiUrl } from './urls';

export interface HealthCheckRow {
  name: string;
  ok: boolean;
  /** `excluded: …` or the failure text the API server printed. */
  detail?: string;
}

/** A polled health endpoint: its checks (failures first), or why it could not be read. */
export interface HealthEndpoint {
  ok: boolean;
  checks: HealthCheckRow[];
  summary: string;
  polledAt?: string;
  /** Set when the endpoint could not be read at all (forbidden, unreachable). */
  error?: string;
  /**
   * Set when the API server does not serve the endpoint (404: before v1.16, or a replayed capture that did
   * not record it): `not served by this API server (…)` or `not in the capture (…)`. Not an error.
   */
  notServed?: string;
}

export interface LeaderLeaseRow {
  name: string;
  holder?: string;
  renewTime?: string;
  durationSeconds?: number;
  transitions?: number;
  /** Renewed longer ago than its duration at the time of the answer (the page recomputes it live). */
  isStale: boolean;
  /** The Lease does not exist (e.g. managed control planes hide it, or the component never ran). */
  isMissing: boolean;
}

export interface ApiServiceRow {
  name: string;
  /** `kube-system/metrics-server`, or undefined for Local (built-in) groups. */
  service?: string;
  available: boolean;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export interface ComponentStatusRow {
  name: string;
  healthy: boolean;
  message?: string;
  error?: string;
}

export interface HealthResponse {
  version?: { gitVersion: string; platform?: string; goVersion?: string; buildDate?: string };
  versionError?: string;
  readyz: HealthEndpoint;
  livez: HealthEndpoint;
  clusterInfo: {
    /** API server URL from the connection (kubeconfig or in-cluster). */
    server: string;
    /** Services labelled `kubernetes.io/cluster-service=true`, as `kubectl cluster-info` lists them. */
    services: { displayName: string; name: string; clusterIP?: string; proxyUrl: string }[];
    /** Set when kube-system Services are not served or forbidden: the list is unknown, not empty. */
    servicesUnavailable?: UnavailableKind;
  };
  leaderLeases: LeaderLeaseRow[];
  /** Set when kube-system Leases are not served or forbidden: the rows are unknown, not missing. */
  leasesUnavailable?: UnavailableKind;
  /** `notServed` as for HealthEndpoint: the API server answers 404 (or the capture holds none). */
  apiServices: { served: boolean; error?: string; notServed?: string; items: ApiServiceRow[] };
  componentStatuses: { served: boolean; forbidden?: boolean; error?: string; notServed?: string; items: ComponentStatusRow[] };
  generatedAt: string;
}

export const HEALTH_API = '/api/health';
export const healthUrl = () => apiUrl(HEALTH_API);
