/**
 * The in-memory history: one bounded ring per node, pod and container (multi-container pods only; a
 * single container's series is its pod's), plus totals per component and group. Rings grow as points
 * arrive; a series missing from the newest sample (its pod is gone) is trimmed to its points and kept
 * until they have aged out (the component page still draws a replaced pod). Pure; the sampler feeds
 * it, the usage service reads it.
 */
import type { GroupId } from '@/lib/api/types';
import { RingSeries } from './ring';

export interface ContainerSample {
  name: string;
  /** Millicores. */
  cpu: number;
  /** Working-set bytes. */
  memory: number;
}

export interface PodSample {
  name: string;
  node?: string;
  componentId: string;
  group: GroupId;
  containers: ContainerSample[];
}

export interface NodeSample {
  name: string;
  cpu: number;
  memory: number;
}

/** One metrics.k8s.io read: every node and kube-system pod metrics-server reported. */
export interface Sample {
  /** Epoch ms of the read. */
  at: number;
  nodes: NodeSample[];
  pods: PodSample[];
}

export interface TrackedSeries {
  ring: RingSeries;
  /** Epoch seconds of the last sample this series appeared in. */
  lastSeen: number;
  componentId?: string;
  group?: GroupId;
  node?: string;
}

export type SeriesKind = 'node' | 'pod' | 'container' | 'component' | 'group';

/** Rough V8 cost of one tracked series besides its typed arrays (Map entry, object, key string, array headers). */
const SERIES_OVERHEAD_BYTES = 400;

export class MetricsHistory {
  private readonly series: Record<SeriesKind, Map<string, TrackedSeries>> = {
    node: new Map(),
    pod: new Map(),
    container: new Map(),
    component: new Map(),
    group: new Map(),
  };
  /** Epoch seconds of the newest sample, 0 before the first. */
  lastSampleAt = 0;
  samples = 0;

  /** `capacity` points per series; series unseen for `retentionSec` are dropped. */
  constructor(
    readonly capacity: number,
    readonly retentionSec: number,
  ) {}

  record(sample: Sample): void {
    const t = Math.round(sample.at / 1000);
    this.lastSampleAt = t;
    this.samples += 1;
    for (const node of sample.nodes) this.push('node', node.name, t, node.cpu, node.memory, {});
    const components = new Map<string, { cpu: number; memory: number; group: GroupId }>();
    const groups = new Map<string, { cpu: number; memory: number }>();
    for (const pod of sample.pods) {
      let cpu = 0;
      let memory = 0;
      for (const c of pod.containers) {
        cpu += c.cpu;
        memory += c.memory;
        if (pod.containers.length > 1) this.push('container', `${pod.name}/${c.name}`, t, c.cpu, c.memory, { componentId: pod.componentId });
      }
      this.push('pod', pod.name, t, cpu, memory, { componentId: pod.componentId, group: pod.group, node: pod.node });
      const component = components.get(pod.componentId) ?? { cpu: 0, memory: 0, group: pod.group };
      component.cpu += cpu;
      component.memory += memory;
      components.set(pod.componentId, component);
      const group = groups.get(pod.group) ?? { cpu: 0, memory: 0 };
      group.cpu += cpu;
      group.memory += memory;
      groups.set(pod.group, group);
    }
    for (const [id, sum] of components) this.push('component', id, t, sum.cpu, sum.memory, { group: sum.group });
    for (const [id, sum] of groups) this.push('group', id, t, sum.cpu, sum.memory, {});
    this.prune(t);
  }

  get(kind: SeriesKind, key: string): TrackedSeries | undefined {
    return this.series[kind].get(key);
  }

  /** Every tracked series of a kind (live and recently gone), by key. */
  all(kind: SeriesKind): ReadonlyMap<string, TrackedSeries> {
    return this.series[kind];
  }

  /** Pod series of one component, including pods gone within the retention. */
  podsOfComponent(componentId: string): [string, TrackedSeries][] {
    return [...this.series.pod].filter(([, s]) => s.componentId === componentId);
  }

  /** Series of a kind present in the newest sample (what `kubectl top` would print now). */
  current(kind: SeriesKind): [string, TrackedSeries][] {
    return [...this.series[kind]].filter(([, s]) => s.lastSeen === this.lastSampleAt);
  }

  seriesCount(): number {
    return Object.values(this.series).reduce((sum, map) => sum + map.size, 0);
  }

  /** Estimated bytes held: typed arrays plus a per-series overhead. */
  byteLength(): number {
    let bytes = 0;
    for (const map of Object.values(this.series)) {
      for (const s of map.values()) bytes += s.ring.byteLength + SERIES_OVERHEAD_BYTES;
    }
    return bytes;
  }

  private push(kind: SeriesKind, key: string, t: number, cpu: number, memory: number, meta: Omit<TrackedSeries, 'ring' | 'lastSeen'>): void {
    const map = this.series[kind];
    let s = map.get(key);
    if (!s) {
      s = { ring: new RingSeries(this.capacity), lastSeen: t, ...meta };
      map.set(key, s);
    }
    Object.assign(s, meta);
    s.lastSeen = t;
    s.ring.push(t, cpu, memory);
  }

  /**
   * Drops series not seen for longer than the retention (their every point has aged out) and trims
   * those missing from this sample to the points they hold (a no-op from the second miss on).
   */
  private prune(now: number): void {
    const cutoff = now - this.retentionSec;
    for (const map of Object.values(this.series)) {
      for (const [key, s] of map) {
        if (s.lastSeen < cutoff) map.delete(key);
        else if (s.lastSeen < now) s.ring.trim();
      }
    }
  }
}
