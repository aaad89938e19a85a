/**
 * The read-only pass-through proxy's allowlist: which API server paths `/api/k8s/<path>` forwards.
 * Pure. Kubernetes names are DNS labels and subdomains, so a legitimate path never needs
 * percent-encoding, `..`, `//` or a backslash; anything of the kind is refused before matching.
 */

/** `rule` names the allowlist entry that admitted the path, or why it was refused. */
export type ProxyDecision = { allow: true; path: string; rule: string } | { allow: false; rule: string };

const NAME = '[a-z0-9]([-a-z0-9.]*[a-z0-9])?';
const GROUP = '[a-z0-9]([-a-z0-9.]*[a-z0-9])?';
const VERSION = 'v[0-9]+((alpha|beta)[0-9]+)?';
const NAMESPACE = 'kube-system';

/** Each rule: a name for refusals and logs, and the whole paths it admits. */
const RULES: Array<{ rule: string; pattern: RegExp }> = [
  { rule: 'version', pattern: /^\/version$/ },
  { rule: 'health', pattern: new RegExp(`^/(readyz|livez|healthz)(/${NAME}(/${NAME})*)?$`) },
  { rule: 'discovery', pattern: new RegExp(`^/(api|apis|api/v1|apis/${GROUP}|apis/${GROUP}/${VERSION})$`) },
  { rule: 'nodes', pattern: new RegExp(`^/api/v1/nodes(/${NAME})?$`) },
  { rule: 'metrics.k8s.io nodes', pattern: new RegExp(`^/apis/metrics\\.k8s\\.io/v1beta1/nodes(/${NAME})?$`) },
  {
    rule: 'metrics.k8s.io pods in kube-system',
    pattern: new RegExp(`^/apis/metrics\\.k8s\\.io/v1beta1/namespaces/${NAMESPACE}/pods(/${NAME})?$`),
  },
  { rule: 'pod logs in kube-system', pattern: new RegExp(`^/api/v1/namespaces/${NAMESPACE}/pods/${NAME}/log$`) },
  {
    rule: 'kube-system resources',
    pattern: new RegExp(`^(/api/v1|/apis/${GROUP}/${VERSION})/namespaces/${NAMESPACE}/(?<resource>${NAME})(/${NAME})?$`),
  },
];

/** Resources never forwarded, whatever the path: Secrets are never read by kubesys. */
const DENIED_RESOURCES = new Set(['secrets']);

/**
 * Decides whether `rawPath` (the part after `/api/k8s`, still percent-encoded as it arrived) may be
 * forwarded. Subresources other than pod logs (exec, attach, portforward, proxy, eviction …) never are.
 */
export function decideProxyPath(rawPath: string): ProxyDecision {
  if (rawPath === '' || rawPath[0] !== '/') return { allow: false, rule: 'the path must start with /' };
  if (/%|\\|\/\/|(^|\/)\.\.?(\/|$)|[;\s]/.test(rawPath)) {
    return { allow: false, rule: 'encoded characters, dot segments, empty segments and backslashes are refused' };
  }
  const path = rawPath.length > 1 ? rawPath.replace(/\/$/, '') : rawPath;
  for (const { rule, pattern } of RULES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const resource = match.groups?.resource;
    if (resource && DENIED_RESOURCES.has(resource)) return { allow: false, rule: 'Secrets are never read' };
    return { allow: true, path, rule };
  }
  return {
    allow: false,
    rule:
      'only discovery, /version, /readyz, /livez, nodes, metrics.k8s.io and kube-system resources (except Secrets; of the subresources only pod logs) are forwarded',
  };
}

/** The values Go's strconv.ParseBool reads as true, which is how the API server reads `watch` and `follow`. */
const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);

export type ProxyQuery = { ok: true; query: Record<string, string>; isStream: boolean } | { ok: false; message: string };

/**
 * The query forwarded for `path` (one value per name, the last one given), and whether the request
 * holds a stream open upstream: a watch, or a followed pod log. A watch's `timeoutSeconds` is lowered
 * to `maxWatchSeconds`, and set to it when absent (the API server would otherwise pick 30-60 minutes).
 */
export function proxyQuery(params: URLSearchParams, path: string, maxWatchSeconds: number): ProxyQuery {
  const query = Object.fromEntries(params);
  const isWatch = GO_TRUE.has(query.watch ?? '');
  const isFollow = /\/log$/.test(path) && GO_TRUE.has(query.follow ?? '');
  const timeout = query.timeoutSeconds;
  if (timeout !== undefined && !/^\d{1,10}$/.test(timeout)) {
    return { ok: false, message: `timeoutSeconds: "${timeout.slice(0, 20)}" is not a whole number of seconds` };
  }
  if (isWatch || timeout !== undefined) {
    query.timeoutSeconds = String(Math.min(timeout === undefined ? maxWatchSeconds : Number(timeout), maxWatchSeconds));
  }
  return { ok: true, query, isStream: isWatch || isFollow };
}
