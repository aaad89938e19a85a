/**
 * Which cached kinds the API server serves, read from its legacy discovery documents (`/api/v1` and each
 * `/apis/<group>/<version>` APIResourceList), as kubectl reads them to know `deploy` means deployments.
 */
import 'server-only';
import type { Connection } from './connection';
import { describeKubeError, kubeGetJson } from './http';
import type { AnyResourceDef, ResourceKey } from './resources';

interface APIResourceList {
  resources?: { name?: string }[];
}

/** A kind's verdict: served, or not served and what showed it (`404 on /apis/coordination.k8s.io/v1`). */
export type Served = { served: true } | { served: false; detail: string };

/**
 * Reads discovery for every group version of `defs` and says, per kind key, whether it is served. A group
 * version that answers 404 is not served at all; one that answers anything else (403, 5xx, unreachable)
 * gives no verdict, so its kinds are left as they are. A kind counts as served when its plural is listed
 * (subresources such as `pods/log` are separate entries and do not count).
 */
export async function discoverServed(conn: Connection, defs: readonly AnyResourceDef[]): Promise<Map<ResourceKey, Served>> {
  const verdicts = new Map<ResourceKey, Served>();
  const groupVersions = [...new Set(defs.map((d) => d.groupVersion))];
  await Promise.all(
    groupVersions.map(async (gv) => {
      const listed = await listedPlurals(conn, gv);
      if (listed === undefined) return;
      for (const def of defs.filter((d) => d.groupVersion === gv)) {
        if (listed === 'not-served') verdicts.set(def.key, { served: false, detail: `404 on ${gv}` });
        else if (listed.has(def.plural)) verdicts.set(def.key, { served: true });
        else verdicts.set(def.key, { served: false, detail: `${def.plural} is absent from ${gv} discovery` });
      }
    }),
  );
  return verdicts;
}

/** The plurals a group version lists, `not-served` on 404, undefined when discovery gave no answer. */
async function listedPlurals(conn: Connection, groupVersion: string): Promise<Set<string> | 'not-served' | undefined> {
  try {
    const list = await kubeGetJson<APIResourceList>(conn, groupVersion, { timeoutMs: 15_000 });
    return new Set((list.resources ?? []).map((r) => r.name ?? '').filter((name) => name && !name.includes('/')));
  } catch (error) {
    return describeKubeError(error).status === 404 ? 'not-served' : undefined;
  }
}
