/**
 * How the Playwright configs and the bench launch Chromium: Debian's /usr/bin/chromium when present (CI
 * and these machines cannot download browsers), Playwright's own browser elsewhere. The flags keep
 * Chromium off the network, which a closed one would otherwise see flooded with refused connections.
 *
 * Chromium 151 and later also pre-render the address bar's popup (chrome://omnibox-popup.top-chrome, a
 * WebUI page in a renderer of its own) for every new window, headless included, and Playwright opens a
 * window per browser context: the cold loads of the tests and the bench shared the two CPUs with Chrome
 * loading its own UI (250 ms of CPU in one traced load, BENCHMARKS.md). Puppeteer turns the two features
 * off by default; so do we.
 *
 * Chromium keeps only the last `--disable-features` it is given, and Playwright puts its own list first,
 * so ours carries Playwright's too (`e2e/chromium.test.ts` fails when an upgrade adds one we lack).
 */
import fs from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** What Playwright 1.65 disables for Chromium (`chromiumSwitches.ts`), which our flag would otherwise drop. */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** Chrome's own UI that a window pre-renders: the address bar's popup and its AI-mode variant. */
export const BROWSER_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The launch options with more switches and more features off, in the one `--disable-features` Chromium reads. */
export function chromiumLaunchOptions({ args = [], disableFeatures = [] }: { args?: string[]; disableFeatures?: string[] } = {}) {
  const features = [...new Set([...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES, ...disableFeatures])];
  return {
    executablePath: fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: [...ARGS, ...args, `--disable-features=${features.join(',')}`],
  };
}

export const CHROMIUM_LAUNCH_OPTIONS = chromiumLaunchOptions();
