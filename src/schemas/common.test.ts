import { describe, expect, it } from 'vitest';
import { partialDatePrecision } from './common.ts';

describe('partialDatePrecision', () => {
  it.each([
    ['2025', 'year'],
    ['2026-05', 'month'],
    ['2025-10-03', 'day'],
    ['2024-02-29', 'day'],
  ])('%s has precision %s', (value, precision) => {
    expect(partialDatePrecision(value)).toBe(precision);
  });

  it.each(['2024-13-45', '2024-02-30', '2023-02-29', '2025-00', '12/03/2025', '', '2025-1-3', 'May 2026'])('%j is invalid', (value) => {
    expect(partialDatePrecision(value)).toBeUndefined();
  });
});
