import { parseErrorRates, parseFaultPatch, type FaultConfig } from './server/faults';
import { parseServedNames, type ServedConfig } from './server/served';

/**
 * Command-line flags of the demo cluster (`--port`, `--nodes`, `--dump`, …), parsed strictly: an unknown
 * flag or a bad value is a UsageError with a one-line message.
 */

export class UsageError extends Error {}

export interface SimArgs {
  port?: number;
  adminPort?: number;
  /** UDP port of the demo DNS server (0 or absent: a free port). */
  dnsPort?: number;
  kubeconfig?: string;
  nodes?: number;
  seed?: number;
  scenario?: 'healthy' | 'degraded';
  dump?: string;
  quiet?: boolean;
  /** Faults from `--fault-*` flags (see sim/server/faults.ts); absent when none was given. */
  faults?: Partial<FaultConfig>;
  /** Resources served (`--serve-only`, `--unserved`; see sim/server/served.ts); absent: all. */
  served?: Partial<ServedConfig>;
}

function int(flag: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new UsageError(`${flag}: expected an integer from ${min} to ${max}, got "${v}"`);
  return n;
}

const VALUE_FLAGS = [
  '--port', '--admin-port', '--dns-port', '--kubeconfig', '--nodes', '--seed', '--scenario', '--dump',
  '--fault-latency-ms', '--fault-error-rate', '--fault-drop-watches-every-s', '--fault-forbid', '--serve-only', '--unserved',
];
/** Fault switches without a value. */
const FAULT_SWITCHES: Record<string, 'expireRv' | 'metricsGone' | 'down' | 'oddObjects'> = {
  '--fault-expire-rv': 'expireRv',
  '--fault-metrics-gone': 'metricsGone',
  '--fault-down': 'down',
  '--fault-odd-objects': 'oddObjects',
};

function fault(out: SimArgs, flag: string, patch: () => Partial<FaultConfig>): void {
  try {
    out.faults = { ...out.faults, ...parseFaultPatch(patch()) };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${flag}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** `pods,nodes,events` → the names, each checked against the served resources. */
function names(flag: string, value: string): string[] {
  try {
    return parseServedNames(value.split(','), flag);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** Parse `argv` (without node and script). Accepts `--flag value` and `--flag=value`. */
export function parseSimArgs(argv: string[]): SimArgs {
  const out: SimArgs = {};
  for (let i = 0; i < argv.length; i++) {
    let flag = argv[i];
    let value: string | undefined;
    const eq = flag.indexOf('=');
    if (flag.startsWith('--') && eq > 0) {
      value = flag.slice(eq + 1);
      flag = flag.slice(0, eq);
    }
    if (flag === '--quiet') {
      out.quiet = true;
      continue;
    }
    if (flag in FAULT_SWITCHES && value === undefined) {
      fault(out, flag, () => ({ [FAULT_SWITCHES[flag]]: true }));
      continue;
    }
    if (!VALUE_FLAGS.includes(flag)) {
      throw new UsageError(`unknown flag "${argv[i]}" (flags: ${[...VALUE_FLAGS, '--quiet', ...Object.keys(FAULT_SWITCHES)].join(' ')})`);
    }
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
    }
    switch (flag) {
      case '--port': out.port = int(flag, value, 0, 65535); break;
      case '--admin-port': out.adminPort = int(flag, value, 0, 65535); break;
      case '--dns-port': out.dnsPort = int(flag, value, 0, 65535); break;
      case '--kubeconfig': out.kubeconfig = value; break;
      case '--nodes': out.nodes = int(flag, value, 1, 100_000); break;
      case '--seed': out.seed = int(flag, value, 0, Number.MAX_SAFE_INTEGER); break;
      case '--dump': out.dump = value; break;
      case '--fault-latency-ms': fault(out, flag, () => ({ latencyMs: int(flag, value, 0, 600_000) })); break;
      case '--fault-drop-watches-every-s': fault(out, flag, () => ({ dropWatchesEverySec: int(flag, value, 0, 86_400) })); break;
      case '--fault-error-rate': fault(out, flag, () => ({ errorRates: parseErrorRates(value) })); break;
      case '--fault-forbid': fault(out, flag, () => ({ forbid: value.split(',').map((v) => v.trim()).filter(Boolean) })); break;
      case '--serve-only': out.served = { ...out.served, only: names(flag, value) }; break;
      case '--unserved': out.served = { ...out.served, unserved: names(flag, value) }; break;
      case '--scenario':
        if (value !== 'healthy' && value !== 'degraded') throw new UsageError(`--scenario: expected healthy or degraded, got "${value}"`);
        out.scenario = value;
        break;
    }
  }
  if (out.dump !== undefined && (out.nodes !== undefined || out.scenario !== undefined || out.seed !== undefined)) {
    throw new UsageError('--dump replays a capture; it cannot be combined with --nodes, --seed or --scenario');
  }
  return out;
}
