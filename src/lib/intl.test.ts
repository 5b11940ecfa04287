import { describe, expect, it } from 'vitest';
import { dateTimeFormat, languageNames, segmenter } from './intl.ts';

describe('shared Intl objects', () => {
  it('builds one object per locale and options, and reuses it', () => {
    expect(languageNames('fr')).toBe(languageNames('fr'));
    expect(languageNames('fr')).not.toBe(languageNames('zh'));
    expect(dateTimeFormat('en', { year: 'numeric' })).toBe(dateTimeFormat('en', { year: 'numeric' }));
    expect(dateTimeFormat('en', { year: 'numeric' })).not.toBe(dateTimeFormat('en', { year: 'numeric', month: 'long' }));
    expect(segmenter('zh', 'word')).not.toBe(segmenter('zh', 'sentence'));
  });

  it('formats as a fresh object would', () => {
    expect(languageNames('fr').of('zh')).toBe('chinois');
    expect(dateTimeFormat('fr', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 4, 1))).toBe('mai 2026');
  });
});

describe('textDirection', () => {
  it('is rtl for Arabic, Hebrew and Persian, nothing for the rest', async () => {
    const { textDirection } = await import('./intl.ts');
    expect(['ar', 'he', 'fa', 'ar-EG'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'fr', 'zh', 'ja', 'not a tag'].map(textDirection)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
