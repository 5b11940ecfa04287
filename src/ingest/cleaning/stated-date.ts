import * as chrono from 'chrono-node';
import { partialDatePrecision } from '../../schemas/common.ts';

/** A date a text states, as precise as it states it. */
export interface StatedDate {
  /** "YYYY-MM" or "YYYY-MM-DD": only the parts the text gives, checked against the calendar. */
  date: string;
  /** "HH:MM" when the text gives a time of day (for the report: the schema keeps dates only). */
  time?: string;
  /** The words that state it, exactly as in the text. */
  text: string;
}

/** Something written as a date that no calendar has ("2025-13-45"): reported, never written. */
export interface ImpossibleDate {
  impossible: string;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** chrono-node parsers by language; the text's own language is tried first (04.11.2025 is 4 November in German, 11 April in English). */
const PARSERS: Record<string, { parse: (text: string) => chrono.ParsedResult[] }> = {
  en: chrono.en,
  fr: chrono.fr,
  de: chrono.de,
  es: chrono.es,
  zh: chrono.zh,
  ja: chrono.ja,
  pt: chrono.pt,
  it: chrono.it,
  nl: chrono.nl,
};

// Numeric forms chrono does not read or reads loosely: ISO with "-" or "/", and the CJK 年月日 form.
const ISO = /(?<![\d.])(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?|\.(\d{1,2})\.(\d{1,2})(?!\.\d))(?![\d/-])/u;
const CJK = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/u;
const TIME = /(?<![\d:])([01]?\d|2[0-3])\s*(?::|h|時|时)\s*([0-5]\d)(?:\s*(?:分|Uhr|h))?(?:\s*([AaPp])\.?\s*[Mm]\.?)?(?![\d:])/u;

/** Where a date is stated in `text`: its first date with a year and a month, or one that cannot exist. */
export function findStatedDate(text: string, language = 'en'): StatedDate | ImpossibleDate | undefined {
  for (const pattern of [ISO, CJK]) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [y, mo, d] = m[4] !== undefined ? [m[1], m[4], m[5]] : [m[1], m[2], m[3]];
    const date = d === undefined ? `${y}-${pad(Number(mo))}` : `${y}-${pad(Number(mo))}-${pad(Number(d))}`;
    if (partialDatePrecision(date) === undefined) return { impossible: m[0], text: m[0] };
    return withTime({ date, text: m[0] }, text);
  }
  const primary = language.split('-')[0]!;
  const order = [PARSERS[primary], ...Object.values(PARSERS)].filter((p, i, all): p is (typeof PARSERS)[string] => p !== undefined && all.indexOf(p) === i);
  for (const parser of order) {
    for (const result of parser.parse(text)) {
      const year = result.start.get('year');
      const month = result.start.get('month');
      if (!result.start.isCertain('year') || !result.start.isCertain('month') || year === null || month === null) continue;
      // A stated date shows its year: chrono also reads "3 hours ago" and "hier" as dates, counted from
      // the moment of reading, which is not when the page was written.
      if (!result.text.includes(String(year).slice(2))) continue;
      const day = result.start.isCertain('day') ? result.start.get('day') : null;
      const found: StatedDate = { date: day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`, text: result.text };
      if (result.start.isCertain('hour') && result.start.isCertain('minute'))
        found.time = `${pad(result.start.get('hour')!)}:${pad(result.start.get('minute')!)}`;
      return found.time ? found : withTime(found, text);
    }
  }
  return undefined;
}

function withTime(found: StatedDate, text: string): StatedDate {
  const m = TIME.exec(text.replace(found.text, ' '));
  if (!m) return found;
  let hour = Number(m[1]);
  if (m[3]?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (m[3]?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return { ...found, time: `${pad(hour)}:${m[2]}` };
}

export const isImpossible = (d: StatedDate | ImpossibleDate | undefined): d is ImpossibleDate => d !== undefined && 'impossible' in d;

/** Time-of-day words that may stand beside a date in a dateline ("14:32 Uhr", "2:15 PM PDT", "18时45分"). */
export const TIME_WORDS = new RegExp(`${TIME.source}(?:\\s*(?:[A-Z]{2,4}T|UTC|GMT|MEZ|MESZ|CET|CEST|ET|PT)\\b)?`, 'gu');
