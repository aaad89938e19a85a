/**
 * Text the server builds (component reasons, …) as a message: an id in `messages/<locale>/model.json` and its
 * values. The UI renders it in the reader's language with next-intl; the JSON API also carries the English
 * text beside it (e.g. `reasons` next to `reasonMessages`), so scripts keep reading the same strings.
 */
export type MessageValue = string | number | Message;
/** A value may itself be a message (a place or a cause inside a reason), rendered in the same language. */
export type MessageValues = { [name: string]: MessageValue };

export interface Message {
  /** A key under `model` in the catalogues, e.g. `reason.readyCount`. */
  id: string;
  values?: MessageValues;
}
