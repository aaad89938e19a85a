/**
 * next-intl's per-request configuration (no locale in the URL): the language from the cookie or
 * Accept-Language (`negotiateLocale`), its messages, and the UTC time zone the dashboard shows times in.
 */
import 'server-only';
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, negotiateLocale } from './locales';
import { MESSAGES } from './messages';

export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  return { locale, messages: MESSAGES[locale], timeZone: 'UTC' };
});
