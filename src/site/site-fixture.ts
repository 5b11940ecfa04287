// A small site for unit tests of the view functions: articles and entities parsed by the real
// schemas, with the mentions the article loader would record written out by hand.
import type { Locale } from '../i18n/locales.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeMetadata, type ArticleMetadata } from '../loaders/stored-metadata.ts';
import { partsFile, writeParts } from '../loaders/article-parts.ts';
import type { RecordedMention } from '../markdown/rehype-entity-links.ts';
import { articleSchema } from '../schemas/article.ts';
import { entitySchema } from '../schemas/entity.ts';
import { buildSite, type Article, type Entity, type Site } from './site-data.ts';

export interface FixtureArticle {
  slug: string;
  id: string;
  date?: string;
  story?: string;
  flags?: string[];
  publisher?: string;
  language?: string;
  /** Entity ids named in the text, once each per sentence, in order. */
  names: string[];
  /** Entity ids named in the English summary. */
  summaryNames?: string[];
}

const mention = (entityId: string, i: number): RecordedMention => ({
  entityId,
  passage: `p-${i + 1}`,
  sentence: `Sentence ${i + 1} names ${entityId}.`,
  start: 17,
  end: 17 + entityId.length,
  linked: i === 0,
});

let partsDir: string | undefined;

export function fixtureArticle(a: FixtureArticle): Article {
  const data = articleSchema.parse({
    id: a.id,
    language: a.language ?? 'en',
    title: { editorial: false, en: `Title of ${a.slug}`, fr: `Titre de ${a.slug}`, zh: { status: 'missing' } },
    summary: { writtenIn: 'en', en: `The summary of ${a.slug}. It has two sentences.`, fr: { status: 'missing' }, zh: { status: 'missing' } },
    source: { file: `${a.slug}.txt`, ...(a.publisher ? { publisher: { name: a.publisher, basis: 'stated' } } : {}) },
    published: a.date ? { date: a.date, basis: 'stated' } : { basis: 'unknown' },
    ...(a.story ? { story: a.story } : {}),
    notes: { flags: a.flags ?? [], removed: [] },
  });
  // Its parts file, as the loader writes it, in a folder of this test run's own.
  partsDir ??= mkdtempSync(join(tmpdir(), 'dossier-fixture-parts-'));
  const file = partsFile(partsDir, a.slug);
  writeParts(file, {
    html: `<p>The text of ${a.slug}.</p>`,
    text: `The text of ${a.slug}.`,
    summaries: { en: `<p>The summary of ${a.slug}.</p>`, fr: '', zh: '' },
  });
  const metadata: ArticleMetadata = {
    mentions: a.names.map(mention),
    summaryMentions: { en: (a.summaryNames ?? []).map((id) => ({ ...mention(id, 0), passage: undefined })) },
    partsFile: file,
  };
  return {
    id: a.slug,
    collection: 'articles',
    data,
    body: '',
    rendered: { html: '', metadata: { ...storeMetadata(metadata, partsDir) } },
  } as unknown as Article;
}

export function fixtureEntity(id: string, fields: Record<string, unknown> = {}): Entity {
  const name = (lang: Locale) => `${id} (${lang})`;
  const data = entitySchema.parse({
    type: 'organization',
    name: { en: name('en'), fr: name('fr'), zh: name('zh') },
    description: { en: `About ${id}.`, fr: `À propos de ${id}.`, zh: `关于 ${id}。` },
    ...fields,
  });
  return { id, collection: 'entities', data } as unknown as Entity;
}

export function fixtureSite(articles: FixtureArticle[], entities: Entity[]): Site {
  return buildSite(articles.map(fixtureArticle), entities);
}
