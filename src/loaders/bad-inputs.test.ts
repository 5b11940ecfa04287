// Issue 16: every bad input of the table gets a clear error naming its file (or is accepted
// on purpose), nothing crashes, and no content file is changed. The table: `npm run bad-inputs`.
import { describe, expect, it } from 'vitest';
import { BAD_INPUTS, observe } from './bad-inputs.ts';

describe('bad inputs', () => {
  it('has at least 100 cases', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(BAD_INPUTS.map((c) => c.input)).size).toBe(BAD_INPUTS.length);
  });

  it.each(BAD_INPUTS.map((c) => [c.input, c] as const))('%s', async (_, input) => {
    const { accepted, observed, unchanged } = await observe(input);
    expect(observed).not.toMatch(/^CRASH/);
    if (input.expected === 'accepted') expect(accepted, observed).toBe(true);
    else {
      expect(accepted, observed).toBe(false);
      expect(observed).toMatch(input.expected);
      // Every problem names its file, and says what to do (the first line holds the file).
      expect(observed).toMatch(/content\//);
    }
    expect(unchanged, 'no content file changed').toBe(true);
  });
});
