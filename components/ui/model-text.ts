'use client';
/**
 * Renders the messages the server builds (lib/api/message.ts: reasons …) in the reader's language, with
 * next-intl and the `model` catalogue; a value that is itself a message is rendered first.
 */
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Message } from '@/lib/api/message';

export type ModelText = (message: Message) => string;

export function useModelText(): ModelText {
  const t = useTranslations('model');
  return useMemo(() => {
    const render: ModelText = (message) => {
      const values = Object.fromEntries(
        Object.entries(message.values ?? {}).map(([name, value]) => [name, typeof value === 'object' ? render(value) : value]),
      );
      // The id comes from the server's catalogue, which is this one (lib/model/say.ts checks it at compile time).
      return t(message.id as Parameters<typeof t>[0], values);
    };
    return render;
  }, [t]);
}
