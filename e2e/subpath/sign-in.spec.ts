/**
 * Journey (AUTH_MODE=token), at the root and under each sub-path, one build: a colleague opens a shared
 * link, is sent to sign in with the link kept in `next`, lands on it, and signs out; the session cookie
 * is scoped to the prefix and every request stays under it.
 */
import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/login-page';
import { outsidePrefix, recordRequests } from './journey';
import { ACCESS_TOKEN, entry, MOUNTS } from './mounts';

for (const mount of MOUNTS) {
  test.describe(`served at ${mount.basePath || '/'}`, () => {
    const at = () => entry(mount, 'token');

    test('a shared link leads through sign-in (next kept) to the same view, and sign-out ends it', async ({ page, context, request }) => {
      const requests = recordRequests(page);
      const login = new LoginPage(page);
      await page.goto(`${at().url}/components/coredns?range=6h`);
      await expect(page).toHaveURL(`${at().url}/login?next=%2Fcomponents%2Fcoredns%3Frange%3D6h`);
      await expect(login.heading()).toBeVisible();

      await login.signIn('not-the-token-at-all');
      await expect(login.refusal()).toHaveText(/That access token is not valid\./);
      await expect(page).toHaveURL(new RegExp(`^${escape(at().url)}/login\\?error=invalid&next=`));

      await login.signIn(ACCESS_TOKEN);
      await expect(page).toHaveURL(`${at().url}/components/coredns?range=6h`);
      await expect(page.getByRole('heading', { level: 1, name: 'CoreDNS' })).toBeVisible();
      const [cookie] = (await context.cookies()).filter((c) => c.name === 'kubesys_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: mount.basePath || '/' });

      await page.goto(`${at().url}/login`);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(`${at().url}/login?signedOut=1`);
      expect((await context.cookies()).filter((c) => c.name === 'kubesys_session')).toEqual([]);
      expect((await request.get(`${at().url}/api/overview`, { headers: { Cookie: `kubesys_session=${cookie!.value}` } })).status()).toBe(401);
      expect(outsidePrefix(at(), requests)).toEqual([]);
    });

    test('the sign-in redirect and refusals answer under the prefix, without following redirects', async ({ request }) => {
      const redirect = await request.get(`${at().url}/nodes/worker-2?tab=events`, { maxRedirects: 0 });
      expect(redirect.status()).toBe(303);
      expect(redirect.headers().location).toMatch(new RegExp(`^(${escape(at().url)})?${escape(mount.basePath)}/login\\?next=%2Fnodes%2Fworker-2%3Ftab%3Devents$`));
      const api = await request.get(`${at().url}/api/overview`);
      expect(api.status()).toBe(401);
      expect(await api.json()).toEqual({ error: { code: 'Unauthorized', message: 'Sign in with an access token to use kubesys.', status: 401 } });
      const form = await request.post(`${at().url}/api/auth/login`, { form: { token: ACCESS_TOKEN, next: '/events' }, maxRedirects: 0 });
      expect(form.status()).toBe(303);
      expect(form.headers().location).toBe(`${mount.basePath}/events`);
      expect(form.headers()['set-cookie']).toContain(`Path=${mount.basePath || '/'}`);
    });
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
