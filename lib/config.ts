/**
 * The app's configuration: every environment variable it reads, parsed once and validated.
 * Nothing else in the app reads `process.env` (lib/public-env.ts holds what the build gives the browser).
 */
import { z } from 'zod';

const positiveMs = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** `true`/`false`, `1`/`0`, `yes`/`no`; absent is false. */
const flag = z.stringbool().default(false);

/** One IP address or CIDR: `10.0.0.0/8`, `127.0.0.1`, `fd00::/8`. */
const ADDRESS_OR_CIDR = /^(?:[0-9.]+|[0-9a-fA-F:.]+)(?:\/\d{1,3})?$/;

/** A DNS name or an IP literal (IPv6 in brackets), lower case, no port. */
const HOST_NAME = /^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*|\[[0-9a-f:.]+\])$/;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const schema = z.object({
  KUBECONFIG: z.string().optional(),
  /** Context to use from the kubeconfig; defaults to its current-context. */
  KUBE_CONTEXT: z.string().optional(),
  /** How the cluster is reached, as the UI names it; the demo script sets `demo` or `dump`. */
  KUBESYS_CLUSTER_SOURCE: z.enum(['kubeconfig', 'in-cluster', 'demo', 'dump']).optional(),
  /**
   * How often /readyz and /livez are polled; /version every 20 polls, componentstatuses (where served) every
   * 10 (lib/kube/health.ts). APIServices are watched, not polled.
   */
  HEALTH_POLL_MS: positiveMs(30_000),
  /** Longest a watch stays open before it is renewed (the server may end it sooner). */
  WATCH_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(300),
  /** How long a kind the API server forbids (403) waits before it is tried again; RBAC changes are rare. */
  FORBIDDEN_RETRY_MS: positiveMs(60_000),
  /**
   * How often API discovery is read again, so a kind the API server starts (or stops) serving is picked up;
   * also how long a health source that answered 404 waits before it is asked again.
   */
  DISCOVERY_RECHECK_MS: positiveMs(180_000),
  /** On a cold start, how long a JSON route waits for kinds still syncing before answering with what there is. */
  FIRST_SYNC_WAIT_MS: positiveMs(5_000),
  /**
   * The cluster is a replayed capture taken at this time (ISO 8601; `npm run demo -- --dump` sets it): the UI
   * says "Snapshot captured at …" instead of "Live", and what the capture lacks reads "not in the capture".
   */
  KUBESYS_CAPTURED_AT: z.iso.datetime({ offset: true }).optional(),
  /**
   * A cluster (kubeconfig context) other than the default one is disposed (its watches, polls, samples and
   * probes stopped) after nobody has asked for it this long; the default cluster stays.
   */
  CLUSTER_IDLE_MS: positiveMs(600_000),
  /** Clusters kept fully cached (a runtime each) at once; opening one more disposes the least recently viewed. */
  CLUSTER_CACHE_MAX: z.coerce.number().int().positive().default(4),
  /** How often the fleet page's light probe asks a cluster that is not cached (version, readyz, a few LISTs). */
  FLEET_PROBE_MS: positiveMs(15_000),
  /** How long the fleet probe waits for one cluster's answers before it calls the cluster unreachable (timeout). */
  FLEET_PROBE_TIMEOUT_MS: positiveMs(5_000),
  /**
   * Page size for LIST requests; real API servers cap a page's cost, so large lists come in pages. 100, not
   * client-go's 500: a page's body, its text and its parsed objects are all held at once before the
   * transforms slim them, and the heap and malloc keep what that peak grew them to. At 5,000 nodes, 100 per
   * page leaves the server about 40 MB smaller after its sync (BENCHMARKS.md, "Smaller pages").
   */
  LIST_PAGE_SIZE: z.coerce.number().int().positive().default(100),
  /** metrics.k8s.io sampling interval (metrics-server's resolution is 15 s). */
  METRICS_INTERVAL: z.coerce.number().int().positive().default(15),
  /** How much metrics history the server keeps in memory (`30m`, `1h`, `6h`); longer ranges need PROMETHEUS_URL. */
  METRICS_RETENTION: z
    .string()
    .default('1h')
    .transform((value) => durationSeconds(value))
    .refine((seconds) => seconds > 0, 'must be a duration like 30m, 1h or 6h'),
  /** A Prometheus server (`http://prometheus.monitoring:9090`) to read usage history from; memory when absent. */
  PROMETHEUS_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /**
   * The cluster DNS server the DNS probe asks (`ip:port`), overriding the kube-dns Service IP (and
   * /etc/resolv.conf in-cluster): the way to test DNS from outside the cluster network, e.g. through a
   * port-forward to CoreDNS. The demo sets it to its loopback DNS server.
   */
  CLUSTER_DNS_SERVER: z.string().regex(/^(?:[\d.]+|\[[0-9a-fA-F:.]+\])(?::\d{1,5})?$/, 'must be ip or ip:port, e.g. 127.0.0.1:5353').optional(),
  /** Who may open the dashboard: nobody checked (`none`), an authenticating proxy's user header, or a token. */
  AUTH_MODE: z.enum(['none', 'proxy', 'token']).default('none'),
  /** The access token for AUTH_MODE=token; prefer AUTH_TOKEN_FILE (a mounted Secret) in a cluster. */
  AUTH_TOKEN: z.string().trim().min(16, 'must be at least 16 characters (e.g. `openssl rand -hex 24`)').optional(),
  /** A file holding the access token; re-read when it changes, so a rotated Secret takes effect. */
  AUTH_TOKEN_FILE: z.string().min(1).optional(),
  /** How long a token sign-in lasts. */
  AUTH_SESSION_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  /**
   * Comma-separated IPs/CIDRs of the proxies in front of kubesys (the ingress controller's pods, an
   * authenticating proxy): their X-Forwarded-For names the client (rate limits, stream caps, access log)
   * and, in AUTH_MODE=proxy, their X-Forwarded-User / X-Forwarded-Email name the user.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
    .refine((entries) => entries.every((entry) => ADDRESS_OR_CIDR.test(entry)), 'must be a comma-separated list of IPs or CIDRs'),
  /**
   * Host names (Host header, any port) kubesys answers besides the loopback names and its own addresses:
   * the names an Ingress serves, e.g. `ops.example.com`. Anything else is refused (DNS rebinding).
   */
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean))
    .refine((entries) => entries.every((entry) => HOST_NAME.test(entry)), 'must be a comma-separated list of host names without ports, e.g. ops.example.com'),
  /** Failed sign-ins a client address may make within SIGN_IN_WINDOW_SECONDS before it gets 429. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().positive().default(10),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().positive().default(300),
  /** Long-lived upstream streams (proxied watches, log follows) one client may hold at once. */
  STREAM_MAX_PER_CLIENT: z.coerce.number().int().positive().default(10),
  /** Long-lived upstream streams the whole process may hold at once. */
  STREAM_MAX_TOTAL: z.coerce.number().int().positive().default(100),
  /** The longest watch the /api/k8s proxy opens; a client's larger `timeoutSeconds` is lowered to it. */
  PROXY_WATCH_MAX_SECONDS: z.coerce.number().int().positive().default(600),
  /** One JSON line per request (time, client, user, method, path, status, duration) on stdout. */
  ACCESS_LOG: flag,
  /** Set to true to serve AUTH_MODE=none on a non-loopback address (logged as a warning). */
  ALLOW_OPEN: flag,
  /** The address the server binds to (scripts/start.mjs passes it on). */
  BIND_ADDRESS: z.string().min(1).default('127.0.0.1'),
  /**
   * The sub-path served under (`/kubesys`), '' at the root. scripts/start.mjs validates it and maps the
   * build to it before the server starts (`next dev` reads it in next.config.js); the server only checks
   * that the build it runs was mapped to the same path.
   */
  BASE_PATH: z.string().default('').transform((value) => value.replace(/\/+$/, '')),
  /** The build directory the standalone server was built into (next.config.js reads it at build time). */
  NEXT_DIST_DIR: z.string().min(1).default('.next'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  KUBERNETES_SERVICE_HOST: z.string().optional(),
  KUBERNETES_SERVICE_PORT: z.string().optional(),
  HOME: z.string().optional(),
}).superRefine((config, ctx) => {
  if (config.AUTH_MODE === 'token' && !config.AUTH_TOKEN === !config.AUTH_TOKEN_FILE) {
    ctx.addIssue({ code: 'custom', path: ['AUTH_TOKEN'], message: 'AUTH_MODE=token needs exactly one of AUTH_TOKEN or AUTH_TOKEN_FILE' });
  }
  if (config.AUTH_MODE === 'proxy' && config.TRUSTED_PROXIES.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['TRUSTED_PROXIES'], message: 'AUTH_MODE=proxy needs the proxy addresses, e.g. TRUSTED_PROXIES=10.0.0.0/8' });
  }
  if (config.AUTH_MODE === 'none' && !isLoopback(config.BIND_ADDRESS) && !config.ALLOW_OPEN) {
    ctx.addIssue({
      code: 'custom',
      path: ['AUTH_MODE'],
      message: `AUTH_MODE=none on ${config.BIND_ADDRESS} would let anyone who reaches it see the cluster; set AUTH_MODE=token or proxy, or ALLOW_OPEN=true`,
    });
  }
});

export type AppConfig = z.infer<typeof schema>;

let cached: AppConfig | undefined;

/** Parses the environment once; throws an Error listing every invalid variable. */
export function getConfig(): AppConfig {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}

/** `90s`, `15m`, `1h`, `7d` (or bare seconds) as seconds; 0 when it does not parse. */
export function durationSeconds(value: string): number {
  const match = /^(\d+)(s|m|h|d)?$/.exec(value.trim());
  if (!match) return 0;
  return Number(match[1]) * { s: 1, m: 60, h: 3_600, d: 86_400 }[(match[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
}

/** True for addresses only this machine can reach. */
export function isLoopback(address: string): boolean {
  return LOOPBACK.has(address) || /^127\./.test(address) || /^::ffff:127\./i.test(address);
}

/** For tests: forget the parsed environment so the next call re-reads it. */
export function resetConfigForTests(): void {
  cached = undefined;
}
