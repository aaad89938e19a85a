/** How the dashboard words a kind or source it cannot read, the same for every page and JSON answer. */

/**
 * What a kind the API server does not serve (404, absent from discovery) is called: on a replayed
 * capture the API server is the capture, so what it lacks was not captured.
 */
export function notServedPhrase(isCapture: boolean): string {
  return isCapture ? 'not in the capture' : 'not served by this API server';
}
