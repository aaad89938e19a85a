/**
 * Fault injection for the demo cluster: what a misbehaving API server does to its clients. Set by flags
 * (`--fault-*`, parsed in sim/args.ts) and changed while running through the loopback admin endpoint
 * (`GET /faults`, `PUT /faults` with a partial JSON body, `POST /faults/reset`). Faulted requests are still
 * counted in `/stats`, so tests can bound what a client sends while the server misbehaves.
 */
import type { Store } from './store';
import { adminJson, type AdminHandler } from './admin';
import { ODD_OBJECTS } from './odd-objects';
import { StatusError } from './status';

export interface FaultConfig {
  /** Delay before every API request is handled (watches included), in ms. */
  latencyMs: number;
  /** Share of API requests answered with each status instead, e.g. `{ "503": 0.2, "429": 0.1 }`. */
  errorRates: Record<string, number>;
  /** End every open watch this often (0 = never), as a flaky proxy or a restarting API server does. */
  dropWatchesEverySec: number;
  /** Every watch that resumes from a resourceVersion gets ERROR 410 Expired, as after a compaction. */
  expireRv: boolean;
  /**
   * Resources answered 403 with the real RBAC message: plurals (`events`, `pods`), `plural.group`
   * (`leases.coordination.k8s.io`), subresources (`pods/log`), or `metrics` for all of metrics.k8s.io.
   */
  forbid: string[];
  /** metrics.k8s.io leaves discovery and its paths answer 404, as when metrics-server is uninstalled. */
  metricsGone: boolean;
  /** The whole API server is down: it stops listening and resets every open connection. */
  down: boolean;
  /** Serve extra kube-system objects with missing and odd fields (no status, null labels, unicode, …). */
  oddObjects: boolean;
}

export const DEFAULT_FAULTS: FaultConfig = {
  latencyMs: 0,
  errorRates: {},
  dropWatchesEverySec: 0,
  expireRv: false,
  forbid: [],
  metricsGone: false,
  down: false,
  oddObjects: false,
};

/**
 * What faults act on: the store (odd objects come and go) and the open watches (dropped). The part of
 * the server's context they need, named here so the context can hold the faults without an import loop.
 */
export interface FaultTarget {
  store: Store;
  watches: Set<() => void>;
}

/** The identity the RBAC messages name: kubesys's in-cluster ServiceAccount. */
export const FAULT_USER = 'system:serviceaccount:kubesys:kubesys';

/** Validate a partial configuration (flags or a PUT body); throws an Error naming the bad field. */
export function parseFaultPatch(input: unknown): Partial<FaultConfig> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('expected a JSON object');
  const out: Partial<FaultConfig> = {};
  for (const [key, value] of Object.entries(input)) {
    switch (key) {
      case 'latencyMs':
      case 'dropWatchesEverySec':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 600_000) throw new Error(`${key}: expected a number from 0 to 600000`);
        out[key] = value;
        break;
      case 'expireRv':
      case 'metricsGone':
      case 'down':
      case 'oddObjects':
        if (typeof value !== 'boolean') throw new Error(`${key}: expected true or false`);
        out[key] = value;
        break;
      case 'forbid':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0)) throw new Error('forbid: expected an array of resource names');
        out.forbid = value as string[];
        break;
      case 'errorRates': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('errorRates: expected an object like {"503": 0.2}');
        const rates: Record<string, number> = {};
        let sum = 0;
        for (const [code, rate] of Object.entries(value as Record<string, unknown>)) {
          if (!/^[45]\d\d$/.test(code)) throw new Error(`errorRates: "${code}" is not a 4xx or 5xx status`);
          if (typeof rate !== 'number' || rate < 0 || rate > 1) throw new Error(`errorRates: the rate of ${code} must be from 0 to 1`);
          rates[code] = rate;
          sum += rate;
        }
        if (sum > 1 + 1e-9) throw new Error('errorRates: the rates add up to more than 1');
        out.errorRates = rates;
        break;
      }
      default:
        throw new Error(`unknown fault "${key}" (faults: ${Object.keys(DEFAULT_FAULTS).join(', ')})`);
    }
  }
  return out;
}

/** `503:0.2,429:0.1` → `{ "503": 0.2, "429": 0.1 }` (the `--fault-error-rate` flag). */
export function parseErrorRates(text: string): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d{3}):(\d*\.?\d+)$/.exec(part);
    if (!m) throw new Error(`expected CODE:RATE pairs like 503:0.2,429:0.1, got "${part}"`);
    rates[m[1]] = Number(m[2]);
  }
  return parseFaultPatch({ errorRates: rates }).errorRates!;
}

const REASONS: Record<number, string> = {
  429: 'TooManyRequests',
  500: 'InternalError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

const MESSAGES: Record<number, string> = {
  429: 'Too many requests, please try again later.',
  500: 'Internal error occurred: injected fault',
  503: 'the server is currently unable to handle the request',
  504: 'the server was unable to return a response in the time allotted, but may still be processing the request',
};

/** What the server needs from outside to go down and come back. */
export interface DownSwitch {
  down(): void;
  up(): Promise<void>;
}

/** The live fault state of one demo API server. */
export class Faults {
  private cfg: FaultConfig = structuredClone(DEFAULT_FAULTS);
  private dropTimer?: NodeJS.Timeout;
  private downSwitch?: DownSwitch;
  private oddServed = false;
  /** Faults injected so far, by kind (`503`, `429`, `403`, `410`, `dropped-watches`, …). */
  readonly injected: Record<string, number> = {};
  /** Random source; tests may replace it. */
  random: () => number = Math.random;

  constructor(
    private readonly ctx: FaultTarget,
    initial: Partial<FaultConfig> = {},
  ) {
    void this.apply(initial);
  }

  /** Called once the API server can stop and restart its listener. */
  attach(sw: DownSwitch): void {
    this.downSwitch = sw;
    if (this.cfg.down) sw.down();
  }

  get config(): FaultConfig {
    return structuredClone(this.cfg);
  }

  private bump(kind: string): void {
    this.injected[kind] = (this.injected[kind] ?? 0) + 1;
  }

  /** Apply a partial update; resolves once the server is listening again when `down` turned false. */
  async apply(patch: Partial<FaultConfig>): Promise<FaultConfig> {
    const before = this.cfg;
    this.cfg = { ...before, ...structuredClone(patch) };
    if (this.cfg.dropWatchesEverySec !== before.dropWatchesEverySec || !this.dropTimer) this.scheduleDrops();
    if (this.cfg.oddObjects !== this.oddServed) this.serveOddObjects(this.cfg.oddObjects);
    if (this.downSwitch && this.cfg.down !== before.down) {
      if (this.cfg.down) {
        this.bump('down');
        this.downSwitch.down();
      } else await this.downSwitch.up();
    }
    return this.config;
  }

  reset(): Promise<FaultConfig> {
    return this.apply(structuredClone(DEFAULT_FAULTS));
  }

  stop(): void {
    if (this.dropTimer) clearInterval(this.dropTimer);
    this.dropTimer = undefined;
  }

  /** Delay before handling a request, in ms. */
  latency(): number {
    return this.cfg.latencyMs;
  }

  /** An injected error status for this request, drawn from `errorRates`, or undefined. */
  injectedError(): StatusError | undefined {
    const rates = Object.entries(this.cfg.errorRates);
    if (rates.length === 0) return undefined;
    let roll = this.random();
    for (const [code, rate] of rates) {
      if (roll < rate) {
        const status = Number(code);
        this.bump(code);
        return new StatusError(status, REASONS[status] ?? (status >= 500 ? 'InternalError' : 'BadRequest'), MESSAGES[status] ?? `injected fault ${status}`, {});
      }
      roll -= rate;
    }
    return undefined;
  }

  /**
   * 403 for a forbidden resource, with the message the real authorizer writes. `resource` is the plural,
   * `group` its API group ('' for core), `verb` list/watch/get; `subresource` e.g. `log`.
   */
  forbidden(verb: string, resource: string, group: string, namespace: string | undefined, subresource?: string): StatusError | undefined {
    const names = [resource, group ? `${resource}.${group}` : resource, subresource ? `${resource}/${subresource}` : ''];
    const hit = this.cfg.forbid.some((f) => (f === 'metrics' ? group === 'metrics.k8s.io' : names.includes(f)));
    if (!hit) return undefined;
    this.bump('403');
    const what = `${group ? `${resource}.${group}` : resource}${subresource ? `/${subresource}` : ''}`;
    const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
    const res = subresource ? `${resource}/${subresource}` : resource;
    return new StatusError(
      403,
      'Forbidden',
      `${what} is forbidden: User "${FAULT_USER}" cannot ${verb} resource "${res}" in API group "${group}" ${scope}`,
      { kind: resource, ...(group ? { group } : {}) },
    );
  }

  /** Whether a watch resuming from a resourceVersion must be told 410 Expired. */
  expireResume(): boolean {
    if (!this.cfg.expireRv) return false;
    this.bump('410');
    return true;
  }

  metricsGone(): boolean {
    return this.cfg.metricsGone;
  }

  private scheduleDrops(): void {
    if (this.dropTimer) clearInterval(this.dropTimer);
    this.dropTimer = undefined;
    const every = this.cfg.dropWatchesEverySec;
    if (every <= 0) return;
    this.dropTimer = setInterval(() => {
      const open = [...this.ctx.watches];
      if (open.length) this.injected['dropped-watches'] = (this.injected['dropped-watches'] ?? 0) + open.length;
      for (const stop of open) stop();
    }, every * 1000);
    this.dropTimer.unref();
  }

  private serveOddObjects(on: boolean): void {
    const m = this.ctx.store.mutator();
    for (const obj of ODD_OBJECTS) {
      if (on) m.upsert(structuredClone(obj));
      else if (m.get(obj.apiVersion, obj.kind, obj.metadata.namespace, obj.metadata.name)) m.remove(obj.apiVersion, obj.kind, obj.metadata.namespace, obj.metadata.name);
    }
    this.oddServed = on;
  }
}

/** `GET /faults`, `PUT /faults` (partial JSON; 400 naming a bad field), `POST /faults/reset`. */
export function faultAdminRoutes(faults: Faults): Map<string, AdminHandler> {
  const view = () => ({ faults: faults.config, injected: { ...faults.injected } });
  return new Map<string, AdminHandler>([
    ['GET /faults', (_req, res) => adminJson(res, 200, view())],
    [
      'PUT /faults',
      async (_req, res, body) => {
        let patch: Partial<FaultConfig>;
        try {
          patch = parseFaultPatch(JSON.parse(body || '{}'));
        } catch (err) {
          return adminJson(res, 400, { error: err instanceof Error ? err.message : String(err) });
        }
        await faults.apply(patch);
        adminJson(res, 200, view());
      },
    ],
    [
      'POST /faults/reset',
      async (_req, res) => {
        await faults.reset();
        adminJson(res, 200, view());
      },
    ],
  ]);
}
