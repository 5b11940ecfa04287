import { describe, expect, it } from 'vitest';
import { fixtureEntity, fixtureSite } from '../site/site-fixture.ts';
import { articleSeo } from './article-seo.ts';
import { entitySeo } from './entity-seo.ts';

const SITE_URL = new URL('https://dossier.example/');
const relation = (of: string, articles: string[]) => ({ role: { en: 'Chief', fr: 'Chef', zh: '主管' }, of, status: 'current', articles });
const site = fixtureSite(
  [
    { slug: 'fact', id: 'aaaaaaaa', date: '2025-03-04', publisher: 'Le Monde', names: ['person', 'company', 'company'] },
    { slug: 'guess', id: 'bbbbbbbb', flags: ['ai-generated'], names: ['person', 'rival'] },
  ],
  [
    fixtureEntity('person', {
      type: 'person',
      relations: [relation('company', ['aaaaaaaa']), relation('rival', ['bbbbbbbb'])],
      descriptionBasis: { articles: ['bbbbbbbb'] },
    }),
    fixtureEntity('company'),
    fixtureEntity('rival'),
  ],
);

describe('articleSeo', () => {
  const seo = articleSeo(site, site.articleBySlug.get('fact')!, 'fr', SITE_URL);
  const ld = seo.jsonLd as Record<string, any>;

  it('points the unfurl at the article’s card, with source and date as Slack labels in the reader’s language', () => {
    expect(seo.image).toBe('/og/fr/fact.png');
    expect(seo.labels).toEqual([
      ['Source', 'Le Monde'],
      ['Publication', '4 mars 2025'],
    ]);
  });

  it('states a NewsArticle in the page’s language, about its most mentioned entities, that names the summary’s writer', () => {
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'fr',
      url: 'https://dossier.example/fr/articles/fact/',
      datePublished: '2025-03-04',
      publisher: { name: 'Le Monde' },
    });
    expect(ld['about'].map((e: { name: string }) => e.name)).toEqual(['company (fr)', 'person (fr)']);
    // The French summary is missing: the English one stands in, and the article is a draft until it is written.
    expect(ld['creativeWorkStatus']).toBe('Draft');
    expect(ld['abstract']).toMatchObject({ inLanguage: 'en', creativeWorkStatus: 'written by a person' });
  });
});

describe('entitySeo', () => {
  const ld = entitySeo(site, site.entityById.get('person')!, 'en', SITE_URL).jsonLd as Record<string, any>;

  it('states as fact only relations that rest on an unflagged article, and leaves a flagged description out', () => {
    expect(ld['@type']).toBe('Person');
    expect(ld['affiliation'].map((o: { name: string }) => o.name)).toEqual(['company (en)']);
    expect(ld).not.toHaveProperty('description');
  });

  it('lists the articles that mention it', () => {
    expect(ld['subjectOf'].map((a: { url: string }) => a.url).sort()).toEqual([
      'https://dossier.example/en/articles/fact/',
      'https://dossier.example/en/articles/guess/',
    ]);
  });
});
