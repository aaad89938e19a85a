import { describe, expect, it } from 'vitest';
import { createRouteTable, routeOf } from './routes';

const table = createRouteTable(
  ['/', '/api/overview', '/api/healthz', '/components/[id]', '/pods/[name]', '/pods/[name]/logs', '/api/k8s/[...path]', '/docs/[[...slug]]', '/_not-found', '/login'],
  '/kubesys',
);

describe('routeOf', () => {
  it.each([
    ['/kubesys', '/'],
    ['/kubesys/', '/'],
    ['/kubesys/api/overview?pods=all', '/api/overview'],
    ['/kubesys/components/coredns', '/components/[id]'],
    ['/kubesys/pods/coredns-abc?tab=logs', '/pods/[name]'],
    ['/kubesys/pods/coredns-abc/logs', '/pods/[name]/logs'],
    ['/kubesys/api/k8s/api/v1/nodes', '/api/k8s/[...path]'],
    ['/kubesys/docs', '/docs/[[...slug]]'],
    ['/kubesys/docs/a/b', '/docs/[[...slug]]'],
    ['/kubesys/_next/static/chunks/main.js', '/_next/static'],
    ['/kubesys/_next/image?url=x', '/_next'],
    ['/kubesys/no/such/page', 'unmatched'],
    ['/kubesys/_not-found', 'unmatched'],
  ])('%s → %s', (url, route) => expect(routeOf(table, url)).toBe(route));

  it('keeps the label set bounded whatever the URLs', () => {
    const labels = new Set(Array.from({ length: 500 }, (_, i) => routeOf(table, `/kubesys/pods/pod-${i}?x=${i}`)));
    expect([...labels]).toEqual(['/pods/[name]']);
  });
});
