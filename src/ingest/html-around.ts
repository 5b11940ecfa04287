/**
 * What a saved page holds around its article, read from the DOM: the short lines that extraction
 * left out (where a byline or dateline set apart from the text still is) and the sign-up, search and
 * comment boxes taken out before extraction. Text is read as a reader sees it, not as `textContent`
 * runs it together.
 */
import type { Block } from './cleaning/classify.ts';
import type { Removal } from './cleaning/clean.ts';

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
  return (
    parts
      .join('')
      // An inline element's edge is no space before punctuation ("Policy</a>." stays "Policy.") nor
      // inside Chinese or Japanese text, which has none ("<a>プライバシーポリシー</a>に同意").
      .replace(
        /(?<=(\p{scx=Han}|\p{scx=Hiragana}|\p{scx=Katakana})?)\u0001+(?=(\p{scx=Han}|\p{scx=Hiragana}|\p{scx=Katakana}|[.,;:!?)\]、。，])?)/gu,
        (run, before?: string, after?: string) => ((before && after) || /^[.,;:!?)\]、。，]/u.test(after ?? '') ? '' : run),
      )
      .replace(/[\s\u0001\u0002]+/g, (run) => (run.includes('\u0002') ? (lines ? '\n' : apart) : run.includes('\u0001') ? apart : ' '))
      .trim()
  );
}

/**
 * The page's short lines from its headline to the article's last block (`blocks`, as extracted) that
 * extraction left out, in page order. A page without an `<h1>` is read from its start.
 */
export function linesLeftOut(document: Document, blocks: readonly Block[]): string[] {
  const lines: { text: string; plain: string; headline: boolean }[] = [];
  const visit = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    if (NOT_SHOWN.has(tag) || CONTROLS.has(tag)) return;
    if (el.querySelector(BLOCK)) {
      for (const child of el.children) visit(child);
      return;
    }
    // `plain` as the extraction words it, to find the article's blocks; `text` to read a byline in.
    const plain = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (plain) lines.push({ text: textOf(el, { controls: false, apart: '  ' }), plain, headline: tag === 'H1' });
  };
  if (document.body) visit(document.body);
  const article = new Set(blocks.map((b) => b.text));
  const start = lines.findIndex((l) => l.headline);
  const end = lines.findLastIndex((l) => article.has(l.plain));
  if (end === -1) return [];
  return lines.slice(start + 1, end).flatMap((l) => (l.text.length <= SHORT_LINE && !article.has(l.plain) ? [l.text] : []));
}

const TEXT_FIELD = 'input:not([type]), input[type="text" i], input[type="email" i], input[type="search" i], input[type="tel" i], textarea';
/** More characters than this, and a box around a text field holds more than a sign-up, search or comment form. */
const FORM_BOX_CHARS = 300;
/** Where a form box stops growing: it never takes the article's frame. */
const FRAME = 'html, body, main, article, [itemprop="articleBody"], [role="main"]';

/**
 * Sign-up, search and comment boxes: for each text field, the largest box around it with few words,
 * at most two links, no headline and no menu, taken out before Readability reads the
 * page. Readability drops the field and its button but may keep the prompt beside them ("Recevez
 * chaque matin l'essentiel…"), which alone reads like a sentence of the article. Each box is listed as removed.
 */
export function takeOutFormBoxes(document: Document): Removal[] {
  const removed: Removal[] = [];
  // A box never holds a quarter of the page's paragraphs: a brief of two short paragraphs above a
  // sign-up form in one box is the article, not the form's prompt.
  const limit = Math.min(FORM_BOX_CHARS, [...document.querySelectorAll('p')].reduce((n, p) => n + textOf(p).length, 0) / 4);
  for (const field of [...document.querySelectorAll(TEXT_FIELD)]) {
    if (!document.contains(field)) continue; // inside a box already taken out
    let box: Element = field;
    for (let up = box.parentElement; up && !up.matches(FRAME) && !up.querySelector('h1, nav'); up = up.parentElement) {
      if (textOf(up).length > limit || up.querySelectorAll('a').length > 2) break;
      box = up;
    }
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
