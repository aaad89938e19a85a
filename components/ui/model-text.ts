'use client';
/**
 * Renders the messages the server builds (lib/api/message.ts: reasons …) in the reader's language, with
 * next-intl and the `model` catalogue; a value that is itself a message is rendered first, a moment as an
 * age ("12 s ago") that moves with the clock.
 */
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { isMoment, type Message } from '@/lib/api/message';
import { useNow } from '@/lib/hooks/use-now';
import { useFormatAge } from './relative-time';

export type ModelText = (message: Message) => string;

/** How often a rendered moment's age moves. */
const MOMENT_TICK_MS = 5_000;

export function useModelText(): ModelText {
  const t = useTranslations('model');
  const now = useNow(MOMENT_TICK_MS);
  const formatAge = useFormatAge();
  return useMemo(() => {
    const render: ModelText = (message) => {
      const values = Object.fromEntries(
        Object.entries(message.values ?? {}).map(([name, value]) => [
          name,
          isMoment(value) ? formatAge(Math.max(0, now - Date.parse(value.at))) : typeof value === 'object' ? render(value) : value,
        ]),
      );
      // The id comes from the server's catalogue, which is this one (lib/model/say.ts checks it at compile time).
      return t(message.id as Parameters<typeof t>[0], values);
    };
    return render;
  }, [t, now, formatAge]);
}
