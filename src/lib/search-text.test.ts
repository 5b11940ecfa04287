import { describe, expect, it } from 'vitest';
import { elidedWords } from './search-text.ts';

describe('elidedWords', () => {
  it('finds the words behind French elisions, with either apostrophe, once each', () => {
    expect(elidedWords("la logique d’orchestration de l'IA, qu’Anthropic et d’orchestration, jusqu’au bout")).toEqual(['orchestration', 'IA', 'Anthropic', 'au']);
  });

  it('leaves English possessives and ordinary words alone', () => {
    expect(elidedWords('Anthropic’s budget and model’s limits')).toEqual([]);
  });
});
