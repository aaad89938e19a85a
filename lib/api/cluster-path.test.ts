/** Cluster URLs: `/c/<context>/…` and `/api/c/<context>/…` split into context and path, and built back. */
import { describe, expect, it } from 'vitest';
import { parseContextPath, withContext } from './cluster-path';

describe('parseContextPath', () => {
  it('splits page and API paths', () => {
    expect(parseContextPath('/c/prod/nodes')).toEqual({ context: 'prod', path: '/nodes' });
    expect(parseContextPath('/c/prod')).toEqual({ context: 'prod', path: '/' });
    expect(parseContextPath('/api/c/prod/components/coredns')).toEqual({ context: 'prod', path: '/api/components/coredns' });
  });

  it('decodes context names with characters a URL escapes', () => {
    expect(parseContextPath('/c/arn%3Aaws%3Aeks%3Aeu%2Fprod/pods')).toEqual({ context: 'arn:aws:eks:eu/prod', path: '/pods' });
  });

  it('leaves bare paths, empty and malformed segments alone', () => {
    expect(parseContextPath('/nodes')).toBeUndefined();
    expect(parseContextPath('/clusters')).toBeUndefined();
    expect(parseContextPath('/c/')).toBeUndefined();
    expect(parseContextPath('/c/%E0%A4%A/nodes')).toBeUndefined();
  });
});

describe('withContext', () => {
  it('prefixes page and API paths and round-trips through parseContextPath', () => {
    expect(withContext('/nodes', 'kind-dev')).toBe('/c/kind-dev/nodes');
    expect(withContext('/', 'kind-dev')).toBe('/c/kind-dev');
    expect(withContext('/api/overview', 'a/b')).toBe('/api/c/a%2Fb/overview');
    expect(parseContextPath(withContext('/pods/x', 'gke_p_z_c'))).toEqual({ context: 'gke_p_z_c', path: '/pods/x' });
  });

  it('keeps a bare path without a context', () => {
    expect(withContext('/nodes', undefined)).toBe('/nodes');
  });
});
