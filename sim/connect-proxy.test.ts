/** The CONNECT proxy in front of the demo cluster: tunnels only to the API server, and only tunnels. */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';

let target: net.Server;
let targetPort: number;
let proxy: ConnectProxy;

beforeAll(async () => {
  // A stand-in API server that greets every connection, so a tunnel can be seen working end to end.
  target = net.createServer((socket) => socket.end('hello from the api server\n'));
  targetPort = await new Promise<number>((resolve) => target.listen(0, '127.0.0.1', () => resolve((target.address() as net.AddressInfo).port)));
  proxy = await startConnectProxy({ targetPort });
});
afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => target.close(resolve));
});

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
  it('tunnels CONNECT to the API server and counts the tunnel', async () => {
    const answer = await talk(`CONNECT 127.0.0.1:${targetPort} HTTP/1.1\r\nHost: 127.0.0.1:${targetPort}\r\n\r\n`);
    expect(answer).toBe('HTTP/1.1 200 Connection established\r\n\r\nhello from the api server\n');
    expect(proxy.stats()).toMatchObject({ tunnels: 1, refusedDirect: 0 });
  });

  it('refuses any other destination, and plain requests', async () => {
    expect(await talk('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n')).toMatch(/^HTTP\/1\.1 403 Forbidden/);
    expect(await talk(`CONNECT 127.0.0.1:${targetPort + 1} HTTP/1.1\r\n\r\n`)).toMatch(/^HTTP\/1\.1 403 Forbidden/);
    expect(await talk('GET http://127.0.0.1/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 405/);
  });

  it('admits only connections that arrived through a tunnel', () => {
    const direct = { remotePort: 1 } as net.Socket;
    expect(proxy.admits(direct)).toBe(false);
    expect(proxy.stats().refusedDirect).toBe(1);
  });
});
