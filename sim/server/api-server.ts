/**
 * The HTTPS API server: wires a ClusterSource into a store, the router and the ticker, authenticates and
 * logs every request, and closes everything (open watches and log streams included) on demand.
 */
import { createServer, type Server } from 'node:https';
import type { Socket } from 'node:net';
import type { SimAuth } from '../auth/index';
import type { ClusterSource, KObject } from '../types';
import type { ServerContext, ServerOptions } from './context';
import { Faults, type FaultConfig } from './faults';
import { loadDefaultHealth } from './health';
import { RequestLog } from './request-log';
import { routeRequest } from './router';
import { Served, type ServedConfig } from './served';
import { Stats } from './stats';
import { Store, type StoreOptions } from './store';
import { startTicker } from './ticker';

export interface ApiServerOptions extends StoreOptions, Partial<Omit<ServerOptions, 'serverAddress'>> {
  source: ClusterSource;
  auth: SimAuth;
  keyPem: string;
  certPem: string;
  /** Tick interval; 0 disables ticking (tests drive the mutator themselves). */
  tickMs?: number;
  /** Faults in effect from the start (`--fault-*` flags); changed later through `faults.apply`. */
  faults?: Partial<FaultConfig>;
  /** Resources served from the start (`--serve-only`, `--unserved`); changed later through `served.apply`. */
  served?: Partial<ServedConfig>;
  /** Behind `--proxy`: reset every connection to the port; only tunnels handed to `adopt` get in. */
  tunnelsOnly?: boolean;
}

export interface ApiServer {
  server: Server;
  ctx: ServerContext;
  faults: Faults;
  served: Served;
  /** Every request with its status and identity (admin `GET /requests`). */
  requests: RequestLog;
  /** Serve a connection that arrived another way (the CONNECT proxy's tunnel). */
  adopt(socket: Socket): void;
  /** Connections reset because they did not come through a tunnel (`tunnelsOnly`). */
  refusedDirect(): number;
  /** Listen on 127.0.0.1:`port` (0 = any free port); resolves to the bound port. */
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * Build the API server over `opts.source`: its objects are loaded with resourceVersions (plus the four
 * namespaces every cluster has), and `tick` runs about once a second once listening, as a live cluster moves.
 */
export function createApiServer(opts: ApiServerOptions): ApiServer {
  const store = new Store(opts);
  store.load([...opts.source.objects, ...missingNamespaces(opts.source.objects)]);
  const ctx: ServerContext = {
    store,
    source: opts.source,
    stats: new Stats(),
    options: { bookmarkIntervalMs: opts.bookmarkIntervalMs ?? 10_000, logPollMs: opts.logPollMs ?? 300, serverAddress: '127.0.0.1:0' },
    defaultHealth: loadDefaultHealth(),
    streams: new Set(),
    watches: new Set(),
  };
  const faults = new Faults(ctx, opts.faults);
  ctx.faults = faults;
  const served = new Served(opts.served, opts.source.served);
  ctx.served = served;
  // What the server serves changed (as after a restart with other flags): clients re-watch and learn it.
  served.onChange = () => {
    for (const stop of [...ctx.watches]) stop();
  };
  const requests = new RequestLog();
  const server = createServer({ ...opts.auth.serverTls, key: opts.keyPem, cert: opts.certPem }, (req, res) => {
    const identify = requests.begin(req, res);
    // Authenticated when routed (after an injected delay), so an expiry during the delay counts, as it would.
    const route = () => {
      const who = opts.auth.authenticate(req);
      identify(who);
      routeRequest(ctx, who, req, res);
    };
    const delay = faults.latency();
    if (delay > 0) setTimeout(route, delay);
    else route();
  });
  const tunnels = new WeakSet<Socket>();
  let refusedDirect = 0;
  if (opts.tunnelsOnly) {
    server.on('connection', (socket: Socket) => {
      if (tunnels.has(socket)) return;
      refusedDirect += 1;
      socket.destroy();
    });
  }
  server.keepAliveTimeout = 65_000;
  // closeAllConnections misses TLS sockets the HTTP layer has not adopted yet (mid-handshake, or idle
  // after a client aborted); track raw sockets so close() never waits on a client's keep-alive pool.
  const sockets = new Set<import('node:stream').Duplex>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  let stopTicker = () => {};
  let boundPort = 0;
  let closed = false;
  const bind = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as { port: number }).port);
      });
    });
  // The `down` fault: stop listening (new connections are refused) and reset every open one; the
  // simulation keeps ticking meanwhile, as a cluster does while its API server is unreachable.
  const downSwitch = {
    down: () => {
      if (!server.listening) return;
      server.close();
      for (const socket of sockets) socket.destroy();
      for (const stop of [...ctx.streams]) stop();
    },
    up: async () => {
      if (closed || server.listening || boundPort === 0) return;
      await bind(boundPort);
    },
  };
  faults.attach(downSwitch);
  return {
    server,
    ctx,
    faults,
    served,
    requests,
    adopt: (socket) => {
      tunnels.add(socket);
      server.emit('connection', socket);
    },
    refusedDirect: () => refusedDirect,
    listen: async (port) => {
      const bound = await bind(port);
      boundPort = bound;
      ctx.options.serverAddress = `127.0.0.1:${bound}`;
      if (opts.tickMs !== 0) stopTicker = startTicker(opts.source, store, opts.tickMs ?? 1000);
      // Started with --fault-down: the port is taken (and known), then refused until the fault is lifted.
      if (faults.config.down) downSwitch.down();
      return bound;
    },
    close: () =>
      new Promise((resolve) => {
        closed = true;
        stopTicker();
        faults.stop();
        for (const stop of [...ctx.streams]) stop();
        if (server.listening) server.close(() => resolve());
        else resolve();
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** The namespaces every cluster has; clients sometimes GET them, and a dump rarely carries them. */
function missingNamespaces(objects: KObject[]): KObject[] {
  const present = new Set(objects.filter((o) => o.kind === 'Namespace' && o.apiVersion === 'v1').map((o) => o.metadata.name));
  return ['default', 'kube-node-lease', 'kube-public', 'kube-system']
    .filter((name) => !present.has(name))
    .map((name) => ({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    }));
}
