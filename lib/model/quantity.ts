/**
 * Kubernetes resource quantities (`250m`, `1843212Ki`, `3.5Gi`, `1e3`): parse to a number of base
 * units (cores, bytes, pods) and format for people. Pure; shared by the node pages and the charts.
 */

/** Binary suffixes (powers of 1024), as `resource.Quantity` accepts them. */
const BINARY: Readonly<Record<string, number>> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** Decimal SI suffixes. Kubernetes fact: `m` is milli (1/1000) and `k` is lowercase; there is no `K`. */
const DECIMAL: Readonly<Record<string, number>> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/;

/**
 * A quantity as a number of base units: `250m` → 0.25, `1843212Ki` → 1887449088, `1e3` → 1000.
 * Kubernetes fact: the grammar is `<signedNumber><suffix>` where the suffix is a binary SI suffix,
 * a decimal SI suffix or a decimal exponent (`e3`, `E-2`). Returns undefined for anything else.
 */
export function parseQuantity(input: string | number | null | undefined): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (typeof input !== 'string') return undefined;
  const match = QUANTITY.exec(input.trim());
  if (!match) return undefined;
  const [, digits, exponent, suffix] = match;
  const value = Number(digits);
  if (exponent) return value * 10 ** Number(exponent.slice(1));
  if (suffix && suffix in BINARY) return value * BINARY[suffix]!;
  return value * DECIMAL[suffix ?? '']!;
}

const GIB = 2 ** 30;
const MIB = 2 ** 20;
const KIB = 2 ** 10;

function trimmed(value: number, digits: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** Bytes for people in binary units: `1.8 GiB`, `512 MiB`, `12 KiB`, `900 B`. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '—';
  const abs = Math.abs(bytes);
  if (abs >= 1024 * GIB) return `${trimmed(bytes / (1024 * GIB), 1)} TiB`;
  if (abs >= GIB) return `${trimmed(bytes / GIB, 1)} GiB`;
  if (abs >= MIB) return `${trimmed(bytes / MIB, 0)} MiB`;
  if (abs >= KIB) return `${trimmed(bytes / KIB, 0)} KiB`;
  return `${trimmed(bytes, 0)} B`;
}

/** Bytes as GiB with up to two decimals (`7.63 GiB`), the unit the node pages compare memory in. */
export function formatGiB(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '—';
  return `${trimmed(bytes / GIB, 2)} GiB`;
}

/** CPU cores for people: whole and fractional cores (`4`, `3.5`) or millicores below one (`250m`). */
export function formatCpu(cores: number | undefined): string {
  if (cores === undefined || !Number.isFinite(cores)) return '—';
  if (cores !== 0 && Math.abs(cores) < 1) return `${Math.round(cores * 1000)}m`;
  return trimmed(cores, 2);
}

/** A plain count (`110` pods), grouped by thousands. */
export function formatCount(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return trimmed(value, 0);
}

export type ResourceKind = 'cpu' | 'memory' | 'pods' | 'ephemeral-storage' | string;

/**
 * A raw quantity for the resource it measures: cpu in cores, memory and storage in bytes (memory in
 * GiB), hugepages in bytes, anything else as a count. The raw string comes back when it does not parse.
 */
export function formatResource(resource: ResourceKind, raw: string | undefined): string {
  if (raw === undefined || raw === '') return '—';
  const value = parseQuantity(raw);
  if (value === undefined) return raw;
  if (resource === 'cpu') return formatCpu(value);
  if (resource === 'memory') return formatGiB(value);
  if (resource === 'ephemeral-storage' || resource.startsWith('hugepages-')) return formatBytes(value);
  return formatCount(value);
}
