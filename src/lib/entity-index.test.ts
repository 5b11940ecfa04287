import { describe, expect, it } from 'vitest';
import type { RecordedMention } from '../markdown/rehype-entity-links.ts';
import { EntityIndex } from './entity-index.ts';

const m = (entityId: string): RecordedMention => ({ entityId, passage: 'p-1', sentence: entityId, start: 0, end: entityId.length, linked: true });

const index = new EntityIndex([
  { id: 'a', story: 's', mentions: [m('anthropic'), m('patil'), m('anthropic')] },
  { id: 'b', story: 's', mentions: [m('anthropic'), m('patil')] },
  { id: 'c', mentions: [m('anthropic'), m('openai')] },
  { id: 'd', mentions: [m('anthropic'), m('patil'), m('davuluri')] },
  { id: 'e', mentions: [m('anthropic'), m('davuluri')] },
]);

describe('EntityIndex', () => {
  it('lists exactly the articles that mention an entity', () => {
    expect(index.byEntity.get('patil')?.map((x) => x.articleId)).toEqual(['a', 'b', 'd']);
    expect(index.byEntity.get('nobody')).toBeUndefined();
  });

  it('counts an article’s entities, most mentioned first', () => {
    expect(index.byArticle.get('a')).toEqual([
      { entityId: 'anthropic', count: 2 },
      { entityId: 'patil', count: 1 },
    ]);
  });

  it('counts co-mentions by shared articles', () => {
    expect(index.coMentions('davuluri')).toEqual([
      { entityId: 'anthropic', count: 2 },
      { entityId: 'patil', count: 1 },
    ]);
  });

  it('ranks related articles by rarer shared entities, leaving out the same story', () => {
    const related = index.related('e');
    expect(related.map((r) => r.articleId)).toEqual(['d', 'a', 'b', 'c']);
    expect(related[0]?.shared).toEqual(['anthropic', 'davuluri']);
    expect(index.related('a').map((r) => r.articleId)).not.toContain('b');
  });

  it('weights graph edges by the number of articles shared', () => {
    expect(index.edges()).toContainEqual({ source: 'anthropic', target: 'patil', weight: 3 });
  });
});
