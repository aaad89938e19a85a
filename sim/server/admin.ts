/**
 * The admin endpoint: plain HTTP on loopback, a separate port from the API. A route table keyed by
 * "METHOD /path" so later issues (fault injection) add routes without touching the dispatcher.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KObject, Mutator } from '../types';
import type { Stats } from './stats';

export type AdminHandler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export function adminJson(res: ServerResponse, code: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * The built-in routes: `GET /stats`, `POST /stats/reset`, and `POST /watches/drop`, which ends every open
 * watch as an API server restart or a proxy's idle timeout does (clients must resume or relist).
 */
export function builtinAdminRoutes(stats: Stats, watches: Set<() => void>): Map<string, AdminHandler> {
  return new Map<string, AdminHandler>([
    ['GET /stats', (_req, res) => adminJson(res, 200, stats.snapshot())],
    [
      'POST /stats/reset',
      (_req, res) => {
        stats.reset();
        adminJson(res, 200, stats.snapshot());
      },
    ],
    [
      'POST /watches/drop',
      (_req, res) => {
        const dropped = watches.size;
        for (const stop of [...watches]) stop();
        adminJson(res, 200, { dropped });
      },
    ],
  ]);
}

/** An HTTP server dispatching `METHOD /path` to `routes`; unknown routes are 404, handler errors 500. */
export function createAdminServer(routes: Map<string, AdminHandler>): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://admin').pathname;
      const handler = routes.get(`${req.method} ${path}`);
      if (!handler) return adminJson(res, 404, { error: `no admin route ${req.method} ${path}`, routes: [...routes.keys()] });
      Promise.resolve(handler(req, res, Buffer.concat(chunks).toString('utf8'))).catch((err: unknown) =>
        adminJson(res, 500, { error: err instanceof Error ? err.message : String(err) }),
      );
    });
  });
}

/**
 * `PUT /objects`: replace (or create) one object in the demo cluster, as a controller or the kubelet
 * would, so tests can make a pod crash and watch the dashboard notice. Loopback admin only: the
 * Kubernetes API itself stays read-only.
 */
export function objectAdminRoutes(mutator: Mutator): Map<string, AdminHandler> {
  return new Map<string, AdminHandler>([
    [
      'PUT /objects',
      (_req, res, body) => {
        let obj: KObject;
        try {
          obj = JSON.parse(body) as KObject;
        } catch {
          return adminJson(res, 400, { error: 'body must be one Kubernetes object as JSON' });
        }
        if (!obj?.apiVersion || !obj.kind || !obj.metadata?.name) {
          return adminJson(res, 400, { error: 'the object needs apiVersion, kind and metadata.name' });
        }
        mutator.upsert(obj);
        const stored = mutator.get(obj.apiVersion, obj.kind, obj.metadata.namespace, obj.metadata.name);
        adminJson(res, 200, { resourceVersion: stored?.metadata.resourceVersion });
      },
    ],
    [
      // `DELETE /objects` with `{ apiVersion, kind, namespace?, name }`: the object is gone, as after `kubectl delete`.
      'DELETE /objects',
      (_req, res, body) => {
        let ref: { apiVersion?: string; kind?: string; namespace?: string; name?: string };
        try {
          ref = JSON.parse(body) as typeof ref;
        } catch {
          return adminJson(res, 400, { error: 'body must be JSON: { apiVersion, kind, namespace, name }' });
        }
        if (!ref?.apiVersion || !ref.kind || !ref.name) return adminJson(res, 400, { error: 'apiVersion, kind and name are required' });
        if (!mutator.get(ref.apiVersion, ref.kind, ref.namespace, ref.name)) return adminJson(res, 404, { error: `no ${ref.kind} ${ref.name}` });
        mutator.remove(ref.apiVersion, ref.kind, ref.namespace, ref.name);
        adminJson(res, 200, { deleted: ref.name });
      },
    ],
  ]);
}
