import { describe, expect, it } from 'vitest';
import { renderIntl } from '@/test/intl';
import { ClockTime, RelativeTime } from './relative-time';
import { Section } from './section';

describe('times and counts in the reader locale and the dashboard time zone (UTC)', () => {
  it('shows a clock on 24 hours, the same in English and Korean', () => {
    for (const locale of ['en', 'ko'] as const) {
      expect(renderIntl(<ClockTime iso="2026-01-01T21:03:41Z" />, locale)).toContain('>21:03:41</time>');
    }
    expect(renderIntl(<ClockTime iso="not a time" />, 'ko')).toContain('>—</time>');
  });

  it("titles an age with the full date in the reader's order", () => {
    expect(renderIntl(<RelativeTime iso="2026-01-01T21:03:41Z" />, 'en')).toMatch(/title="Jan 1, 2026, 21:03:41"/);
    expect(renderIntl(<RelativeTime iso="2026-01-01T21:03:41Z" />, 'ko')).toMatch(/title="2026\. 1\. 1\. 21:03:41"/);
  });

  it("counts a section's items with the locale's grouping", () => {
    expect(renderIntl(<Section title="Pods" count={12345}>x</Section>, 'ko')).toContain('(12,345)');
  });
});
