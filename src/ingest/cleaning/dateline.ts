import { findStatedDate, isImpossible } from './stated-date.ts';

export interface DateLine {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD": only the parts the text states. */
  date: string;
}

/**
 * Reads a line that is nothing but a date ("May 2026", "2025-10-03",
 * "3 octobre 2025") and returns it with the precision the line gives:
 * a month and year never become a day.
 */
export function parseDateLine(line: string, language?: string): DateLine | undefined {
  const trimmed = line.trim();
  const found = findStatedDate(trimmed, language);
  if (found === undefined || isImpossible(found) || found.text.trim() !== trimmed) return undefined;
  return { date: found.date };
}
