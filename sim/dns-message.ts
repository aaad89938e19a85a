/**
 * A minimal DNS message codec (RFC 1035 §4): header, questions and A/other resource records, with name
 * compression read but never written. Enough for the demo cluster's DNS server and its tests.
 */

export const TYPE_A = 1;
export const TYPE_AAAA = 28;
export const CLASS_IN = 1;
export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;

export interface DnsQuestion {
  name: string;
  type: number;
  class: number;
}

export interface DnsRecord {
  name: string;
  type: number;
  class: number;
  ttl: number;
  /** Dotted IPv4 for A records; raw bytes otherwise. */
  data: string | Buffer;
}

export interface DnsMessage {
  id: number;
  isResponse: boolean;
  opcode: number;
  isAuthoritative: boolean;
  isTruncated: boolean;
  isRecursionDesired: boolean;
  isRecursionAvailable: boolean;
  rcode: number;
  questions: DnsQuestion[];
  answers: DnsRecord[];
}

export class DnsFormatError extends Error {}

function need(buf: Buffer, offset: number, length: number): void {
  if (offset + length > buf.length) throw new DnsFormatError(`message truncated at byte ${offset}`);
}

/** A domain name at `offset`; follows compression pointers (at most 32, so loops end). */
function readName(buf: Buffer, offset: number): { name: string; next: number } {
  const labels: string[] = [];
  let next = -1;
  let at = offset;
  for (let jumps = 0; ; ) {
    need(buf, at, 1);
    const length = buf[at]!;
    if (length === 0) {
      at += 1;
      break;
    }
    if ((length & 0xc0) === 0xc0) {
      need(buf, at, 2);
      if (next < 0) next = at + 2;
      if (++jumps > 32) throw new DnsFormatError('compression loop');
      at = ((length & 0x3f) << 8) | buf[at + 1]!;
      continue;
    }
    if (length > 63) throw new DnsFormatError(`label length ${length}`);
    need(buf, at + 1, length);
    labels.push(buf.toString('latin1', at + 1, at + 1 + length));
    at += 1 + length;
  }
  return { name: labels.join('.'), next: next < 0 ? at : next };
}

function writeName(name: string): Buffer {
  const labels = name.replace(/\.$/, '').split('.').filter(Boolean);
  const parts: Buffer[] = [];
  for (const label of labels) {
    if (label.length > 63) throw new DnsFormatError(`label too long: ${label}`);
    parts.push(Buffer.from([label.length]), Buffer.from(label, 'latin1'));
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

/** Parse a DNS message (a query or a response). Throws DnsFormatError on malformed input. */
export function decodeMessage(buf: Buffer): DnsMessage {
  need(buf, 0, 12);
  const flags = buf.readUInt16BE(2);
  const counts = [buf.readUInt16BE(4), buf.readUInt16BE(6)];
  let at = 12;
  const questions: DnsQuestion[] = [];
  for (let i = 0; i < counts[0]!; i++) {
    const { name, next } = readName(buf, at);
    need(buf, next, 4);
    questions.push({ name, type: buf.readUInt16BE(next), class: buf.readUInt16BE(next + 2) });
    at = next + 4;
  }
  const answers: DnsRecord[] = [];
  for (let i = 0; i < counts[1]!; i++) {
    const { name, next } = readName(buf, at);
    need(buf, next, 10);
    const type = buf.readUInt16BE(next);
    const length = buf.readUInt16BE(next + 8);
    need(buf, next + 10, length);
    const raw = buf.subarray(next + 10, next + 10 + length);
    const data = type === TYPE_A && length === 4 ? [...raw].join('.') : Buffer.from(raw);
    answers.push({ name, type, class: buf.readUInt16BE(next + 2), ttl: buf.readUInt32BE(next + 4), data });
    at = next + 10 + length;
  }
  return {
    id: buf.readUInt16BE(0),
    isResponse: Boolean(flags & 0x8000),
    opcode: (flags >> 11) & 0xf,
    isAuthoritative: Boolean(flags & 0x0400),
    isTruncated: Boolean(flags & 0x0200),
    isRecursionDesired: Boolean(flags & 0x0100),
    isRecursionAvailable: Boolean(flags & 0x0080),
    rcode: flags & 0xf,
    questions,
    answers,
  };
}

function ipv4Bytes(ip: string): Buffer {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) throw new DnsFormatError(`not an IPv4 address: ${ip}`);
  return Buffer.from(parts);
}

/** Serialise a DNS message (no compression, no authority or additional records). */
export function encodeMessage(m: DnsMessage): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(m.id, 0);
  const flags = (m.isResponse ? 0x8000 : 0) | ((m.opcode & 0xf) << 11) | (m.isAuthoritative ? 0x0400 : 0) | (m.isTruncated ? 0x0200 : 0)
    | (m.isRecursionDesired ? 0x0100 : 0) | (m.isRecursionAvailable ? 0x0080 : 0) | (m.rcode & 0xf);
  header.writeUInt16BE(flags, 2);
  header.writeUInt16BE(m.questions.length, 4);
  header.writeUInt16BE(m.answers.length, 6);
  const parts: Buffer[] = [header];
  for (const q of m.questions) {
    const tail = Buffer.alloc(4);
    tail.writeUInt16BE(q.type, 0);
    tail.writeUInt16BE(q.class, 2);
    parts.push(writeName(q.name), tail);
  }
  for (const r of m.answers) {
    const data = typeof r.data === 'string' ? ipv4Bytes(r.data) : r.data;
    const fixed = Buffer.alloc(10);
    fixed.writeUInt16BE(r.type, 0);
    fixed.writeUInt16BE(r.class, 2);
    fixed.writeUInt32BE(r.ttl, 4);
    fixed.writeUInt16BE(data.length, 8);
    parts.push(writeName(r.name), fixed, data);
  }
  return Buffer.concat(parts);
}
