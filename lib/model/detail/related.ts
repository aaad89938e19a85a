/**
 * What a component relates to beyond its pods: Services whose selector picks its pods, ConfigMaps its
 * pods reference (and the CoreDNS Corefile), and the events of its pods and workloads. Pure.
 */
import type { ConfigMapInfo, EventRow, ServiceInfo } from '@/lib/api/component';
import type { Message } from '@/lib/api/message';
import { english } from '../english';
import { messageKey, say } from '../say';
import type { RawConfigMap, RawEvent, RawPodSpec, RawService } from './raw';

/** Bytes of a ConfigMap text shown in full before it is cut. */
export const MAX_CONFIG_TEXT_BYTES = 16_384;
export const MAX_EVENTS = 50;
/** ConfigMaps shown as text: the cluster DNS configuration. */
const TEXT_KEYS = ['Corefile'];
/** Cluster DNS reads its configuration from these ConfigMaps without mounting them under another name. */
const DNS_CONFIGMAPS: Record<string, string[]> = { coredns: ['coredns'], 'kube-dns': ['kube-dns', 'coredns'] };

function servicePorts(service: RawService): string[] {
  return (service.spec?.ports ?? []).map((p) => {
    const node = p.nodePort ? `:${p.nodePort}` : '';
    const target = p.targetPort !== undefined && String(p.targetPort) !== String(p.port) ? `→${p.targetPort}` : '';
    return `${p.name ? `${p.name} ` : ''}${p.port ?? '?'}${node}${target}/${p.protocol ?? 'TCP'}`;
  });
}

/**
 * Services whose selector matches the labels of at least one of the component's pods.
 * Kubernetes fact: a Service selects pods whose labels contain every key=value of its selector; a
 * Service without a selector has manually managed Endpoints and selects nothing.
 */
export function relatedServices(services: readonly RawService[], podLabels: readonly Readonly<Record<string, string>>[]): ServiceInfo[] {
  const out: ServiceInfo[] = [];
  for (const service of services) {
    const selector = Object.entries(service.spec?.selector ?? {});
    if (selector.length === 0) continue;
    if (!podLabels.some((labels) => selector.every(([k, v]) => labels[k] === v))) continue;
    out.push({
      name: service.metadata?.name ?? '',
      type: service.spec?.type ?? 'ClusterIP',
      clusterIP: service.spec?.clusterIP ?? '',
      ports: servicePorts(service),
      selector: selector.map(([k, v]) => `${k}=${v}`).join(','),
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** ConfigMap name → the ways it is referenced, each way once (keyed by its message). */
type References = Map<string, Map<string, Message>>;

function addReference(refs: References, name: string | undefined, how: Message): void {
  if (!name) return;
  const ways = refs.get(name) ?? new Map<string, Message>();
  ways.set(messageKey(how), how);
  refs.set(name, ways);
}

/** ConfigMap name → how the specs reference it (volumes, projected volumes, envFrom, env), each way once. */
export function configMapReferences(specs: readonly RawPodSpec[]): References {
  const refs: References = new Map();
  const add = (name: string | undefined, how: Message) => addReference(refs, name, how);
  for (const spec of specs) {
    for (const v of spec.volumes ?? []) {
      add(v.configMap?.name, say('configRef.volume', { name: v.name ?? '' }));
      // Every pod's service-account volume projects kube-root-ca.crt; that is not the component's config.
      if (v.name?.startsWith('kube-api-access-')) continue;
      for (const s of v.projected?.sources ?? []) add(s.configMap?.name, say('configRef.projected', { name: v.name ?? '' }));
    }
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      for (const e of c.envFrom ?? []) add(e.configMapRef?.name, say('configRef.envFrom', { container: c.name ?? '?' }));
      for (const e of c.env ?? []) add(e.valueFrom?.configMapKeyRef?.name, say('configRef.env', { name: e.name ?? '', container: c.name ?? '?' }));
    }
  }
  return refs;
}

function configText(cm: RawConfigMap): ConfigMapInfo['text'] {
  for (const key of TEXT_KEYS) {
    const content = cm.data?.[key];
    if (content === undefined) continue;
    const isTruncated = content.length > MAX_CONFIG_TEXT_BYTES;
    return { key, content: isTruncated ? content.slice(0, MAX_CONFIG_TEXT_BYTES) : content, isTruncated };
  }
  return undefined;
}

/** The referenced ConfigMaps (plus cluster DNS's own), with key names and sizes; the Corefile as text. */
export function relatedConfigMaps(componentId: string, specs: readonly RawPodSpec[], configMaps: readonly RawConfigMap[]): ConfigMapInfo[] {
  const refs = configMapReferences(specs);
  for (const name of DNS_CONFIGMAPS[componentId] ?? []) {
    if (configMaps.some((cm) => cm.metadata?.name === name)) addReference(refs, name, say('configRef.dns'));
  }
  const byName = new Map(configMaps.map((cm) => [cm.metadata?.name ?? '', cm]));
  return [...refs.entries()]
    .map(([name, how]) => {
      const cm = byName.get(name);
      const keys = [
        ...Object.entries(cm?.data ?? {}).map(([key, value]) => ({ name: key, bytes: new TextEncoder().encode(value).length })),
        ...Object.entries(cm?.binaryData ?? {}).map(([key, value]) => ({ name: key, bytes: Math.floor((value.length * 3) / 4) })),
      ];
      const text = cm ? configText(cm) : undefined;
      const ways = [...how.values()];
      return { name, referencedBy: ways.map(english), referencedByMessages: ways, keys, isFound: Boolean(cm), ...(text ? { text } : {}) };
    })
    .sort((a, b) => Number(Boolean(b.text)) - Number(Boolean(a.text)) || a.name.localeCompare(b.name));
}

/** When an event was last seen: lastTimestamp, the series' last observation, eventTime, or creation. */
export function eventTime(event: RawEvent): string | undefined {
  return event.lastTimestamp ?? event.series?.lastObservedTime ?? event.eventTime ?? event.metadata?.creationTimestamp ?? undefined;
}

/**
 * Events whose involvedObject is one of `objects` (`Pod/<name>`, `Deployment/<name>` …), newest first, capped.
 */
export function relatedEvents(events: readonly RawEvent[], objects: ReadonlySet<string>, cap = MAX_EVENTS): { items: EventRow[]; total: number } {
  const picked = events.filter((e) => objects.has(`${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`));
  const at = (e: RawEvent) => Date.parse(eventTime(e) ?? '') || 0;
  picked.sort((a, b) => at(b) - at(a));
  return {
    total: picked.length,
    items: picked.slice(0, cap).map((e) => ({
      type: e.type ?? 'Normal',
      reason: e.reason ?? '',
      object: `${(e.involvedObject?.kind ?? '').toLowerCase()}/${e.involvedObject?.name ?? ''}`,
      message: e.message ?? '',
      count: e.series?.count ?? e.count ?? 1,
      ...(eventTime(e) ? { lastSeen: eventTime(e) } : {}),
    })),
  };
}
