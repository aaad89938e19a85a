/** Log lines of the add-ons and the monitoring stack (CoreDNS, metrics-server, dashboard, ingress-nginx, Prometheus, Grafana, Alertmanager) in their real formats. */
import { golog, grafana as grafanaLine, klog, logfmt, nginxTime } from './logformat';
import type { LogCtx, LogProfile } from './logprofiles-core';
import { hex, int, pick, type Rng } from './rand';

const NAMES = ['grafana', 'prometheus-server', 'alertmanager', 'kubernetes', 'metrics-server', 'api', 'web', 'redis'];
const podIp = (r: Rng, { pod }: LogCtx) => `${pod.ip.split('.').slice(0, 2).join('.')}.${int(r, 0, 3)}.${int(r, 2, 60)}`;

/** CoreDNS with `log . { class denial error }`: NXDOMAIN answers for the search-path expansions clients try first. */
const coredns: LogProfile = {
  intervalMs: 3_000,
  banner: () => ['.:53', '[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908', 'CoreDNS-1.11.3', 'linux/amd64, go1.21.11, a6338e9'],
  line: (r, _t, ctx) => {
    const name = pick(r, NAMES);
    const ns = name === 'kubernetes' ? 'default' : pick(r, ['kube-system', 'default', 'monitoring']);
    const suffix = pick(r, [`${ns}.svc.cluster.local.`, 'svc.cluster.local.', 'cluster.local.', 'ec2.internal.']);
    const q = `${name}.${ns}.svc.cluster.local.${suffix}`;
    const type = pick(r, ['A', 'AAAA']);
    const size = q.length + 17;
    return `[INFO] ${podIp(r, ctx)}:${int(r, 32768, 60999)} - ${int(r, 1, 65535)} "${type} IN ${q} udp ${size} false 512" NXDOMAIN qr,aa,rd ${size + 93} 0.000${int(r, 80, 999)}s`;
  },
};

const metricsServer: LogProfile = {
  intervalMs: 60_000,
  banner: (t) => [
    klog(t(0), 'I', 'serving.go:374', 'Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)'),
    klog(t(1), 'I', 'handler.go:275', 'Adding GroupVersion metrics.k8s.io v1beta1 to ResourceManager'),
    klog(t(2), 'I', 'requestheader_controller.go:169', 'Starting RequestHeaderAuthRequestController'),
    klog(t(3), 'I', 'configmap_cafile_content.go:205', '"Starting controller" name="client-ca::kube-system::extension-apiserver-authentication::client-ca-file"'),
    klog(t(4), 'I', 'secure_serving.go:213', 'Serving securely on [::]:10250'),
    klog(t(5), 'I', 'shared_informer.go:320', 'Caches are synced for RequestHeaderAuthRequestController'),
  ],
  line: (r, t, { w }) => {
    if (w.metricsDownSince === undefined || t < w.metricsDownSince) return klog(t, 'I', 'dynamic_serving_content.go:132', `"Starting controller" name="serving-cert::/tmp/apiserver.crt::/tmp/apiserver.key"`);
    const node = pick(r, w.nodes);
    if (r() < 0.5) return klog(t, 'I', 'server.go:191', '"Failed probe" probe="metric-storage-ready" err="no metrics to serve"');
    return klog(t, 'E', 'scraper.go:149', `"Failed to scrape node" err="Get \\"https://${node.ip}:10250/metrics/resource\\": dial tcp ${node.ip}:10250: i/o timeout" node="${node.name}"`);
  },
};

const dashboard: LogProfile = {
  intervalMs: 30_000,
  banner: (t) => [
    golog(t(0), 'Starting overwatch'), golog(t(1), 'Using namespace: kube-system'), golog(t(2), 'Using in-cluster config to connect to apiserver'),
    golog(t(3), 'Using secret token for csrf signing'), golog(t(4), 'Initializing csrf token from kubernetes-dashboard-csrf secret'),
    golog(t(5), 'Successful initial request to the apiserver, version: v1.31.4'), golog(t(6), 'Generating JWE encryption key'),
    golog(t(7), 'Auto-generating certificates'), golog(t(8), 'Successfully created certificates'), golog(t(9), 'Serving securely on HTTPS port: 8443'),
  ],
  line: (r, t) => (r() < 0.5 ? golog(t, 'Getting list of namespaces') : golog(t, `[${new Date(t).toISOString().slice(0, 19)}Z] Outcoming response to 10.244.${int(r, 0, 3)}.1 with 200 status code`)),
};

const scraper: LogProfile = {
  intervalMs: 10_000,
  banner: (t) => [`{"level":"info","msg":"Kubernetes host: https://10.96.0.1:443","time":"${new Date(t(0)).toISOString().slice(0, 19)}Z"}`, `{"level":"info","msg":"Namespace(s): []","time":"${new Date(t(1)).toISOString().slice(0, 19)}Z"}`],
  line: (r, t, { w }) => (r() < 0.2
    ? `{"level":"info","msg":"Database updated: ${w.nodes.length} nodes, ${w.pods.length} pods","time":"${new Date(t).toISOString().slice(0, 19)}Z"}`
    : `10.244.${int(r, 0, 3)}.1 - - [${nginxTime(t)}] "GET / HTTP/1.1" 200 6 "" "kube-probe/1.31"`),
};

/** Pod IP of the first pod labelled `app.kubernetes.io/name=<app>`, looked up once per world (10,000+ pods at scale). */
const appIps = new WeakMap<object, Map<string, string | undefined>>();
function appIp({ w }: LogCtx, app: string): string | undefined {
  const cache = appIps.get(w) ?? appIps.set(w, new Map()).get(w)!;
  if (!cache.has(app)) cache.set(app, w.pods.find((p) => p.labels['app.kubernetes.io/name'] === app)?.ip);
  return cache.get(app);
}

const ingress: LogProfile = {
  intervalMs: 5_000,
  banner: (t) => [
    '-------------------------------------------------------------------------------', 'NGINX Ingress controller', '  Release:       v1.11.3',
    '  Build:         0106de65cfccb74405a6dfa7d9daffc6f0a6ef1a', '  Repository:    https://github.com/kubernetes/ingress-nginx', '  nginx version: nginx/1.25.5', '',
    '-------------------------------------------------------------------------------', '',
    klog(t(9), 'I', 'main.go:205', '"Creating API client" host="https://10.96.0.1:443"'),
    klog(t(10), 'I', 'main.go:248', '"Running in Kubernetes cluster" major="1" minor="31" git="v1.31.4" state="clean" commit="a78aa47129b8539636eb86a9d00e31b2720fe06b" platform="linux/amd64"'),
    klog(t(11), 'I', 'nginx.go:271', '"Starting NGINX Ingress controller"'),
    klog(t(12), 'I', 'leaderelection.go:268', 'successfully acquired lease kube-system/ingress-nginx-leader'),
    klog(t(13), 'I', 'controller.go:213', '"Backend successfully reloaded"'),
  ],
  line: (r, t, ctx) => {
    const [path, upstream, port, app] = pick(r, [['/api/health', 'kube-system-grafana-80', 3000, 'grafana'], ['/graph', 'kube-system-prometheus-server-80', 9090, 'prometheus'], ['/api/v1/query', 'kube-system-prometheus-server-80', 9090, 'prometheus'], ['/#/alerts', 'kube-system-alertmanager-9093', 9093, 'alertmanager']] as const);
    const target = appIp(ctx, app) ?? podIp(r, ctx);
    const bytes = int(r, 70, 4_200);
    const secs = (int(r, 1, 60) / 1000).toFixed(3);
    return `10.0.${int(r, 0, 4)}.${int(r, 10, 250)} - - [${nginxTime(t)}] "GET ${path} HTTP/1.1" 200 ${bytes} "-" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36" ${int(r, 380, 620)} ${secs} [${upstream}] [] ${target}:${port} ${bytes} ${secs} 200 ${hex(r, 32)}`;
  },
};

const prometheus: LogProfile = {
  intervalMs: 30_000,
  banner: (t) => [
    logfmt(t(0), 'main.go:601', 'info', 'No time or size retention was set so using the default time retention', 'duration=15d'),
    logfmt(t(1), 'main.go:645', 'info', 'Starting Prometheus Server', 'mode=server version="(version=2.54.1, branch=HEAD, revision=e6cfa720fbe6280153fab13090a483dbd40bece3)"'),
    logfmt(t(2), 'web.go:571', 'info', 'Start listening for connections', 'component=web address=0.0.0.0:9090'),
    logfmt(t(3), 'head.go:626', 'info', 'Replaying on-disk memory mappable chunks if any', 'component=tsdb'),
    logfmt(t(4), 'main.go:1172', 'info', 'TSDB started'),
    logfmt(t(5), 'main.go:1354', 'info', 'Completed loading of configuration file', 'filename=/etc/config/prometheus.yml totalDuration=4.1ms'),
    logfmt(t(6), 'main.go:1133', 'info', 'Server is ready to receive web requests.'),
  ],
  line: (r, t) => {
    const n = r();
    if (n < 0.4) return logfmt(t, 'compact.go:576', 'info', 'write block', `component=tsdb mint=${t - 7_200_000} maxt=${t} ulid=01J${hex(r, 23).toUpperCase()} duration=${int(r, 200, 900)}.${int(r, 100, 999)}ms ooo=false`);
    if (n < 0.8) return logfmt(t, 'head.go:1355', 'info', 'Head GC completed', `component=tsdb caller=truncateMemory duration=${int(r, 3, 40)}.${int(r, 100, 999)}ms`);
    return logfmt(t, 'checkpoint.go:101', 'info', 'Creating checkpoint', `component=tsdb from_segment=${int(r, 10, 40)} to_segment=${int(r, 41, 60)} mint=${t - 3_600_000}`);
  },
};

const reloader: LogProfile = {
  intervalMs: 300_000,
  banner: (t) => [logfmt(t(0), 'main.go:140', 'info', 'Starting prometheus-config-reloader', 'version="(version=0.76.0, branch=, revision=5e3ba6b)"'), logfmt(t(1), 'reloader.go:282', 'info', 'reloading via HTTP'), logfmt(t(2), 'reloader.go:330', 'info', 'Reload triggered', 'cfg_in= cfg_out= watched_dirs=/etc/config')],
  line: (_r, t) => logfmt(t, 'reloader.go:330', 'info', 'Reload triggered', 'cfg_in= cfg_out= watched_dirs=/etc/config'),
};

const grafana: LogProfile = {
  intervalMs: 60_000,
  banner: (t) => [
    grafanaLine(t(0), 'settings', 'info', 'Starting Grafana', 'version=11.2.0 commit=2a88694fd3ced0335bf3726cc5d0adc2d1858855 branch=v11.2.x compiled=2024-08-27T11:02:53Z'),
    grafanaLine(t(1), 'sqlstore', 'info', 'Connecting to DB', 'dbtype=sqlite3'),
    grafanaLine(t(2), 'migrator', 'info', 'migrations completed', 'performed=0 skipped=594 duration=1.2ms'),
    grafanaLine(t(3), 'http.server', 'info', 'HTTP Server Listen', 'address=[::]:3000 protocol=http subUrl= socket='),
  ],
  line: (r, t) => {
    const n = r();
    if (n < 0.5) return grafanaLine(t, 'cleanup', 'info', 'Completed cleanup jobs', `duration=${int(r, 5, 40)}.${int(r, 100, 999)}ms`);
    if (n < 0.8) return grafanaLine(t, 'plugins.update.checker', 'info', 'Update check succeeded', `duration=${int(r, 50, 300)}.${int(r, 100, 999)}ms`);
    return grafanaLine(t, 'infra.usagestats', 'info', 'Usage stats are ready to report');
  },
};

const alertmanager: LogProfile = {
  intervalMs: 120_000,
  banner: (t) => [
    logfmt(t(0), 'main.go:181', 'info', 'Starting Alertmanager', 'version="(version=0.27.0, branch=HEAD, revision=0aa3c2aad14cff039931923ab16b26b7481783b5)"'),
    logfmt(t(1), 'coordinator.go:113', 'info', 'Loading configuration file', 'component=configuration file=/etc/alertmanager/alertmanager.yml'),
    logfmt(t(2), 'coordinator.go:126', 'info', 'Completed loading of configuration file', 'component=configuration file=/etc/alertmanager/alertmanager.yml'),
    logfmt(t(3), 'tls_config.go:313', 'info', 'Listening on', 'address=[::]:9093'),
  ],
  line: (r, t) => logfmt(t, 'silence.go:390', 'info', 'Running maintenance', `component=silences duration=${int(r, 20, 90)}.${int(r, 100, 999)}µs size=0`),
};

export const ADDON_PROFILES: Record<string, LogProfile> = {
  coredns, 'metrics-server': metricsServer, 'kubernetes-dashboard': dashboard, 'dashboard-metrics-scraper': scraper,
  'ingress-nginx': ingress, prometheus, 'config-reloader': reloader, grafana, alertmanager,
};
