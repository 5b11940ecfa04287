/**
 * Tells the article from the page around it, block by block, in the spirit of
 * jusText and Boilerpipe: a block is "good" when it reads as prose (enough
 * words, a sentence's final punctuation); the chrome of a page sits in runs
 * before the first good block and after the last one; and UI strings (share,
 * cookie, newsletter, related, copyright, comment counters…) are chrome
 * wherever they are. A short line between two paragraphs is kept: it is a
 * heading, a list item or a caption. Datelines, bylines and source lines are
 * lifted into metadata, with the line as evidence.
 */
import { isTitleLike, publisherOfCopyright, readMetaLine, type MetaLine } from './metadata.ts';
import type { RemovalKind } from './rules.ts';
import type { StatedDate } from './stated-date.ts';
import { wordStats } from './stopwords.ts';
import { BREADCRUMB, isRelatedHeader, uiKind } from './vocabulary.ts';

export interface Block {
  text: string;
  /** What the block is in the page's structure: HTML says it, plain text is guessed (tables, lists). */
  shape: 'line' | 'heading' | 'list' | 'table';
}

/** A fact read from the page, with the line that states it. */
export interface Detected<T = string> {
  value: T;
  evidence: string;
}

export interface Separation {
  /** Per block: undefined to keep it, or the kind of chrome (or lifted metadata) it is. */
  removed: (RemovalKind | undefined)[];
  title?: Detected;
  date?: Detected<StatedDate>;
  /** A date that no calendar has, as written: reported, left out. */
  impossibleDate?: Detected;
  author?: Detected;
  publisher?: Detected;
}

export const SENTENCE_END = /[.!?…。！？]["”»」』’')）]?$/u;
/** How far past the first paragraph the head of a page may reach (a standfirst, then bylines and buttons). */
const HEAD_REACH = 12;

const cjkChars = (text: string) => (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;

/** The date, author and publisher that metadata lines state, each from the first line that states it. */
export function factsOfMetaLines(lines: readonly { meta: MetaLine | undefined; evidence: string }[]): Omit<Separation, 'removed' | 'title'> {
  const out: Omit<Separation, 'removed' | 'title'> = {};
  for (const { meta: m, evidence } of lines) {
    if (!m) continue;
    if (m.date && !out.date) out.date = { value: m.date, evidence };
    if (m.impossible && !out.impossibleDate && !out.date) out.impossibleDate = { value: m.impossible.impossible, evidence };
    if (m.author && !out.author) out.author = { value: m.author, evidence };
    if (m.publisher && !out.publisher) out.publisher = { value: m.publisher, evidence };
  }
  return out;
}

export function separateArticle(blocks: readonly Block[], language: string, known: { title?: string } = {}): Separation {
  const n = blocks.length;
  const stats = blocks.map((b) => wordStats(b.text, language));
  const ui = blocks.map((b) => (b.shape === 'table' ? undefined : uiKind(b.text)));
  const isSentence = (i: number) => SENTENCE_END.test(blocks[i]!.text) && (stats[i]!.words >= 3 || cjkChars(blocks[i]!.text) >= 8);
  const prose = (i: number) => {
    const { text, shape } = blocks[i]!;
    if (shape === 'heading' || shape === 'table' || ui[i]) return false;
    return (SENTENCE_END.test(text) && stats[i]!.words >= 8) || text.length >= 150;
  };
  const firstProse = blocks.findIndex((_, i) => prose(i));
  const anyGood = firstProse !== -1;

  // Metadata lines: in the head of the page (up to a dozen blocks in, past a standfirst) and in its foot.
  const meta = blocks.map(() => undefined as MetaLine | undefined);
  const headLimit = anyGood ? firstProse + HEAD_REACH : 0;
  const isDateOnly = (m: MetaLine | undefined) => m !== undefined && !m.author && !m.publisher && !m.credit;
  if (anyGood) {
    for (let i = 0; i < Math.min(n, headLimit); i++) {
      if (blocks[i]!.shape === 'table' || blocks[i]!.shape === 'list') continue;
      meta[i] = readMetaLine(blocks[i]!.text, language);
    }
    // Two dated lines in a row open a timeline, not a dateline.
    for (let i = 0; i < n; i++) if (isDateOnly(meta[i]) && (isDateOnly(meta[i + 1]) || isDateOnly(meta[i - 1])) && i >= firstProse) meta[i] = undefined;
  } else if (n > 0) {
    // A short text without paragraphs: only its first line, or the one after a title, can be a dateline.
    const i = isTitleLike(blocks[0]!.text, false) ? 1 : 0;
    if (i < n) meta[i] = readMetaLine(blocks[i]!.text, language);
  }
  const good = blocks.map((_, i) => prose(i) && !(meta[i] !== undefined));
  // A question headline followed by a byline or dateline is the title, not the first paragraph.
  for (let i = 0; i < n; i++) if (good[i] && /[?？]$/u.test(blocks[i]!.text) && stats[i]!.words <= 20 && meta[i + 1]) good[i] = false;

  // Where the article starts: the first paragraph, unless a byline, dateline or UI string follows it
  // before the next paragraph (then it was a standfirst: kept, but the head goes on).
  let first = anyGood ? good.indexOf(true) : 0;
  if (first === -1) first = 0;
  for (let next = nextGood(good, first); anyGood && next !== -1 && next < headLimit; next = nextGood(good, first)) {
    const between = blocks.slice(first + 1, next).some((_, k) => meta[first + 1 + k] !== undefined || ui[first + 1 + k] !== undefined);
    if (!between) break;
    first = next;
  }
  let last = anyGood ? good.lastIndexOf(true) : n - 1;
  // The article goes on through a table, a list or a short closing sentence, across up to two other blocks.
  for (let j = last + 1, gap = 0; anyGood && j < n && gap <= 2; j++) {
    const continues = !ui[j] && (isSentence(j) || blocks[j]!.shape === 'table' || blocks[j]!.shape === 'list');
    if (continues) [last, gap] = [j, 0];
    else gap++;
  }
  if (anyGood)
    for (let i = last + 1; i < n; i++) if (blocks[i]!.shape !== 'table' && blocks[i]!.shape !== 'list') meta[i] = readMetaLine(blocks[i]!.text, language);

  const out: Separation = {
    removed: meta.map((m) => (m ? (m.author || m.publisher || m.credit ? 'byline' : 'dateline') : undefined)),
    ...factsOfMetaLines(meta.map((m, i) => ({ meta: m, evidence: blocks[i]!.text }))),
  };

  // The title: given by the page (HTML), or the headline-like line before the article starts.
  const headEnd = anyGood ? first : Math.min(1, n);
  if (known.title !== undefined) {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    for (let i = 0; i < Math.min(n, first + 2); i++) {
      if (out.removed[i] === undefined && norm(blocks[i]!.text) === norm(known.title)) {
        out.removed[i] = 'title-line';
        break;
      }
    }
  } else {
    const title = chooseTitle(
      blocks,
      headEnd,
      (i) =>
        out.removed[i] === undefined &&
        !ui[i] &&
        !good[i] &&
        (blocks[i]!.shape === 'line' || blocks[i]!.shape === 'heading') &&
        isTitleLike(blocks[i]!.text, anyGood),
      (i) => meta[i] !== undefined || good[i]!,
    );
    if (title) {
      out.title = title.fact;
      out.removed[title.index] = 'title-line';
    }
  }

  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  let inRelated = false;
  for (let i = 0; i < n; i++) {
    if (out.removed[i] !== undefined) continue;
    const { text, shape } = blocks[i]!;
    // A list after a related-links header is a list of headlines when each item is one.
    const headline = text.split('\n').every((item) => item.length <= 120 && !/[.。]["”»」』]?$/u.test(item));
    if (good[i] && !(inRelated && headline)) {
      inRelated = false;
      continue;
    }
    // After "Related" / "Mehr zum Thema" / "相关推荐": the headlines that follow are links too, up to
    // the next UI string or real sentence.
    if (isRelatedHeader(text)) {
      inRelated = true;
      out.removed[i] = 'related-links';
      continue;
    }
    if (inRelated && !ui[i] && shape !== 'table' && shape !== 'heading') {
      out.removed[i] = 'related-links';
      continue;
    }
    inRelated = false;
    const kind = ui[i];
    if (kind) {
      out.removed[i] = kind;
      if (kind === 'copyright' && !out.publisher) {
        const name = publisherOfCopyright(text);
        if (name) out.publisher = { value: name, evidence: text };
      }
      continue;
    }
    if (shape === 'table' || shape === 'heading') continue;
    const short = stats[i]!.words <= 6 && !/\d/u.test(text);
    if (anyGood && (i < first || i > last) && counts.get(text)! > 1 && short) {
      out.removed[i] = 'navigation';
      continue;
    }
    if (!anyGood) continue;
    if (i < first) {
      // Before the article: a standfirst (after the title) or a short sentence stays; menus and labels go.
      const afterTitle = out.title === undefined || out.removed.indexOf('title-line') < i;
      const standfirst = afterTitle && stats[i]!.words >= 6 && stats[i]!.stopwordDensity >= 0.2 && shape === 'line';
      if (!isSentence(i) && !standfirst) out.removed[i] = 'navigation';
    } else if (i > last) {
      // After it: a closing sentence or list stays; footer links go.
      if (!isSentence(i) && shape !== 'list') out.removed[i] = 'navigation';
    }
  }
  return out;
}

const nextGood = (good: readonly boolean[], from: number) => {
  for (let i = from + 1; i < good.length; i++) if (good[i]) return i;
  return -1;
};

/**
 * The title among the lines before the article: a line the breadcrumb ends with; else the first
 * headline-like line that leads into the article (followed by a byline or dateline, a paragraph,
 * or a standfirst); else the first headline-like line. A site name followed by a menu is skipped.
 */
function chooseTitle(
  blocks: readonly Block[],
  headEnd: number,
  candidate: (i: number) => boolean,
  leadsIn: (i: number) => boolean,
): { index: number; fact: Detected } | undefined {
  const crumbs = blocks
    .slice(0, headEnd)
    .filter((b) => BREADCRUMB.test(b.text))
    .map((b) =>
      b.text
        .split(/\s*(?:›|»|>|→|\||\s\/\s)\s*/u)
        .at(-1)!
        .replace(/(?:\.\.\.|…)$/u, '')
        .trim(),
    );
  const candidates: number[] = [];
  for (let i = 0; i < headEnd; i++) if (candidate(i)) candidates.push(i);
  const hinted = candidates.find((i) => crumbs.some((c) => c.length >= 4 && blocks[i]!.text.startsWith(c)));
  if (hinted !== undefined)
    return { index: hinted, fact: { value: blocks[hinted]!.text.trim(), evidence: `${blocks[hinted]!.text.trim()} (the breadcrumb ends with it)` } };
  const leading = candidates.find((i) => i + 1 < blocks.length && (leadsIn(i + 1) || candidates.includes(i + 1) || i + 1 === headEnd));
  const index = leading ?? candidates[0];
  return index === undefined ? undefined : { index, fact: { value: blocks[index]!.text.trim(), evidence: blocks[index]!.text.trim() } };
}
