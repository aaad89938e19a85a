/** A search result's second line is worded in the reader's language from its facts; names and statuses stay as Kubernetes writes them. */
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@/lib/api/search';
import { renderIntl } from '@/test/intl';
import { useAboutText } from './search-box';

const RESULTS: Pick<SearchResult, 'about'>[] = [
  { about: { kind: 'component', name: 'CoreDNS', group: 'add-on' } },
  { about: { kind: 'pod', status: 'Running', node: 'worker-3' } },
  { about: { kind: 'pod', status: 'Pending' } },
  { about: { kind: 'status', count: 1204 } },
  { about: { kind: 'node', roles: [] } },
  { about: { kind: 'node', roles: ['control-plane'] } },
];

function Lines() {
  const aboutOf = useAboutText();
  return <>{RESULTS.map((result, i) => <p key={i}>{aboutOf(result)}</p>)}</>;
}

const lines = (html: string) => [...html.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]);

describe('useAboutText', () => {
  it('words the facts in Korean', () => {
    expect(lines(renderIntl(<Lines />, 'ko'))).toEqual([
      'CoreDNS · Add-on',
      'Running · worker-3',
      'Pending · 스케줄되지 않음',
      'Pod 1,204개',
      '(없음)',
      'control-plane',
    ]);
  });

  it('words them in English as the API always has', () => {
    expect(lines(renderIntl(<Lines />, 'en'))).toEqual([
      'CoreDNS · Add-ons',
      'Running on worker-3',
      'Pending, not scheduled',
      '1,204 pods',
      '&lt;none&gt;', // HTML-escaped: this reads the rendered markup
      'control-plane',
    ]);
  });
});
