/** Seeded randomness for the simulated world: a mulberry32 stream plus keyed draws, so every name and value is reproducible from the seed. */

/** A deterministic PRNG returning floats in [0, 1). mulberry32: tiny, fast, good enough for a simulation. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts, mixed with the seed: a stable 32-bit key for keyed draws. */
export function hashKey(seed: number, ...parts: (string | number)[]): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ 0x2f, 0x01000193) >>> 0;
  }
  return h;
}

/** A fresh PRNG keyed by (seed, parts): the same key always draws the same sequence. */
export function rngFor(seed: number, ...parts: (string | number)[]): Rng {
  return mulberry32(hashKey(seed, ...parts));
}

/** Integer in [lo, hi]. */
export function int(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

/** apimachinery's rand.String alphabet (no vowels, no 0/1/3): what generateName suffixes use. */
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** A `generateName` suffix such as `x7k2p` (5 characters for pods, as the API server appends). */
export function nameSuffix(rng: Rng, length = 5): string {
  const chars: string[] = new Array(length);
  for (let i = 0; i < length; i++) chars[i] = NAME_ALPHABET[Math.floor(rng() * NAME_ALPHABET.length)];
  return chars.join('');
}

/** A ReplicaSet pod-template-hash such as `7db6d8ff4d` (10 characters from the same alphabet). */
export function templateHash(rng: Rng): string {
  return nameSuffix(rng, 10);
}

/** Hex digits, built flat (joined chunks, not a chain of concatenations) because many are kept for the world's lifetime. */
export function hex(rng: Rng, length: number): string {
  const chunks: string[] = [];
  for (let n = 0; n < length; n += 8) chunks.push(Math.floor(rng() * 4294967296).toString(16).padStart(8, '0'));
  return chunks.join('').slice(0, length);
}

/** An RFC 4122 version-4 UUID, as the API server assigns to metadata.uid. */
export function uuid(rng: Rng): string {
  const h = hex(rng, 32);
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Smooth value noise in [-1, 1] along `x` for a key: neighbouring x give neighbouring values. */
export function smoothNoise(seed: number, key: number, x: number): number {
  const i = Math.floor(x);
  const f = x - i;
  const a = mulberry32(key ^ Math.imul(i, 0x9e3779b1) ^ seed)() * 2 - 1;
  const b = mulberry32(key ^ Math.imul(i + 1, 0x9e3779b1) ^ seed)() * 2 - 1;
  const s = f * f * (3 - 2 * f);
  return a + (b - a) * s;
}
