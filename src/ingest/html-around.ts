/**
 * What a saved page holds around its article, read from the DOM: the short lines that extraction
 * left out (where a byline or dateline set apart from the text still is) and the sign-up, search and
 * comment boxes taken out before extraction. Text is read as a reader sees it, not as `textContent`
 * runs it together.
 */
import { SENTENCE_END, type Block, type Detected } from './cleaning/classify.ts';
import type { Removal } from './cleaning/clean.ts';
import { factsOfParts, nameInByline, readMetaLine } from './cleaning/metadata.ts';

const BLOCK =
  'address, article, aside, blockquote, dd, div, dl, dt, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, li, main, nav, ol, p, section, table, td, th, tr, ul';
/** Elements whose text no reader sees as text. */
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
/** Controls: their labels are not part of a byline or dateline ("Par X · Suivre"). */
const CONTROLS = new Set(['BUTTON', 'SELECT', 'TEXTAREA']);
/** Elements whose text reads apart from what is next to it: in a line, and on a line of its own. */
const INLINE_APART = new Set(['A', 'SPAN', 'TIME']);
const LINE_APART = new Set(['LABEL', 'BR', 'INPUT', ...CONTROLS, ...BLOCK.toUpperCase().split(', ')]);
/** A text with its runs of white space made one space, as Readability and the byline reader word it. */
const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
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
 * The page's short lines between its headline (see headlineOf) and the article's second paragraph
 * (`blocks`, as extracted) that extraction left out, in page order: where a byline or dateline set
 * apart from the text is. None when the headline is not found: before it are the masthead's date and
 * the menus, between paragraphs the cards of other stories.
 */
export function linesLeftOut(document: Document, blocks: readonly Block[], headline: Element | undefined): string[] {
  const lines: { text: string; plain: string; el: Element }[] = [];
  const visit = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    if (NOT_SHOWN.has(tag) || CONTROLS.has(tag)) return;
    if (el.querySelector(BLOCK)) {
      for (const child of el.children) visit(child);
      return;
    }
    // `plain` as the extraction words it, to find the article's blocks; `text` to read a byline in.
    const plain = collapse(el.textContent);
    if (plain) lines.push({ text: textOf(el, { controls: false, apart: '  ' }), plain, el });
  };
  if (document.body) visit(document.body);
  const start = headline ? lines.findIndex((l) => l.el === headline || headline.contains(l.el)) : -1;
  // To the article's second paragraph of prose: a byline often follows the standfirst, and labels
  // the extraction kept ("Lesezeit: 4 Min.") do not end the head of the page.
  const article = new Set(blocks.map((b) => b.text));
  const prose = new Set(blocks.filter((b) => b.text.length >= PROSE_CHARS).map((b) => b.text));
  const firstTwo = lines.flatMap((l, i) => (i > start && prose.has(l.plain) ? [i] : [])).slice(0, 2);
  const end = firstTwo.at(-1) ?? -1;
  if (start === -1 || end === -1) return [];
  return lines.slice(start + 1, end).flatMap((l) => (l.text && l.text.length <= SHORT_LINE && !article.has(l.plain) ? [l.text] : []));
}

/** A paragraph beside the headline that is no standfirst: a caption, a notice, a teaser, a kicker. */
const NOT_STANDFIRST = /caption|credit|legend|notice|teaser|promo|related|kicker|meta|date|byline|author/i;
const STANDFIRST_MARK = 'data-dossier-standfirst';

/**
 * The paragraphs of prose that follow the headline in its own box (a standfirst), marked before
 * Readability reads the page so that the ones it drops can be told apart afterwards (standfirstLeftOut):
 * Readability drops a headline's box whose class says "header" (WordPress's "entry-header"), and the
 * standfirst with it. Their texts, by mark.
 */
export function markStandfirst(headline: Element | undefined): string[] {
  const texts: string[] = [];
  for (let el = headline?.nextElementSibling; el; el = el.nextElementSibling) {
    const text = collapse(el.textContent);
    const prose = SENTENCE_END.test(text) && (text.split(' ').length >= 8 || (CJK.test(text) && text.length >= 20));
    if (el.tagName.toUpperCase() !== 'P' || !prose || el.closest('[aria-hidden="true"], [hidden]') || NOT_STANDFIRST.test(`${el.className} ${el.id}`)) continue;
    el.setAttribute(STANDFIRST_MARK, String(texts.length));
    texts.push(text);
  }
  return texts;
}

/** The marked standfirst paragraphs that the extraction (its HTML, `content`) left out. */
export function standfirstLeftOut(marked: readonly string[], content: string): string[] {
  return marked.filter((_, i) => !content.includes(`${STANDFIRST_MARK}="${i}"`));
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

/** What shows an image; a box holding one of these and text beside it is a captioned image, not the article. */
const MEDIA = 'img, picture, video';
/** What no caption holds: the article's headline (a hero figure), a quotation, a table, a list, code, several paragraphs. */
const NOT_A_CAPTION = 'h1, h2, h3, h4, h5, h6, [itemprop~="headline"], table, blockquote, pre, ul, ol, p + p';
/** A class naming a caption or credit: the whole class ("wp-caption-text", "article__credit"), not a part of one. */
const CAPTION_CLASS = /^(?:[a-z0-9]+[-_]+)*?(?:caption|legende?|credits?)(?:[-_]+(?:text|inner|wrap(?:per)?|container))?$/i;
/** Classes a CMS derives from a post's tags and categories ("tag-credit-suisse", "category-legends"): no caption. */
const TAXONOMY_CLASS = /^(?:tag|category|categorie|type|format|status)-/i;
/** A caption longer than this may be an explanation the article needs: it stays. */
const CAPTION_CHARS = 400;

/**
 * An image's caption and credit ("Heavy equipment clears land… Photo: R. Salcido"). Dossier publishes
 * the text, not the images, and a caption left in the text reads as a sentence of the article about
 * a picture nobody sees. Taken out and listed as removed: a `<figure>`'s `<figcaption>` when the
 * figure shows an image, and an element whose class names it a caption, legend or credit, beside an
 * image and holding none. The images stay, for extraction to count and drop.
 */
export function takeOutImageCaptions(document: Document): Removal[] {
  const named = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/).some((c) => CAPTION_CLASS.test(c) && !TAXONOMY_CLASS.test(c));
  const besideAnImage = (el: Element) => !!el.parentElement?.querySelector(`:scope > ${MEDIA}, :scope > * > ${MEDIA}`);
  const boxes = [
    ...[...document.querySelectorAll('figure figcaption')].filter((caption) => caption.closest('figure')!.querySelector(MEDIA)),
    ...[...document.querySelectorAll('[class]')].filter((el) => named(el) && !el.querySelector(MEDIA) && !el.closest('table') && besideAnImage(el)),
  ].filter((box) => !box.querySelector(NOT_A_CAPTION));
  const removed: Removal[] = [];
  for (const box of boxes) {
    if (!document.contains(box)) continue; // inside a box already taken out
    const text = captionLines(box);
    if (text.length > CAPTION_CHARS) continue;
    box.remove();
    if (text) removed.push({ kind: 'image-caption', text });
  }
  return removed;
}

/** Tags that mark words inside a line; any other element (a caption's `<span>`, its credit's `<small>`) is a part of its own. */
const INLINE_MARKS = new Set(['A', 'ABBR', 'B', 'BR', 'EM', 'I', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);

/** A caption's text, one line per part the page marks apart (the caption, then "Photo: …"). */
function captionLines(box: Element): string {
  const parts = new Map<Element, string>();
  const visit = (node: Node, part: Element) => {
    if (node.nodeType === 3) parts.set(part, (parts.get(part) ?? '') + (node.textContent ?? ''));
    if (node.nodeType !== 1 || NOT_SHOWN.has((node as Element).tagName.toUpperCase())) return;
    const el = node as Element;
    node.childNodes.forEach((child) => visit(child, INLINE_MARKS.has(el.tagName.toUpperCase()) ? part : el));
  };
  box.childNodes.forEach((child) => visit(child, box));
  return [...parts.values()]
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .join('\n');
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

/** What stands between a page's headline and its site's name in `<title>`: "Headline — Site", "Site | Headline". */
const SEPARATOR = '\\s+[|–—\\-·•»:]{1,2}\\s+';
const SEPARATOR_AFTER = new RegExp(`^${SEPARATOR}(?=\\S)`, 'u');
const SEPARATOR_BEFORE = new RegExp(`(?<=\\S)${SEPARATOR}$`, 'u');

/**
 * What a page's `<title>` says beside `text` when it states `text` at one end, a separator after or
 * before it ("Headline — The Courier", "The Courier | Section | Headline"): the rest of the title,
 * from the far end to the next separator (the site's name, not a section). Undefined when the title
 * does not state `text` so.
 */
function besideInTitle(title: string, text: string): string | undefined {
  if (text === '') return undefined;
  const after = title.startsWith(text) ? title.slice(text.length) : undefined;
  if (after !== undefined && SEPARATOR_AFTER.test(after)) return after.split(new RegExp(SEPARATOR, 'u')).at(-1);
  const before = title.endsWith(text) ? title.slice(0, title.length - text.length) : undefined;
  if (before !== undefined && SEPARATOR_BEFORE.test(before)) return before.split(new RegExp(SEPARATOR, 'u'))[0];
  return undefined;
}

const titleOf = (document: Document) => collapse(document.querySelector('title')?.textContent);

/** Where a page shows its own name: a logo, a brand, a masthead. */
const LOGO =
  '[class*="logo" i], [id*="logo" i], [class*="brand" i], [class*="masthead" i], [class*="site-title" i], [class*="site-name" i], [class*="sitename" i]';
const isLogo = (el: Element) => !!el.closest(LOGO) || !!el.querySelector('img, a[href="/"]');

/**
 * The heading (`<h1>`–`<h3>`) that the page's `<title>` states beside the site's name, as in
 * "Headline — The Courier" or "The Courier | Headline": the headline without the name, for a page
 * whose metadata does not state it and whose `<h1>`, if any, is its logo. The longest such heading
 * that is no logo and not the site's name, with its tag.
 */
export function headingInTitle(document: Document, siteName: string | undefined): { text: string; tag: string } | undefined {
  if ([...document.querySelectorAll('h1')].some((h1) => !isLogo(h1))) return undefined;
  const title = titleOf(document);
  return [...document.querySelectorAll('h1, h2, h3')]
    .filter((el) => !isLogo(el))
    .map((el) => ({ text: collapse(el.textContent), tag: el.tagName.toLowerCase() }))
    .filter((h) => h.text !== collapse(siteName) && besideInTitle(title, h.text) !== undefined)
    .sort((a, b) => b.text.length - a.text.length)[0];
}

/** Letters and digits only, lower case: "The Northbridge Post" and "northbridgepost.co.uk" meet in it. */
const squeeze = (text: string) =>
  text
    .toLowerCase()
    .replace(/^(?:the|le|la|les|el|die|der|das|il|o|a)\s+/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The site's name that the page's `<title>` states beside its headline ("Headline — The Courier"), or
 * beside a shortened headline, when the page shows that name elsewhere as its own: in its logo or
 * masthead, or in its address. What else stands there ("Part 2", "Opinion", a date, "by John Smith")
 * is no name.
 */
export function siteNameInTitle(document: Document, headline: string): { value: string; evidence: string } | undefined {
  const title = titleOf(document);
  const beside = besideInTitle(title, collapse(headline));
  // A <title> may shorten the headline ("Deal lands | The Courier"): then its first or last part, if the page shows it as its name.
  const parts = title.split(new RegExp(SEPARATOR, 'u'));
  // Such a part may be a section ("Opinion") a masthead's menu also shows: the logo must open with it.
  const candidates = beside !== undefined ? [beside] : parts.length > 1 ? [parts.at(-1)!, parts[0]!] : [];
  for (const candidate of candidates) {
    const name = candidate.trim();
    if (name && name.length <= 60 && squeeze(name) !== '' && shownAsName(document, name, beside === undefined))
      return { value: name, evidence: `<title>${title}</title>` };
  }
  return undefined;
}

/** Whether the page shows `name` as its own: in its logo or masthead (opening it, when `whole`), or as its address's host. */
function shownAsName(document: Document, name: string, whole = false): boolean {
  // A logo's text, its own alt or label, its images' alt; and the image of a link home, logo or not.
  const logos = [
    ...[...document.querySelectorAll(LOGO)].flatMap((el) => [
      el.textContent ?? '',
      el.getAttribute('alt') ?? '',
      el.getAttribute('aria-label') ?? '',
      ...[...el.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt') ?? ''),
    ]),
    ...[...document.querySelectorAll('a[href="/"] img[alt]')].map((img) => img.getAttribute('alt') ?? ''),
  ].filter((text) => text.trim() !== '');
  const address =
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const host =
    /^https?:\/\/([^/]+)/
      .exec(address)?.[1]
      ?.replace(/^www\./, '')
      .replace(/\.[a-z.]+$/, '') ?? '';
  const shows = (text: string) => (whole ? squeeze(text).startsWith(squeeze(name)) : squeeze(text).includes(squeeze(name)));
  return logos.some(shows) || (host !== '' && squeeze(host) === squeeze(name));
}

/**
 * The heading that states `title` (the headline the page's metadata gives): an `<h1>`–`<h3>` with
 * exactly its words, else an `<h1>` whose words hold it or are held by it ("Title | Site"), else a
 * block with exactly its words.
 */
export function headlineOf(document: Document, title: string): Element | undefined {
  const words = collapse(title);
  const headings = [...document.querySelectorAll('h1, h2, h3')].map((el) => ({ el, text: collapse(el.textContent) }));
  return (
    headings.find((h) => h.text === words)?.el ??
    headings.find((h) => h.el.tagName.toUpperCase() === 'H1' && h.text !== '' && (words.includes(h.text) || h.text.includes(words)))?.el ??
    // A headline that is no heading (`<div class="title">`): the first block with exactly its words and
    // no block inside, not a list item (a breadcrumb may end with the headline).
    [...document.querySelectorAll(BLOCK)].find((el) => el.tagName.toUpperCase() !== 'LI' && !el.querySelector(BLOCK) && collapse(el.textContent) === words)
  );
}

/**
 * Each element's place in page order, counted once per document. Not linkedom's compareDocumentPosition:
 * it gives a paragraph in the box after the headline's box as standing before the headline.
 */
const places = new WeakMap<Document, Map<Element, number>>();
function placeOf(el: Element): number {
  let place = places.get(el.ownerDocument);
  if (!place) places.set(el.ownerDocument, (place = new Map([...el.ownerDocument.querySelectorAll('*')].map((e, i) => [e, i]))));
  return place.get(el) ?? -1;
}

/** Whether `el` stands after the headline (or inside it); yes when there is none to go by. */
const followsHeadline = (el: Element, headline: Element | undefined) => !headline || placeOf(el) > placeOf(headline);

/**
 * The author a page marks (`rel="author"`, microdata) after its headline, as a name without the
 * label or role beside it: an author link in a sidebar before the headline names someone else.
 */
export function authorLink(document: Document, headline: Element | undefined): Detected | undefined {
  const lang = document.documentElement.getAttribute('lang') ?? 'en';
  for (const mark of AUTHOR_MARKS) {
    for (const el of document.querySelectorAll(mark)) {
      const name = inBylinePlace(el, headline) ? nameInByline(textOf(el, { controls: false }), lang) : undefined;
      if (name) return { value: name, evidence: collapse(el.outerHTML).slice(0, 200) };
    }
  }
  return undefined;
}

/** What Readability takes for a byline and deletes, when its text is short: an author mark, or a class or id that says so. */
const BYLINE_LIKE =
  '[rel~="author" i], [itemprop~="author" i], [class*="byline" i], [class*="author" i], [class*="dateline" i], [class*="writtenby" i], [id*="byline" i], [id*="author" i], [id*="dateline" i]';
const BYLINE_WORD = /byline|author|dateline|writtenby/i;
/** Where a byline is another's: a card of another story, a comment, a box beside the article. */
const NOT_THE_ARTICLES = 'aside, nav, [class*="comment" i], [class*="related" i], [class*="teaser" i], [class*="card" i]';
/** Whether `el` stands where the article's own byline may: after the headline, not in a card, a comment or a box beside the article. */
const inBylinePlace = (el: Element, headline: Element | undefined) => followsHeadline(el, headline) && !el.closest(NOT_THE_ARTICLES);

/**
 * Author marks, settled before Readability reads the page, so that it deletes no word of the article
 * and leaves no byline in pieces:
 * - a mark inside a sentence (a paragraph that names and links its author) loses what makes
 *   Readability take it for the byline: its words stay in the sentence;
 * - a byline block around the page's author mark (else around what says it is the byline), between
 *   the headline and the article's first paragraph (`<div>Words by <a rel="author">X</a><span>Regional
 *   reporter</span><span>Posted …</span></div>`), is taken out whole when it reads as one (factsOfParts).
 *   Readability would take the link out of it and keep the rest as the article's first line, its parts
 *   run together ("Words by Regional reporterPosted …"). Out whole, it is one of the lines the
 *   extraction left out, read part by part for its facts. What the mark says is returned: the byline
 *   Readability would have found there.
 */
export function settleAuthorMarks(document: Document, headline: Element | undefined): string | undefined {
  const language = document.documentElement.getAttribute('lang') ?? 'en';
  const bylines = new Map<Element, boolean>();
  const readsAsByline = (block: Element) => {
    if (!bylines.has(block)) {
      const line = textOf(block, { controls: false, apart: '  ' });
      bylines.set(block, line.length <= SHORT_LINE && !!(readMetaLine(line, language) || factsOfParts(line, language) || nameInByline(line, language)));
    }
    return bylines.get(block)!;
  };
  for (const el of document.querySelectorAll(BYLINE_LIKE)) {
    const block = el.parentElement?.closest(BLOCK);
    if (el.matches(BLOCK) || !block || block.tagName.toUpperCase() !== 'P' || readsAsByline(block)) continue;
    el.removeAttribute('rel');
    el.removeAttribute('itemprop');
    for (const attr of ['class', 'id']) {
      const kept = (el.getAttribute(attr) ?? '').split(/\s+/).filter((token) => token && !BYLINE_WORD.test(token));
      if (kept.length > 0) el.setAttribute(attr, kept.join(' '));
      else el.removeAttribute(attr);
    }
  }
  if (!headline) return undefined;
  const firstParagraph = [...document.querySelectorAll('p')].find((p) => followsHeadline(p, headline) && collapse(p.textContent).length >= PROSE_CHARS);
  const beforeText = (el: Element) => !firstParagraph || placeOf(el) < placeOf(firstParagraph);
  for (const selector of [...AUTHOR_MARKS, BYLINE_LIKE]) {
    const mark: Element | undefined = [...document.querySelectorAll(selector)].find((el) => inBylinePlace(el, headline) && beforeText(el));
    const block: Element | null | undefined = mark?.closest(BLOCK);
    if (mark && block && !block.querySelector(BLOCK) && !block.contains(headline) && readsAsByline(block)) {
      block.remove();
      return collapse(mark.textContent);
    }
  }
  return undefined;
}

/** Whether the element whose whole text is `text` (Readability's byline) stands after the headline; yes when either is not found. */
export function shownAfterHeadline(document: Document, text: string, headline: Element | undefined): boolean {
  const words = collapse(text);
  const el = [...document.querySelectorAll('body *')].find((e) => collapse(e.textContent) === words);
  return !el || inBylinePlace(el, headline);
}
