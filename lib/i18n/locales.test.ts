/** The language a request gets: cookie, then Accept-Language, then English. */
import { describe, expect, it } from 'vitest';
import { matchAcceptLanguage, negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it.each([
    [undefined, undefined, 'en'],
    [undefined, 'ko-KR,ko;q=0.9,en-US;q=0.8', 'ko'],
    [undefined, 'en-US,en;q=0.9,ko;q=0.8', 'en'],
    [undefined, 'fr-FR,fr;q=0.9', 'en'],
    [undefined, 'fr-FR,ko;q=0.5', 'ko'],
    [undefined, 'en;q=0.2,ko;q=0.7', 'ko'],
    [undefined, 'ko;q=0,en', 'en'],
    ['ko', 'en-US', 'ko'],
    ['en', 'ko-KR', 'en'],
    ['de', 'ko-KR', 'ko'],
    ['', 'garbage;;q=x', 'en'],
  ])('cookie %j, Accept-Language %j → %s', (cookie, header, expected) => {
    expect(negotiateLocale(cookie, header)).toBe(expected);
  });

  it('reads a bare wildcard as no preference', () => {
    expect(matchAcceptLanguage('*')).toBeUndefined();
  });
});
