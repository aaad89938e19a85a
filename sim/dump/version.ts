/** The `/version` a replayed dump reports: its version.json, else what its kubelets run, else "unknown" as an unversioned build says it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KObject, VersionInfo } from '../types';
import { readDocument } from './files';

/**
 * When a dump says nothing about its version (no version.json, no nodes): v0.0.0 with empty major and
 * minor, as a kube-apiserver built without version stamps reports (`v0.0.0-master+$Format:%H$`, which
 * kubectl cannot parse, hence the plainer pre-release), rather than a made-up release that clients
 * would judge for end of life and skew.
 */
export const UNKNOWN_VERSION: VersionInfo = {
  major: '', minor: '', gitVersion: 'v0.0.0-unknown', gitCommit: '', gitTreeState: '',
  buildDate: '1970-01-01T00:00:00Z', goVersion: '', compiler: 'gc', platform: 'linux/amd64',
};

/**
 * Parse `v1.31.13-eks-ecaa3a6` into major "1", minor "31". The minor is the true one even outside
 * 1.27–1.33: the installed kubectl dispatcher then falls back to its bundled client (v1.32) and only
 * `kubectl version` prints a skew warning, which is what a real cluster of that version would get.
 */
export function versionFrom(gitVersion: string, platform = 'linux/amd64'): VersionInfo {
  const m = /^v?(\d+)\.(\d+)/.exec(gitVersion);
  return {
    major: m ? m[1] : '1', minor: m ? m[2] : '31', gitVersion, gitCommit: '', gitTreeState: 'clean',
    buildDate: '', goVersion: '', compiler: 'gc', platform,
  };
}

function compareVersions(a: string, b: string): number {
  const pa = (/^v?(\d+)\.(\d+)\.(\d+)/.exec(a) ?? []).slice(1).map(Number);
  const pb = (/^v?(\d+)\.(\d+)\.(\d+)/.exec(b) ?? []).slice(1).map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * version.json wins. Otherwise the newest kubelet: the version skew policy keeps kubelets at or
 * below the API server, so the newest kubelet is the best lower bound for it.
 */
export function dumpVersion(dir: string, nodes: KObject[]): VersionInfo {
  const file = join(dir, 'version.json');
  if (existsSync(file)) {
    const doc = readDocument(file) as Partial<VersionInfo> | null;
    if (!doc || typeof doc !== 'object' || typeof doc.gitVersion !== 'string') throw new Error(`${file}: not a version: expected an object with "gitVersion"`);
    const derived = versionFrom(doc.gitVersion, doc.platform);
    return { ...derived, ...Object.fromEntries(Object.entries(doc).filter(([, v]) => typeof v === 'string')) } as VersionInfo;
  }
  const infos = nodes.map((n) => (n.status as { nodeInfo?: { kubeletVersion?: string; operatingSystem?: string; architecture?: string } } | undefined)?.nodeInfo).filter((i) => i?.kubeletVersion);
  if (!infos.length) return { ...UNKNOWN_VERSION };
  const newest = infos.reduce((a, b) => (compareVersions(b!.kubeletVersion!, a!.kubeletVersion!) > 0 ? b : a))!;
  return versionFrom(newest.kubeletVersion!, newest.operatingSystem && newest.architecture ? `${newest.operatingSystem}/${newest.architecture}` : 'linux/amd64');
}
