/**
 * The header's freshness in words: a replayed capture reads "Snapshot captured at <time>", never "Live",
 * and kinds the API server does not serve are counted, not hidden (rendered to HTML as the server does).
 */
import { renderIntl as renderToStaticMarkup } from '@/test/intl';
import { describe, expect, it } from 'vitest';
import type { FreshnessInfo } from '@/lib/api/types';
import { FreshnessBanner } from './freshness-banner';
import { FreshnessIndicator } from './freshness-indicator';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");

function freshness(extra: Partial<FreshnessInfo> = {}): FreshnessInfo {
  return { state: 'live', lastSyncAt: '2026-01-01T00:00:00Z', watches: { pods: { state: 'live', count: 3 } }, unavailable: [], ...extra };
}

const notServed = (kind: string, phrase: string) => ({ kind, reason: 'not-served' as const, message: `${phrase} (404 on /apis/coordination.k8s.io/v1)` });

describe('FreshnessIndicator', () => {
  it('says Live for a live cluster', () => {
    expect(text(renderToStaticMarkup(<FreshnessIndicator freshness={freshness()} />))).toMatch(/^Data: Live/);
  });

  it('says when a replayed capture was taken instead of Live, and counts what it lacks', () => {
    const html = text(renderToStaticMarkup(<FreshnessIndicator freshness={freshness({ capturedAt: '2022-11-23T22:36:02Z', unavailable: [notServed('leases', 'not in the capture')] })} />));
    expect(html).toContain('Snapshot captured at 2022-11-23 22:36 UTC');
    expect(html).toContain('1 kind not captured');
    expect(html).not.toContain('Live');
  });

  it('counts the kinds a live API server does not serve', () => {
    const html = text(renderToStaticMarkup(<FreshnessIndicator freshness={freshness({ unavailable: [notServed('leases', 'not served by this API server'), notServed('endpoints', 'not served by this API server')] })} />));
    expect(html).toMatch(/^Data: Live/);
    expect(html).toContain('2 kinds unavailable');
  });
});

describe('FreshnessBanner', () => {
  it('names the kinds that are unknown, in the words of their cause', () => {
    const live = text(renderToStaticMarkup(<FreshnessBanner freshness={freshness({ unavailable: [notServed('node-leases', 'not served by this API server')] })} />));
    expect(live).toContain('Not served by this API server');
    expect(live).toContain('node Leases: this API server does not serve them, so they are unknown here, not empty.');
    const replay = text(renderToStaticMarkup(<FreshnessBanner freshness={freshness({ capturedAt: '2022-11-23T22:36:02Z', unavailable: [notServed('endpoints', 'not in the capture')] })} />));
    expect(replay).toContain('Snapshot');
    expect(replay).toContain('taken at 2022-11-23 22:36 UTC');
    expect(replay).toContain('Not in the capture');
    expect(replay).toContain('Endpoints: the capture did not record them');
  });

  it('shows nothing for a live cluster with every kind readable', () => {
    expect(renderToStaticMarkup(<FreshnessBanner freshness={freshness()} />)).toBe('');
  });
});
