import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/', '/'],
    ['/pods/coredns-x?tab=logs&container=coredns', '/pods/coredns-x?tab=logs&container=coredns'],
    ['/?range=1h', '/?range=1h'],
    ['/components/etcd#events', '/components/etcd#events'],
    ['/pods/%E2%82%AC', '/pods/%E2%82%AC'],
    ['/pods/€', '/pods/%E2%82%AC'],
    ['/a/../b', '/b'],
  ])('keeps the path %j as %j', (input, output) => {
    expect(safeNextPath(input)).toBe(output);
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['scheme-relative', '//evil.example'],
    ['a backslash', '/\\evil.example'],
    ['a backslash later on', '/x/\\\\evil.example'],
    ['a tab (browsers drop it: //evil.example)', '/\t/evil.example'],
    ['a newline (was a 500)', '/\n/evil.example'],
    ['a carriage return', '/x\r\nSet-Cookie: a=b'],
    ['a NUL', '/x\u0000'],
    ['DEL', '/x\u007f'],
    ['an encoded slash', '/%2F%2Fevil.example'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['an encoded tab', '/%09/evil.example'],
    ['an encoded newline', '/x%0d%0aLocation:%20//evil'],
    ['javascript:', 'javascript:alert(1)'],
    ['a relative path', 'pods/x'],
    ['empty', ''],
    ['too long', `/${'a'.repeat(5000)}`],
    ['not a string', ['/pods']],
    ['nothing', undefined],
  ])('refuses %s', (_, input) => {
    expect(safeNextPath(input)).toBe('/');
  });

  it('always gives a value a Location header can carry', () => {
    for (const input of ['/pods/€', '/ü?q=ß', '/\u2028', '/%ff', '/x y']) {
      expect(() => new Headers({ Location: safeNextPath(input) })).not.toThrow();
    }
  });
});
