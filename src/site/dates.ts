import { partialDatePrecision } from '../schemas/common.ts';
import { dateTimeFormat } from '../lib/intl.ts';

/**
 * A date of known precision in the reader's language: "3 October 2025",
 * "May 2026", "2025". Never shows a day or month the source did not give.
 */
export function formatPartialDate(value: string, locale: string): string {
  const precision = partialDatePrecision(value);
  if (!precision) throw new Error(`not a partial ISO date: ${value}`);
  const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    precision === 'day' ? { year: 'numeric', month: 'long', day: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}
