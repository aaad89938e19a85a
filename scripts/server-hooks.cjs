/**
 * Preloaded into the standalone server (`node --require scripts/server-hooks.cjs server.js`, see
 * start.mjs) to expose what only the socket knows. Next.js's proxy and route handlers cannot see the
 * TCP peer (NextRequest has no `ip`, and X-Forwarded-For is whatever the client sent), so this hook
 * overwrites `x-kubesys-peer` on every request with `socket.remoteAddress` — a client-sent value never
 * survives — and times each response for the app's Prometheus metrics.
 */
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload (node --require)
const http = require('node:http');

const PEER_HEADER = 'x-kubesys-peer';
const HOOK = Symbol.for('kubesys.server-hooks');
const OBSERVER = Symbol.for('kubesys.http-observer');

if (!globalThis[HOOK]) {
  globalThis[HOOK] = { peerHeader: PEER_HEADER };
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeer(event, req, res) {
    if (event === 'request' && req && res) {
      req.headers[PEER_HEADER] = (req.socket && req.socket.remoteAddress) || '';
      const start = process.hrtime.bigint();
      res.once('finish', () => {
        const observe = globalThis[OBSERVER];
        if (typeof observe !== 'function') return;
        try {
          observe(req.method || 'GET', req.url || '/', res.statusCode, Number(process.hrtime.bigint() - start) / 1e9);
        } catch {
          // Metrics must never break a response.
        }
      });
    }
    return emit.apply(this, arguments);
  };
}
