import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { stringify } from 'yaml';
import { LOCALES, isLocale, type Locale } from '../../i18n/locales.ts';
import { cleanArticleText } from '../cleaning/clean.ts';
import { ContentError } from '../content-error.ts';
import type { EntityMatcher } from '../entity-matcher.ts';
import { decodeTextFile } from '../text-file.ts';
import { detectLanguage } from './detect-language.ts';
import { suggestEntities } from './suggest-entities.ts';

/** Lines longer than this are not article text (a minified script, a data dump). */
export const MAX_LINE_CHARS = 20_000;

export interface Existing {
  /** Article id, and the sha256 of each source text, → the article file. */
  ids: Map<string, string>;
  slugs: Set<string>;
  sources: Set<string>;
}

export type Prepared =
  | { kind: 'known'; id: string; file: string }
  | {
      kind: 'new';
      id: string;
      slug: string;
      sourceName: string;
      entry: string;
      language: string;
      title: string | undefined;
      date: string | undefined;
      removed: number;
      entities: string[];
      suggestions: string[];
    };

/**
 * Everything ingest decides about one raw text, before anything is written:
 * the checks, the id, the language, the cleaning, the slug and the entry.
 * Throws a ContentError that names the file for any text it cannot take.
 */
export function prepareArticle(bytes: Uint8Array, fileName: string, existing: Existing, matcherFor: (language: string) => EntityMatcher): Prepared {
  const text = decodeTextFile(bytes, fileName);
  const long = text.split('\n').findIndex((line) => line.length > MAX_LINE_CHARS);
  if (long !== -1) {
    throw new ContentError(fileName, `line ${long + 1}`, `is ${text.split('\n')[long]!.length} characters long (limit ${MAX_LINE_CHARS}); this does not look like article text.`, 'check that this is the right file.');
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  const id = digest.slice(0, 16);
  const known = existing.ids.get(id) ?? existing.ids.get(digest);
  if (known) return { kind: 'known', id, file: known };

  const cleaned = cleanArticleText(text);
  const prose = cleaned.markdown.trim();
  if (prose === '') {
    throw new ContentError(fileName, undefined, `nothing is left once page chrome is removed (${cleaned.removed.map((r) => r.kind).join(', ') || 'no text'}).`, 'this file holds no article.');
  }
  const language = detectLanguage(prose);
  if (!language) throw new ContentError(fileName, 'language', 'the language of the text cannot be detected (too little text).', 'add the article by hand and set `language`.');

  const writtenIn: Locale = isLocale(language) ? language : 'en';
  // Whatever nobody has written yet is `missing`: the build publishes the article at once, labelled, and `npm run draft` can fill it in.
  // A new object each time: YAML would write one object used twice as an anchor and its aliases.
  const missing = () => ({ status: 'missing' }) as const;
  const title: Record<string, string | ReturnType<typeof missing>> = { [language]: cleaned.title ?? missing() };
  for (const lang of LOCALES) if (lang !== language) title[lang] = missing();
  const summary: Record<string, string | ReturnType<typeof missing>> = { writtenIn };
  for (const lang of LOCALES) summary[lang] = missing();

  const credits = [...prose.matchAll(/\(Via:\s*([^)]+)\)/g)].map((m) => m[1]!.trim());
  const sourceName = uniqueName(fileName.replace(/^.*[\\/]/, ''), id, existing.sources);
  const data = {
    id,
    language,
    title: { editorial: cleaned.title === undefined, ...title },
    summary,
    source: { file: sourceName, ...(cleaned.origin ? { origin: cleaned.origin } : {}), ...(credits.length ? { credits } : {}) },
    published: cleaned.date ? { date: cleaned.date, basis: 'stated' } : { basis: 'unknown' },
    notes: { flags: [], removed: cleaned.removed },
  };
  const yaml = stringify(data, { lineWidth: 0 }).replace(/^( {2}date:) (\d{4}(?:-\d{2}){0,2})$/m, '$1 "$2"');
  const matcher = matcherFor(language);
  return {
    kind: 'new',
    id,
    slug: uniqueSlug(cleaned.title ?? prose.split(/[.!?。！？\n]/)[0] ?? id, id, existing.slugs),
    sourceName,
    entry: `---\n# Written by \`npm run ingest\`. \`npm run draft\` fills the missing titles and summaries; \`npm run review\` marks them reviewed.\n${yaml}---\n${cleaned.markdown}`,
    language,
    title: cleaned.title,
    date: cleaned.date,
    removed: cleaned.removed.length,
    entities: [...new Set(matcher.find(prose).map((m) => m.entityId))],
    suggestions: suggestEntities(prose, matcher),
  };
}

/** A slug from the title: a different text whose slug is taken gets the id's first characters added. */
function uniqueSlug(title: string, id: string, taken: ReadonlySet<string>): string {
  const words = slugify(title, { decamelize: false }).split('-').filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (`${slug}-${word}`.length > 60) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  slug ||= `article-${id.slice(0, 8)}`;
  return taken.has(slug) ? `${slug}-${id.slice(0, 8)}` : slug;
}

/** The source keeps its file name unless another source has it. */
function uniqueName(name: string, id: string, taken: ReadonlySet<string>): string {
  const base = name.endsWith('.txt') ? name : `${name}.txt`;
  return taken.has(base) ? `${id}_${base}` : base;
}
