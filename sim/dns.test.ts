/** The DNS message codec and the demo DNS server, over real UDP with node:dns as the client. */
import dgram from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from './world/index';
import { answerQuery, recordsFor, startDnsServer, type RunningDns } from './dns';
import { CLASS_IN, decodeMessage, DnsFormatError, encodeMessage, RCODE, TYPE_A, TYPE_AAAA, type DnsMessage } from './dns-message';

const NAME = 'kubernetes.default.svc.cluster.local';
const query = (name: string, type = TYPE_A): DnsMessage => ({
  id: 0x1234, isResponse: false, opcode: 0, isAuthoritative: false, isTruncated: false, isRecursionDesired: true, isRecursionAvailable: false,
  rcode: 0, questions: [{ name, type, class: CLASS_IN }], answers: [],
});

describe('DNS message codec', () => {
  it('encodes a query byte for byte as RFC 1035 lays it out', () => {
    const bytes = encodeMessage(query('a.bc'));
    expect(bytes.toString('hex')).toBe('123401000001000000000000' + '0161026263' + '00' + '0001' + '0001');
  });

  it('round-trips a response with an A record', () => {
    const reply = answerQuery(query(NAME), { [NAME]: '10.96.0.1' });
    const decoded = decodeMessage(encodeMessage(reply));
    expect(decoded).toMatchObject({ id: 0x1234, isResponse: true, isAuthoritative: true, rcode: RCODE.NOERROR });
    expect(decoded.answers).toEqual([{ name: NAME, type: TYPE_A, class: CLASS_IN, ttl: 5, data: '10.96.0.1' }]);
  });

  it('follows compression pointers in answers', () => {
    // Header (1 question, 1 answer), question "a.bc" A IN, answer named by a pointer to offset 12.
    const bytes = Buffer.from('12348180000100010000000001610262630000010001' + 'c00c' + '00010001' + '0000003c' + '0004' + '0a000001', 'hex');
    expect(decodeMessage(bytes).answers).toEqual([{ name: 'a.bc', type: TYPE_A, class: CLASS_IN, ttl: 60, data: '10.0.0.1' }]);
  });

  it('rejects truncated messages and pointer loops', () => {
    expect(() => decodeMessage(Buffer.from('1234', 'hex'))).toThrow(DnsFormatError);
    expect(() => decodeMessage(Buffer.from('123401000001000000000000c00c00010001', 'hex'))).toThrow(/compression loop/);
  });

  it('answers NXDOMAIN for unknown names and an empty NOERROR for other types of a known name', () => {
    expect(answerQuery(query('nope.default.svc.cluster.local'), { [NAME]: '10.96.0.1' }).rcode).toBe(RCODE.NXDOMAIN);
    const aaaa = answerQuery(query(NAME, TYPE_AAAA), { [NAME]: '10.96.0.1' });
    expect([aaaa.rcode, aaaa.answers]).toEqual([RCODE.NOERROR, []]);
  });

  it('derives records from the demo world: kubernetes.default and each kube-system Service', () => {
    const records = recordsFor(createWorld({ nodes: 2, seed: 7, scenario: 'healthy', now: Date.parse('2026-11-28T12:00:00Z') }).objects);
    expect(records[NAME]).toBe('10.96.0.1');
    expect(records['kube-dns.kube-system.svc.cluster.local']).toBe('10.96.0.10');
  });
});

describe('the demo DNS server over UDP', () => {
  let dns: RunningDns;
  const resolver = () => {
    const r = new Resolver({ timeout: 500, tries: 1 });
    r.setServers([dns.address]);
    return r;
  };

  beforeAll(async () => {
    dns = await startDnsServer({ records: { [NAME]: '10.96.0.1' } });
  });
  afterAll(() => dns.close());

  it('answers the A record of kubernetes.default to node:dns', async () => {
    dns.setMode('ok');
    expect(await resolver().resolve4(NAME)).toEqual(['10.96.0.1']);
  });

  it('answers NXDOMAIN for other names', async () => {
    dns.setMode('ok');
    await expect(resolver().resolve4('nope.default.svc.cluster.local')).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  it('answers SERVFAIL when broken, and nothing at all when timing out', async () => {
    dns.setMode('servfail');
    await expect(resolver().resolve4(NAME)).rejects.toMatchObject({ code: 'ESERVFAIL' });
    dns.setMode('timeout');
    await expect(resolver().resolve4(NAME)).rejects.toMatchObject({ code: 'ETIMEOUT' });
  });

  it('answers FORMERR to a malformed query instead of dropping it', async () => {
    dns.setMode('ok');
    const socket = dgram.createSocket('udp4');
    const reply = await new Promise<Buffer>((resolve) => {
      socket.once('message', resolve);
      socket.send(Buffer.from('abcd0100000100', 'hex'), dns.port, '127.0.0.1');
    });
    socket.close();
    expect(decodeMessage(reply)).toMatchObject({ id: 0xabcd, isResponse: true, rcode: RCODE.FORMERR });
  });
});
