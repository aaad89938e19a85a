/**
 * Journey, at the root and under each sub-path, one build: an operator opens kubesys through the
 * Ingress, moves around by links, the nav, search (router.push) and the URL state (router.replace), and
 * shares a link that opens the same view. Every page, asset, RSC and API request stays under the prefix.
 */
import { expect, test, type Page } from '@playwright/test';
import { home, outsidePrefix, podsOf, recordRequests } from './journey';
import { entry, MOUNTS } from './mounts';

const searchBox = (page: Page) => page.getByRole('combobox', { name: /^Search components, pods/ });

for (const mount of MOUNTS) {
  test.describe(`served at ${mount.basePath || '/'}`, () => {
    const at = () => entry(mount, 'sso');

    test('pages, links, the nav and search keep the prefix; so does every request', async ({ page }) => {
      const requests = recordRequests(page);
      const response = await page.goto(`${at().url}/`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await expect(page).toHaveURL(home(at()));
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: /control plane/i })).toBeVisible();
      await expect(page.getByRole('link', { name: 'kubesys' }).first()).toHaveAttribute('href', mount.basePath || '/');

      // The HTML holds the first answer; the overview's first poll follows it, under the base path.
      const findOverviewCall = () => requests.find((r) => new URL(r.url()).pathname === `${mount.basePath}/api/overview`);
      await expect.poll(() => findOverviewCall() !== undefined, { message: 'the overview is fetched under the base path' }).toBe(true);
      const overviewCall = findOverviewCall();
      // The page's HTML holds the first answer; the first poll revalidates it (304 when nothing changed).
      expect([200, 304]).toContain((await overviewCall!.response())?.status());
      const asset = requests.find((r) => new URL(r.url()).pathname.startsWith(`${mount.basePath}/_next/static/chunks/`));
      expect(asset, 'scripts and styles load under the base path').toBeDefined();
      expect((await asset!.response())?.headers()['x-content-type-options']).toBe('nosniff');

      // A card (next/link), then a reload of the deep URL: nginx passes it through, the dashboard answers.
      await page.getByRole('link', { name: 'etcd: Healthy' }).click();
      await expect(page).toHaveURL(`${at().url}/components/etcd`);
      await expect(page.getByRole('heading', { level: 1, name: /etcd/ })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: /etcd/ })).toBeVisible();

      // The nav: client-side navigation, and the current page marked (usePathname sees the path without the prefix).
      const nodesLink = page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Nodes' });
      await nodesLink.click();
      await expect(page).toHaveURL(`${at().url}/nodes`);
      await expect(page.getByRole('heading', { level: 1, name: 'Nodes' })).toBeVisible();
      await expect(nodesLink).toHaveAttribute('aria-current', 'page');

      // Search: the result's href comes from the API without the prefix; router.push adds it.
      await expect(async () => {
        await page.keyboard.press('/');
        await expect(searchBox(page)).toBeFocused({ timeout: 1_000 });
      }).toPass();
      const answered = page.waitForResponse((r) => r.url().startsWith(`${at().url}/api/search?q=worker-2`));
      await page.keyboard.type('worker-2');
      await answered;
      await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('worker-2');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`${at().url}/nodes/worker-2`);
      await expect(page.getByRole('heading', { level: 1, name: 'worker-2' })).toBeVisible();

      // The browser's own back button leaves through the prefix too.
      await page.goBack();
      await expect(page).toHaveURL(`${at().url}/nodes`);

      expect(outsidePrefix(at(), requests)).toEqual([]);
    });

    test('a shared link opens the same view, URL state included', async ({ page, browser, request }) => {
      const [pod] = await podsOf(request, at(), 'coredns');
      expect(pod).toBeTruthy();
      await page.goto(`${at().url}/pods/${pod}?tab=logs`);
      const lines = page.getByRole('combobox', { name: /^Lines/ });
      await lines.selectOption('500');
      // router.replace keeps the prefix.
      await expect(page).toHaveURL(new RegExp(`^${escape(at().url)}/pods/${pod}\\?(.*&)?tail=500`));
      const shared = page.url();

      const colleague = await browser.newContext();
      const theirs = await colleague.newPage();
      const requests = recordRequests(theirs);
      await theirs.goto(shared);
      await expect(theirs.getByRole('heading', { level: 1, name: pod })).toBeVisible();
      await expect(theirs.getByRole('tab', { name: /^Logs/ })).toHaveAttribute('aria-selected', 'true');
      await expect(theirs.getByRole('combobox', { name: /^Lines/ })).toHaveValue('500');
      await expect(theirs.getByRole('log')).toBeVisible();
      expect(outsidePrefix(at(), requests)).toEqual([]);
      await colleague.close();
    });
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
