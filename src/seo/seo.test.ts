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

describe('shortTitle', () => {
  it('keeps a short title and cuts a long one after a whole word', async () => {
    const { shortTitle } = await import('./seo.ts');
    expect(shortTitle('Anthropic hires a CTO', 'en')).toBe('Anthropic hires a CTO');
    const long = "Anthropic's Claude Becomes Engineering Infrastructure Amid Compute Crisis and Musk Alliance";
    const cut = shortTitle(long, 'en');
    expect(cut).toBe("Anthropic's Claude Becomes Engineering Infrastructure Amid Compute…");
    expect([...cut].length).toBeLessThanOrEqual(70);
    expect(shortTitle('Claude, d’Anthropic, devient une infrastructure d’ingénierie sur fond de crise du calcul', 'fr')).toBe(
      'Claude, d’Anthropic, devient une infrastructure d’ingénierie sur fond…',
    );
  });

  it('cuts Chinese between words, and a word longer than the limit at a character', async () => {
    const { shortTitle } = await import('./seo.ts');
    const zh = shortTitle('算力危机与马斯克结盟之际，Anthropic 旗下 Claude 变身工程基础设施', 'zh', 20);
    expect([...zh].length).toBeLessThanOrEqual(20);
    expect(zh.endsWith('…')).toBe(true);
    expect('算力危机与马斯克结盟之际，Anthropic 旗下 Claude 变身工程基础设施'.startsWith(zh.slice(0, -1))).toBe(true);
    expect(shortTitle('x'.repeat(100), 'en', 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
