/**
 * The overview that could not load says why in the reader's language (by the envelope's code), keeps the
 * server's words as the technical detail, and without a cluster shows the server's guidance (which
 * kubeconfig it read, the commands that fix it) with its commands as code.
 */
import { describe, expect, it } from 'vitest';
import { kubeconfigProblemParams } from '@/lib/api/kubeconfig-problem';
import { ApiError } from '@/lib/hooks/fetcher';
import { renderIntl } from '@/test/intl';
import { OverviewError } from './overview-error';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');

describe('OverviewError', () => {
  it('words a refused request in Korean and keeps the server\'s words verbatim', () => {
    const html = text(renderIntl(<OverviewError error={new ApiError(403, 'Forbidden', 'pods is forbidden: User "x" cannot list resource "pods"')} />, 'ko'));
    expect(html).toContain('개요를 불러오지 못했습니다');
    expect(html).toContain('접근이 거부되었습니다');
    expect(html).toContain('pods is forbidden: User "x" cannot list resource "pods"');
    expect(html).not.toMatch(/Couldn't|Forbidden:/);
  });

  it('without a cluster, says so and shows the server\'s guidance with its commands as code', () => {
    const guidance = 'No cluster configured: KUBECONFIG is not set. Run `npm run demo` to start the demo cluster.';
    const html = renderIntl(<OverviewError error={new ApiError(503, 'NotConfigured', guidance)} />, 'ko');
    expect(text(html)).toContain('구성된 클러스터가 없습니다');
    expect(html).toMatch(/<code[^>]*>npm run demo<\/code>/);
  });

  it('words the kubeconfig problem the envelope names in the reader\'s language, values and commands as they are', () => {
    const params = kubeconfigProblemParams({ code: 'kubeconfigMissing', params: { origin: 'KUBECONFIG', files: '/home/me/.kube/prod.yaml' }, hints: ['checkPath', 'demo'] });
    const error = new ApiError(503, 'NotConfigured', 'Kubeconfig not found: KUBECONFIG points at /home/me/.kube/prod.yaml, which does not exist.', params);
    const korean = renderIntl(<OverviewError error={error} />, 'ko');
    expect(text(korean)).toContain('kubeconfig를 찾을 수 없음: KUBECONFIG에 지정된 파일이 없습니다: /home/me/.kube/prod.yaml');
    expect(text(korean)).toContain('경로를 확인하거나');
    expect(korean).toMatch(/<code[^>]*>npm run demo<\/code>/);
    expect(text(korean)).not.toMatch(/not found|does not exist|Check the path/);
    expect(text(renderIntl(<OverviewError error={error} />, 'en'))).toContain('Kubeconfig not found: KUBECONFIG points at /home/me/.kube/prod.yaml, which does not exist.');
  });

  it('an error that is not the API\'s is "something went wrong", with its own words as the detail', () => {
    const html = text(renderIntl(<OverviewError error={new TypeError('boom')} />));
    expect(html).toContain("Couldn't load the overview");
    expect(html).toContain('boom');
  });
});
