/**
 * The demo cluster's DNS server on loopback (UDP), standing in for CoreDNS behind the kube-dns Service:
 * A records of `kubernetes.default.svc.<domain>` and the kube-system Services, NXDOMAIN for other names
 * in the cluster domain. `broken` answers like a failing CoreDNS: SERVFAIL, or no answer at all.
 */
import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { CLASS_IN, decodeMessage, DnsFormatError, encodeMessage, RCODE, TYPE_A, type DnsMessage } from './dns-message';
import type { KObject } from './types';

export type DnsMode = 'ok' | 'servfail' | 'timeout';

export interface DnsServerOptions {
  /** Fully qualified names (no trailing dot) → IPv4. */
  records: Record<string, string>;
  mode?: DnsMode;
  port?: number;
  /** TTL of answers, in seconds (CoreDNS's kubernetes plugin default: 5). */
  ttl?: number;
}

export interface RunningDns {
  port: number;
  /** `127.0.0.1:<port>`, the form CLUSTER_DNS_SERVER takes. */
  address: string;
  setMode(mode: DnsMode): void;
  close(): Promise<void>;
}

/** What the server answers to one query. Pure, for tests. */
export function answerQuery(query: DnsMessage, records: Record<string, string>, ttl = 5): DnsMessage {
  const base: DnsMessage = { ...query, isResponse: true, isAuthoritative: true, isTruncated: false, isRecursionAvailable: true, answers: [], rcode: RCODE.NOERROR };
  if (query.opcode !== 0) return { ...base, rcode: RCODE.NOTIMP };
  const question = query.questions[0];
  if (!question || query.questions.length !== 1) return { ...base, rcode: RCODE.FORMERR };
  const name = question.name.toLowerCase().replace(/\.$/, '');
  const ip = records[name];
  if (ip === undefined) return { ...base, rcode: RCODE.NXDOMAIN };
  if (question.type !== TYPE_A || question.class !== CLASS_IN) return base;
  return { ...base, answers: [{ name: question.name, type: TYPE_A, class: CLASS_IN, ttl, data: ip }] };
}

/** The records a served cluster implies: `kubernetes.default` (first address of the Service CIDR) and each kube-system Service. */
export function recordsFor(objects: readonly KObject[], domain = 'cluster.local', kubernetesIp = '10.96.0.1'): Record<string, string> {
  const records: Record<string, string> = { [`kubernetes.default.svc.${domain}`]: kubernetesIp };
  for (const o of objects) {
    const ip = (o.spec as { clusterIP?: string } | undefined)?.clusterIP;
    if (o.kind === 'Service' && ip && ip !== 'None' && o.metadata.namespace) records[`${o.metadata.name}.${o.metadata.namespace}.svc.${domain}`] = ip;
  }
  return records;
}

/** Start the server on 127.0.0.1 (`port` 0 picks a free one). */
export function startDnsServer(opts: DnsServerOptions): Promise<RunningDns> {
  let mode: DnsMode = opts.mode ?? 'ok';
  const socket = dgram.createSocket('udp4');
  socket.on('message', (buf, peer) => {
    if (mode === 'timeout') return;
    let reply: Buffer;
    try {
      const query = decodeMessage(buf);
      if (query.isResponse) return;
      reply = encodeMessage(mode === 'servfail' ? { ...query, isResponse: true, isRecursionAvailable: true, answers: [], rcode: RCODE.SERVFAIL } : answerQuery(query, opts.records, opts.ttl));
    } catch (error) {
      if (!(error instanceof DnsFormatError) || buf.length < 2) return;
      reply = Buffer.alloc(12);
      reply.writeUInt16BE(buf.readUInt16BE(0), 0);
      reply.writeUInt16BE(0x8000 | RCODE.FORMERR, 2);
    }
    socket.send(reply, peer.port, peer.address);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(opts.port ?? 0, '127.0.0.1', () => {
      const port = (socket.address() as AddressInfo).port;
      resolve({
        port,
        address: `127.0.0.1:${port}`,
        setMode: (next) => {
          mode = next;
        },
        close: () => new Promise<void>((done) => socket.close(() => done())),
      });
    });
  });
}
