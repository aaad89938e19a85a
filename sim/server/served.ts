/**
 * Which resources and health paths the demo API server serves. All of them by default; `--serve-only`,
 * `--unserved` (changeable at run time through the admin port's `/served`) and a replayed capture's own
 * contents leave the rest out of discovery and answer them 404 with a `Status`, as a trimmed, older or
 * aggregated API server does.
 */
import { adminJson, type AdminHandler } from './admin';
import { RESOURCES, type ResourceDef } from './resources';

/** Non-resource paths that can be left unserved (`/version` stays: every client needs it). */
export const HEALTH_PATHS = ['readyz', 'livez', 'healthz'] as const;
export type HealthPath = (typeof HEALTH_PATHS)[number];

export interface ServedConfig {
  /** Serve only these resources (plurals such as `pods`, or `plural.group` such as `deployments.apps`); null: all. */
  only: string[] | null;
  /** Never serve these resources or health paths (`readyz`, `livez`, `healthz`). */
  unserved: string[];
}

export const DEFAULT_SERVED: ServedConfig = { only: null, unserved: [] };

/** The names a resource answers to in `--serve-only` and `--unserved`: its plural and `plural.group`. */
function namesOf(r: Pick<ResourceDef, 'plural' | 'group'>): string[] {
  return r.group ? [r.plural, `${r.plural}.${r.group}`] : [r.plural];
}

const KNOWN = new Set([...RESOURCES.flatMap(namesOf), ...HEALTH_PATHS]);

/** Validate a list of names; throws an Error naming the unknown one and the known names. */
export function parseServedNames(names: unknown, field: string): string[] {
  if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) throw new Error(`${field}: expected an array of resource names`);
  const out = names.map((n: string) => n.trim()).filter(Boolean);
  const unknown = out.find((n) => !KNOWN.has(n));
  if (unknown) throw new Error(`${field}: unknown resource "${unknown}" (known: ${[...KNOWN].sort().join(', ')})`);
  return out;
}

/** Validate a partial configuration (flags or a PUT body). */
export function parseServedPatch(input: unknown): Partial<ServedConfig> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('expected a JSON object like {"only": ["pods", "nodes"], "unserved": []}');
  const out: Partial<ServedConfig> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'only') out.only = value === null ? null : parseServedNames(value, 'only');
    else if (key === 'unserved') out.unserved = parseServedNames(value, 'unserved');
    else throw new Error(`unknown field "${key}" (fields: only, unserved)`);
  }
  return out;
}

/** The live served set of one demo API server. */
export class Served {
  private cfg: ServedConfig = structuredClone(DEFAULT_SERVED);
  private readonly sourceHolds?: Set<string>;
  /** Called after every change (the server ends open watches, as an API server restart does). */
  onChange?: () => void;

  /** `sourceHolds`: the resources and health paths a replayed capture holds (absent: the source has all). */
  constructor(initial: Partial<ServedConfig> = {}, sourceHolds?: readonly string[]) {
    this.sourceHolds = sourceHolds ? new Set(sourceHolds) : undefined;
    this.cfg = { ...this.cfg, ...structuredClone(initial) };
  }

  get config(): ServedConfig {
    return structuredClone(this.cfg);
  }

  apply(patch: Partial<ServedConfig>): ServedConfig {
    this.cfg = { ...this.cfg, ...structuredClone(patch) };
    this.onChange?.();
    return this.config;
  }

  /** Whether a resource is served; a view (events.k8s.io events) also needs the resource it shows. */
  isServed(r: ResourceDef): boolean {
    if (r.viewOf) {
      const base = RESOURCES.find((b) => `${b.group}/${b.plural}` === r.viewOf);
      if (base && !this.isServed(base)) return false;
    }
    const names = namesOf(r);
    if (this.sourceHolds && r.kind !== 'Namespace' && !r.viewOf && !names.some((n) => this.sourceHolds!.has(n))) return false;
    if (this.cfg.only && !names.some((n) => this.cfg.only!.includes(n))) return false;
    return !names.some((n) => this.cfg.unserved.includes(n));
  }

  isHealthServed(path: HealthPath): boolean {
    if (this.sourceHolds && !this.sourceHolds.has(path)) return false;
    return !this.cfg.unserved.includes(path);
  }
}

/** `GET /served`, `PUT /served` (partial JSON; 400 naming a bad field or name). */
export function servedAdminRoutes(served: Served): Map<string, AdminHandler> {
  const view = () => ({ served: served.config, resources: RESOURCES.filter((r) => served.isServed(r)).map((r) => (r.group ? `${r.plural}.${r.group}` : r.plural)) });
  return new Map<string, AdminHandler>([
    ['GET /served', (_req, res) => adminJson(res, 200, view())],
    [
      'PUT /served',
      (_req, res, body) => {
        let patch: Partial<ServedConfig>;
        try {
          patch = parseServedPatch(JSON.parse(body || '{}'));
        } catch (err) {
          return adminJson(res, 400, { error: err instanceof Error ? err.message : String(err) });
        }
        served.apply(patch);
        adminJson(res, 200, view());
      },
    ],
  ]);
}
