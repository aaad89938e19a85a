/** Renders a component inside next-intl's provider with a real catalogue, as the root layout does. */
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

export function withIntl(node: ReactNode, locale: Locale = 'en'): ReactNode {
  return (
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      {node}
    </NextIntlClientProvider>
  );
}

/** The HTML a component renders in `locale` (English by default). */
export const renderIntl = (node: ReactNode, locale: Locale = 'en'): string => renderToStaticMarkup(withIntl(node, locale));
