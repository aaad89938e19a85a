/**
 * A pod spec as the component page shows it: containers (image, version, ports, flags, probes,
 * requests and limits, mounts) and volumes by kind. Secrets appear by name only, never by content.
 */
import type { ContainerInfo, ResourceAmounts, SpecInfo, VolumeInfo } from '@/lib/api/component';
import { commandLineTokens, parseCommandLine } from './command-line';
import { containerProbes } from './probes';
import type { RawContainer, RawPodSpec, RawVolume } from './raw';

/**
 * The version an image reference names: its tag, else a short digest, else `latest`.
 * `registry:5000/coredns/coredns:v1.11.3` → `v1.11.3` (a `:` after the last `/` starts the tag).
 */
export function imageVersion(image: string): string {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : '';
  const ref = at >= 0 ? image.slice(0, at) : image;
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) return ref.slice(colon + 1);
  if (digest) return digest.replace(/^(sha256:)?([0-9a-f]{12}).*$/, '$1$2');
  return 'latest';
}

function amounts(values: Record<string, string> | null | undefined): ResourceAmounts {
  const out: ResourceAmounts = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if (key === 'cpu') out.cpu = value;
    else if (key === 'memory') out.memory = value;
    else out.other = { ...out.other, [key]: value };
  }
  return out;
}

function ports(container: RawContainer): string[] {
  return (container.ports ?? []).map((p) => {
    const host = p.hostPort && p.hostPort !== p.containerPort ? `${p.hostPort}→` : '';
    return `${p.name ? `${p.name} ` : ''}${host}${p.containerPort ?? '?'}/${p.protocol ?? 'TCP'}`;
  });
}

export function toContainerInfo(container: RawContainer, isInit: boolean): ContainerInfo {
  const image = container.image ?? '';
  return {
    name: container.name ?? '',
    isInit,
    image,
    version: imageVersion(image),
    ports: ports(container),
    ...(container.command?.[0] ? { executable: container.command[0] } : {}),
    commandLine: commandLineTokens(container.command, container.args),
    flags: parseCommandLine(container.command, container.args),
    probes: containerProbes(container),
    requests: amounts(container.resources?.requests),
    limits: amounts(container.resources?.limits),
    mounts: (container.volumeMounts ?? []).map((m) => ({ volume: m.name ?? '', path: m.mountPath ?? '', isReadOnly: Boolean(m.readOnly) })),
  };
}

function projectedDetail(volume: RawVolume): string {
  return (volume.projected?.sources ?? [])
    .map((s) => {
      if (s.serviceAccountToken) return 'service account token';
      if (s.configMap) return `ConfigMap ${s.configMap.name ?? '?'}`;
      if (s.secret) return `Secret ${s.secret.name ?? '?'}`;
      if (s.downwardAPI) return 'downward API';
      return 'other source';
    })
    .join(', ');
}

/** A volume by kind and what it points at. Secrets by name only: kubesys never reads them. */
export function toVolumeInfo(volume: RawVolume): VolumeInfo {
  const name = volume.name ?? '';
  if (volume.hostPath) {
    const type = volume.hostPath.type ? ` (${volume.hostPath.type})` : '';
    return { name, kind: 'hostPath', detail: `${volume.hostPath.path ?? ''}${type}` };
  }
  if (volume.configMap) return { name, kind: 'configMap', detail: volume.configMap.name ?? '' };
  if (volume.secret) return { name, kind: 'secret', detail: volume.secret.secretName ?? '' };
  if (volume.projected) return { name, kind: 'projected', detail: projectedDetail(volume) };
  if (volume.emptyDir) {
    const bits = [volume.emptyDir.medium === 'Memory' ? 'in memory' : '', volume.emptyDir.sizeLimit ? `limit ${volume.emptyDir.sizeLimit}` : ''];
    return { name, kind: 'emptyDir', detail: bits.filter(Boolean).join(', ') || 'node disk' };
  }
  if (volume.persistentVolumeClaim) return { name, kind: 'persistentVolumeClaim', detail: volume.persistentVolumeClaim.claimName ?? '' };
  if (volume.downwardAPI) return { name, kind: 'downwardAPI', detail: 'pod metadata as files' };
  const kind = Object.keys(volume).find((k) => k !== 'name') ?? 'unknown';
  return { name, kind, detail: '' };
}

/** The spec section for one workload or static pod. */
export function toSpecInfo(
  spec: RawPodSpec,
  source: string,
  podName: string | undefined,
  otherPods: readonly string[],
  otherCap: number,
): SpecInfo {
  return {
    source,
    ...(podName ? { podName } : {}),
    otherPods: otherPods.slice(0, otherCap),
    otherPodCount: otherPods.length,
    containers: [
      ...(spec.initContainers ?? []).map((c) => toContainerInfo(c, true)),
      ...(spec.containers ?? []).map((c) => toContainerInfo(c, false)),
    ],
    volumes: (spec.volumes ?? []).map(toVolumeInfo),
    ...(spec.serviceAccountName ? { serviceAccount: spec.serviceAccountName } : {}),
    hostNetwork: Boolean(spec.hostNetwork),
    ...(spec.priorityClassName ? { priorityClass: spec.priorityClassName } : {}),
  };
}
