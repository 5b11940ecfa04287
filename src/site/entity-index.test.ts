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
      { entityId: 'anthropic', count: 2, articles: 5, passages: 2 },
      { entityId: 'patil', count: 1, articles: 3, passages: 1 },
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

/** A mention in a given passage (paragraph) of an article. */
const at = (entityId: string, passage: string): RecordedMention => ({ ...m(entityId), passage });

describe('EntityIndex.coMentions ranking', () => {
  // One long article naming many entities, as 004 does: every neighbour shares one article with musk.
  const wide = new EntityIndex([
    {
      id: 'long',
      mentions: [
        at('anthropic', 'p-1'),
        at('aaa-tool', 'p-1'),
        at('abc-repo', 'p-2'),
        at('musk', 'p-5'),
        at('xai', 'p-5'),
        at('tesla', 'p-5'),
        at('anthropic', 'p-5'),
        at('colossus', 'p-6'),
        at('musk', 'p-6'),
        at('anthropic', 'p-6'),
      ],
    },
    { id: 'other', mentions: [at('anthropic', 'p-1'), at('aaa-tool', 'p-1')] },
  ]);

  it('puts the rare entities named in the same passages first, not the alphabetically first', () => {
    const ranked = wide.coMentions('musk').map((c) => c.entityId);
    expect(ranked.slice(0, 3).sort()).toEqual(['colossus', 'tesla', 'xai']);
    expect(ranked.indexOf('abc-repo')).toBeGreaterThan(ranked.indexOf('colossus'));
  });

  it('ranks by shared articles first', () => {
    expect(wide.coMentions('aaa-tool')[0]).toMatchObject({ entityId: 'anthropic', count: 2 });
  });

  it('ranks an entity few articles name above a common one sharing more passages', () => {
    // anthropic shares two passages with musk, but every article names it.
    const ranked = wide.coMentions('musk');
    expect(ranked.findIndex((c) => c.entityId === 'abc-repo')).toBeLessThan(ranked.findIndex((c) => c.entityId === 'anthropic'));
    expect(ranked.slice(-2)).toEqual([
      { entityId: 'anthropic', count: 1, articles: 2, passages: 2 },
      { entityId: 'aaa-tool', count: 1, articles: 2, passages: 0 },
    ]);
  });

  it('breaks ties in rarity by shared passages', () => {
    expect(
      wide
        .coMentions('colossus')
        .map((c) => c.entityId)
        .slice(0, 1),
    ).toEqual(['musk']);
    expect(
      wide
        .coMentions('tesla')
        .map((c) => c.entityId)
        .slice(0, 2)
        .sort(),
    ).toEqual(['musk', 'xai']);
  });

  it('never decides by alphabetical order when anything else tells two neighbours apart', () => {
    const named = new EntityIndex([{ id: 'x', mentions: [at('focus', 'p-1'), at('zeta', 'p-1'), at('zeta', 'p-2'), at('alpha', 'p-3')] }]);
    expect(named.coMentions('focus').map((c) => c.entityId)).toEqual(['zeta', 'alpha']);
  });
});

describe('EntityIndex summary mentions', () => {
  const withSummary = new EntityIndex([
    { id: 'agg', mentions: [at('anthropic', 'p-1')], summaryMentions: { en: [m('tmtpost'), m('anthropic')], zh: [m('tmtpost')] } },
  ]);

  it('counts an entity named only in a summary as mentioned by the article', () => {
    expect(withSummary.articleCount('tmtpost')).toBe(1);
    const entry = withSummary.byEntity.get('tmtpost')![0]!;
    expect(entry.mentions).toEqual([]);
    expect(Object.keys(entry.summary).sort()).toEqual(['en', 'zh']);
  });

  it('counts a summary as one mention, whatever the number of languages', () => {
    expect(withSummary.byArticle.get('agg')).toEqual([
      { entityId: 'anthropic', count: 2 },
      { entityId: 'tmtpost', count: 1 },
    ]);
  });

  it('treats the summary as a passage the entities it names share', () => {
    expect(withSummary.coMentions('tmtpost')).toEqual([{ entityId: 'anthropic', count: 1, articles: 1, passages: 1 }]);
  });
});
