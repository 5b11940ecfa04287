import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { REMOVAL_KINDS } from './removals.ts';
import { languageTag, languageTagProblem, localizedText, partialDate, perLocaleShape, SLUG, text } from './common.ts';
import { segmenter } from '../lib/intl.ts';
import { fieldInput, normalizeField, type Field } from './authorship.ts';

/** Provenance warnings a reader should see before trusting the text. */
export const PROVENANCE_FLAGS = [
  'aggregator', // republished by a news aggregator, not the original publisher
  'ai-generated', // contains analysis written by an AI system
  'unsourced-figures', // states figures, benchmarks or repositories without a source
  'predictions', // contains the publisher's own predictions
  'unverified-claims', // names a person or a deal on no stated source
] as const;
export type ProvenanceFlag = (typeof PROVENANCE_FLAGS)[number];

const publisher = z
  .object({
    name: text(),
    /** `stated`: the text names it; `inferred`: deduced from the text (say how in `evidence`). */
    basis: z.enum(['stated', 'inferred']),
    /** How it was inferred, in every site language. */
    evidence: localizedText().optional(),
  })
  .strict();

const source = z
  .object({
    /** The raw text or saved page in content/sources/, kept byte for byte. */
    file: z.string().regex(/^[^/\\]+\.(?:txt|html?)$/, 'must be the name of a .txt or .html file in content/sources/'),
    /** Who wrote it, as the page states it (a byline). */
    author: text().optional(),
    /** Who published the text we have; omitted when the text does not say. */
    publisher: publisher.optional(),
    /** The original source the text names, when it is a republication. */
    origin: text().optional(),
    /** Other outlets the text credits ("Via: TechCrunch"). */
    credits: z.array(text()).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();

const published = z
  .object({
    date: partialDate().optional(),
    /** `stated` in the text, `inferred` from it (say how in `evidence`), or `unknown`. */
    basis: z.enum(['stated', 'inferred', 'unknown']),
    /** What in the text an inferred date comes from, in every site language. */
    evidence: localizedText().optional(),
  })
  .strict()
  .refine((p) => (p.basis === 'unknown') === (p.date === undefined), {
    message: 'give a date with basis "stated" or "inferred", or no date with basis "unknown" (never invent one)',
  })
  .refine((p) => p.basis !== 'inferred' || p.evidence !== undefined, {
    message: 'an inferred date needs `evidence`: say what in the text it was inferred from',
    path: ['evidence'],
  });

const removal = z
  .object({
    kind: z.enum(REMOVAL_KINDS),
    /** The removed text, exactly as in the source. */
    text: text(),
  })
  .strict();

export const articleSchema = z
  .object({
    /** Stable forever: the permalink is /a/{id}/. Hex digest of the source text, 8+ characters. */
    id: z.string().regex(/^[0-9a-f]{8,64}$/, 'must be 8 to 64 lowercase hex characters (the hash of the source text)'),
    /** Language of the original text. */
    language: languageTag(),
    /**
     * The title in the original language and in every site language, each a
     * field (see authorship.ts): the text, or who drafted it, or `missing`.
     * `editorial: true` when the source has no title and this one is ours.
     */
    title: z.object({ editorial: z.boolean() }).catchall(fieldInput()),
    /**
     * 2–4 sentences per site language, each a field (see authorship.ts).
     * `writtenIn` is the one written from the text, the others translate it.
     */
    summary: z.object({ ...perLocaleShape(fieldInput), writtenIn: z.enum(LOCALES) }).strict(),
    source,
    published,
    /** Articles that tell the same story share this id. */
    story: z.string().regex(SLUG, 'must be lowercase words joined by hyphens').optional(),
    notes: z
      .object({
        flags: z.array(z.enum(PROVENANCE_FLAGS)).default([]),
        removed: z.array(removal).default([]),
      })
      .strict()
      .default({ flags: [], removed: [] }),
    /** Dated events the article states, for the timeline: the date as precise as the text gives it. */
    events: z.array(z.object({ date: partialDate(), text: localizedText() }).strict()).default([]),
    /** Old slugs that must keep working. */
    aliases: z.array(z.string().regex(SLUG, 'old slugs are lowercase words joined by hyphens')).default([]),
  })
  .strict()
  .superRefine((a, ctx) => {
    for (const lang of LOCALES) {
      const field = a.summary[lang];
      if (typeof field !== 'string' && field.status === 'missing') continue;
      const count = sentenceCount(typeof field === 'string' ? field : field.text!, lang);
      if (count < 2 || count > 4) {
        ctx.addIssue({ code: 'custom', path: ['summary', lang], message: `has ${count} sentence${count === 1 ? '' : 's'}; a summary has 2 to 4` });
      }
    }
    // An invalid language is reported once, not again as a missing title in that "language".
    for (const lang of new Set([...(languageTagProblem(a.language) ? [] : [a.language]), ...LOCALES])) {
      if (a.title[lang] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['title', lang],
          message: `missing the title in "${lang}"${lang === a.language ? ' (the original language)' : ''}; write it, or put \`{ status: missing }\` until someone (or \`npm run draft\`) does`,
        });
      }
    }
  })
  .transform(({ title: { editorial, ...titles }, summary: { writtenIn, ...summaries }, ...rest }) => ({
    ...rest,
    // A person's plain-text title is `written` in the original language (or when the title is Dossier's own), `translated` in the others.
    title: { editorial, ...mapValues(titles, (field, lang) => normalizeField(field, lang === rest.language)) } as Titles,
    summary: { writtenIn, ...mapValues(summaries, (field, lang) => normalizeField(field, lang === writtenIn)) } as Summaries,
  }));

/** Every title, by language tag (the original language and the site languages); `editorial` says the source had none. */
export type Titles = { editorial: boolean } & { [lang: string]: Field };
export type Summaries = { writtenIn: Locale } & Record<Locale, Field>;

export type ArticleData = z.output<typeof articleSchema>;

function mapValues<T, U>(record: Record<string, T>, map: (value: T, key: string) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, map(v, k)]));
}

/** Sentences as the summary rule counts them (exported for the benchmark's corpus generator). */
export function sentenceCount(text: string, lang: string): number {
  return [...segmenter(lang, 'sentence').segment(text)].filter((s) => s.segment.trim() !== '').length;
}
