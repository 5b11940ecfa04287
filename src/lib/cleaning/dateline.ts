import * as chrono from 'chrono-node';

export interface StatedDate {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD": only the parts the text states. */
  date: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a line that is nothing but a date ("May 2026", "2025-10-03",
 * "3 octobre 2025") and returns it with the precision the line gives:
 * a month and year never become a day.
 */
export function parseDateLine(line: string): StatedDate | undefined {
  const trimmed = line.trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(trimmed);
  if (iso) return { date: trimmed };
  for (const parser of [chrono.en, chrono.fr]) {
    const [result] = parser.parse(trimmed);
    if (!result || result.text.length !== trimmed.length || result.end) continue;
    const year = result.start.get('year');
    const month = result.start.get('month');
    if (!result.start.isCertain('year') || year === null || month === null || !result.start.isCertain('month')) continue;
    const day = result.start.isCertain('day') ? result.start.get('day') : null;
    return { date: day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}` };
  }
  return undefined;
}
