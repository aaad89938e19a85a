/**
 * What every request handler shares: the store, the source, request statistics and server options.
 */
import type { ClusterSource, HealthCheck } from '../types';
import type { Faults } from './faults';
import type { ResourceDef } from './resources';
import type { Served } from './served';
import type { Stats } from './stats';
import type { Store } from './store';

export interface ServerOptions {
  /** Interval of BOOKMARK events on watches that allow them (the real server sends about one a minute). */
  bookmarkIntervalMs: number;
  /** How often `follow=true` log streams poll `source.logs` for new lines. */
  logPollMs: number;
  /** `host:port` advertised in `/api`'s serverAddressByClientCIDRs. */
  serverAddress: string;
}

export interface ServerContext {
  store: Store;
  source: ClusterSource;
  stats: Stats;
  options: ServerOptions;
  /** Checks served when the source has no `health()`: the healthy lists of fixtures/health. */
  defaultHealth: { readyz: HealthCheck[]; livez: HealthCheck[] };
  /** Ends every open stream (watches, log follows) when the server closes. */
  streams: Set<() => void>;
  /** Ends each open watch (a subset of `streams`), for the admin endpoint's "drop watches". */
  watches: Set<() => void>;
  /** Injected faults (sim/server/faults.ts); absent in tests that build a context by hand. */
  faults?: Faults;
  /** Which resources are served (sim/server/served.ts); absent in tests that build a context by hand: all. */
  served?: Served;
}

/** A request for a resource path, parsed by the router. */
export interface ResourceRequest {
  def: ResourceDef;
  namespace?: string;
  name?: string;
  subresource?: string;
  query: URLSearchParams;
  /** The client asked for a meta.k8s.io Table (`Accept: …;as=Table;…`), as `kubectl get` does. */
  wantsTable: boolean;
}
