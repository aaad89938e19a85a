/**
 * Token sign-in sessions, held by the server: the cookie carries only a random id, and a session is
 * valid while this process knows the id, it has not expired, and the access token it was opened with is
 * still the token. So sign-out ends a session for good (the cookie stops working), and rotating the
 * token ends every session. Sessions live in this process's memory: a restart signs everyone out, and
 * with several replicas the Ingress keeps a browser on one (deploy/ingress.yaml, cookie affinity).
 */
import { createHash, randomBytes } from 'node:crypto';

const VERSION = 'v2';
/** Sessions kept at most; the oldest go first. A shared-token dashboard has few. */
const MAX_SESSIONS = 10_000;

interface Session {
  expiresAtMs: number;
  /** Which token opened it (a hash; the token itself is never kept here). */
  tokenHash: string;
}

const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64url');

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly maxSessions = MAX_SESSIONS) {}

  /** Opens a session; the value is `v2.<256 random bits>` and says nothing about the token. */
  create(token: string, nowMs: number, ttlMs: number): string {
    this.prune(nowMs);
    while (this.sessions.size >= this.maxSessions) this.sessions.delete(this.sessions.keys().next().value!);
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, { expiresAtMs: nowMs + ttlMs, tokenHash: hash(token) });
    return `${VERSION}.${id}`;
  }

  /** True while the session is open, unexpired and was opened with `token`. */
  verify(value: string | undefined, token: string, nowMs: number): boolean {
    const session = this.sessions.get(idOf(value) ?? '');
    if (!session || !token) return false;
    if (session.expiresAtMs <= nowMs) {
      this.sessions.delete(idOf(value)!);
      return false;
    }
    return session.tokenHash === hash(token);
  }

  /** Ends a session; true when it was open. */
  revoke(value: string | undefined): boolean {
    return this.sessions.delete(idOf(value) ?? '');
  }

  /**
   * A short, stable handle for logs (`3fa2c1d0`): names a session across log lines without being
   * one (a hash of the id, not the id), or undefined when the value is not an open session.
   */
  handle(value: string | undefined): string | undefined {
    const id = idOf(value);
    return id && this.sessions.has(id) ? hash(`log:${id}`).slice(0, 8) : undefined;
  }

  get size(): number {
    return this.sessions.size;
  }

  private prune(nowMs: number): void {
    for (const [id, session] of this.sessions) if (session.expiresAtMs <= nowMs) this.sessions.delete(id);
  }
}

function idOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^v2\.([A-Za-z0-9_-]{43})$/.exec(value);
  return match?.[1];
}

const STORE = Symbol.for('kubesys.sessions');

/** The process's sessions, shared by the proxy and every route bundle (Next.js loads modules per bundle). */
export function getSessionStore(): SessionStore {
  const holder = globalThis as Record<symbol, SessionStore | undefined>;
  holder[STORE] ??= new SessionStore();
  return holder[STORE];
}
