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
import { isTitleLike, publisherOfCopyright, readMetaLine } from './metadata.ts';
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

const SENTENCE_END = /[.!?…。！？]["”»」』’')）]?$/u;
/** How far past the first paragraph a byline may still stand (after a standfirst, a photo caption). */
const META_REACH = 4;

const cjkChars = (text: string) => (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;

export function separateArticle(blocks: readonly Block[], language: string, known: { title?: string } = {}): Separation {
  const stats = blocks.map((b) => wordStats(b.text, language));
  const ui = blocks.map((b) => uiKind(b.text));
  const isGood = (i: number) => {
    const { text, shape } = blocks[i]!;
    if (shape === 'heading' || shape === 'table' || ui[i]) return false;
    return (SENTENCE_END.test(text) && stats[i]!.words >= 8) || text.length >= 150;
  };
  const isSentence = (i: number) => SENTENCE_END.test(blocks[i]!.text) && (stats[i]!.words >= 3 || cjkChars(blocks[i]!.text) >= 8);
  const good = blocks.map((_, i) => isGood(i));
  const anyGood = good.includes(true);
  const first = anyGood ? good.indexOf(true) : 0;
  let last = anyGood ? good.lastIndexOf(true) : blocks.length - 1;
  // The article goes on through a table, a list or a short closing sentence, across up to two other blocks.
  for (let j = last + 1, gap = 0; anyGood && j < blocks.length && gap <= 2; j++) {
    const continues = !ui[j] && (isSentence(j) || blocks[j]!.shape === 'table' || blocks[j]!.shape === 'list');
    if (continues) [last, gap] = [j, 0];
    else gap++;
  }

  const out: Separation = { removed: blocks.map(() => undefined) };
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);

  // Metadata lines: near the top (up to a few blocks into the article) and after the last paragraph.
  // Without any paragraph (a short text), only the first line, or the one after a title, can be a dateline.
  const metaCandidates = anyGood
    ? blocks.map((_, i) => i).filter((i) => i < first + META_REACH || i > last)
    : blocks.length === 0 ? [] : [isTitleLike(blocks[0]!.text, false) ? 1 : 0];
  for (const i of metaCandidates) {
    if (i >= blocks.length || blocks[i]!.shape === 'table' || good[i]) continue;
    const meta = readMetaLine(blocks[i]!.text, language);
    // Inside the article's first paragraphs only a byline is lifted: a date there may open a timeline.
    if (!meta || (i > first && i <= last && !meta.author && !meta.publisher)) continue;
    const evidence = blocks[i]!.text;
    if (meta.date && !out.date) out.date = { value: meta.date, evidence };
    if (meta.impossible && !out.impossibleDate && !out.date) out.impossibleDate = { value: meta.impossible.impossible, evidence };
    if (meta.author && !out.author) out.author = { value: meta.author, evidence };
    if (meta.publisher && !out.publisher) out.publisher = { value: meta.publisher, evidence };
    out.removed[i] = meta.author || meta.publisher ? 'byline' : 'dateline';
  }

  // The title: given by the page (HTML), or the first headline-like line before the article starts.
  const headEnd = anyGood ? first : Math.min(1, blocks.length);
  if (known.title !== undefined) {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    for (let i = 0; i < Math.min(blocks.length, first + 2); i++) {
      if (out.removed[i] === undefined && norm(blocks[i]!.text) === norm(known.title)) {
        out.removed[i] = 'title-line';
        break;
      }
    }
  } else {
    // A breadcrumb's last crumb names the page: a line that repeats it is the title.
    const crumbs = blocks.slice(0, headEnd).filter((b) => BREADCRUMB.test(b.text)).map((b) => b.text.split(/\s*(?:›|»|>|→|\||\s\/\s)\s*/u).at(-1)!.trim());
    const candidates = [];
    for (let i = 0; i < headEnd; i++) {
      if (out.removed[i] !== undefined || ui[i] || blocks[i]!.shape !== 'line' && blocks[i]!.shape !== 'heading') continue;
      if (isTitleLike(blocks[i]!.text, anyGood)) candidates.push(i);
    }
    const hinted = candidates.find((i) => crumbs.some((c) => c.length >= 4 && blocks[i]!.text.startsWith(c.replace(/(?:\.\.\.|…)$/u, ''))));
    const chosen = hinted ?? candidates[0];
    if (chosen !== undefined) {
      out.title = { value: blocks[chosen]!.text.trim(), evidence: hinted !== undefined ? `${blocks[chosen]!.text.trim()} (the breadcrumb ends with it)` : blocks[chosen]!.text.trim() };
      out.removed[chosen] = 'title-line';
    }
  }

  let inRelated = false;
  for (let i = 0; i < blocks.length; i++) {
    if (out.removed[i] !== undefined) continue;
    const { text, shape } = blocks[i]!;
    if (good[i]) {
      inRelated = false;
      continue;
    }
    // After "Related" / "Mehr zum Thema" / "相关推荐": the headlines that follow are links too.
    if (isRelatedHeader(text)) {
      inRelated = true;
      out.removed[i] = 'related-links';
      continue;
    }
    if (inRelated && shape !== 'table' && shape !== 'heading' && !isSentence(i)) {
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
      // Before the article: a standfirst or a short sentence stays; menus and labels go.
      const standfirst = stats[i]!.words >= 6 && stats[i]!.stopwordDensity >= 0.2 && shape === 'line';
      if (!isSentence(i) && !standfirst) out.removed[i] = 'navigation';
    } else if (i > last) {
      // After it: a closing sentence or list stays; footer links go.
      if (!isSentence(i) && shape !== 'list') out.removed[i] = 'navigation';
    }
  }
  return out;
}
