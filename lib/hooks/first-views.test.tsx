/**
 * Which first views a hook gets in the browser: a cluster's answers only while the address bar still names
 * that cluster; the answers of paths that belong to no cluster (the kubeconfig's contexts) in every cluster,
 * since their SWR key does not change on a navigation and nothing would fetch them again until the poll.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { FirstViewSeeds } from '@/lib/api/conditional';
import { FirstViews, useFirstView } from './first-views';

const SEEDS: FirstViewSeeds = {
  context: 'demo-healthy',
  views: {
    '/api/overview': { data: 'overview of demo-healthy', etag: '"o"' },
    '/api/clusters/contexts': { data: 'contexts', etag: '"c"' },
  },
};

function Probe({ path }: { path: string }) {
  const view = useFirstView<string>(path);
  return <>{view ? view.data : 'none'}</>;
}

const render = (path: string) => renderToStaticMarkup(<FirstViews seeds={SEEDS}><Probe path={path} /></FirstViews>);

function browserAt(pathname: string) {
  (globalThis as { window?: unknown }).window = { location: { pathname } };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('useFirstView', () => {
  it('gives the server its seeds as they are', () => {
    expect(render('/api/overview')).toBe('overview of demo-healthy');
  });

  it('gives a cluster\'s answer while the page is in that cluster', () => {
    browserAt('/c/demo-healthy/nodes');
    expect(render('/api/overview')).toBe('overview of demo-healthy');
  });

  it('gives no cluster\'s answer after a navigation to another cluster', () => {
    browserAt('/c/demo-degraded');
    expect(render('/api/overview')).toBe('none');
  });

  it('keeps the kubeconfig\'s contexts in every cluster and on the fleet page', () => {
    browserAt('/c/demo-degraded');
    expect(render('/api/clusters/contexts')).toBe('contexts');
    browserAt('/clusters');
    expect(render('/api/clusters/contexts')).toBe('contexts');
  });

  it('has nothing for a path the server did not render', () => {
    browserAt('/c/demo-healthy');
    expect(render('/api/events')).toBe('none');
  });
});
