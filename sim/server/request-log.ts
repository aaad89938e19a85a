/**
 * Every API request with the status it was answered and who sent it, in arrival order and bounded, so a
 * test can read what a client really sent (e.g. "no 401 after the first successful request").
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { adminJson, type AdminHandler } from './admin';

/** Who a request authenticated as; `credential` tells one token or certificate from the next. */
export type Identity = { user: string; credential: string } | 'anonymous' | { rejected: string; credential?: string };

export interface RequestLogEntry {
  seq: number;
  /** Arrival time, ISO 8601. */
  at: string;
  method: string;
  /** Path and query as sent. */
  path: string;
  /** The status answered; 0 while no answer has been sent (a request still waiting on a latency fault). */
  status: number;
  user?: string;
  credential?: string;
  /** Why the credential was refused (401s only); `credential` is set when it was genuine but refused anyway. */
  rejected?: string;
}

export const REQUEST_LOG_MAX_ENTRIES = 50_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  constructor(private readonly maxEntries = REQUEST_LOG_MAX_ENTRIES) {}

  /** Start an entry for `req`; its status is filled in when `res` sends its headers. */
  begin(req: IncomingMessage, res: ServerResponse): (who: Identity) => void {
    const entry: RequestLogEntry = { seq: ++this.seq, at: new Date().toISOString(), method: req.method ?? 'GET', path: req.url ?? '/', status: 0 };
    this.entries.push(entry);
    if (this.entries.length > this.maxEntries) this.entries.splice(0, this.entries.length - this.maxEntries);
    // Every answer passes through writeHead (implicit headers call it too), watches included.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      entry.status = args[0] as number;
      return writeHead(...args);
    }) as ServerResponse['writeHead'];
    return (who) => {
      if (who === 'anonymous') return;
      if ('rejected' in who) Object.assign(entry, { rejected: who.rejected, credential: who.credential });
      else Object.assign(entry, { user: who.user, credential: who.credential });
    };
  }

  /** Entries after sequence number `since` (0: all kept), oldest first. */
  since(since = 0): { entries: RequestLogEntry[]; last: number } {
    return { entries: this.entries.filter((e) => e.seq > since).map((e) => ({ ...e })), last: this.seq };
  }

  reset(): void {
    this.entries = [];
  }
}

/**
 * `GET /requests?since=N` (entries after sequence N, and the last sequence number) and `POST
 * /requests/reset`, on the loopback admin port beside `GET /stats`.
 */
export function requestLogAdminRoutes(log: RequestLog): Map<string, AdminHandler> {
  return new Map<string, AdminHandler>([
    [
      'GET /requests',
      (req, res) => {
        const since = Number(new URL(req.url ?? '/', 'http://admin').searchParams.get('since') ?? 0);
        adminJson(res, 200, log.since(Number.isFinite(since) ? since : 0));
      },
    ],
    [
      'POST /requests/reset',
      (_req, res) => {
        log.reset();
        adminJson(res, 200, log.since());
      },
    ],
  ]);
}
