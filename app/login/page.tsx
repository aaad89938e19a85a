/** `/login`: the access-token sign-in form (AUTH_MODE=token). Works without JavaScript: a plain form post. */
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { hasValidSession } from '@/lib/auth/access-token';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/auth/next-path';
import { apiUrl } from '@/lib/api/urls';
import { getConfig } from '@/lib/config';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/input';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('pageTitle') };
}
export const dynamic = 'force-dynamic';

interface LoginPageProps {
  searchParams: Promise<{ next?: string; error?: string; signedOut?: string }>;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const t = await getTranslations('signIn');
  const next = safeNextPath(params.next);
  const mode = getConfig().AUTH_MODE;
  const session = (await cookies()).get(SESSION_COOKIE)?.value;
  const isSignedIn = mode === 'token' && hasValidSession(session);
  return (
    <div className="mx-auto mt-8 max-w-sm">
      <Card className="px-5 py-5">
        <h1 className="text-lg font-semibold tracking-tight">{t('title')}</h1>
        {mode !== 'token' ? (
          <p className="mt-2 text-sm text-muted">{t('noToken', { mode })}</p>
        ) : isSignedIn ? (
          <form method="post" action={apiUrl('/api/auth/logout')} className="mt-3 space-y-3">
            <p className="text-sm text-muted">{t('signedIn')}</p>
            <Button type="submit">{t('signOut')}</Button>
          </form>
        ) : (
          <form method="post" action={apiUrl('/api/auth/login')} className="mt-3 space-y-3">
            <p className="text-sm text-muted">{t('enterToken')}</p>
            {params.error ? (
              <div role="alert">
                <Banner tone="danger" title={t('notSignedIn')}>
                  {t('invalidToken')}
                </Banner>
              </div>
            ) : null}
            {params.signedOut ? <Banner title={t('signedOut')} /> : null}
            <input type="hidden" name="next" value={next} />
            <div className="space-y-1">
              <label htmlFor="token" className="block text-sm font-medium">
                {t('token')}
              </label>
              <Input
                id="token"
                name="token"
                type="password"
                required
                autoComplete="current-password"
                autoFocus
                aria-invalid={params.error ? true : undefined}
                size="lg"
                className="w-full font-mono outline-none focus-visible:ring-2 focus-visible:ring-accent"
              />
            </div>
            <Button type="submit" variant="primary" className="w-full">
              {t('signIn')}
            </Button>
          </form>
        )}
      </Card>
    </div>
  );
}
