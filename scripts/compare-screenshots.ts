/**
 * Compares two folders of screenshots (`scripts/page-screenshots.ts`) pixel by pixel and writes, for each
 * pair that differs, a diff image (changed pixels red over a faded copy) and the rows where they differ.
 * Not part of any test run: `npx tsx scripts/compare-screenshots.ts BEFORE AFTER DIFF_OUT`.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** A channel must move by more than this (0-255) to count: anti-aliasing noise stays below it. */
const CHANNEL_THRESHOLD = 24;

interface Raw {
  data: Buffer;
  width: number;
  height: number;
}

async function readRaw(file: string): Promise<Raw> {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Row ranges (y from-to) holding changed pixels, merged when closer than a few rows. */
function changedBands(rows: number[]): string {
  const bands: Array<[number, number]> = [];
  for (const y of rows) {
    const last = bands.at(-1);
    if (last && y - last[1] <= 8) last[1] = y;
    else bands.push([y, y]);
  }
  return bands.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');
}

async function compare(before: string, after: string, diffFile: string): Promise<string> {
  const [a, b] = await Promise.all([readRaw(before), readRaw(after)]);
  if (a.width !== b.width || a.height !== b.height) return `size ${a.width}x${a.height} → ${b.width}x${b.height}`;
  const diff = Buffer.alloc(a.data.length);
  const rows = new Set<number>();
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const isChanged = [0, 1, 2].some((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) > CHANNEL_THRESHOLD);
    if (isChanged) {
      changed += 1;
      rows.add(Math.floor(i / 4 / a.width));
      diff.set([255, 0, 0, 255], i);
    } else {
      const grey = 255 - Math.round((255 - (a.data[i]! + a.data[i + 1]! + a.data[i + 2]!) / 3) * 0.25);
      diff.set([grey, grey, grey, 255], i);
    }
  }
  if (changed === 0) return 'same';
  await sharp(diff, { raw: { width: a.width, height: a.height, channels: 4 } }).png().toFile(diffFile);
  return `${changed} px differ in rows ${changedBands([...rows].sort((x, y) => x - y))}`;
}

async function main(): Promise<void> {
  const [beforeDir, afterDir, diffDir] = process.argv.slice(2);
  if (!beforeDir || !afterDir || !diffDir) throw new Error('usage: compare-screenshots.ts BEFORE AFTER DIFF_OUT');
  fs.mkdirSync(diffDir, { recursive: true });
  const names = [...new Set([...fs.readdirSync(beforeDir), ...fs.readdirSync(afterDir)])].filter((n) => n.endsWith('.png')).sort();
  let same = 0;
  for (const name of names) {
    const before = path.join(beforeDir, name);
    const after = path.join(afterDir, name);
    if (!fs.existsSync(before) || !fs.existsSync(after)) {
      console.log(`${name}: only in ${fs.existsSync(before) ? 'before' : 'after'}`);
      continue;
    }
    const verdict = await compare(before, after, path.join(diffDir, name));
    if (verdict === 'same') same += 1;
    else console.log(`${name}: ${verdict}`);
  }
  console.log(`${same} of ${names.length} identical`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
