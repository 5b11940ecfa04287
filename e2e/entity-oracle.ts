// What the entity tests compare the pages with: the registry and an entity finder of their own.
import { LOCALES, type Locale } from '../src/i18n/locales.ts';
import { surfaceForms } from '../src/entities/entity-aliases.ts';
import { readEntities } from '../src/loaders/read-entities.ts';
import type { ArticleData } from '../src/schemas/article.ts';
import { hasText } from '../src/schemas/authorship.ts';

export const entities = readEntities(process.cwd());

/**
 * An oracle independent of the site's matcher: plain regular expressions with
 * Unicode lookarounds find each entity form in a text; an occurrence inside a
 * longer occurrence (Google in Google Vertex AI) does not count.
 */
export function entitiesIn(text: string, language: string): Set<string> {
  const lang = LOCALES.find((l) => l === language) ?? 'en';
  const hits: { id: string; start: number; end: number }[] = [];
  for (const entity of entities) {
    for (const form of surfaceForms(entity.data, lang)) {
      const escaped = form.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const han = /\p{Script=Han}/u.test(form.text);
      const re = han
        ? new RegExp(escaped, 'gu')
        : new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])${escaped}(?![\\p{L}\\p{M}\\p{N}_]|[.,]\\d${form.notBeforeHyphen ? '|-' : ''})`, 'gu');
      for (const m of text.matchAll(re)) hits.push({ id: entity.id, start: m.index, end: m.index + m[0].length });
    }
  }
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  return new Set(kept.map((h) => h.id));
}

/** The summary written in `lang` ('' while it is missing there): the text whose names count as mentions in that language. */
export function summaryText(data: ArticleData, lang: Locale): string {
  const field = data.summary[lang];
  return hasText(field) ? field.text : '';
}
