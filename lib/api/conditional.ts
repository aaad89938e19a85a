/**
 * The contract of conditional polls: a JSON route answers `If-None-Match` with 304 and no body when its
 * data is unchanged; the 304 carries the answer's current clock fields in these headers.
 */
export const GENERATED_AT_HEADER = 'X-Generated-At';
export const LAST_SYNC_AT_HEADER = 'X-Last-Sync-At';

/** What a page's server render hands its client view: the JSON route's answer and its entity tag. */
export interface FirstView<T> {
  data: T;
  etag: string;
}
