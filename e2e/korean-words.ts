/**
 * What a Korean page may still show in Latin script: Kubernetes words as the guide writes them, kubectl,
 * units, and the names the cluster gave. `englishWords` lists every other Latin-script word a reader sees,
 * for the ko-KR journeys (e2e/korean.spec.ts, e2e/korean-lists.spec.ts) to expect none.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import type { OverviewResponse } from '../lib/api/types';
import { HEALTHY } from './env';

/** Words that stay as the guide writes them, in every language: Kubernetes kinds and names, kubectl, units. */
export const KUBERNETES_WORDS = new Set([
  'kubesys', 'kubectl', 'Kubernetes', 'kube-system', 'Pod', 'Node', 'Control', 'Plane', 'Add-on', 'CoreDNS', 'kubelet',
  'DaemonSet', 'Deployment', 'StatefulSet', 'CronJob', 'Job', 'Static', 'APIService', 'v1beta1.metrics.k8s.io', 'readyz',
  'livez', 'componentstatus', 'Lease', 'etcd', 'https', 'CPU', 'MiB', 'GiB', 'KiB',
  // componentstatuses name etcd's members `etcd-<n>`.
  'etcd-0',
  // The switcher lists each language in itself.
  'English',
]);

/** Splits a name or a cluster-given phrase into the words `englishWords` compares. */
const words = (text: string): string[] => text.split(/[\s/:()=,;"'[\]]+/).map((w) => w.replace(/\.+$/, '')).filter(Boolean);

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

export interface EnglishWordsOptions {
  /** Parts of the page not under test (another area's component), as CSS selectors. */
  skip?: readonly string[];
  /** Words this page may show besides the Kubernetes words and names (condition values such as Ready). */
  allow?: readonly string[];
}

/**
 * The Latin-script words a reader sees on the page that are neither a Kubernetes word nor a name. Commands,
 * YAML and logs (`code`, `pre`, `kbd`) are never translated and are not read; a select's options are.
 */
export async function englishWords(page: Page, names: Set<string>, options: EnglishWordsOptions = {}): Promise<string[]> {
  const skip = ['code', 'pre', 'kbd', 'script', 'style', ...(options.skip ?? [])].join(', ');
  const text = await page.locator('body').evaluate((body, skipSelector) => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
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
  const found = text.match(/[A-Za-z][\w.+-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
  return [...new Set(found)].filter((w) => !allowed.has(w) && !names.has(w) && ![...names].some((n) => n.includes(w) && /\d|-/.test(n)));
}
