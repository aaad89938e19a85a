import { AUTH_MODES, type AuthMode } from './auth/index';
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
  /** How clients authenticate (default token); see sim/auth. */
  auth?: AuthMode;
  /** Lifetime of exec tokens (`--auth exec`), seconds. */
  tokenTtlS?: number;
  /** Lifetime of client certificates (`--auth client-cert`), seconds; the files are rewritten every third of it. */
  clientCertTtlS?: number;
  /** Serve only through a loopback CONNECT proxy written into the kubeconfig as `proxy-url`. */
  proxy?: boolean;
  /** Port of that proxy (0 or absent: a free port). */
  proxyPort?: number;
  /** Serve a certificate for this DNS name only; the kubeconfig sets `tls-server-name`. */
  tlsServerName?: string;
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
  '--auth', '--token-ttl-s', '--client-cert-ttl-s', '--proxy-port', '--tls-server-name',
];
/** A DNS name (RFC 1123 labels), as a certificate's dNSName and a TLS SNI must be. */
const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const MAX_TTL_S = 10 * 365 * 24 * 60 * 60;
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
    if (flag === '--proxy') {
      out.proxy = true;
      continue;
    }
    if (flag in FAULT_SWITCHES && value === undefined) {
      fault(out, flag, () => ({ [FAULT_SWITCHES[flag]]: true }));
      continue;
    }
    if (!VALUE_FLAGS.includes(flag)) {
      throw new UsageError(`unknown flag "${argv[i]}" (flags: ${[...VALUE_FLAGS, '--quiet', '--proxy', ...Object.keys(FAULT_SWITCHES)].join(' ')})`);
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
      case '--auth':
        if (!(AUTH_MODES as readonly string[]).includes(value)) throw new UsageError(`--auth: expected ${AUTH_MODES.join(', ')}, got "${value}"`);
        out.auth = value as AuthMode;
        break;
      case '--token-ttl-s': out.tokenTtlS = int(flag, value, 2, MAX_TTL_S); break;
      case '--client-cert-ttl-s': out.clientCertTtlS = int(flag, value, 2, MAX_TTL_S); break;
      case '--proxy-port': out.proxyPort = int(flag, value, 0, 65535); break;
      case '--tls-server-name':
        if (!DNS_NAME.test(value)) throw new UsageError(`--tls-server-name: expected a DNS name such as api.example.internal, got "${value}"`);
        out.tlsServerName = value;
        break;
      case '--scenario':
        if (value !== 'healthy' && value !== 'degraded') throw new UsageError(`--scenario: expected healthy or degraded, got "${value}"`);
        out.scenario = value;
        break;
    }
  }
  if (out.dump !== undefined && (out.nodes !== undefined || out.scenario !== undefined || out.seed !== undefined)) {
    throw new UsageError('--dump replays a capture; it cannot be combined with --nodes, --seed or --scenario');
  }
  if (out.tokenTtlS !== undefined && out.auth !== 'exec') throw new UsageError('--token-ttl-s applies to --auth exec');
  if (out.clientCertTtlS !== undefined && out.auth !== 'client-cert') throw new UsageError('--client-cert-ttl-s applies to --auth client-cert');
  if (out.proxyPort !== undefined && !out.proxy) throw new UsageError('--proxy-port needs --proxy');
  return out;
}
