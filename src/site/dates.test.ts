import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './dates.ts';

describe('formatPartialDate', () => {
  it.each([
    ['2025-10-03', 'en', 'October 3, 2025'],
    ['2025-10-03', 'fr', '3 octobre 2025'],
    ['2025-10-03', 'zh-CN', '2025年10月3日'],
    ['2026-05', 'en', 'May 2026'],
    ['2026-05', 'fr', 'mai 2026'],
    ['2026-05', 'zh-CN', '2026年5月'],
    ['2025', 'fr', '2025'],
  ])('%s in %s is %s, no more precise than the source', (value, locale, shown) => {
    expect(formatPartialDate(value, locale)).toBe(shown);
  });

  it('shows the date of the source whatever the machine’s time zone (the first of a month stays in its month)', () => {
    expect(formatPartialDate('2025-01-01', 'en')).toBe('January 1, 2025');
    expect(formatPartialDate('2025-12-31', 'en')).toBe('December 31, 2025');
  });

  it('refuses what is not a partial ISO date rather than guessing', () => {
    expect(() => formatPartialDate('03/10/2025', 'en')).toThrow(/not a partial ISO date/);
    expect(() => formatPartialDate('2025-13', 'en')).toThrow(/not a partial ISO date/);
  });
});
