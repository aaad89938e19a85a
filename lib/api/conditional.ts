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

/**
 * First views a server render hands to the hooks below it, named by API path and query before the base
 * path and the cluster (`/api/overview`, `/api/findings?subject=component%2Fcoredns`), for the cluster the
 * request named (`context`, undefined for the default one).
 */
export interface FirstViewSeeds {
  context?: string;
  views: Record<string, FirstView<unknown>>;
}
