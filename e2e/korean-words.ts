/**
 * What a Korean page may still show in Latin script: Kubernetes words as the guide writes them, kubectl,
 * units, and the names the cluster gave. `englishWords` lists every other Latin-script word a reader sees,
 * for the ko-KR journeys (e2e/korean*.spec.ts) to expect none.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { FindingsResponse } from '../lib/api/findings';
import type { Message } from '../lib/api/message';
import type { OverviewResponse } from '../lib/api/types';
import { HEALTHY } from './env';

/**
 * Words that stay as the guide writes them, in every language: Kubernetes kinds, fields, statuses and
 * condition reasons, component and tool names, kubectl, protocols and units.
 */
export const KUBERNETES_WORDS = new Set([
  'kubesys', 'kubectl', 'Kubernetes', 'kube-system', 'kube-node-lease', 'kubeconfig', 'Helm',
  // Kinds and their parts.
  'Pod', 'Node', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet', 'CronJob', 'Job', 'Static', 'Service', 'ConfigMap',
  'ServiceAccount', 'NetworkPolicy', 'HorizontalPodAutoscaler', 'Lease', 'APIService', 'v1beta1.metrics.k8s.io', 'metrics.k8s.io',
  'componentstatus', 'componentstatuses', 'Corefile', 'ingress', 'egress',
  // The guide's groups and components.
  'Control', 'Plane', 'Add-on', 'CoreDNS', 'kubelet', 'etcd', 'Prometheus', 'metrics-server', 'Metrics', 'Server',
  'kube-scheduler', 'kube-controller-manager', 'CNI', 'CSI',
  // Statuses and condition reasons, as kubectl prints them.
  'Ready', 'NotReady', 'MissingEndpoints', 'FailedDiscoveryCheck',
  // Endpoints and commands named in prose.
  'readyz', 'livez', 'gitVersion', 'cluster-info', 'verbose', 'list',
  // Protocols, acronyms and units.
  'API', 'DNS', 'A', 'TCP', 'UDP', 'IP', 'TLS', 'Go', 'https', 'CPU', 'B', 'KiB', 'MiB', 'GiB', 'Mi', 'Gi', 'm', 'ms',
  // componentstatuses name etcd's members `etcd-<n>`.
  'etcd-0',
  // The switcher lists each language in itself.
  'English',
]);

/** Splits a name or a cluster-given phrase into the words `englishWords` compares. */
const words = (text: string): string[] => text.split(/[\s/:()=,;"'[\]]+/).map((w) => w.replace(/\.+$/, '')).filter(Boolean);
/** Latin-script words as a reader reads them. */
const latinWords = (text: string): string[] => text.match(/[A-Za-z][\w.+-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];

/** Every name the cluster gave: components, pods, nodes, the cluster, its version and address. */
export async function clusterNames(request: APIRequestContext, baseUrl = HEALTHY.url): Promise<Set<string>> {
  const overview = (await (await request.get(`${baseUrl}/api/overview`)).json()) as OverviewResponse;
  const names = [overview.cluster.name, overview.cluster.version, overview.cluster.server ?? ''];
  for (const component of overview.groups.flatMap((g) => g.components)) {
    names.push(component.name, component.id, ...component.pods.map((p) => p.name), ...component.nodes.map((n) => n.name));
  }
  return new Set(names.flatMap(words));
}

/** The words of texts the cluster wrote (versions, OS images, condition messages, event messages …), added to `names`. */
export function withClusterText(names: Set<string>, texts: readonly (string | undefined)[]): Set<string> {
  return new Set([...names, ...texts.flatMap((t) => (t ? words(t) : []))]);
}

/** The keys of an API answer that hold names the cluster gave (not the sentences kubesys writes there). */
const NAME_KEYS = new Set([
  'name', 'id', 'context', 'node', 'componentId', 'componentName', 'owner', 'type', 'ports', 'selector', 'clusterIP', 'server', 'version',
  'gitVersion', 'platform', 'goVersion', 'buildDate', 'holder', 'displayName', 'proxyUrl', 'service', 'reason', 'detail', 'images', 'podSelector',
]);

function namesIn(value: unknown, key: string | undefined, into: Set<string>): void {
  if (typeof value === 'string') {
    if (key && NAME_KEYS.has(key)) for (const word of words(value)) into.add(word);
  } else if (Array.isArray(value)) {
    for (const item of value) namesIn(item, key, into);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) namesIn(v, k, into);
  }
}

/** The names the cluster gave in the answers of `paths`, with the overview's (components, pods, nodes). */
export async function namesInAnswers(request: APIRequestContext, baseUrl: string, paths: readonly string[]): Promise<Set<string>> {
  const names = await clusterNames(request, baseUrl);
  for (const path of paths) namesIn(await (await request.get(`${baseUrl}${path}`)).json(), undefined, names);
  return names;
}

/**
 * What the findings quote of the cluster, as words: the string values of their messages (object names, the
 * kubelet's and the API server's own words, versions), their ids and subjects, and the DNS probe's answer.
 */
export async function findingQuotes(request: APIRequestContext, baseUrl: string): Promise<Set<string>> {
  const data = (await (await request.get(`${baseUrl}/api/findings`)).json()) as FindingsResponse;
  const quotes: string[] = [];
  const walk = (message: Message) => {
    for (const value of Object.values(message.values ?? {})) {
      if (typeof value === 'string') quotes.push(value);
      else if (typeof value === 'object' && !('at' in value)) walk(value);
    }
  };
  for (const f of data.findings) {
    quotes.push(f.id, f.subject.name);
    for (const message of [f.titleMessage, ...f.evidenceMessages, ...f.nextStepMessages, ...f.links.map((l) => l.labelMessage)]) walk(message);
  }
  const dns = data.probes.dns;
  if (dns) quotes.push(dns.name, dns.server ?? '', dns.serverSource ?? '', dns.error ?? '', ...dns.answers);
  return new Set(quotes.flatMap(latinWords));
}

export interface EnglishWordsOptions {
  /** Parts of the page not under test (another area's component), as CSS selectors. */
  skip?: readonly string[];
  /** Words this page may show besides the Kubernetes words and names (condition values such as Ready). */
  allow?: readonly string[];
  /** Only this part of the page. */
  within?: Locator;
  /** Open every folded section (`details`) first, so that what it holds is read too. */
  openAll?: boolean;
}

/**
 * The Latin-script words a reader sees on the page that are neither a Kubernetes word nor a name. Commands,
 * YAML and logs (`code`, `pre`, `kbd`) and what is marked not to be translated (`translate="no"`, the
 * cluster's own words) are not read; a select's options are.
 */
export async function englishWords(page: Page, names: Set<string>, options: EnglishWordsOptions = {}): Promise<string[]> {
  if (options.openAll) {
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
  }
  const skip = ['code', 'pre', 'kbd', 'script', 'style', '[translate="no"]', ...(options.skip ?? [])].join(', ');
  const text = await (options.within ?? page.locator('body')).evaluate((root, skipSelector) => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest(skipSelector)) continue;
      const shown = element.closest('select') ?? element;
      if (!shown.checkVisibility({ visibilityProperty: true }) && !element.closest('.sr-only')) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  }, skip);
  const allowed = new Set([...KUBERNETES_WORDS, ...(options.allow ?? [])]);
  return [...new Set(latinWords(text))].filter((w) => !allowed.has(w) && !names.has(w) && ![...names].some((n) => n.includes(w) && /\d|-|\./.test(n)));
}
