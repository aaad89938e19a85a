/**
 * How lib/model words what it finds: `say(id, values)` makes a message descriptor (rendered in the
 * reader's language by the UI), `english(message)` its English text from messages/en/model.json (the JSON API's
 * stable strings). One catalogue, so the English a script reads and the English the UI shows never drift.
 */
import { createTranslator } from 'use-intl/core';
import { isMoment, type Message, type MessageValues, type Moment } from '@/lib/api/message';
import model from '@/messages/en/model.json';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message id lib/model may use: the keys of messages/en/model.json. */
export type ModelMessageId = Leaves<typeof model>;

/** A message descriptor; the id is checked against the English catalogue at compile time. */
export function say(id: ModelMessageId, values?: MessageValues): Message {
  return values ? { id, values } : { id };
}

/**
 * Text shown as it is in every language: wholly the cluster's words (pod names with their kubectl status, an
 * API server's error), or not worded as a message yet (monitoring signs: a debt of issue 17).
 */
export function verbatim(text: string): Message {
  return { id: 'verbatim', values: { text } };
}

/** Messages as one, separated by `; ` (the empty list is the empty text). */
export function joinMessages(messages: readonly Message[]): Message {
  if (messages.length === 0) return verbatim('');
  return messages.slice(1).reduce((joined, next) => say('joined', { first: joined, next }), messages[0]!);
}

/** A moment for a message value (`say('cause.restartedLast', { pod, restarts, at: moment(finishedAt) })`); undefined when unparsable. */
export function moment(time: string | number | Date): Moment | undefined {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : { at: date.toISOString().replace(/\.000Z$/, 'Z') };
}

const translate = createTranslator({ locale: 'en', messages: { model }, namespace: 'model', timeZone: 'UTC' });

/** The English text of a message, as the JSON API has always worded it. */
export function english(message: Message): string {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]) => [name, isMoment(value) ? `at ${value.at}` : typeof value === 'object' ? english(value) : value]),
  );
  return translate(message.id as ModelMessageId, values);
}

/** A stable key for a message, to drop repeats. */
export const messageKey = (message: Message): string => `${message.id}\u0000${JSON.stringify(message.values ?? {})}`;
