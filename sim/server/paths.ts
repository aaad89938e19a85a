/**
 * Parsing of resource URL paths (`/api/v1/namespaces/kube-system/pods/x/log`, `/apis/apps/v1/deployments`,
 * the legacy `/watch/` prefix) into a resource, namespace, name and subresource.
 */
import { findResource, type ResourceDef } from './resources';

export interface ResourcePath {
  def: ResourceDef;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** The deprecated `/api/v1/watch/...` form. */
  watchPrefix: boolean;
}

/**
 * Parse the segments after the group version. Returns undefined for anything the API server would 404:
 * unknown resources, a cluster-scoped resource under `namespaces/<ns>/`, a namespaced object without a namespace.
 */
export function parseResourcePath(group: string, version: string, segs: string[]): ResourcePath | undefined {
  let watchPrefix = false;
  if (segs[0] === 'watch') {
    watchPrefix = true;
    segs = segs.slice(1);
  }
  let namespace: string | undefined;
  if (segs[0] === 'namespaces' && segs.length >= 3) {
    namespace = segs[1];
    segs = segs.slice(2);
  }
  const [plural, name, subresource, ...extra] = segs;
  if (!plural || extra.length > 0) return undefined;
  const def = findResource(group, version, plural);
  if (!def) return undefined;
  if (namespace !== undefined && !def.namespaced) return undefined;
  if (def.namespaced && namespace === undefined && name !== undefined) return undefined;
  if (name === '' || namespace === '') return undefined;
  return { def, namespace, name, subresource, watchPrefix };
}

/** Split a URL path into decoded segments, dropping the empty ones from leading/trailing slashes. */
export function splitPath(pathname: string): string[] {
  return pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));
}
