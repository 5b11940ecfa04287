import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { stringify } from 'yaml';
import { LOCALES, isLocale, type Locale } from '../i18n/locales.ts';
import { articleSchema } from '../schemas/article.ts';
import { factsOfMetaLines, separateArticle, type Detected, type Separation } from './cleaning/classify.ts';
import { cleanArticleText, type Removal } from './cleaning/clean.ts';
import { factsOfParts, readDateBesideName, readMetaLine } from './cleaning/metadata.ts';
import { writeMarkdown } from './cleaning/structure.ts';
import { ContentError, ContentErrors } from '../lib/content-error.ts';
import type { EntityMatcher } from '../entities/entity-matcher.ts';
import { decodeTextFile } from '../lib/text-file.ts';
import { parseMarkdownFile } from '../lib/yaml.ts';
import { zodIssuesToErrors } from '../lib/zod-errors.ts';
import { detectLanguage } from './detect-language.ts';
import { readHtmlPage, type PageFacts } from './html.ts';
import type { IngestReport, ReportedFact } from './report.ts';
import { suggestEntities } from './suggest-entities.ts';

/** Lines longer than this are not article text (a minified script, a data dump). Saved pages may have them. */
export const MAX_LINE_CHARS = 20_000;

export interface Existing {
  /** Article id, and the sha256 of each source text, → the article file. */
  ids: Map<string, string>;
  slugs: Set<string>;
  sources: Set<string>;
}

export type Prepared =
  { kind: 'known'; id: string; file: string } | { kind: 'new'; id: string; slug: string; sourceName: string; entry: string; report: IngestReport };

/** A page read: its article as Markdown and what was found about it, however it came (text or HTML). */
interface Extracted {
  format: 'text' | 'html';
  markdown: string;
  removed: Removal[];
  language: string;
  languageEvidence: string;
  facts: PageFacts & { origin?: string };
  notes: string[];
}

/** A saved web page: named so and holding markup (a `.html` file of plain text is read as text), or opening as one. */
export const isHtml = (name: string, text: string) =>
  (/\.html?$/i.test(name) && /<[a-z!/][^>]*>/i.test(text)) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 2000));

/**
 * Everything ingest decides about one file, before anything is written: the
 * checks, the id, the extraction, the facts, the slug, the entry (validated
 * with the build's own schema) and the report. Throws a ContentError that names
 * the file for any file it cannot take.
 */
export function prepareArticle(bytes: Uint8Array, fileName: string, existing: Existing, matcherFor: (language: string) => EntityMatcher): Prepared {
  const text = decodeTextFile(bytes, fileName);
  const html = isHtml(fileName, text);
  const long = html ? -1 : text.split('\n').findIndex((line) => line.length > MAX_LINE_CHARS);
  if (long !== -1) {
    throw new ContentError(
      fileName,
      `line ${long + 1}`,
      `is ${text.split('\n')[long]!.length} characters long (limit ${MAX_LINE_CHARS}); this does not look like article text.`,
      'check that this is the right file.',
    );
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  const id = digest.slice(0, 16);
  const known = existing.ids.get(id) ?? existing.ids.get(digest);
  if (known) return { kind: 'known', id, file: known };

  const page = html ? extractHtml(text, fileName) : extractText(text, fileName);
  const { language, facts } = page;
  const needsHuman: string[] = [...page.notes];
  const languageName = (code: string) => (code === 'zh' ? 'Simplified Chinese' : (new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code));
  const writtenIn: Locale = isLocale(language) ? language : 'en';

  // Whatever nobody has written yet is `missing`: the build publishes the article at once, labelled, and `npm run draft` can fill it in.
  // A new object each time: YAML would write one object used twice as an anchor and its aliases.
  const missing = () => ({ status: 'missing' }) as const;
  const title: Record<string, string | ReturnType<typeof missing>> = { [language]: facts.title?.value ?? missing() };
  for (const lang of LOCALES) if (lang !== language) title[lang] = missing();
  const summary: Record<string, string | ReturnType<typeof missing>> = { writtenIn };
  for (const lang of LOCALES) summary[lang] = missing();
  if (!facts.title)
    needsHuman.push(`title: the page states none; write one in ${languageName(language)} (title.${language}; editorial: true says it is ours).`);
  if (facts.impossibleDate)
    needsHuman.push(
      `date: "${facts.impossibleDate.value}" (in "${facts.impossibleDate.evidence}") is not a day any calendar has; it was left out. Check the source and set published by hand.`,
    );
  else if (!facts.date) needsHuman.push('date: none stated; left unknown. If another source gives it, set published.date with basis "inferred" and evidence.');
  if (!facts.publisher && !facts.origin) needsHuman.push('publisher: none stated; add source.publisher if you know it (basis "inferred", with evidence).');
  needsHuman.push(
    `summaries (missing): write summary.${writtenIn} from the text and translate it, or \`npm run draft\` drafts them (labelled machine-drafted); the article publishes, labelled, meanwhile.`,
  );
  needsHuman.push(
    `title translations (missing): ${LOCALES.filter((l) => l !== language)
      .map((l) => `title.${l}`)
      .join(', ')}.`,
  );

  const prose = page.markdown;
  const credits = [...prose.matchAll(/\(Via:\s*([^)]+)\)/g)].map((m) => m[1]!.trim());
  const sourceName = uniqueName(fileName.replace(/^.*[\\/]/, ''), id, existing.sources, html);
  const data = {
    id,
    language,
    title: { editorial: facts.title === undefined, ...title },
    summary,
    source: {
      file: sourceName,
      ...(facts.author ? { author: facts.author.value } : {}),
      ...(facts.publisher ? { publisher: { name: facts.publisher.value, basis: 'stated' } } : {}),
      ...(facts.origin ? { origin: facts.origin } : {}),
      ...(credits.length ? { credits } : {}),
      ...(facts.url ? { url: facts.url } : {}),
    },
    published: facts.date ? { date: facts.date.value.date, basis: 'stated' } : { basis: 'unknown' },
    notes: { flags: [], removed: page.removed },
  };
  const yaml = stringify(data, { lineWidth: 0 }).replace(/^( {2}date:) (\d{4}(?:-\d{2}){0,2})$/m, '$1 "$2"');
  const entry = `---\n# Written by \`npm run ingest\`. \`npm run draft\` fills the missing titles and summaries; \`npm run review\` marks them reviewed.\n${yaml}---\n${page.markdown}`;
  validateEntry(entry, fileName);

  const matcher = matcherFor(language);
  const mentions = new Map<string, number>();
  for (const m of matcher.find(prose)) mentions.set(m.entityId, (mentions.get(m.entityId) ?? 0) + 1);
  const slug = uniqueSlug(facts.title?.value ?? prose.split(/[.!?。！？\n]/)[0] ?? id, id, existing.slugs);
  const fact = (d: Detected | undefined): ReportedFact | undefined => (d ? { value: d.value, basis: 'stated', evidence: d.evidence } : undefined);
  const report: IngestReport = {
    file: fileName,
    outcome: 'added',
    id,
    entry: `content/articles/${slug}.md`,
    source: `content/sources/${sourceName}`,
    format: page.format,
    language: { value: language, evidence: page.languageEvidence },
    ...(facts.title ? { title: fact(facts.title)! } : {}),
    ...(facts.date
      ? {
          date: {
            value: facts.date.value.date,
            basis: 'stated' as const,
            evidence: facts.date.evidence,
            ...(facts.date.value.time ? { time: facts.date.value.time } : {}),
          },
        }
      : {}),
    ...(facts.author ? { author: fact(facts.author)! } : {}),
    ...(facts.publisher ? { publisher: fact(facts.publisher)! } : {}),
    ...(facts.origin ? { origin: facts.origin } : {}),
    removed: page.removed,
    needsHuman,
    entities: [...mentions].map(([entityId, n]) => ({ id: entityId, name: entityId, mentions: n })),
    candidates: suggestEntities(prose, matcher, language),
  };
  return { kind: 'new', id, slug, sourceName, entry, report };
}

function extractText(text: string, fileName: string): Extracted {
  // The classifier needs the language (stop words, date order); the cleaned text tells it best.
  const guess = detectLanguage(text) ?? 'en';
  let cleaned = cleanArticleText(text, { language: guess });
  const language = detectLanguage(cleaned.markdown);
  if (language && language !== guess) cleaned = cleanArticleText(text, { language });
  if (cleaned.markdown.trim() === '') throw nothingLeft(fileName, cleaned.removed);
  if (!language)
    throw new ContentError(
      fileName,
      'language',
      'the language of the text cannot be detected (too little text).',
      'add the article by hand and set `language`.',
    );
  const s = cleaned.separation;
  const facts: Extracted['facts'] = fromSeparation(s);
  if (cleaned.title && !facts.title) facts.title = { value: cleaned.title, evidence: cleaned.title };
  if (cleaned.date && !facts.date)
    facts.date = { value: { date: cleaned.date, text: cleaned.date }, evidence: cleaned.removed.find((r) => r.kind === 'dateline')?.text ?? cleaned.date };
  if (cleaned.origin) facts.origin = cleaned.origin;
  return { format: 'text', markdown: cleaned.markdown, removed: cleaned.removed, language, languageEvidence: 'detected by franc', facts, notes: [] };
}

function extractHtml(text: string, fileName: string): Extracted {
  const page = readHtmlPage(text);
  const prose = page.blocks.map((b) => b.text).join('\n');
  const detected = detectLanguage(prose);
  const stated = page.facts.language?.value.toLowerCase().split('-')[0];
  const language = detected ?? stated;
  if (!language)
    throw new ContentError(
      fileName,
      'language',
      'the page states no language (<html lang>) and its text is too short to detect one.',
      'add the article by hand and set `language`.',
    );
  const languageEvidence =
    detected && stated && detected === stated
      ? `detected by franc; the page says ${page.facts.language!.evidence}`
      : detected
        ? `detected by franc${stated ? `; the page says ${page.facts.language!.evidence}, which its text contradicts` : ''}`
        : `the page says ${page.facts.language!.evidence} (too little text to check)`;
  const s = separateArticle(page.blocks, language, page.facts.title ? { title: page.facts.title.value } : {});
  const removed: Removal[] = [...page.removed];
  const kept = page.nodes.filter((_, i) => {
    const kind = s.removed[i];
    if (kind) removed.push({ kind, text: page.blocks[i]!.text });
    return kind === undefined;
  });
  if (kept.length === 0) throw nothingLeft(fileName, removed);
  const fromText = fromSeparation(s);
  // The page's own metadata first; what its text states fills the gaps, then a byline or dateline
  // the extraction left out.
  const facts: Extracted['facts'] = { ...factsOfLines(page.leftOut, language), ...fromText, ...definedOnly(page.facts) };
  if (facts.date) delete facts.impossibleDate;
  const notes =
    page.images > 0 ? [`images: the page's ${page.images} image(s) were not kept (Dossier publishes the text), nor their captions (listed as removed).`] : [];
  return { format: 'html', markdown: writeMarkdown({ type: 'root', children: kept }), removed, language, languageEvidence, facts, notes };
}

/** What the lines the extraction left out state, when a line states it and nothing else (see readMetaLine). */
function factsOfLines(lines: readonly string[], language: string): PageFacts {
  const evidence = (line: string) => `the page's line "${line}", outside the article text`;
  // A line of several parts, each an element of its own two spaces apart ("Words by  X  Regional
  // reporter  Posted …"), that is not facts alone as a whole: the facts of its parts, when it reads as
  // a byline block (factsOfParts).
  const read = lines.flatMap((line) => {
    const meta = readMetaLine(line, language);
    const parts = meta ? undefined : factsOfParts(line, language);
    return parts ? parts.map((m) => ({ meta: m, evidence: evidence(line) })) : [{ meta, evidence: evidence(line) }];
  });
  const facts: PageFacts = factsOfMetaLines(read);
  if (facts.date || facts.impossibleDate) return facts;
  // Failing a line of facts alone, a date beside an unlabelled name ("林晓峰 · 2026年11月30日 14:20").
  const dated = lines.map((line) => ({ line, date: readDateBesideName(line, language) })).find((d) => d.date);
  return dated ? { ...facts, date: { value: dated.date!, evidence: evidence(dated.line) } } : facts;
}

function fromSeparation(s: Separation): PageFacts {
  const { removed: _, ...facts } = s;
  return facts;
}

function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function nothingLeft(fileName: string, removed: readonly Removal[]): ContentError {
  return new ContentError(
    fileName,
    undefined,
    `nothing is left once page chrome is removed (${[...new Set(removed.map((r) => r.kind))].join(', ') || 'no text'}).`,
    'this file holds no article.',
  );
}

/** The entry as the build will read it: ingest never writes what the build would reject. */
function validateEntry(entry: string, fileName: string): void {
  const { frontmatter } = parseMarkdownFile(entry, fileName);
  const parsed = articleSchema.safeParse(frontmatter);
  if (parsed.success) return;
  const errors = zodIssuesToErrors(`${fileName} (the entry ingest would write)`, parsed.error.issues);
  throw errors.length === 1 ? errors[0]! : new ContentErrors(errors);
}

/** A slug from the title: a different text whose slug is taken gets the id's first characters added. */
function uniqueSlug(title: string, id: string, taken: ReadonlySet<string>): string {
  const words = slugify(title, { decamelize: false }).split('-').filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (`${slug}-${word}`.length > 60) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  // A title in a script slugify cannot spell (Chinese, Japanese) leaves digits at most ("36"): not a name.
  if (!/[a-z]{2}/.test(slug)) slug = `article-${id.slice(0, 8)}`;
  return taken.has(slug) ? `${slug}-${id.slice(0, 8)}` : slug;
}

/** The source keeps its file name (with .html or .txt as it is read) unless another source has it. */
function uniqueName(name: string, id: string, taken: ReadonlySet<string>, html: boolean): string {
  const base = html ? (/\.html?$/i.test(name) ? name : `${name}.html`) : name.endsWith('.txt') ? name : `${name}.txt`;
  return taken.has(base) ? `${id}_${base}` : base;
}
