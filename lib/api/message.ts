/**
 * Text the server builds (component reasons, …) as a message: an id in `messages/<locale>/model.json` and its
 * values. The UI renders it in the reader's language with next-intl; the JSON API also carries the English
 * text beside it (e.g. `reasons` next to `reasonMessages`), so scripts keep reading the same strings.
 */
export type MessageValue = string | number | Message | Moment;

/**
 * A point in time inside a message ("renewed {at}"): the UI renders it as an age in the reader's language
 * that moves on its own ("12 s ago", "12초 전"); the JSON API's English as `at <ISO 8601>`. A message holds
 * moments, never ages, so its text (and the answer's ETag) stays the same until the cluster changes.
 */
export interface Moment {
  at: string;
}

export function isMoment(value: MessageValue): value is Moment {
  return typeof value === 'object' && 'at' in value;
}
/** A value may itself be a message (a place or a cause inside a reason), rendered in the same language. */
export type MessageValues = { [name: string]: MessageValue };

export interface Message {
  /** A key under `model` in the catalogues, e.g. `reason.readyCount`. */
  id: string;
  values?: MessageValues;
}
