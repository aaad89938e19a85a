/**
 * The notice names the kinds a cluster does not serve, or forbids, in the reader's language: Kubernetes' kind
 * names as the API writes them (singular in Korean prose, which has no plural), the prose around them translated.
 */
import { describe, expect, it } from 'vitest';
import { renderIntl } from '@/test/intl';
import { UnavailableNotice } from './unavailable-notice';

const kinds = [
  { kind: 'node-leases', reason: 'not-served' as const, message: 'not served by this API server (coordination.k8s.io/v1)' },
  { kind: 'networkpolicies', reason: 'not-served' as const, message: 'not served by this API server (networking.k8s.io/v1)' },
  { kind: 'configmaps', reason: 'forbidden' as const, message: 'configmaps is forbidden' },
  { kind: 'widgets', reason: 'forbidden' as const, message: 'widgets is forbidden' },
];

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('UnavailableNotice', () => {
  it('names the kinds in Korean prose as Kubernetes writes them', () => {
    const html = text(renderIntl(<UnavailableNotice kinds={kinds} />, 'ko'));
    expect(html).toContain('노드 Lease, NetworkPolicy: 이 API 서버가 제공하지 않으므로');
    expect(html).toContain('ConfigMap, widgets 읽기 권한이 없습니다');
    expect(html).not.toMatch(/node Leases|NetworkPolicies|ConfigMaps/);
  });

  it('names them in English as before, and a kind it has no label for by its own name', () => {
    const html = text(renderIntl(<UnavailableNotice kinds={kinds} />, 'en'));
    expect(html).toContain('node Leases, NetworkPolicies: this API server does not serve them');
    expect(html).toContain('no read access to ConfigMaps, widgets;');
  });
});
