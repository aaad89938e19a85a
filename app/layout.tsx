/** Root layout: the theme's class, skip link, the header with cluster and freshness, navigation, main. */
import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import { NextIntlClientProvider } from 'next-intl';
import { RenderClock } from '@/lib/hooks/use-now';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AppNav, Header } from '@/components/layout/header';
import { FirstViews } from '@/lib/hooks/first-views';
import { shellFirstViews } from '@/lib/server/shell-first-views';
import { THEME_COOKIE, themeChoice, themeClass } from '@/components/ui/theme';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('layout');
  const title = await getTranslations('titles');
  return { title: { default: title('default'), template: title('template') }, description: t('description') };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#15171b' },
  ],
};

/** When this request is rendered: the clock the browser's hydration starts from (`useNow`). */
async function requestTime(): Promise<number> {
  return Date.now();
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const renderedAt = await requestTime();
  const t = await getTranslations('layout');
  // The header, navigation and banner's data in the first HTML: the browser does not ask for it again on load.
  const seeds = await shellFirstViews();
  // The theme is the cookie's: rendered here, so nothing waits for a script before the first paint. Reading
  // the request's cookies renders pages per request, as the CSP nonce Next.js stamps on its scripts requires.
  const theme = themeClass(themeChoice((await cookies()).get(THEME_COOKIE)?.value));
  return (
    // The ThemeToggle sets the class when the choice changes; React must not fight over it.
    <html lang={locale} className={theme} suppressHydrationWarning>
      <body className="min-h-dvh text-fg">
        <NextIntlClientProvider>
          <FirstViews seeds={seeds}>
          <RenderClock renderedAt={renderedAt}>
          <a
            href="#main"
            className="sr-only z-50 rounded-md bg-accent px-3 py-2 text-sm font-medium text-accent-fg focus:not-sr-only focus:fixed focus:left-3 focus:top-2"
          >
            {t('skipToContent')}
          </a>
          <Header />
          <div className="lg:flex">
            <AppNav className="border-b border-line bg-surface lg:sticky lg:top-12 lg:h-[calc(100dvh-3rem)] lg:w-52 lg:shrink-0 lg:overflow-y-auto lg:border-b-0 lg:border-r" />
            <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-5 outline-none lg:px-6 lg:py-6">
              {children}
            </main>
          </div>
          </RenderClock>
          </FirstViews>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
