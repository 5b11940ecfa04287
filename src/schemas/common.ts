import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n/locales.ts';

/** A string with something in it: whitespace-only titles and summaries are errors, not content. */
export const text = () => z.string().trim().min(1, 'must not be empty');

/** The shape of an object with one field per site language. */
export function perLocaleShape<T extends z.ZodType>(make: () => T): { [K in Locale]: T } {
  return Object.fromEntries(LOCALES.map((l) => [l, make()])) as { [K in Locale]: T };
}

/** One text per site language: `{ en, fr, zh }`, each required. */
export const localizedText = () => z.object(perLocaleShape(text)).strict();

/** Ids of entities and slugs of articles: lowercase ASCII words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type DatePrecision = 'year' | 'month' | 'day';

/**
 * Validates a date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` against the real
 * calendar (no 2024-02-30) and returns its precision, or undefined when invalid.
 */
export function partialDatePrecision(value: string): DatePrecision | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return 'year';
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return 'month';
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? 'day' : undefined;
}

/** A date of known precision, given as a quoted string: "2025", "2025-10" or "2025-10-03". */
export const partialDate = () =>
  z.string().refine((v) => partialDatePrecision(v) !== undefined, {
    message: 'invalid ISO date: write "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quoted) for a day that exists',
  });

let namers: Intl.DisplayNames[] | undefined;
/** Language names in every site locale, with no fallback: undefined for a code no one can name. */
const languageNamers = () => (namers ??= LOCALES.map((l) => new Intl.DisplayNames(l, { type: 'language', fallback: 'none' })));

/**
 * Why a value is not a language tag the site can use, or undefined when it is: a BCP 47
 * tag, in its canonical form, whose language every site locale can name ("banana"
 * is well-formed BCP 47, but no language; pages label the original text by name).
 */
export function languageTagProblem(value: string): string | undefined {
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(value);
  } catch {
    return `"${value}" is not a BCP 47 language tag: use one such as "en", "fr", "de" or "zh"`;
  }
  if (canonical !== value) return `write "${canonical}", the canonical form of "${value}"`;
  const language = canonical.split('-')[0]!;
  const unnamed = languageNamers().some((names) => names.of(language) === undefined);
  return unnamed ? `"${language}" is not a known language code (ISO 639): use one such as "en", "fr", "de" or "zh"` : undefined;
}

/** A BCP 47 language tag such as `fr`, `en` or `zh-Hans`, of a language the site can name. */
export const languageTag = () =>
  z.string().superRefine((v, ctx) => {
    const problem = languageTagProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
