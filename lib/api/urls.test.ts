/** API paths and URLs: a first view is named by the path the browser's hook will ask for, whatever the cluster in view. */
import { describe, expect, it } from 'vitest';
import { apiPath, apiPathOf } from './urls';

describe('apiPath and apiPathOf', () => {
  it('names a path with its query, dropping empty values and keeping zeros', () => {
    expect(apiPath('/api/pods', { q: '', status: undefined, sort: 'status', order: 'asc', offset: 0, limit: 300 })).toBe('/api/pods?sort=status&order=asc&offset=0&limit=300');
    expect(apiPath('/api/overview')).toBe('/api/overview');
  });

  it('takes a cluster prefix off, and keeps the query', () => {
    expect(apiPathOf('/api/c/prod/findings?subject=component%2Fcoredns')).toBe('/api/findings?subject=component%2Fcoredns');
    expect(apiPathOf('/api/c/prod/overview')).toBe('/api/overview');
    expect(apiPathOf('/api/nodes')).toBe('/api/nodes');
    expect(apiPathOf('/api/clusters/contexts')).toBe('/api/clusters/contexts');
  });
});
