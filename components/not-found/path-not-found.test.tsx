/** Every 404 is worded by its path: what kind of thing the URL names and which one, or the page itself. */
import { describe, expect, it } from 'vitest';
import { notFoundSubject } from './path-not-found';

describe('notFoundSubject', () => {
  it('names the component, group, pod or node a detail URL asks for', () => {
    expect(notFoundSubject('/components/coredns')).toEqual({ kind: 'components', name: 'coredns' });
    expect(notFoundSubject('/groups/other')).toEqual({ kind: 'groups', name: 'other' });
    expect(notFoundSubject('/pods/kube-proxy-x7k2p')).toEqual({ kind: 'pods', name: 'kube-proxy-x7k2p' });
    expect(notFoundSubject('/nodes/ip-10-0-1-5.ec2.internal')).toEqual({ kind: 'nodes', name: 'ip-10-0-1-5.ec2.internal' });
  });

  it('decodes the name, and shows a malformed escape as typed', () => {
    expect(notFoundSubject('/pods/a%20b')).toEqual({ kind: 'pods', name: 'a b' });
    expect(notFoundSubject('/pods/a%E0%A4%A')).toEqual({ kind: 'pods', name: 'a%E0%A4%A' });
  });

  it('is the page itself for any other path, deeper ones included', () => {
    expect(notFoundSubject('/no-such-page')).toEqual({ kind: 'page', name: '/no-such-page' });
    expect(notFoundSubject('/pods/a/b')).toEqual({ kind: 'page', name: '/pods/a/b' });
    expect(notFoundSubject('/widgets/x')).toEqual({ kind: 'page', name: '/widgets/x' });
  });
});
