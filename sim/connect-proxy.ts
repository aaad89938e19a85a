/**
 * A loopback HTTP CONNECT proxy in front of the demo cluster (kubeconfig `proxy-url`), as a corporate
 * egress proxy or a bastion is. It tunnels only to the API server's address, handing each tunnel to the
 * API server in-process; the API server resets every connection that reaches its port directly, so a
 * client that ignores `proxy-url` fails before any TLS handshake.
 */
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ConnectProxy {
  url: string;
  port: number;
  stats(): { url: string; tunnels: number; open: number };
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * Start the proxy on 127.0.0.1:`port` (0: any free port). A CONNECT to 127.0.0.1 or localhost on
 * `targetPort` is answered 200 and the client's socket goes to `deliver`; anything else is 403.
 */
export async function startConnectProxy(opts: { targetPort: number; deliver: (socket: Socket) => void; port?: number }): Promise<ConnectProxy> {
  const open = new Set<Socket>();
  let tunnels = 0;
  const server = createServer((_req, res) => {
    res.writeHead(405, { 'Content-Type': 'text/plain' }).end('this proxy only tunnels (CONNECT) to the demo cluster\n');
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    client.on('error', () => client.destroy());
    const target = /^\[?([^\]]+?)\]?:(\d+)$/.exec(req.url ?? '');
    if (!target || !LOOPBACK.has(target[1]) || Number(target[2]) !== opts.targetPort) {
      client.end(`HTTP/1.1 403 Forbidden\r\n\r\n`);
      return;
    }
    tunnels += 1;
    open.add(client);
    client.once('close', () => open.delete(client));
    client.write('HTTP/1.1 200 Connection established\r\n\r\n');
    if (head.length) client.unshift(head);
    opts.deliver(client);
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    stats: () => ({ url, tunnels, open: open.size }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
