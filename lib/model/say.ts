/**
 * How lib/model words what it finds: `say(id, values)` makes a message descriptor (rendered in the
 * reader's language by the UI; its English text, the JSON API's stable strings, comes from english.ts).
 * Light on purpose: the browser builds descriptors too (components/layout), without the catalogue.
 */
import type { Message, MessageValues, Moment } from '@/lib/api/message';
import type model from '@/messages/en/model.json';

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
 * Text shown as it is in every language: wholly the cluster's words (an API server's error, a DNS server's
 * answer, a CIDR or a port), never kubesys's own.
 */
export function verbatim(text: string): Message {
  return { id: 'verbatim', values: { text } };
}

/** Messages as one, separated by `; ` (the empty list is the empty text). */
export function joinMessages(messages: readonly Message[]): Message {
  if (messages.length === 0) return verbatim('');
  return messages.slice(1).reduce((joined, next) => say('joined', { first: joined, next }), messages[0]!);
}

/** Messages as one list, separated by `, ` (names, ports, host access). */
export function listMessages(messages: readonly Message[]): Message {
  if (messages.length === 0) return verbatim('');
  return messages.slice(1).reduce((listed, next) => say('listed', { first: listed, next }), messages[0]!);
}

/** A moment for a message value (`say('cause.restartedLast', { pod, restarts, at: moment(finishedAt) })`); undefined when unparsable. */
export function moment(time: string | number | Date): Moment | undefined {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? undefined : { at: date.toISOString().replace(/\.000Z$/, 'Z') };
}

/** A stable key for a message, to drop repeats. */
export const messageKey = (message: Message): string => `${message.id}\u0000${JSON.stringify(message.values ?? {})}`;
