/**
 * A loopback HTTP CONNECT proxy in front of the demo cluster (kubeconfig `proxy-url`), as a corporate
 * egress proxy or a bastion is. It tunnels only to the API server, and the API server then refuses
 * connections that did not come through it, so a client that ignores `proxy-url` fails.
 */
import { createServer } from 'node:http';
import net, { type AddressInfo } from 'node:net';

export interface ConnectProxy {
  url: string;
  port: number;
  /** Whether a connection the API server accepted came through a tunnel (counts refusals). */
  admits(socket: net.Socket): boolean;
  stats(): { url: string; tunnels: number; open: number; refusedDirect: number };
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** Start the proxy on 127.0.0.1:`port` (0: any free port), tunnelling to the API server on `targetPort`. */
export async function startConnectProxy(opts: { targetPort: number; port?: number }): Promise<ConnectProxy> {
  const tunnelPorts = new Set<number>();
  const sockets = new Set<net.Socket>();
  let tunnels = 0;
  let refusedDirect = 0;
  const server = createServer((_req, res) => {
    res.writeHead(405, { 'Content-Type': 'text/plain' }).end('this proxy only tunnels (CONNECT) to the demo cluster\n');
  });
  server.on('connect', (req, client: net.Socket, head: Buffer) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const target = /^\[?([^\]]+?)\]?:(\d+)$/.exec(req.url ?? '');
    if (!target || !LOOPBACK.has(target[1]) || Number(target[2]) !== opts.targetPort) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    let tunnelPort: number | undefined;
    const upstream = net.connect(opts.targetPort, '127.0.0.1', () => {
      tunnelPort = upstream.localPort;
      if (tunnelPort !== undefined) tunnelPorts.add(tunnelPort);
      tunnels += 1;
      client.write('HTTP/1.1 200 Connection established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.once('close', () => {
      sockets.delete(upstream);
      if (tunnelPort !== undefined) tunnelPorts.delete(tunnelPort);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.once('close', () => upstream.destroy());
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    admits(socket) {
      const ok = socket.remotePort !== undefined && tunnelPorts.has(socket.remotePort);
      if (!ok) refusedDirect += 1;
      return ok;
    },
    stats: () => ({ url, tunnels, open: tunnelPorts.size, refusedDirect }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
