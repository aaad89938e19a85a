'use client';
/**
 * The header's language choice: sets the `kubesys-locale` cookie (under the app's base path, so the URL
 * never carries the language) and re-renders the page on the server in the chosen language.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { BASE_PATH } from '@/lib/public-env';
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';
import { Select } from '@/components/ui/input';

export function LanguageSwitcher({ className }: { className?: string }) {
  const t = useTranslations('layout');
  const locale = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <Select
      aria-label={t('language')}
      value={locale}
      disabled={isPending}
      className={className}
      onChange={(event) => {
        const next = event.target.value;
        if (!isLocale(next)) return;
        document.cookie = `${LOCALE_COOKIE}=${next}; Path=${BASE_PATH || '/'}; Max-Age=${LOCALE_COOKIE_MAX_AGE_S}; SameSite=Lax`;
        startTransition(() => router.refresh());
      }}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </Select>
  );
}
