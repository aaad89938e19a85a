/** resource.Quantity strings (`250m`, `1843212Ki`, `123456n`, `1e3`) as plain numbers, for the demo cluster's cAdvisor exposition. */

/** Multipliers of the suffixes resource.Quantity accepts: binary (Ki … Ei) and decimal SI (n … E). */
const SUFFIX: Readonly<Record<string, number>> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
};

const GRAMMAR = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/;

/** The quantity in base units (cores, bytes), or undefined when it is not a quantity. */
export function quantityValue(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (typeof input !== 'string') return undefined;
  const m = GRAMMAR.exec(input.trim());
  if (!m) return undefined;
  const value = Number(m[1]);
  return m[2] !== undefined ? value * 10 ** Number(m[2]) : value * SUFFIX[m[3] ?? '']!;
}
