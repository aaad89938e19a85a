/** The CONNECT proxy in front of the demo cluster: tunnels only to the API server, and only tunnels. */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';

const TARGET_PORT = 6443;
let proxy: ConnectProxy;

beforeAll(async () => {
  // A stand-in API server that greets every tunnel handed to it.
  proxy = await startConnectProxy({ targetPort: TARGET_PORT, deliver: (socket) => socket.end('hello from the api server\n') });
});
afterAll(() => proxy.close());

/** Sends `request` to the proxy and returns everything it answers until it closes. */
function talk(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(proxy.port, '127.0.0.1', () => socket.write(request));
    let out = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
  });
}

describe('startConnectProxy', () => {
  it('hands a CONNECT to the API server\'s address over as a tunnel, and counts it', async () => {
    const answer = await talk(`CONNECT 127.0.0.1:${TARGET_PORT} HTTP/1.1\r\nHost: 127.0.0.1:${TARGET_PORT}\r\n\r\n`);
    expect(answer).toBe('HTTP/1.1 200 Connection established\r\n\r\nhello from the api server\n');
    expect(await talk(`CONNECT localhost:${TARGET_PORT} HTTP/1.1\r\n\r\n`)).toMatch(/hello from the api server/);
    expect(proxy.stats()).toMatchObject({ tunnels: 2 });
  });

  it('refuses any other destination, and plain requests', async () => {
    expect(await talk('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n')).toMatch(/^HTTP\/1\.1 403 Forbidden/);
    expect(await talk(`CONNECT 127.0.0.1:${TARGET_PORT + 1} HTTP/1.1\r\n\r\n`)).toMatch(/^HTTP\/1\.1 403 Forbidden/);
    expect(await talk('GET http://127.0.0.1/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 405/);
  });
});
