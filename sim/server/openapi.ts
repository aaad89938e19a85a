/**
 * A minimal OpenAPI v3 (`/openapi/v3` and one document per group version): just enough for kubectl's
 * field-validation check, so `kubectl apply`/`create` reach the server and get its 405 instead of
 * stopping at "failed to download openapi". No schemas are served; `/openapi/v2` stays 404.
 */
import { RESOURCES, groupVersionOf, type ResourceDef } from './resources';

function gvPath(gv: string): string {
  return gv.includes('/') ? `apis/${gv}` : `api/${gv}`;
}

/** `GET /openapi/v3`: the index of group-version documents, as the real server lists them. */
export function openapiIndex(): Record<string, unknown> {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const r of RESOURCES) {
    const p = gvPath(groupVersionOf(r));
    paths[p] = { serverRelativeURL: `/openapi/v3/${p}` };
  }
  return { paths };
}

function objectPath(r: ResourceDef): string {
  const prefix = `/${gvPath(groupVersionOf(r))}`;
  return r.namespaced ? `${prefix}/namespaces/{namespace}/${r.plural}/{name}` : `${prefix}/${r.plural}/{name}`;
}

/**
 * `GET /openapi/v3/<api/v1|apis/g/v>`: PATCH operations tagged with `x-kubernetes-group-version-kind` and
 * the `fieldValidation` query parameter, which is what kubectl's QueryParamVerifierV3 looks for.
 */
export function openapiDocument(path: string): Record<string, unknown> | undefined {
  const defs = RESOURCES.filter((r) => !r.viewOf && gvPath(groupVersionOf(r)) === path);
  if (defs.length === 0) return undefined;
  const paths: Record<string, unknown> = {};
  for (const r of defs) {
    paths[objectPath(r)] = {
      patch: {
        description: `partially update the specified ${r.kind} (refused: the demo cluster is read-only)`,
        operationId: `patch${r.kind}`,
        parameters: [{ name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } }],
        responses: { '405': { description: 'MethodNotAllowed' } },
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': { group: r.group, version: r.version, kind: r.kind },
      },
    };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'unversioned' }, paths, components: { schemas: {} } };
}
