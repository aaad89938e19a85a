/**
 * The app's configuration: every environment variable it reads, parsed once and validated.
 * Nothing else in the app reads `process.env`.
 */
import { z } from 'zod';

const positiveMs = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  KUBECONFIG: z.string().optional(),
  /** Context to use from the kubeconfig; defaults to its current-context. */
  KUBE_CONTEXT: z.string().optional(),
  /** How the cluster is reached, as the UI names it; the demo script sets `demo` or `dump`. */
  KUBESYS_CLUSTER_SOURCE: z.enum(['kubeconfig', 'in-cluster', 'demo', 'dump']).optional(),
  /** How often /version, /readyz, /livez, componentstatuses and APIServices are polled. */
  HEALTH_POLL_MS: positiveMs(10_000),
  /** Longest a watch stays open before it is renewed (the server may end it sooner). */
  WATCH_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(300),
  /** Page size for LIST requests; real API servers cap a page's cost, so large lists come in pages. */
  LIST_PAGE_SIZE: z.coerce.number().int().positive().default(500),
  /** metrics.k8s.io sampling interval (metrics-server's resolution is 15 s). */
  METRICS_INTERVAL: z.coerce.number().int().positive().default(15),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  KUBERNETES_SERVICE_HOST: z.string().optional(),
  KUBERNETES_SERVICE_PORT: z.string().optional(),
  HOME: z.string().optional(),
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

/** For tests: forget the parsed environment so the next call re-reads it. */
export function resetConfigForTests(): void {
  cached = undefined;
}
