import { describe, expect, it } from 'vitest';
import { elidedWords, namesFromMeta, sameName, searchMeta } from './search-text.ts';

describe('elidedWords', () => {
  it('finds the words behind French elisions, with either apostrophe, once each', () => {
    expect(elidedWords("la logique d’orchestration de l'IA, qu’Anthropic et d’orchestration, jusqu’au bout")).toEqual([
      'orchestration',
      'IA',
      'Anthropic',
      'au',
    ]);
  });

  it('leaves English possessives and ordinary words alone', () => {
    expect(elidedWords('Anthropic’s budget and model’s limits')).toEqual([]);
  });
});

describe('names in search metadata', () => {
  it('round-trip, one name at a time, spaces and dots kept inside a name', () => {
    const names = ['Elon Musk', '埃隆·马斯克', 'Musk', 'A | B'];
    expect(namesFromMeta(searchMeta(names))).toEqual(['Elon Musk', '埃隆·马斯克', 'Musk', 'A   B']);
    expect(namesFromMeta(undefined)).toEqual([]);
  });

  it('compare a query with a name regardless of case, width and spacing', () => {
    expect(sameName('xai', 'xAI')).toBe(true);
    expect(sameName('埃隆马斯克', '埃隆·马斯克')).toBe(true);
    expect(sameName('ＧＰＴ', 'gpt')).toBe(true);
    expect(sameName('Microsoft', 'Microsoft Azure')).toBe(false);
  });
});
