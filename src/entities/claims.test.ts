import { describe, expect, it } from 'vitest';
import type { ProvenanceFlag } from '../schemas/article.ts';
import { claimReasons } from './claims.ts';

const flags: Record<string, ProvenanceFlag[]> = {
  plain: [],
  ai: ['aggregator', 'ai-generated', 'predictions'],
  unsourced: ['unsourced-figures', 'predictions'],
  aggregated: ['aggregator'],
  forecast: ['predictions'],
};
const flagsOf = (id: string) => flags[id];

describe('claimReasons', () => {
  it('is a fact when one source carries no claim flag', () => {
    expect(claimReasons({ articles: ['plain'] }, flagsOf)).toEqual([]);
    expect(claimReasons({ articles: ['ai', 'plain'] }, flagsOf)).toEqual([]);
  });

  it('is a claim when every source is flagged, with each source’s reasons', () => {
    expect(claimReasons({ articles: ['ai'] }, flagsOf)).toEqual(['ai-generated']);
    expect(claimReasons({ articles: ['unsourced', 'ai'] }, flagsOf)).toEqual(['ai-generated', 'unsourced-figures']);
  });

  it('does not count aggregation or predictions as reasons to doubt a statement', () => {
    expect(claimReasons({ articles: ['aggregated'] }, flagsOf)).toEqual([]);
    expect(claimReasons({ articles: ['forecast'] }, flagsOf)).toEqual([]);
  });

  it('is a claim whenever the registry marks it unverified, even on an unflagged source', () => {
    expect(claimReasons({ articles: ['plain'], unverified: true }, flagsOf)).toEqual(['unverified-claims']);
    expect(claimReasons({ articles: ['ai'], unverified: true }, flagsOf)).toEqual(['ai-generated', 'unverified-claims']);
  });

  it('is no claim without sources unless marked (registry knowledge)', () => {
    expect(claimReasons({ articles: [] }, flagsOf)).toEqual([]);
  });
});
