import { partialDatePrecision } from '../../schemas/common.ts';
import { separateArticle, type Separation } from './classify.ts';
import { CHROME_RULES, type RemovalKind } from './rules.ts';
import { lineShapes, textToMarkdown } from './structure.ts';

export interface Removal {
  kind: RemovalKind;
  /** Exactly the text removed from the source. */
  text: string;
}

export interface CleanedArticle {
  /** The article text as Markdown, every sentence of the source kept. */
  markdown: string;
  /** What was taken out, in the order found. */
  removed: Removal[];
  /** The title line, when the text starts with one. */
  title?: string;
  /** A date the text states in a dateline, with the precision it gives. */
  date?: string;
  /** The original source a republication names ("Original source: 钛媒体"). */
  origin?: string;
  /** What the classifier found, with the evidence for each fact. */
  separation: Separation;
}

/**
 * Separates an article from the page it was scraped from: removes page chrome
 * (the known phrases of rules.ts, then what the block classifier finds),
 * listing each removal; lifts the title, dateline, byline and publisher into
 * metadata; and gives the rest structure as Markdown. `language` (the text's,
 * as detected) chooses the stop words and how numeric dates read.
 */
export function cleanArticleText(source: string, options: { language?: string } = {}): CleanedArticle {
  const removed: Removal[] = [];
  const result: Omit<CleanedArticle, 'markdown' | 'removed' | 'separation'> = {};
  let text = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');

  // "date 2025-10-03 …" at the very start: a scraper's metadata line.
  text = text.replace(/^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/, (match, date: string) => {
    if (partialDatePrecision(date) === undefined) return match;
    removed.push({ kind: 'dateline', text: match.trim() });
    result.date = date;
    return '';
  });

  for (const rule of CHROME_RULES) {
    text = text.replace(rule.pattern, (match) => {
      removed.push({ kind: rule.kind, text: match.trim() });
      if (rule.kind === 'source-link') {
        const origin = match.replace(/^Original source:\s*/, '').replace(/[\s↗]+$/u, '');
        if (origin) result.origin = origin;
      }
      return '';
    });
  }

  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const language = options.language ?? 'en';
  const shapes = lineShapes(lines);
  const separation = separateArticle(
    lines.map((line, i) => ({ text: line, shape: shapes[i]! })),
    language,
  );
  separation.removed.forEach((kind, i) => {
    if (kind) removed.push({ kind, text: lines[i]! });
  });
  if (separation.title) result.title = separation.title.value;
  if (separation.date && result.date === undefined) result.date = separation.date.value.date;
  const kept = lines.filter((_, i) => separation.removed[i] === undefined);
  return { markdown: textToMarkdown(kept.join('\n')), removed, ...result, separation };
}
