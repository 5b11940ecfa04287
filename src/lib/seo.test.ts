import { describe, expect, it } from 'vitest';
import { jsonLdText, truncate } from './seo.ts';

describe('jsonLdText', () => {
  it('cannot close its script, and parses back to the original strings', () => {
    const value = { headline: '</script><script>alert(1)</script> <!-- & \u2028 "quoted"' };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('truncate', () => {
  it('cuts at a grapheme boundary, never inside an emoji', () => {
    expect(truncate('ab👩‍👩‍👧cd', 4)).toBe('ab👩‍👩‍👧…');
    expect(truncate('short', 10)).toBe('short');
  });
});
