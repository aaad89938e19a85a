/**
 * The English text of a message descriptor, from messages/en/model.json: the JSON API's stable strings. One
 * catalogue, so the English a script reads and the English the UI shows never drift. Server-side and in
 * tests; the UI renders descriptors in the reader's language instead (components/ui/model-text.ts).
 */
import { createTranslator } from 'use-intl/core';
import { isMoment, type Message } from '@/lib/api/message';
import model from '@/messages/en/model.json';
import type { ModelMessageId } from './say';

const translate = createTranslator({ locale: 'en', messages: { model }, namespace: 'model', timeZone: 'UTC' });

/** The English text of a message, as the JSON API has always worded it. */
export function english(message: Message): string {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]) => [name, isMoment(value) ? `at ${value.at}` : typeof value === 'object' ? english(value) : value]),
  );
  return translate(message.id as ModelMessageId, values);
}
