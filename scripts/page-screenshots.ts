/**
 * Full-page screenshots of every page of a running dashboard pair (healthy and degraded demo), light
 * mode, plus each data page held loading, failing and emptied (its /api answers intercepted), for
 * comparing the look before and after a UI change (`scripts/compare-screenshots.ts`). Not part of any
 * test run: `npx tsx scripts/page-screenshots.ts --out /tmp/before --healthy URL --degraded URL`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page, type Route } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../e2e/chromium';

/** After the page's data arrived: lets SWR's second fetch, charts and relative times settle. */
const SETTLE_MS = 1_500;

interface Shot {
  name: string;
  path: string;
}

function flag(name: string, fallback?: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : fallback;
  if (!value) throw new Error(`missing --${name}`);
  return value;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The pages of one dashboard; pod and node names come from its API so the list follows the demo. */
async function shotsFor(base: string): Promise<Shot[]> {
  const coredns = await getJson<{ pods: { items: Array<{ name: string; status: string }> } }>(`${base}/api/components/coredns`);
  const pods = [...coredns.pods.items].sort((a, b) => a.name.localeCompare(b.name));
  const pod = (pods.find((p) => p.status !== 'Running') ?? pods[0])!.name;
  const pages: Shot[] = [
    { name: 'overview', path: '/' },
    { name: 'group-control-plane', path: '/groups/control-plane' },
    { name: 'group-add-on', path: '/groups/add-on' },
    { name: 'component-coredns', path: '/components/coredns' },
    { name: 'component-kube-proxy', path: '/components/kube-proxy' },
    { name: 'component-kube-apiserver', path: '/components/kube-apiserver' },
    { name: 'component-kubelet', path: '/components/kubelet' },
    { name: 'component-metrics-server', path: '/components/metrics-server' },
    { name: 'component-coredns-logs', path: '/components/coredns/logs' },
    { name: 'pod-details', path: `/pods/${pod}` },
    { name: 'pod-yaml', path: `/pods/${pod}?tab=yaml` },
    { name: 'pod-events', path: `/pods/${pod}?tab=events` },
    { name: 'pod-logs', path: `/pods/${pod}?tab=logs` },
    { name: 'nodes', path: '/nodes' },
    { name: 'node-control-plane-1', path: '/nodes/control-plane-1' },
    { name: 'node-worker-1', path: '/nodes/worker-1' },
    { name: 'events', path: '/events' },
    { name: 'events-warnings', path: '/events?type=Warning' },
    { name: 'health', path: '/health' },
    { name: 'troubleshoot', path: '/troubleshoot' },
    { name: 'inventory', path: '/inventory' },
    { name: 'usage', path: '/usage' },
    { name: 'login', path: '/login' },
    { name: '404', path: '/no-such-page' },
    { name: '404-component', path: '/components/no-such-component' },
    { name: '404-pod', path: '/pods/no-such-pod' },
    { name: '404-node', path: '/nodes/no-such-node' },
    { name: '404-group', path: '/groups/no-such-group' },
  ];
  return pages;
}

/** The pages whose data arrives from /api after the first paint: their loading, error and empty looks. */
const STATE_PAGES = ['overview', 'group-add-on', 'component-coredns', 'component-coredns-logs', 'pod-details', 'nodes', 'node-worker-1', 'events', 'health', 'troubleshoot', 'inventory', 'usage'];
type State = 'loading' | 'error' | 'empty';

/** Every array in a JSON body emptied: the shape stays, the lists go. */
function emptied(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, emptied(v)]));
  return value;
}

function interceptFor(state: State): (route: Route) => Promise<void> {
  return async (route) => {
    if (state === 'loading') return; // never answered: the page stays on its first-load look
    if (state === 'error') {
      await route.fulfill({ status: 503, json: { error: { code: 'Unavailable', message: 'The cluster cannot be reached (simulated).', status: 503 } } });
      return;
    }
    // A followed log is an endless event stream: let it through untouched.
    if ((route.request().headers()['accept'] ?? '').includes('text/event-stream')) return route.continue();
    const response = await route.fetch();
    const isJson = (response.headers()['content-type'] ?? '').includes('application/json');
    if (!isJson) return route.fulfill({ response });
    await route.fulfill({ response, json: emptied(await response.json()) });
  };
}

/** Waits until no skeleton pulses and the page's fonts are in, then a little more for live data. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page
    .waitForFunction(() => document.querySelectorAll('.animate-pulse, [class*="animate-pulse"]').length === 0, undefined, { timeout: 20_000 })
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(SETTLE_MS);
}

async function main(): Promise<void> {
  const out = flag('out');
  const targets = { healthy: flag('healthy'), degraded: flag('degraded') };
  const only = process.argv.includes('--only') ? flag('only').split(',') : undefined;
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const [scenario, base] of Object.entries(targets)) {
      for (const shot of await shotsFor(base)) {
        if (only && !only.includes(shot.name)) continue;
        await page.goto(`${base}${shot.path}`);
        await settle(page);
        const file = path.join(out, `${scenario}-${shot.name}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        console.log(file);
      }
    }
    for (const state of ['loading', 'error', 'empty'] as const) {
      const stateContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', reducedMotion: 'reduce' });
      await stateContext.route(/\/api\/(?!healthz|readyz)/, interceptFor(state));
      const statePage = await stateContext.newPage();
      for (const shot of await shotsFor(targets.healthy)) {
        if (!STATE_PAGES.includes(shot.name) || (only && !only.includes(shot.name))) continue;
        await statePage.goto(`${targets.healthy}${shot.path}`);
        if (state === 'loading') await statePage.waitForTimeout(SETTLE_MS);
        else await settle(statePage);
        const file = path.join(out, `${state}-${shot.name}.png`);
        await statePage.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        console.log(file);
      }
      await stateContext.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
