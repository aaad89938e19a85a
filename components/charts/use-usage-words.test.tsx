import { describe, expect, it } from 'vitest';
import { renderIntl } from '@/test/intl';
import { useUsageWords } from './use-usage-words';

const POINTS: [number, number][] = [[1, 200], [2, 340], [3, 120]];
// 2023-11-14 22:13:20 UTC.
const T = 1_700_000_000;

function Words() {
  const words = useUsageWords();
  return (
    <p>
      {[
        words.summarize('CPU', POINTS, words.millicores, 3_600),
        words.summarize(words.resourceTitle('memory'), [], words.memory, 900),
        words.millicores(2_500),
        words.tick(T, 3_600),
        words.since(T, 3_600),
        words.range(604_800),
      ].join(' | ')}
    </p>
  );
}

describe('useUsageWords', () => {
  it('reads in English', () => {
    expect(renderIntl(<Words />)).toBe(
      '<p>CPU 120m now, peak 340m, average 220m in the last hour | Memory: no data in the last 15 minutes | 2.5 cores | 22:13 | since 22:13 | the last 7 days</p>',
    );
  });

  it('reads in Korean, units as written', () => {
    expect(renderIntl(<Words />, 'ko')).toBe(
      '<p>CPU 현재 120m, 최대 340m, 평균 220m (최근 1시간) | 메모리: 최근 15분 동안 데이터 없음 | 2.5코어 | 22:13 | 22:13부터 | 최근 7일</p>',
    );
  });
});
