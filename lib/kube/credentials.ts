/**
 * The credential each connection sends, kept fresh: fetched again before it expires (exec
 * `expirationTimestamp`, client certificate `notAfter`, files every minute), and after a 401 fetched once
 * more, shared by every request that saw the 401. Each credential carries the connection pool its
 * client certificate needs, so rotated certificate files get a new pool.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { log } from '@/lib/log';
import type { Connection } from './connection';
import { loadCredential, type LoadedCredential } from './credential-load';
import { createDispatcher } from './transport';

export interface Credential extends LoadedCredential {
  dispatcher: Dispatcher;
  /** Bumped on every fetch: a 401 on an older generation means someone already fetched a newer one. */
  generation: number;
  /** Hash of what authenticates (headers and certificate): equal means a retry would be refused again. */
  fingerprint: string;
}

/**
 * A server that refuses every credential must not make us run the exec plugin per request: after a
 * 401, a fresh credential is fetched at most this often (other 401s meanwhile are answered without retry).
 */
export const MIN_FORCED_REFRESH_MS = 5_000;
/** When a refresh fails while the current credential is still valid, keep it and try again after this long. */
const RETRY_FAILED_REFRESH_MS = 5_000;
/** An old connection pool closes after this long: requests that picked it up just before a rotation finish first. */
const RETIRED_POOL_CLOSE_MS = 60_000;

export class ConnectionCredentials {
  private current?: Credential;
  private pending?: Promise<Credential>;
  private lastForcedAtMs = -Infinity;
  private generation = 0;
  private pools = new Map<string, Dispatcher>();

  constructor(private readonly conn: Connection) {}

  /** The credential to send now; fetched first when there is none or it is due. */
  async get(): Promise<Credential> {
    if (this.current && Date.now() < this.current.refreshAtMs) return this.current;
    return this.fetch();
  }

  /**
   * After the API server answered 401 to `rejected`: a newer credential if another request already
   * fetched one, else a fresh fetch (at most one per MIN_FORCED_REFRESH_MS). The caller retries only
   * when the fingerprint changed, so a 401 costs at most one retry and never a loop.
   */
  async refreshAfter401(rejected: Credential): Promise<Credential> {
    if (this.current && this.current.generation > rejected.generation) return this.current;
    if (this.pending) return this.pending;
    if (Date.now() - this.lastForcedAtMs < MIN_FORCED_REFRESH_MS) return this.current ?? rejected;
    this.lastForcedAtMs = Date.now();
    return this.fetch();
  }

  /** Closes every pool and forgets the credential (the connection is being disposed). */
  close(): void {
    for (const pool of this.pools.values()) void pool.close().catch(() => {});
    this.pools.clear();
    this.current = undefined;
  }

  private fetch(): Promise<Credential> {
    this.pending ??= this.load().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async load(): Promise<Credential> {
    let loaded: LoadedCredential;
    try {
      loaded = await loadCredential(this.conn);
    } catch (error) {
      const current = this.current;
      if (!current || Date.now() >= current.expiresAtMs) throw error;
      // Still valid: keep sending it, and try again shortly (a plugin's hiccup is not an outage).
      log.warn('could not refresh the cluster credential; the current one is still valid', { error: (error as Error).message });
      this.current = { ...current, refreshAtMs: Math.min(current.expiresAtMs, Date.now() + RETRY_FAILED_REFRESH_MS) };
      return this.current;
    }
    const certKey = loaded.clientCert ? hash(loaded.clientCert.cert, loaded.clientCert.key) : '';
    this.current = {
      ...loaded,
      dispatcher: this.pool(certKey, loaded),
      generation: ++this.generation,
      fingerprint: hash(JSON.stringify(loaded.headers), certKey),
    };
    return this.current;
  }

  /** One pool per client certificate; the previous one retires when the certificate changes. */
  private pool(certKey: string, loaded: LoadedCredential): Dispatcher {
    const existing = this.pools.get(certKey);
    if (existing) return existing;
    const cluster = this.conn.kc.getCurrentCluster();
    const pool = createDispatcher(cluster ?? { server: this.conn.server }, loaded.clientCert);
    for (const [key, old] of this.pools) {
      this.pools.delete(key);
      setTimeout(() => void old.close().catch(() => {}), RETIRED_POOL_CLOSE_MS).unref();
    }
    this.pools.set(certKey, pool);
    return pool;
  }
}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');

const registry = new WeakMap<Connection, ConnectionCredentials>();

/** The connection's credentials, created on first use and shared by every request on it. */
export function credentialsOf(conn: Connection): ConnectionCredentials {
  let credentials = registry.get(conn);
  if (!credentials) {
    credentials = new ConnectionCredentials(conn);
    registry.set(conn, credentials);
  }
  return credentials;
}
