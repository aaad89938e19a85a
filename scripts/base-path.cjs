/**
 * BASE_PATH, the sub-path kubesys serves under, is read when the server starts: the rules it must meet,
 * and the placeholder a production build carries in its place until scripts/map-build.mjs replaces it.
 * CommonJS, so next.config.js, scripts/start.mjs (the image's entrypoint, plain Node.js) and tests share it.
 */
'use strict';

/**
 * What `next build` uses as basePath. Unmistakable, and only characters that need no escaping in a URL,
 * a JS or JSON string, an HTML attribute or a regular expression.
 */
const BASE_PATH_PLACEHOLDER = '/__KUBESYS_BASE_PATH__';
/** URL path characters that need no percent-encoding and no escaping anywhere the build holds the path. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;
const MAX_LENGTH = 200;
const EXAMPLE = 'e.g. BASE_PATH=/kubesys or BASE_PATH=/ops/kube-system; unset (or "/") serves at the root';

/**
 * The base path as Next.js wants it: '' for the root, else '/a/b' without a trailing slash. A trailing
 * slash and a lone '/' are normalised; anything else that is not a plain path is refused with the reason,
 * because the Ingress must route exactly this prefix to the app and a guess would serve a different one.
 * @param {string | undefined} raw the BASE_PATH environment variable
 * @returns {string}
 */
function parseBasePath(raw) {
  if (raw === undefined || raw === '') return '';
  const refuse = (why) => {
    throw new Error(`BASE_PATH ${JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw)} ${why} (${EXAMPLE})`);
  };
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) refuse('is a URL; give only its path, the host name goes in ALLOWED_HOSTS');
  if (/\s/.test(raw)) refuse('contains white space');
  if (!raw.startsWith('/')) refuse('must start with "/"');
  if (raw.length > MAX_LENGTH) refuse(`is longer than ${MAX_LENGTH} characters`);
  const path = raw.replace(/\/+$/, '');
  if (path === '') return '';
  for (const segment of path.slice(1).split('/')) {
    if (segment === '') refuse('has an empty segment ("//")');
    if (segment === '.' || segment === '..') refuse('has a "." or ".." segment');
    if (!SEGMENT.test(segment)) refuse('may contain only letters, digits and - . _ ~ between slashes (no percent-encoding, query or fragment)');
  }
  if (path.toUpperCase().includes(BASE_PATH_PLACEHOLDER.toUpperCase())) refuse('contains the build\'s placeholder');
  return path;
}

module.exports = { BASE_PATH_PLACEHOLDER, parseBasePath };
