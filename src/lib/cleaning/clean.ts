import { parseDateLine } from './dateline.ts';
import { CHROME_RULES, type RemovalKind } from './rules.ts';
import { textToMarkdown } from './structure.ts';

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
}

/**
 * Separates an article from the page it was scraped from: removes page chrome
 * (listing each removal), lifts the title line and dateline into metadata, and
 * gives the rest structure as Markdown.
 */
export function cleanArticleText(source: string): CleanedArticle {
  const removed: Removal[] = [];
  const result: Omit<CleanedArticle, 'markdown' | 'removed'> = {};
  let text = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');

  // "date 2025-10-03 …" at the very start: a scraper's metadata line.
  text = text.replace(/^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/, (match, date: string) => {
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

  const lines = text.split('\n');
  const nonEmpty = () => lines.findIndex((l) => l.trim() !== '');

  // A first line that reads as a headline is the title.
  const first = nonEmpty();
  if (first !== -1 && isTitleLine(lines[first]!.trim())) {
    result.title = lines[first]!.trim();
    removed.push({ kind: 'title-line', text: result.title });
    lines.splice(first, 1);
  }

  // A date alone on the next line is the dateline.
  const next = nonEmpty();
  const stated = next === -1 ? undefined : parseDateLine(lines[next]!);
  if (stated && result.date === undefined) {
    result.date = stated.date;
    removed.push({ kind: 'dateline', text: lines[next]!.trim() });
    lines.splice(next, 1);
  }

  return { markdown: textToMarkdown(lines.join('\n')), removed, ...result };
}

function isTitleLine(line: string): boolean {
  return line.length <= 200 && !/[.!?…:;,。！？：；，]$/u.test(line) && !/^[-*|#>\d]/.test(line);
}
