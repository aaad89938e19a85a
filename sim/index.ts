/**
 * `startSim`: the demo cluster as a library (tests, `npm run demo`): an HTTPS Kubernetes API on 127.0.0.1
 * serving a ClusterSource, a loopback admin endpoint, and a kubeconfig written for both clients.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createAdminServer, builtinAdminRoutes, objectAdminRoutes, type AdminHandler } from './server/admin';
import { createApiServer } from './server/api-server';
import { faultAdminRoutes, type Faults } from './server/faults';
import { cadvisorRoute, createCadvisorExposition } from './server/cadvisor';
import { servedAdminRoutes, type Served } from './server/served';
import { recordsFor, startDnsServer, type RunningDns } from './dns';
import type { StatsSnapshot } from './server/stats';
import type { SimArgs } from './args';
import { writeKubeconfig } from './kubeconfig';
import { generateTls } from './tls';
import type { ClusterSource } from './types';

export interface SimOptions extends SimArgs {
  /** Serve this source instead of building one from `nodes`/`seed`/`scenario` or `dump`. */
  source?: ClusterSource;
  /** Bearer token; random when absent. */
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
  token: string;
  caPem: string;
  source: ClusterSource;
  /** The API server's fault injection (the admin endpoint's `/faults` drives the same object). */
  faults: Faults;
  /** Which resources the API server serves (the admin endpoint's `/served` drives the same object). */
  served: Served;
  stats(): StatsSnapshot;
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
  const tls = generateTls();
  const api = createApiServer({ ...opts, source, token, keyPem: tls.keyPem, certPem: tls.certPem });
  const port = await api.listen(opts.port ?? 0);
  const store = api.ctx.store.mutator();
  const cadvisor = createCadvisorExposition(source, (pod) => (store.get('v1', 'Pod', 'kube-system', pod)?.spec as { nodeName?: string } | undefined)?.nodeName);
  const routes = new Map([
    ...builtinAdminRoutes(api.ctx.stats, api.ctx.watches),
    ...faultAdminRoutes(api.faults),
    ...servedAdminRoutes(api.served),
    ...objectAdminRoutes(store),
    ['GET /metrics/cadvisor', cadvisorRoute(cadvisor)] as const,
    ...(opts.adminRoutes ?? []),
  ]);
  const admin = createAdminServer(routes);
  let adminPort: number;
  try {
    adminPort = await listen(admin, opts.adminPort ?? (opts.port ? port + 1 : 0));
  } catch (err) {
    await api.close();
    throw err;
  }
  let dns: RunningDns;
  try {
    // Degraded: CoreDNS is crash-looping, so the cluster DNS answers SERVFAIL like a broken CoreDNS.
    dns = await startDnsServer({ records: recordsFor(source.objects), mode: opts.scenario === 'degraded' ? 'servfail' : 'ok', port: opts.dnsPort ?? 0 });
  } catch (err) {
    await Promise.all([api.close(), new Promise<void>((done) => admin.close(() => done()))]);
    throw err;
  }
  const url = `https://127.0.0.1:${port}`;
  const kubeconfigPath = resolve(opts.kubeconfig ?? '.sim/kubeconfig');
  writeKubeconfig(kubeconfigPath, { name: source.name, server: url, caPem: tls.caPem, token });
  if (api.ctx.store.ignoredKinds.size > 0) {
    console.warn(`sim: not served (unknown kinds): ${[...api.ctx.store.ignoredKinds].join(', ')}`);
  }
  if (!opts.quiet) {
    console.log(`kubesys demo cluster "${source.name}" at ${url} (admin http://127.0.0.1:${adminPort}, DNS udp ${dns.address}); kubeconfig ${kubeconfigPath}; export KUBECONFIG=${kubeconfigPath}`);
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
    caPem: tls.caPem,
    source,
    faults: api.faults,
    served: api.served,
    stats: () => api.ctx.stats.snapshot(),
    close: async () => {
      await Promise.all([api.close(), new Promise<void>((done) => admin.close(() => done())), dns.close()]);
    },
  };
}
