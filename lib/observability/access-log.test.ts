import { describe, expect, it } from 'vitest';
import { toAccessLogEntry } from './access-log';

describe('toAccessLogEntry', () => {
  it('names the client, the user, the method, the path without its query, the status and the duration', () => {
    expect(
      toAccessLogEntry(
        { method: 'GET', url: '/api/k8s/api/v1/namespaces/kube-system/pods?watch=true&token=abc', status: 200, seconds: 0.0421 },
        { client: '198.51.100.4', user: 'alice@example.com' },
      ),
    ).toEqual({ client: '198.51.100.4', user: 'alice@example.com', method: 'GET', path: '/api/k8s/api/v1/namespaces/kube-system/pods', status: 200, durationMs: 42 });
  });

  it('bounds what a client controls', () => {
    const entry = toAccessLogEntry({ method: 'X'.repeat(100), url: `/${'a'.repeat(5000)}`, status: 404, seconds: 0 }, { client: 'unknown', user: null });
    expect(entry.method).toHaveLength(20);
    expect(entry.path).toHaveLength(1000);
  });
});
