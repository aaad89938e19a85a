/**
 * Preloaded into the standalone server (`node --require scripts/server-hooks.cjs server.js`, see
 * start.mjs) to do what only the raw HTTP server can. Next.js's proxy and route handlers cannot see the
 * TCP peer (NextRequest has no `ip`, and X-Forwarded-For is whatever the client sent), so this hook
 * overwrites `x-kubesys-peer` on every request with `socket.remoteAddress` — a client-sent value never
 * survives. It hands each finished request to the app's observer (metrics, access log), and lets the
 * app's front door (lib/security/front-door.ts) answer what Next.js would turn into a bare 500 (odd
 * methods, paths that do not decode, requests the HTTP parser refuses) and the build's static assets
 * it holds in memory.
 */
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload (node --require)
const http = require('node:http');

const PEER_HEADER = 'x-kubesys-peer';
const HOOK = Symbol.for('kubesys.server-hooks');
const OBSERVER = Symbol.for('kubesys.http-observer');
const FRONT_DOOR = Symbol.for('kubesys.front-door');
/** nginx's status for a client that left before the response began. */
const CLIENT_CLOSED = 499;

function observeWhenClosed(req, res) {
  const start = process.hrtime.bigint();
  res.once('close', () => {
    const observe = globalThis[OBSERVER];
    if (typeof observe !== 'function') return;
    try {
      const status = res.headersSent ? res.statusCode : CLIENT_CLOSED;
      observe(req.method || 'GET', req.url || '/', status, Number(process.hrtime.bigint() - start) / 1e9, req.headers);
    } catch {
      // Metrics and logs must never break a response.
    }
  });
}

/** True when the front door answered the request itself. */
function answeredAtFrontDoor(req, res) {
  const door = globalThis[FRONT_DOOR];
  if (!door) return false;
  let answer = null;
  try {
    answer = door.request(req.method || '', req.url || '', req.headers);
  } catch {
    return false;
  }
  if (!answer) return false;
  res.writeHead(answer.status, answer.headers);
  res.end(req.method === 'HEAD' ? undefined : answer.body);
  return true;
}

/** Answers a request the parser refused (bad bytes in the path, an unknown method) as the app would. */
function answerParseError(error, socket) {
  const door = globalThis[FRONT_DOOR];
  if (!door || !socket) return false;
  if (error && error.code !== 'ECONNRESET' && socket.writable && socket.bytesWritten === 0) {
    try {
      socket.write(door.parseError(error && error.code));
    } catch {
      // The socket is going away anyway.
    }
  }
  socket.destroy();
  return true;
}

if (!globalThis[HOOK]) {
  globalThis[HOOK] = { peerHeader: PEER_HEADER };
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithHooks(event, first, second) {
    if (event === 'request' && first && second) {
      first.headers[PEER_HEADER] = (first.socket && first.socket.remoteAddress) || '';
      observeWhenClosed(first, second);
      if (answeredAtFrontDoor(first, second)) return true;
    } else if (event === 'clientError' && answerParseError(first, second)) {
      return true;
    }
    return emit.apply(this, arguments);
  };
}
