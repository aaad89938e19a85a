/**
 * `startSim`: the demo cluster as a library (tests, `npm run demo`): an HTTPS Kubernetes API on 127.0.0.1
 * serving a ClusterSource with the `--auth` mode's authentication (optionally only through a CONNECT
 * proxy), a loopback admin endpoint, and a kubeconfig written for both clients.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { authAdminRoutes } from './auth/admin-routes';
import { createSimAuth, type AuthMode } from './auth/index';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';
import { createAdminServer, builtinAdminRoutes, objectAdminRoutes, type AdminHandler } from './server/admin';
import { createApiServer } from './server/api-server';
import { faultAdminRoutes, type Faults } from './server/faults';
import { cadvisorRoute, createCadvisorExposition } from './server/cadvisor';
import { servedAdminRoutes, type Served } from './server/served';
import { recordsFor, startDnsServer, type RunningDns } from './dns';
import { requestLogAdminRoutes, type RequestLogEntry } from './server/request-log';
import type { StatsSnapshot } from './server/stats';
import type { SimArgs } from './args';
import { writeKubeconfig } from './kubeconfig';
import { generateTls } from './tls';
import type { ClusterSource } from './types';

export interface SimOptions extends SimArgs {
  /** Serve this source instead of building one from `nodes`/`seed`/`scenario` or `dump`. */
  source?: ClusterSource;
  /** Bearer token of the token mode; random when absent. */
  token?: string;
  /** Tick interval in ms (default 1000; 0 = never tick). */
  tickMs?: number;
  bookmarkIntervalMs?: number;
  logPollMs?: number;
  historyMaxEvents?: number;
  historyMaxAgeMs?: number;
  /** Extra admin routes keyed `METHOD /path`. */
  adminRoutes?: Map<string, AdminHandler>;
}

export interface RunningSim {
  url: string;
  port: number;
  /** UDP port of the loopback DNS server standing in for CoreDNS (`127.0.0.1:<dnsPort>`). */
  dnsPort: number;
  /** Switch the DNS server between answering, SERVFAIL and silence (tests). */
  dns: Pick<RunningDns, 'setMode'>;
  adminUrl: string;
  kubeconfigPath: string;
  /** The static bearer token; accepted only in the token mode. */
  token: string;
  authMode: AuthMode;
  /** The CONNECT proxy's URL (`--proxy`), the only way in when set. */
  proxyUrl?: string;
  tlsServerName?: string;
  caPem: string;
  source: ClusterSource;
  /** The API server's fault injection (the admin endpoint's `/faults` drives the same object). */
  faults: Faults;
  /** Which resources the API server serves (the admin endpoint's `/served` drives the same object). */
  served: Served;
  stats(): StatsSnapshot;
  /** The request log (admin `GET /requests`): entries after sequence number `since`. */
  requests(since?: number): { entries: RequestLogEntry[]; last: number };
  close(): Promise<void>;
}

/** The source a set of flags describes: a replayed dump, or the simulated kubeadm world. */
export async function sourceFor(opts: SimArgs): Promise<ClusterSource> {
  if (opts.dump !== undefined) {
    const { loadDump } = await import('./dump/index');
    return loadDump(opts.dump);
  }
  const { createWorld } = await import('./world/index');
  return createWorld({ nodes: opts.nodes ?? 4, seed: opts.seed ?? 1, scenario: opts.scenario ?? 'healthy' });
}

function listen(server: import('node:http').Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done((server.address() as AddressInfo).port));
  });
}

/**
 * Start the demo cluster. `port` 0 (the default here) picks a free port; the admin port defaults to
 * port+1, or any free port when `port` is 0. Prints one line unless `quiet`.
 */
export async function startSim(opts: SimOptions = {}): Promise<RunningSim> {
  const source = opts.source ?? (await sourceFor(opts));
  const token = opts.token ?? randomBytes(24).toString('hex');
  const kubeconfigPath = resolve(opts.kubeconfig ?? '.sim/kubeconfig');
  mkdirSync(dirname(kubeconfigPath), { recursive: true });
  const closers: (() => unknown)[] = [];
  const closeAll = () => Promise.all(closers.splice(0).reverse().map((close) => close())).then(() => undefined);
  try {
    const tls = generateTls({ tlsServerName: opts.tlsServerName });
    // After the slow serving certificate, so a short-lived client certificate is fresh when the server starts.
    const auth = await createSimAuth({ mode: opts.auth ?? 'token', token, kubeconfigPath, tokenTtlS: opts.tokenTtlS, clientCertTtlS: opts.clientCertTtlS });
    closers.push(() => auth.close());
    let proxy: ConnectProxy | undefined;
    let proxyStats: (() => Record<string, unknown>) | undefined;
    const api = createApiServer({ ...opts, source, auth, keyPem: tls.keyPem, certPem: tls.certPem, tunnelsOnly: opts.proxy });
    closers.push(() => api.close());
    const port = await api.listen(opts.port ?? 0);
    if (opts.proxy) {
      proxy = await startConnectProxy({ targetPort: port, port: opts.proxyPort, deliver: (socket) => api.adopt(socket) });
      const running = proxy;
      closers.push(() => running.close());
      proxyStats = () => ({ ...running.stats(), refusedDirect: api.refusedDirect() });
    }
    const store = api.ctx.store.mutator();
    const cadvisor = createCadvisorExposition(source, (pod) => (store.get('v1', 'Pod', 'kube-system', pod)?.spec as { nodeName?: string } | undefined)?.nodeName);
    const routes = new Map([
      ...builtinAdminRoutes(api.ctx.stats, api.ctx.watches),
      ...requestLogAdminRoutes(api.requests),
      ...authAdminRoutes(auth, proxyStats),
      ...faultAdminRoutes(api.faults),
      ...servedAdminRoutes(api.served),
      ...objectAdminRoutes(store),
      ['GET /metrics/cadvisor', cadvisorRoute(cadvisor)] as const,
      ...(opts.adminRoutes ?? []),
    ]);
    const admin = createAdminServer(routes);
    const adminPort = await listen(admin, opts.adminPort ?? (opts.port ? port + 1 : 0));
    closers.push(() => new Promise<void>((done) => admin.close(() => done())));
    // Degraded: CoreDNS is crash-looping, so the cluster DNS answers SERVFAIL like a broken CoreDNS.
    const dns = await startDnsServer({ records: recordsFor(source.objects), mode: opts.scenario === 'degraded' ? 'servfail' : 'ok', port: opts.dnsPort ?? 0 });
    closers.push(() => dns.close());
    const url = `https://127.0.0.1:${port}`;
    writeKubeconfig(kubeconfigPath, { name: source.name, server: url, caPem: tls.caPem, user: auth.kubeconfigUser, proxyUrl: proxy?.url, tlsServerName: opts.tlsServerName });
    if (api.ctx.store.ignoredKinds.size > 0) {
      console.warn(`sim: not served (unknown kinds): ${[...api.ctx.store.ignoredKinds].join(', ')}`);
    }
    if (!opts.quiet) {
      const via = [`auth ${auth.mode}`, proxy ? `via proxy ${proxy.url}` : '', opts.tlsServerName ? `TLS name ${opts.tlsServerName}` : ''].filter(Boolean).join(', ');
      console.log(`kubesys demo cluster "${source.name}" at ${url} (${via}; admin http://127.0.0.1:${adminPort}, DNS udp ${dns.address}); kubeconfig ${kubeconfigPath}; export KUBECONFIG=${kubeconfigPath}`);
      if (source.capturedAt) console.log(`a replayed capture, taken at ${source.capturedAt}: export KUBESYS_CAPTURED_AT=${source.capturedAt}`);
    }
    return {
      url,
      port,
      dnsPort: dns.port,
      dns: { setMode: dns.setMode },
      adminUrl: `http://127.0.0.1:${adminPort}`,
      kubeconfigPath,
      token,
      authMode: auth.mode,
      proxyUrl: proxy?.url,
      tlsServerName: opts.tlsServerName,
      caPem: tls.caPem,
      source,
      faults: api.faults,
      served: api.served,
      stats: () => api.ctx.stats.snapshot(),
      requests: (since) => api.requests.since(since),
      close: closeAll,
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}
