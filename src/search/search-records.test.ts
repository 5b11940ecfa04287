import { describe, expect, it } from 'vitest';
import { fixtureEntity, fixtureSite } from '../site/site-fixture.ts';
import { ENTITY_OPTIONS, filterGroups } from './filter-options.ts';
import { FILTERS, META_WEIGHTS, UNDATED } from './records.ts';
import { articleRecord, entityRecord } from './search-records.ts';
import { namesFromMeta } from './search-text.ts';

const microsoft = fixtureEntity('microsoft', { name: { en: 'Microsoft', fr: 'Microsoft', zh: '微软' }, aliases: { all: ['MSFT'] } });
const site = fixtureSite(
  [
    { slug: 'dated', id: 'aaaaaaaa', date: '2025-03-04', publisher: 'Le Monde', language: 'fr', names: ['microsoft'] },
    { slug: 'undated', id: 'bbbbbbbb', publisher: 'Le Monde', names: [] },
    { slug: 'other', id: 'cccccccc', date: '2024-01', publisher: 'The Verge', names: ['microsoft'] },
  ],
  [microsoft],
);

describe('search records', () => {
  it('give an article its filters, the names of what it mentions that its page does not show, and a date to sort by', () => {
    const record = articleRecord(site, site.articleBySlug.get('dated')!, 'zh');
    expect(record.kind).toBe('article');
    expect(record.filters).toMatchObject({ language: ['fr'], year: ['2025'], entity: ['microsoft'] });
    expect(record.filters.source?.[0]).toMatch(/^s-[0-9a-f]{10}$/);
    // The zh page shows neither 微软 nor MSFT in its text: both make it findable.
    expect(namesFromMeta(record.meta.mentions)).toEqual(expect.arrayContaining(['微软', 'MSFT']));
    expect(record.meta.source).toBe('Le Monde');
    expect(record.date).toBe('2025-03-04');
  });

  it('sort an undated article last instead of leaving it out of a sorted search', () => {
    expect(articleRecord(site, site.articleBySlug.get('undated')!, 'en').date).toBe(UNDATED);
  });

  it('key one publisher to one source filter value whatever the page language', () => {
    const source = (slug: string, lang: 'en' | 'fr') => articleRecord(site, site.articleBySlug.get(slug)!, lang).filters.source;
    expect(source('dated', 'en')).toEqual(source('undated', 'fr'));
    expect(source('dated', 'en')).not.toEqual(source('other', 'en'));
  });

  it('give an entity its names in every language as metadata and its type as a label', () => {
    const record = entityRecord(site, microsoft, 'fr');
    expect(record).toMatchObject({ kind: 'entity', filters: {}, meta: { type: 'Organisation' } });
    expect(namesFromMeta(record.meta.names)).toEqual(expect.arrayContaining(['Microsoft', '微软', 'MSFT']));
  });

  it('use only metadata fields the search page weighs', () => {
    const fields = [...Object.keys(articleRecord(site, site.articles[0]!, 'en').meta), ...Object.keys(entityRecord(site, microsoft, 'en').meta)];
    for (const field of fields) expect(Object.keys(META_WEIGHTS)).toContain(field);
  });
});

describe('filter options', () => {
  it('offer every filter, each value with its count and a label from our data; years newest first, the unknown year named', () => {
    const groups = filterGroups(site, 'en');
    expect(groups.map((g) => g.key)).toEqual([...FILTERS]);
    const by = Object.fromEntries(groups.map((g) => [g.key, g.options]));
    expect(by['year']).toEqual(
      [
        { id: 'unknown', label: 'Date unknown', n: 1 },
        { id: '2025', label: '2025', n: 1 },
        { id: '2024', label: '2024', n: 1 },
      ].sort((a, b) => b.id.localeCompare(a.id)),
    );
    expect(by['language']).toEqual([
      { id: 'fr', label: 'French', n: 1 },
      { id: 'en', label: 'English', n: 2 },
    ]);
    expect(by['source']?.map((o) => [o.label, o.n])).toEqual([
      ['Le Monde', 2],
      ['The Verge', 1],
    ]);
    expect(by['entity']).toEqual([{ id: 'microsoft', label: 'Microsoft', n: 2 }]);
  });

  it('offer the most mentioned names only, and say so, beyond the cap', () => {
    const many = Array.from({ length: ENTITY_OPTIONS + 5 }, (_, i) => fixtureEntity(`e${i}`));
    const big = fixtureSite(
      [
        { slug: 'a', id: 'aaaaaaaa', names: many.map((e) => e.id) },
        { slug: 'b', id: 'bbbbbbbb', names: ['e7'] },
      ],
      many,
    );
    const entity = filterGroups(big, 'en').find((g) => g.key === 'entity')!;
    expect(entity.options).toHaveLength(ENTITY_OPTIONS);
    expect(entity.options[0]).toMatchObject({ id: 'e7', n: 2 });
    expect(entity.legend).toContain(String(ENTITY_OPTIONS));
  });
});
