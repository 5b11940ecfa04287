import { describe, expect, it } from 'vitest';
import { articleView, NAMED_SHOWN } from './article-view.ts';
import { entityView, GRAPH_NEIGHBOURS, SENTENCES_SHOWN } from './entity-view.ts';
import { fixtureEntity, fixtureSite } from './site-fixture.ts';
import { sameStory } from './site-data.ts';

const SITE_URL = new URL('https://dossier.example/');
const names = (n: number) => Array.from({ length: n }, (_, i) => `e${i}`);
const entities = names(14).map((id) => fixtureEntity(id));

describe('buildSite', () => {
  const site = fixtureSite(
    [
      { slug: 'old', id: 'aaaaaaaa', date: '2025-01-02', story: 'deal', names: [] },
      { slug: 'undated', id: 'bbbbbbbb', story: 'deal', names: [] },
      { slug: 'new', id: 'cccccccc', date: '2025-03-04', story: 'deal', names: [] },
      { slug: 'alone', id: 'dddddddd', date: '2025-02-01', names: [] },
    ],
    entities,
  );

  it('orders articles newest first, undated last, and keys them by slug and by permanent id apart', () => {
    expect(site.articles.map((a) => a.id)).toEqual(['new', 'alone', 'old', 'undated']);
    expect(site.articleBySlug.get('old')?.data.id).toBe('aaaaaaaa');
    expect(site.articleByDataId.get('aaaaaaaa')?.id).toBe('old');
    expect(site.articleBySlug.get('aaaaaaaa')).toBeUndefined();
  });

  it('finds the other articles of a story from its index, newest first, and none for an article without one', () => {
    expect(sameStory(site, site.articleBySlug.get('old')!).map((a) => a.id)).toEqual(['new', 'undated']);
    expect(sameStory(site, site.articleBySlug.get('alone')!)).toEqual([]);
  });

  it('names an entity in each language from its registry entry', () => {
    expect(site.nameOf('e3', 'fr')).toBe('e3 (fr)');
  });
});

describe('articleView', () => {
  it('shows the six most mentioned names at once and the rest on demand, but never hides only one or two', () => {
    const many = fixtureSite([{ slug: 'a', id: 'aaaaaaaa', names: [...names(12), 'e11', 'e11'] }], entities);
    const view = articleView(many, many.articles[0]!, 'fr', SITE_URL);
    expect(view.named.shown).toHaveLength(NAMED_SHOWN);
    expect(view.named.shown[0]).toMatchObject({ entityId: 'e11', count: 3, name: 'e11 (fr)' });
    expect(view.named.more).toHaveLength(12 - NAMED_SHOWN);
    expect(view.named.all).toBe(12);
    const few = fixtureSite([{ slug: 'a', id: 'aaaaaaaa', names: names(NAMED_SHOWN + 2) }], entities);
    expect(articleView(few, few.articles[0]!, 'en', SITE_URL).named.more).toEqual([]);
  });

  it('cites the publisher and date only when known, at the page’s absolute URL', () => {
    const site = fixtureSite(
      [
        { slug: 'known', id: 'aaaaaaaa', date: '2025-03-04', publisher: 'Le Monde', names: [] },
        { slug: 'unknown', id: 'bbbbbbbb', names: [] },
      ],
      entities,
    );
    expect(articleView(site, site.articleBySlug.get('known')!, 'en', SITE_URL).citation).toEqual({
      title: 'Title of known',
      source: 'Le Monde',
      date: 'March 4, 2025',
      url: 'https://dossier.example/en/articles/known/',
    });
    expect(articleView(site, site.articleBySlug.get('unknown')!, 'zh', SITE_URL).citation).toMatchObject({ source: '', date: '' });
  });

  it('says who wrote the summary shown, in the reader’s language: a person from the text, or translating', () => {
    const site = fixtureSite([{ slug: 'a', id: 'aaaaaaaa', names: [] }], entities);
    const article = site.articles[0]!;
    expect(articleView(site, article, 'en', SITE_URL).summaryNote).toBe('Summary written from the original English text.');
    // The French summary is missing: the page shows the English one, labelled, with the same note in French.
    expect(articleView(site, article, 'fr', SITE_URL).summary.labels.length).toBeGreaterThan(0);
    expect(articleView(site, article, 'fr', SITE_URL).summaryNote).toMatch(/^Résumé/);
    const translated = fixtureSite([{ slug: 'a', id: 'aaaaaaaa', names: [] }], entities).articles[0]!;
    translated.data.summary.fr = { status: 'translated', text: 'Le résumé. Il a deux phrases.' } as never;
    expect(articleView(site, translated, 'fr', SITE_URL).summaryNote).toBe('Traduction du résumé rédigé en anglais.');
  });

  it('names the shared entities of related articles in the reader’s language', () => {
    const site = fixtureSite(
      [
        { slug: 'a', id: 'aaaaaaaa', names: ['e1', 'e2'] },
        { slug: 'b', id: 'bbbbbbbb', names: ['e1', 'e2', 'e3'] },
      ],
      entities,
    );
    const [related] = articleView(site, site.articleBySlug.get('a')!, 'fr', SITE_URL).related;
    expect(related?.article.id).toBe('b');
    expect([...related!.shared].sort()).toEqual(['e1 (fr)', 'e2 (fr)']);
  });
});

describe('entityView', () => {
  it('quotes each sentence once, the first three at once and the rest on demand', () => {
    const site = fixtureSite([{ slug: 'a', id: 'aaaaaaaa', names: ['e1', 'e1', 'e1', 'e1', 'e1'] }], entities);
    const [entry] = entityView(site, site.entityById.get('e1')!, 'en').mentioned;
    expect(entry?.shown).toHaveLength(SENTENCES_SHOWN);
    expect(entry?.hidden).toHaveLength(5 - SENTENCES_SHOWN);
  });

  it('shows the summary as written when an article names the entity only there', () => {
    const site = fixtureSite([{ slug: 'a', id: 'aaaaaaaa', names: [], summaryNames: ['e1'] }], entities);
    const [fr] = entityView(site, site.entityById.get('e1')!, 'fr').mentioned;
    expect(fr).toMatchObject({ summaryOriginalLang: 'en', shown: [] });
    expect(fr?.summaryOriginal).toHaveLength(1);
    const [en] = entityView(site, site.entityById.get('e1')!, 'en').mentioned;
    expect(en?.inSummary).toHaveLength(1);
    expect(en?.summaryOriginal).toEqual([]);
  });

  it('marks a relation that rests only on an AI-generated article as a claim, on both entities’ pages', () => {
    const relation = { role: { en: 'Chief', fr: 'Chef', zh: '主管' }, of: 'e2', status: 'current', articles: ['aaaaaaaa'] };
    const site = fixtureSite(
      [{ slug: 'a', id: 'aaaaaaaa', flags: ['ai-generated'], names: ['e1', 'e2'] }],
      [fixtureEntity('e1', { relations: [relation] }), fixtureEntity('e2')],
    );
    const forward = entityView(site, site.entityById.get('e1')!, 'en').forward;
    expect(forward).toMatchObject([{ other: { id: 'e2' }, reasons: ['ai-generated'], sources: [{ id: 'a' }] }]);
    const inverse = entityView(site, site.entityById.get('e2')!, 'en').inverse;
    expect(inverse).toMatchObject([{ other: { id: 'e1' }, reasons: ['ai-generated'] }]);
  });

  it('draws at most twelve neighbours, lists them all with their names, and draws nothing for an entity named alone', () => {
    const site = fixtureSite([{ slug: 'a', id: 'aaaaaaaa', names: names(14) }], entities);
    const view = entityView(site, site.entityById.get('e0')!, 'zh');
    expect(view.coMentioned).toHaveLength(13);
    expect(view.coMentioned[0]?.name).toBe(`${view.coMentioned[0]?.entityId} (zh)`);
    expect(view.graph?.nodes).toHaveLength(GRAPH_NEIGHBOURS + 1);
    expect(view.graph?.names.get('e0')).toBe('e0 (zh)');
    const alone = fixtureSite([{ slug: 'a', id: 'aaaaaaaa', names: ['e0'] }], entities);
    expect(entityView(alone, alone.entityById.get('e0')!, 'zh').graph).toBeUndefined();
  });

  it('lists the other forms of its name, language-neutral and the reader’s, without the name shown', () => {
    const site = fixtureSite([], [fixtureEntity('e1', { aliases: { all: ['E-One', 'e1 (en)'], fr: [{ text: 'Le Un' }], zh: ['一号'] } })]);
    expect(entityView(site, site.entityById.get('e1')!, 'en').otherForms).toEqual(['E-One']);
    expect(entityView(site, site.entityById.get('e1')!, 'fr').otherForms).toEqual(['E-One', 'e1 (en)', 'Le Un']);
  });

  it('links a quoted sentence to its passage in the reader’s language', () => {
    const site = fixtureSite([], entities);
    const view = entityView(site, entities[0]!, 'fr');
    expect(view.passageHref('a', { entityId: 'e0', passage: 'p-3', sentence: '', start: 0, end: 0, linked: false })).toBe('/fr/articles/a/#p-3');
    expect(view.passageHref('a', { entityId: 'e0', passage: undefined, sentence: '', start: 0, end: 0, linked: false })).toBeUndefined();
  });
});
