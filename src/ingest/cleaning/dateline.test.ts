import { describe, expect, it } from 'vitest';
import { parseDateLine } from './dateline.ts';

describe('parseDateLine', () => {
  it.each([
    ['May 2026', '2026-05'],
    ['2025-10-03', '2025-10-03'],
    ['October 3, 2025', '2025-10-03'],
    ['3 octobre 2025', '2025-10-03'],
  ])('%s → %s, with no more precision than stated', (line, date) => {
    expect(parseDateLine(line)).toEqual({ date });
  });

  it.each(['Anthropic hired a CTO in May 2026.', 'Technical Deep Dive', 'May', ''])('%j is not a dateline', (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });
});
