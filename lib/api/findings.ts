/**
 * The findings contract (`GET /api/findings`): checks of the kube-system guide run over the cache, each
 * with its evidence, subject, next steps and kubectl commands; plus the DNS and TLS probes' results.
 */
import type { Message } from './message';
import type { UnavailableKind } from './types';
import { apiUrl } from './urls';

export type Severity = 'critical' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

export type FindingArea = 'apiserver' | 'dns' | 'metrics' | 'nodes' | 'control-plane' | 'resources' | 'updates-security';
export const FINDING_AREAS: readonly FindingArea[] = [
  'apiserver',
  'dns',
  'metrics',
  'nodes',
  'control-plane',
  'resources',
  'updates-security',
];

export type SubjectKind = 'component' | 'pod' | 'node' | 'service' | 'apiservice' | 'cluster';

export interface FindingSubject {
  kind: SubjectKind;
  name: string;
  /** The dashboard page of the subject, when it has one (`/components/coredns`, `/nodes/w-3`). */
  href?: string;
}

/** A page of the dashboard that shows a finding's evidence: the previous container's log, CoreDNS's logs, a node. */
export interface FindingLink {
  /** English, for scripts; `labelMessage` is the same text as a message the UI renders in the reader's language. */
  label: string;
  labelMessage: Message;
  href: string;
}

export interface Finding {
  /** Stable per rule and subject, e.g. `nodes/not-ready:worker-3`; safe to use as a React key or in scripts. */
  id: string;
  severity: Severity;
  area: FindingArea;
  /** English, for scripts (as are `evidence` and `nextSteps`); the `…Message(s)` fields beside them are the same texts as messages (lib/api/message.ts) the UI renders in the reader's language. */
  title: string;
  titleMessage: Message;
  /** The objects and values seen, one fact per line (a line may hold a multi-line excerpt such as a Corefile). */
  evidence: string[];
  evidenceMessages: Message[];
  subject: FindingSubject;
  nextSteps: string[];
  nextStepMessages: Message[];
  /** kubectl commands that show the same evidence. */
  commands: string[];
  /** Where the evidence is in the dashboard, most telling first (at least one for every finding). */
  links: FindingLink[];
}

/** The server resolving `kubernetes.default.svc.<domain>` through the cluster DNS, as the guide's `nslookup` test. */
export interface DnsProbeResult {
  status: 'ok' | 'mismatch' | 'failed' | 'unavailable';
  /** The name asked, e.g. `kubernetes.default.svc.cluster.local`. */
  name: string;
  /** `ip:port` asked, when one was known. */
  server?: string;
  /** Where the server address came from: `CLUSTER_DNS_SERVER`, `kube-dns Service`, `/etc/resolv.conf`. */
  serverSource?: string;
  /** A records answered. */
  answers: string[];
  /** The `kubernetes` Service IP the answer should equal, when known. */
  expected?: string;
  latencyMs?: number;
  /** Why it failed or could not run: `SERVFAIL`, `timeout`, `NXDOMAIN`, … */
  error?: string;
  checkedAt: string;
}

/** The API server's serving certificate, read from a TLS handshake. */
export interface TlsProbeResult {
  /** `unavailable`: not probed, for the reason in `error` (a replayed capture's server is not the captured one). */
  status: 'ok' | 'failed' | 'unavailable';
  /** `host:port` of the API server. */
  server: string;
  subject?: string;
  issuer?: string;
  validFrom?: string;
  validTo?: string;
  /** Whether the chain verified against the kubeconfig's CA. */
  isTrusted?: boolean;
  error?: string;
  checkedAt: string;
}

export interface FindingCounts {
  critical: number;
  warning: number;
  info: number;
}

export interface FindingsResponse {
  findings: Finding[];
  /** Counts over every finding, before the query's filters. */
  counts: FindingCounts;
  /** When the checks found these findings; a later run that finds the same keeps it (the answer's ETag with it). */
  checkedAt: string;
  probes: { dns?: DnsProbeResult; tls?: TlsProbeResult };
  /**
   * Kinds and health sources (`readyz`, `livez`, `apiservices`, `componentstatuses`) the checks could not
   * read, and why; each check that needed one says so as an info finding `<area>/<check>-unchecked`.
   */
  unavailable: UnavailableKind[];
  /** Set when the cluster is a replayed capture (KUBESYS_CAPTURED_AT): the findings describe it as it was then. */
  capturedAt?: string;
}

export interface FindingsQuery {
  severity?: Severity;
  area?: FindingArea;
  /** `kind/name` (e.g. `component/coredns`, `node/w-3`) or a bare name. */
  subject?: string;
  /** `dns` forces a fresh DNS probe before answering. */
  probe?: 'dns';
}

export const FINDINGS_PATH = '/api/findings';

/**
 * What the overview's "Needs attention" lists: the critical findings. Its header counts every severity, and
 * `counts` covers every finding whatever the filter, so the overview does not load (and poll) the warnings
 * and notes it only counts.
 */
export const NEEDS_ATTENTION_FINDINGS = { severity: 'critical' } as const satisfies FindingsQuery;

/** `GET /api/findings` with the query's filters, under the base path. */
export function findingsUrl(query: FindingsQuery = {}): string {
  return apiUrl(FINDINGS_PATH, { ...query });
}

/** The troubleshoot page with its filters in the query string (a shareable view). */
export function troubleshootHref(query: { severity?: Severity; area?: FindingArea } = {}): string {
  const params = new URLSearchParams();
  if (query.severity) params.set('severity', query.severity);
  if (query.area) params.set('area', query.area);
  const search = params.toString();
  return `/troubleshoot${search ? `?${search}` : ''}`;
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function isFindingArea(value: unknown): value is FindingArea {
  return typeof value === 'string' && (FINDING_AREAS as readonly string[]).includes(value);
}
