/**
 * Chromium keeps only the last `--disable-features`; ours must carry every feature the installed
 * Playwright disables, or passing it would quietly turn those back on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_UI_FEATURES, CHROMIUM_LAUNCH_OPTIONS, PLAYWRIGHT_DISABLED_FEATURES, chromiumLaunchOptions } from './chromium';

/** The `disabledFeatures = [...]` list of the installed playwright-core, wherever its build puts it. */
function playwrightDisabledFeatures(): string[] {
  const lib = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'lib');
  const files = fs.readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  for (const file of files) {
    const text = fs.readFileSync(path.join(lib, file), 'utf8');
    const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(text);
    if (list) return [...list[1].replace(/\/\/.*$/gm, '').matchAll(/["'`]([\w-]+)["'`]/g)].map((m) => m[1]);
  }
  throw new Error(`no disabledFeatures list found under ${lib}: Playwright moved it; update this test and e2e/chromium.ts`);
}

const featureSwitches = (args: string[]) => args.filter((a) => a.startsWith('--disable-features='));
const features = (args: string[]) => featureSwitches(args)[0].slice('--disable-features='.length).split(',');

describe('Chromium launch options', () => {
  it('disable every feature the installed Playwright disables', () => {
    const theirs = playwrightDisabledFeatures();
    expect(theirs.length).toBeGreaterThan(5);
    expect(PLAYWRIGHT_DISABLED_FEATURES.filter((f) => !theirs.includes(f)), 'no longer disabled by Playwright').toEqual([]);
    expect(features(CHROMIUM_LAUNCH_OPTIONS.args)).toEqual(expect.arrayContaining(theirs));
  });

  it('turn off the pre-rendered address bar popup in the single --disable-features', () => {
    expect(featureSwitches(CHROMIUM_LAUNCH_OPTIONS.args)).toHaveLength(1);
    expect(features(CHROMIUM_LAUNCH_OPTIONS.args)).toEqual(expect.arrayContaining(BROWSER_UI_FEATURES));
  });

  it('add a caller’s features to the same switch, once each, and keep its other switches', () => {
    const options = chromiumLaunchOptions({ args: ['--host-resolver-rules=MAP a.example 127.0.0.1'], disableFeatures: ['LocalNetworkAccessChecks', 'MediaRouter'] });
    expect(featureSwitches(options.args)).toHaveLength(1);
    expect(features(options.args)).toEqual(expect.arrayContaining(['LocalNetworkAccessChecks', 'PaintHolding', ...BROWSER_UI_FEATURES]));
    expect(features(options.args).filter((f) => f === 'MediaRouter')).toHaveLength(1);
    expect(options.args).toContain('--host-resolver-rules=MAP a.example 127.0.0.1');
    expect(options.args).toContain('--no-sandbox');
  });
});
