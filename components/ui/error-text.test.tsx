import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/hooks/fetcher';
import { renderIntl } from '@/test/intl';
import type { Locale } from '@/lib/i18n/locales';
import { Loadable } from './loadable';
import { useErrorText } from './error-text';

function Said({ error }: { error: unknown }) {
  const { message, detail } = useErrorText()(error);
  return (
    <>
      <p>{message}</p>
      <i>{detail}</i>
    </>
  );
}

const said = (error: unknown, locale: Locale) => renderIntl(<Said error={error} />, locale);

describe('useErrorText: an envelope in the reader language, the server words verbatim', () => {
  it('says a 403 in English and Korean, keeping the API server message as it came', () => {
    const error = new ApiError(403, 'Forbidden', 'pods is forbidden: User "system:serviceaccount:kube-system:kubesys" cannot list resource "pods"');
    const en = said(error, 'en');
    expect(en).toContain('Access denied');
    expect(en).toContain('HTTP 403 · Forbidden — pods is forbidden: User &quot;system:serviceaccount:kube-system:kubesys&quot;');
    const ko = said(error, 'ko');
    expect(ko).toContain('접근이 거부되었습니다');
    expect(ko).toContain('HTTP 403 · Forbidden — pods is forbidden');
    expect(ko).not.toContain('Access denied');
  });

  it('names the unknown context from the envelope params', () => {
    const error = new ApiError(404, 'UnknownContext', 'no cluster context "nope" in the kubeconfig; contexts: a, b', { context: 'nope', contexts: 'a, b' });
    expect(said(error, 'en')).toContain('The kubeconfig has no cluster context “nope”.');
    expect(said(error, 'ko')).toContain('kubeconfig에 “nope” 클러스터 컨텍스트가 없습니다.');
  });

  it('says an unreachable API server, expired credentials and a rate limit', () => {
    expect(said(new ApiError(503, 'Unreachable', 'cannot reach the API server (ECONNREFUSED)'), 'ko')).toContain('API 서버에 연결할 수 없습니다');
    expect(said(new ApiError(502, 'Unauthorized', "the API server rejected the dashboard's credentials: Unauthorized"), 'ko')).toContain('자격 증명을 거부했습니다');
    expect(said(new ApiError(429, 'TooManyRequests', 'slow down'), 'en')).toContain('Too many requests');
    expect(said(new ApiError(500, 'InternalError', 'etcd leader changed'), 'ko')).toContain('서버 오류가 발생했습니다 (HTTP 500)');
  });

  it('says "offline" without the fetcher English, and any other error with its text as detail', () => {
    const offline = said(new ApiError(0, 'Offline', 'The dashboard server cannot be reached.'), 'ko');
    expect(offline).toContain('대시보드 서버에 연결할 수 없습니다');
    expect(offline).not.toContain('The dashboard server');
    expect(said(new Error('boom'), 'ko')).toContain('문제가 발생했습니다.');
  });

  it("is Loadable's default error panel, titled from the catalogue", () => {
    const html = renderIntl(
      <Loadable query={{ data: undefined, error: new ApiError(504, 'Timeout', 'the API server did not answer in time') }} loading={null}>
        {() => null}
      </Loadable>,
      'ko',
    );
    expect(html).toContain('불러오지 못했습니다');
    expect(html).toContain('API 서버가 제시간에 응답하지 않았습니다.');
    expect(html).toContain('the API server did not answer in time');
  });
});
