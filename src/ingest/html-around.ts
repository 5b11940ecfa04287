/**
 * What a saved page holds around its article, read from the DOM: the short lines that extraction
 * left out (where a byline or dateline set apart from the text still is) and the sign-up, search and
 * comment boxes taken out before extraction. Text is read as a reader sees it, not as `textContent`
 * runs it together.
 */
import type { Block, Detected } from './cleaning/classify.ts';
import type { Removal } from './cleaning/clean.ts';
import { nameInByline } from './cleaning/metadata.ts';

const BLOCK =
  'address, article, aside, blockquote, dd, div, dl, dt, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, li, main, nav, ol, p, section, table, td, th, tr, ul';
/** Elements whose text no reader sees as text. */
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
/** Controls: their labels are not part of a byline or dateline ("Par X · Suivre"). */
const CONTROLS = new Set(['BUTTON', 'SELECT', 'TEXTAREA']);
/** Elements whose text reads apart from what is next to it: in a line, and on a line of its own. */
const INLINE_APART = new Set(['A', 'SPAN', 'TIME']);
const LINE_APART = new Set(['LABEL', 'BR', 'INPUT', ...CONTROLS, ...BLOCK.toUpperCase().split(', ')]);
/** Longer than this, a line is prose, not a byline or dateline. */
const SHORT_LINE = 200;
/** A block this long is a paragraph of prose, not a label. */
const PROSE_CHARS = 80;

/**
 * An element's words as a reader sees them: links, spans, blocks and controls apart ("Technology Sign
 * in", not "TechnologySign in"), with `apart` between them, or a line break between blocks and
 * controls with `lines`. A line read for a byline keeps two spaces there, which the byline reader
 * takes as the end of a name ("Par X  Publié le …"), and leaves out the labels of buttons and menus
 * (`controls: false`).
 */
function textOf(el: Element, { controls = true, apart = ' ', lines = false } = {}): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (NOT_SHOWN.has(tag) || (!controls && CONTROLS.has(tag))) return;
    const mark = LINE_APART.has(tag) ? '\u0002' : INLINE_APART.has(tag) ? '\u0001' : '';
    parts.push(mark);
    node.childNodes.forEach(visit);
    parts.push(mark);
  };
  visit(el);
  const joined = parts.join('');
  // An inline element's edge is a space only between words: not after an opening bracket or quote,
  // before punctuation ("Policy</a>." stays "Policy."), nor inside Chinese or Japanese text.
  const glued = joined.replace(/\u0001+/g, (run, at: number) => {
    const [before, after] = [joined[at - 1] ?? '', joined[at + run.length] ?? ''];
    return OPENS.test(before) || CLOSES.test(after) || (CJK.test(before) && CJK.test(after)) ? '' : run;
  });
  return glued.replace(/[\s\u0001\u0002]+/g, (run) => (run.includes('\u0002') ? (lines ? '\n' : apart) : run.includes('\u0001') ? apart : ' ')).trim();
}

const OPENS = /[([{“‘«「『（【《〈"']/u;
const CLOSES = /[.,;:!?)\]}”’»」』）】》〉、。，！？：；"']/u;
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}、。，！？：；「」『』（）【】]/u;

/**
 * The page's short lines between its headline (the line that states `title`, or an `<h1>` holding
 * it) and the article's second paragraph (`blocks`, as extracted) that extraction left out, in page
 * order: where a byline or dateline set apart from the text is. None when the headline is not found:
 * before it are the masthead's date and the menus, between paragraphs the cards of other stories.
 */
export function linesLeftOut(document: Document, blocks: readonly Block[], title: string | undefined): string[] {
  const lines: { text: string; plain: string; h1: boolean }[] = [];
  const visit = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    if (NOT_SHOWN.has(tag) || CONTROLS.has(tag)) return;
    if (el.querySelector(BLOCK)) {
      for (const child of el.children) visit(child);
      return;
    }
    // `plain` as the extraction words it, to find the article's blocks; `text` to read a byline in.
    const plain = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (plain) lines.push({ text: textOf(el, { controls: false, apart: '  ' }), plain, h1: tag === 'H1' });
  };
  if (document.body) visit(document.body);
  const headline = title?.replace(/\s+/g, ' ').trim();
  const start = headline ? lines.findIndex((l) => l.plain === headline || (l.h1 && (headline.includes(l.plain) || l.plain.includes(headline)))) : -1;
  // To the article's second paragraph of prose: a byline often follows the standfirst, and labels
  // the extraction kept ("Lesezeit: 4 Min.") do not end the head of the page.
  const article = new Set(blocks.map((b) => b.text));
  const prose = new Set(blocks.filter((b) => b.text.length >= PROSE_CHARS).map((b) => b.text));
  const firstTwo = lines.flatMap((l, i) => (i > start && prose.has(l.plain) ? [i] : [])).slice(0, 2);
  const end = firstTwo.at(-1) ?? -1;
  if (start === -1 || end === -1) return [];
  return lines.slice(start + 1, end).flatMap((l) => (l.text && l.text.length <= SHORT_LINE && !article.has(l.plain) ? [l.text] : []));
}

const TEXT_FIELD = 'input:not([type]), input[type="text" i], input[type="email" i], input[type="search" i], input[type="tel" i], textarea';
/** More characters than this, and a box around a text field holds more than a sign-up, search or comment form. */
const FORM_BOX_CHARS = 300;
/** Where a form box stops growing: it never takes the article's frame. */
const FRAME = 'html, body, main, article, [itemprop="articleBody"], [role="main"]';
/** What sites call the box of a sign-up, comment or search form, in its class or id. */
const BOX_NAME =
  /(?:^|[\s_-])nl(?:$|[\s_-])|newsletter|subscri|sign-?up|inscri|abonn|bolet[ií]n|suscri|assin|iscriviti|anmeld|registr|mailing|comment|respond|reagir|reacti|kommentar|search|recherche|suche|busca|订阅|评论|搜索/i;

/**
 * Sign-up, search and comment boxes, taken out before Readability reads the page: Readability drops
 * a form's field and button but may keep the prompt beside them ("Recevez chaque matin l'essentiel…"),
 * which alone reads like a sentence of the article. A field's box is the largest element around it
 * that the page names as such a box (class or id) and that has few words, no headline and no menu;
 * else its form. Anything else beside the form stays. Each box is listed as removed, line by line.
 */
export function takeOutFormBoxes(document: Document): Removal[] {
  const removed: Removal[] = [];
  // A box never holds a quarter of the page's paragraphs: a brief of two short paragraphs in a
  // box named "newsletter-teaser" is still the article.
  const limit = Math.min(FORM_BOX_CHARS, [...document.querySelectorAll('p')].reduce((n, p) => n + textOf(p).length, 0) / 4);
  const small = (el: Element) => !el.matches(FRAME) && !el.querySelector(`h1, nav, ${FRAME}`) && textOf(el).length <= limit;
  for (const field of [...document.querySelectorAll(TEXT_FIELD)]) {
    if (!document.contains(field)) continue; // inside a box already taken out
    let named: Element | undefined;
    for (let up = field.parentElement; up && small(up); up = up.parentElement) {
      if (BOX_NAME.test(`${up.getAttribute('class') ?? ''} ${up.id}`)) named = up;
    }
    const form = field.closest('form');
    const box = named ?? (form && small(form) ? form : field);
    const text = textOf(box, { lines: true });
    box.remove();
    if (text) removed.push({ kind: formKind(field), text });
  }
  return removed;
}

/** What a text field is for, from its type and names: a sign-up, a search, a comment, or another control. */
function formKind(field: Element): Removal['kind'] {
  const attr = (name: string) => field.getAttribute(name) ?? '';
  const names = ['name', 'id', 'placeholder', 'aria-label', 'autocomplete'].map(attr).join(' ');
  if (/^email$/i.test(attr('type')) || /e-?mail|courriel|correo|邮箱|郵箱|メール/iu.test(names)) return 'newsletter';
  if (/^search$/i.test(attr('type')) || field.closest('[role="search"]') || /search|recherche|suche|buscar|搜索|検索/iu.test(names)) return 'navigation';
  if (field.tagName.toUpperCase() === 'TEXTAREA' || /comment/i.test(names)) return 'comments';
  return 'ui-control';
}

/** Where a page marks its author, most precise first: an author link, microdata's name, microdata's author. */
const AUTHOR_MARKS = ['a[rel~="author" i]', '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]'];

/** The index, in `all` (the page's elements in order), of the heading that states `title`; -1 when there is none. */
function headlineAt(all: readonly Element[], title: string): number {
  const headline = title.replace(/\s+/g, ' ').trim();
  return all.findIndex((el) => /^H[1-3]$/i.test(el.tagName) && (el.textContent ?? '').replace(/\s+/g, ' ').trim() === headline);
}

/**
 * The author a page marks (`rel="author"`, microdata) after its headline (the heading that states
 * `title`), as a name without the label or role beside it: an author link in a sidebar before the
 * headline names someone else.
 */
export function authorLink(document: Document, title: string): Detected | undefined {
  const all = [...document.querySelectorAll('*')];
  const at = headlineAt(all, title);
  for (const mark of AUTHOR_MARKS) {
    for (const el of document.querySelectorAll(mark)) {
      if (all.indexOf(el) < at) continue;
      const name = nameInByline(textOf(el, { controls: false }), document.documentElement.getAttribute('lang') ?? 'en');
      if (name) return { value: name, evidence: el.outerHTML.replace(/\s+/g, ' ').slice(0, 200) };
    }
  }
  return undefined;
}

/** Whether an element whose whole text is `text` stands after the headline that states `title` (yes when either is not found). */
export function followsHeadline(document: Document, title: string, text: string): boolean {
  const all = [...document.querySelectorAll('*')];
  const at = headlineAt(all, title);
  const words = text.replace(/\s+/g, ' ').trim();
  const el = all.findIndex((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim() === words);
  return at === -1 || el === -1 || el > at;
}
