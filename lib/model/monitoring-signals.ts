/**
 * Signs that a kube-system workload no table knows is a metrics, logging or alerting agent: the image
 * of a monitoring vendor, words in its name, or ports that take in telemetry. Pure; each sign is
 * returned as a message for the component card.
 */
import type { Message } from '@/lib/api/message';
import type { Container, Pod } from './k8s';
import { say } from './say';

/**
 * Image path words of monitoring vendors and projects (matched as whole `/`, `-`, `_` or `.` separated
 * words of the repository path, registry host dropped): `gcr.io/datadoghq/agent` → datadoghq.
 */
const VENDOR_IMAGE_WORDS: Record<string, string> = {
  datadog: 'Datadog', datadoghq: 'Datadog',
  newrelic: 'New Relic', 'nri-kubernetes': 'New Relic',
  dynatrace: 'Dynatrace', oneagent: 'Dynatrace',
  beats: 'Elastic Beats', filebeat: 'Elastic Filebeat', metricbeat: 'Elastic Metricbeat', auditbeat: 'Elastic Auditbeat',
  heartbeat: 'Elastic Heartbeat', packetbeat: 'Elastic Packetbeat', 'elastic-agent': 'Elastic Agent',
  fluentd: 'Fluentd', 'fluent-bit': 'Fluent Bit', fluentbit: 'Fluent Bit',
  grafana: 'Grafana', alloy: 'Grafana Alloy', promtail: 'Grafana Promtail', loki: 'Grafana Loki',
  opentelemetry: 'OpenTelemetry', otel: 'OpenTelemetry', otelcol: 'OpenTelemetry Collector',
  'opentelemetry-collector': 'OpenTelemetry Collector', 'opentelemetry-collector-contrib': 'OpenTelemetry Collector',
  'aws-otel-collector': 'AWS Distro for OpenTelemetry',
  splunk: 'Splunk', signalfx: 'Splunk Observability', sumologic: 'Sumo Logic',
  victoriametrics: 'VictoriaMetrics', vmagent: 'VictoriaMetrics vmagent', vmalert: 'VictoriaMetrics vmalert',
  prometheus: 'Prometheus', prom: 'Prometheus', 'prometheus-operator': 'Prometheus Operator', 'prometheus-to-sd': 'Prometheus to Stackdriver',
  thanos: 'Thanos', cortexproject: 'Cortex', mimir: 'Grafana Mimir',
  telegraf: 'Telegraf', influxdata: 'InfluxData',
  sysdig: 'Sysdig', instana: 'Instana', appdynamics: 'AppDynamics', honeycombio: 'Honeycomb', lightstep: 'Lightstep',
  logzio: 'Logz.io', coralogix: 'Coralogix', logdna: 'Mezmo (LogDNA)', mezmo: 'Mezmo', timberio: 'Vector', netdata: 'Netdata',
  jaegertracing: 'Jaeger', openzipkin: 'Zipkin', cadvisor: 'cAdvisor', 'kube-state-metrics': 'kube-state-metrics',
  'node-exporter': 'Prometheus node-exporter', cloudwatch: 'Amazon CloudWatch', 'cloudwatch-agent': 'Amazon CloudWatch',
  stackdriver: 'Google Cloud Operations', 'google-fluentd': 'Google Cloud Logging', azuremonitor: 'Azure Monitor',
  containerinsights: 'Azure Monitor Container Insights', azuredefender: 'Microsoft Defender for Containers',
  wavefront: 'Wavefront', observiq: 'observIQ',
};

/**
 * Words in a workload or container name that say its job is metrics, logs, traces or alerts. `metrics`
 * alone is not one: metrics-server and dashboard-metrics-scraper serve the cluster, they do not monitor it.
 */
const MONITORING_NAME_WORDS = new Set([
  'exporter', 'exporters', 'monitoring', 'monitor', 'logging', 'logs', 'logger', 'log', 'telemetry', 'collector',
  'tracing', 'traces', 'alerting', 'alertmanager', 'observability', 'prometheus', 'grafana', 'fluentd', 'fluentbit',
  'promtail', 'otel', 'opentelemetry',
]);
const METRICS_AGENT = /(^|-)metrics-(agent|collector|forwarder|shipper)(-|$)/;

/**
 * Ports on which a pod takes in telemetry from others (IANA or the project's documented default). The
 * ports a pod serves its own metrics on do not count: every component has one (traefik's is 9100).
 */
const TELEMETRY_PORTS: Record<number, string> = {
  4317: 'OTLP gRPC', 4318: 'OTLP HTTP', 8125: 'StatsD', 8126: 'Datadog APM', 24224: 'Fluentd forward',
  14250: 'Jaeger gRPC', 14268: 'Jaeger HTTP', 6831: 'Jaeger agent', 9411: 'Zipkin', 55678: 'OpenCensus',
};

const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/** Whole words of a name or image path, lowercased, split on `/ - _ .`, plus each multi-word segment. */
export function nameWords(value: string): string[] {
  const lower = value.toLowerCase();
  const segments = lower.split('/');
  return [...segments, ...lower.split(/[/\-_.]+/)].filter(Boolean);
}

/** An image's repository path without registry host, tag or digest: `gcr.io/datadoghq/agent:7` → `datadoghq/agent`. */
function imagePath(image: string): string {
  const path = image.trim().toLowerCase().split('@')[0] ?? '';
  const segments = path.split('/');
  const first = segments[0] ?? '';
  if (segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) segments.shift();
  const joined = segments.join('/');
  const lastSlash = joined.lastIndexOf('/');
  const colon = joined.indexOf(':', lastSlash + 1);
  return colon >= 0 ? joined.slice(0, colon) : joined;
}

/**
 * The container whose role is the pod's role: the one `kubectl.kubernetes.io/default-container` names,
 * else the first. Kubernetes fact: kubectl logs/exec pick the same container, so sidecars (a metrics
 * exporter beside a DNS server) do not decide what the pod is.
 */
export function mainContainer(pod: Pod): Container | undefined {
  const containers = (pod.spec?.containers ?? []).filter(Boolean);
  const named = pod.metadata?.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  return (named ? containers.find((c) => c.name === named) : undefined) ?? containers[0];
}

function vendorOf(image: string): string | undefined {
  const path = imagePath(image);
  for (const word of nameWords(path)) {
    const vendor = VENDOR_IMAGE_WORDS[word];
    if (vendor) return vendor;
  }
  return undefined;
}

function monitoringWord(name: string): string | undefined {
  return nameWords(name).find((word) => MONITORING_NAME_WORDS.has(word)) ?? METRICS_AGENT.exec(name.toLowerCase())?.[0].replace(/^-|-$/g, '');
}

function telemetryPort(container: Container): Message | undefined {
  for (const port of container.ports ?? []) {
    const number = port?.containerPort ?? port?.hostPort;
    if (number !== undefined && TELEMETRY_PORTS[number]) return say('shape.signPort', { protocol: TELEMETRY_PORTS[number], port: number });
  }
  return undefined;
}

/**
 * Why a pod looks like a monitoring workload, one phrase per sign, or [] when nothing says so. Only
 * the main container counts (a metrics sidecar does not make a DNS server a monitoring tool).
 * Kubernetes fact: almost every component exposes a `metrics` port and carries `prometheus.io/scrape`
 * (cilium-operator's one declared port is its scraped metrics port), so neither is a sign.
 */
export function monitoringSigns(pod: Pod, workloadName: string): Message[] {
  const signs: Message[] = [];
  const main = mainContainer(pod);
  const vendor = main?.image ? vendorOf(main.image) : undefined;
  if (vendor) signs.push(say('shape.signImage', { vendor, image: imagePath(main?.image ?? '') }));
  const word = monitoringWord(workloadName) ?? (main?.name ? monitoringWord(main.name) : undefined);
  if (word) signs.push(say('shape.signName', { word }));
  const port = main ? telemetryPort(main) : undefined;
  if (port) signs.push(port);
  return signs;
}
