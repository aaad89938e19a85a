import { describe, expect, it } from 'vitest';
import { logViewParams, matchesFilter, readLogViewState, splitMatches } from './log-view-state';

const params = (query: string) => new URLSearchParams(query);

describe('log view state in the URL', () => {
  it('reads defaults from an empty query', () => {
    expect(readLogViewState(params(''))).toEqual({
      container: undefined,
      previous: false,
      tail: 100,
      follow: false,
      q: '',
      onlyMatches: false,
      timestamps: false,
      wrap: true,
    });
  });

  it('round-trips a shared link', () => {
    const query = 'container=coredns&previous=1&tail=500&q=error&only=1&timestamps=1&wrap=0';
    const state = readLogViewState(params(query));
    const back = new URLSearchParams(Object.entries(logViewParams(state)).filter((e): e is [string, string] => Boolean(e[1])));
    expect(readLogViewState(back)).toEqual(state);
  });

  it('never follows the previous container, and caps the tail', () => {
    expect(readLogViewState(params('previous=1&follow=1')).follow).toBe(false);
    expect(readLogViewState(params('tail=999999')).tail).toBe(5000);
    expect(readLogViewState(params('tail=-3')).tail).toBe(100);
  });
});

describe('filter', () => {
  it('matches case-insensitively and splits around every match', () => {
    expect(matchesFilter('[FATAL] plugin/loop', 'fatal')).toBe(true);
    expect(matchesFilter('[INFO] ok', 'fatal')).toBe(false);
    expect(splitMatches('Error: an error', 'error')).toEqual([
      { text: 'Error', isMatch: true },
      { text: ': an ', isMatch: false },
      { text: 'error', isMatch: true },
    ]);
    expect(splitMatches('abc', '')).toEqual([{ text: 'abc', isMatch: false }]);
  });
});
