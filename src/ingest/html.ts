/**
 * A saved web page → the article it holds and what the page states about it.
 * The article is found by Mozilla's Readability (Firefox Reader View) on a
 * linkedom document; its HTML becomes Markdown through hast and mdast, so
 * headings, lists and tables stay what the page made them. The facts come from
 * the page's own metadata: JSON-LD NewsArticle, Open Graph and article:* tags,
 * <title>, <html lang>. Nothing is fetched: scripts, images and styles are never loaded.
 */
import { Readability } from '@mozilla/readability';
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { parseHTML } from 'linkedom';
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { partialDatePrecision } from '../schemas/common.ts';
import type { Block, Detected } from './cleaning/classify.ts';
import type { Removal } from './cleaning/clean.ts';
import {
  authorLink,
  headingInTitle,
  headlineOf,
  linesLeftOut,
  markStandfirst,
  settleAuthorMarks,
  shownAfterHeadline,
  siteNameInTitle,
  standfirstLeftOut,
  takeOutFormBoxes,
  takeOutImageCaptions,
} from './html-around.ts';
import { nameInByline, publisherOfCopyright } from './cleaning/metadata.ts';
import type { StatedDate } from './cleaning/stated-date.ts';

export interface PageFacts {
  title?: Detected;
  date?: Detected<StatedDate>;
  impossibleDate?: Detected;
  author?: Detected;
  publisher?: Detected;
  language?: Detected;
  url?: string;
}

export interface HtmlArticle {
  facts: PageFacts;
  /** The article's top-level blocks, as Markdown trees, in page order. */
  nodes: RootContent[];
  /** The same blocks as the chrome classifier reads them. */
  blocks: Block[];
  /** Images the article had (not kept: the text is what Dossier publishes). */
  images: number;
  /** Form boxes and image captions taken out of the page before extraction (see takeOutFormBoxes, takeOutImageCaptions). */
  removed: Removal[];
  /**
   * The page's short lines from its headline to the article's second paragraph that extraction left
   * out, in page order: where a byline or dateline set apart from the text ("Par … · Publié le …") still is.
   */
  leftOut: string[];
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|TechArticle|OpinionNewsArticle)$/;

export function readHtmlPage(saved: string): HtmlArticle {
  // A fragment saved alone ("<h1>…</h1><p>…</p>"): linkedom would make its first element the document's root.
  const html = /<html[\s>]/i.test(saved) ? saved : `<!doctype html><html><body>${saved}</body></html>`;
  const document = parseHTML(html).document as unknown as Document;
  const facts = pageFacts(document);
  // The heading that states the title, else the page's <title> (which Readability will read the title from).
  const titled = facts.title?.value ?? document.querySelector('title')?.textContent?.trim();
  const headline = titled ? headlineOf(document, titled) : undefined;
  // Readability changes the document it reads, so it gets its own.
  const readerDocument = parseHTML(html).document as unknown as Document;
  const removed = [...takeOutFormBoxes(readerDocument), ...takeOutImageCaptions(readerDocument)];
  keepHeadingsAmongParagraphs(readerDocument);
  // The same headline in the reader's copy, found once for both steps.
  const readerHeadline = titled ? headlineOf(readerDocument, titled) : undefined;
  const bylineTakenOut = settleAuthorMarks(readerDocument, readerHeadline);
  const standfirst = markStandfirst(readerHeadline);
  const reader = new Readability(readerDocument, { keepClasses: false });
  const parsed = reader.parse();
  const content = parsed?.content ?? document.body?.innerHTML ?? '';
  // After the page's metadata, the author it marks after its headline, then Readability's byline. That
  // byline may be a whole block ("By X Tri-County Sentinel Updated 4:05 p.m. …"): only the name it
  // states counts, and not from a sidebar before the headline; else the lines left out may say it.
  const linked = facts.author ? undefined : authorLink(document, headline);
  if (linked) facts.author = linked;
  // The byline taken out before Readability read the page, else Readability's own: the first that states a name.
  const bylines = facts.author
    ? []
    : [bylineTakenOut, parsed?.byline && shownAfterHeadline(document, parsed.byline, headline) ? str(parsed.byline) : undefined];
  for (const byline of bylines) {
    const name = byline ? nameInByline(byline, facts.language?.value ?? 'en') : undefined;
    if (name) {
      facts.author = { value: name, evidence: `the page's byline: ${byline}` };
      break;
    }
  }
  if (!facts.title && parsed?.title) facts.title = { value: parsed.title, evidence: `<title>${parsed.title}</title>` };

  const hast = fromHtml(content, { fragment: true }) as HastRoot;
  const mdast = toMdast(hast) as Root;
  let images = 0;
  const plain = (node: Nodes): Nodes[] => {
    if (node.type === 'image' || node.type === 'imageReference') {
      images++;
      return [];
    }
    if (node.type === 'html') return [];
    // Links keep their words only: the article's text is what is published, not the page's tracking URLs.
    if (node.type === 'link' || node.type === 'linkReference') return node.children.flatMap(plain);
    if ('children' in node) (node as { children: Nodes[] }).children = node.children.flatMap(plain);
    return [node];
  };
  const extracted = (plain(mdast)[0] as Root).children.filter((n) => toString(n).trim() !== '');
  const flat = (n: Nodes) => toString(n, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
  const blockOf = (n: RootContent): Block => ({
    // A list or table is read item by item, one per line, as the removal list shows it.
    text: n.type === 'list' || n.type === 'table' ? n.children.map(flat).join('\n') : flat(n),
    shape: n.type === 'heading' ? 'heading' : n.type === 'list' ? 'list' : n.type === 'table' ? 'table' : 'line',
  });
  // A standfirst the extraction left out opens the article, as it opens it on the page.
  const opening = (parsed ? standfirstLeftOut(standfirst, content) : []).map((text): RootContent => ({
    type: 'paragraph',
    children: [{ type: 'text', value: text }],
  }));
  const nodes = [...opening, ...extracted];
  const blocks = nodes.map(blockOf);
  return { facts, nodes, blocks, images, removed, leftOut: linesLeftOut(document, blocks, headline) };
}

/**
 * Readability drops an element whose class or id looks like page chrome, headings included: Substack
 * marks every heading of a post "header-anchor-post". A heading among the article's paragraphs (two
 * or more beside it) loses its class and id first, which the Markdown never keeps anyway.
 */
function keepHeadingsAmongParagraphs(document: Document): void {
  for (const heading of document.querySelectorAll('h2, h3, h4, h5, h6')) {
    const paragraphs = [...(heading.parentElement?.children ?? [])].filter((sibling) => sibling.tagName.toUpperCase() === 'P');
    if (paragraphs.length < 2) continue;
    heading.removeAttribute('class');
    heading.removeAttribute('id');
  }
}

/** Meta tags that state when an article was published: Open Graph's, schema.org microdata, and common CMS and analytics ones (Parse.ly, Dublin Core). */
const DATE_META = [
  ['property', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'parsely-pub-date'],
  ['name', 'DC.date.issued'],
  ['name', 'date'],
  ['name', 'pubdate'],
] as const;

function pageFacts(document: Document): PageFacts {
  const facts: PageFacts = {};
  const meta = (attr: 'property' | 'name' | 'itemprop', key: string) =>
    document.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content')?.trim() || undefined;
  const tag = (attr: string, key: string, value: string) => `<meta ${attr}="${key}" content="${value}">`;

  const article = jsonLdArticle(document);
  const headline = str(article?.headline);
  const microdata = microdataArticle(document);
  const ogTitle = meta('property', 'og:title');
  const inTitle = headingInTitle(document, meta('property', 'og:site_name') ?? meta('name', 'application-name'));
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (headline) facts.title = { value: headline, evidence: `JSON-LD ${str(article!['@type'])} headline` };
  else if (microdata.headline) facts.title = { value: microdata.headline, evidence: `itemprop="headline": ${microdata.headline}` };
  else if (ogTitle) facts.title = { value: ogTitle, evidence: tag('property', 'og:title', ogTitle) };
  else if (inTitle)
    facts.title = { value: inTitle.text, evidence: `<${inTitle.tag}>${inTitle.text}</${inTitle.tag}>, as the page's <title> states it beside the site's name` };
  else if (h1) facts.title = { value: h1, evidence: `<h1>${h1}</h1>` };

  const published = str(article?.datePublished);
  // The first of the meta tags that state a publication date, named as the page writes it.
  const metaTime = DATE_META.map(([attr, key]) => ({ attr, key, value: meta(attr, key) })).find((m) => m.value);
  const timeEl = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;
  const [dateValue, dateEvidence] = published
    ? [published, `JSON-LD datePublished "${published}"`]
    : metaTime
      ? [metaTime.value, tag(metaTime.attr, metaTime.key, metaTime.value!)]
      : timeEl
        ? [timeEl, `<time datetime="${timeEl}">`]
        : [undefined, ''];
  if (dateValue) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2}))?/.exec(dateValue);
    if (m) {
      const date = m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
      if (partialDatePrecision(date) === undefined) facts.impossibleDate = { value: date, evidence: dateEvidence };
      else facts.date = { value: { date, text: dateValue, ...(m[4] ? { time: `${m[4]}:${m[5]}` } : {}) }, evidence: dateEvidence };
    }
  }

  const authors = names(article?.author);
  const metaAuthor = meta('name', 'author') ?? meta('property', 'article:author');
  if (authors.length) facts.author = { value: authors.join(', '), evidence: 'JSON-LD author' };
  else if (metaAuthor && !/^https?:/.test(metaAuthor)) facts.author = { value: metaAuthor, evidence: tag('name', 'author', metaAuthor) };

  const publisher = names(article?.publisher)[0];
  const siteName = meta('property', 'og:site_name');
  // The site's name beside the headline in <title>: the masthead's brand, not the company a copyright line names.
  const inTitleSite = facts.title ? siteNameInTitle(document, facts.title.value) : undefined;
  if (publisher) facts.publisher = { value: publisher, evidence: 'JSON-LD publisher' };
  else if (microdata.publisher) facts.publisher = { value: microdata.publisher, evidence: `itemprop="publisher": ${microdata.publisher}` };
  else if (siteName) facts.publisher = { value: siteName, evidence: tag('property', 'og:site_name', siteName) };
  else if (inTitleSite) facts.publisher = inTitleSite;
  else {
    // The copyright line of the page's footer names it too ("© 2025 Example News").
    const lines = [...document.querySelectorAll('footer, [class*="footer"], [id*="footer"]')].flatMap((el) => (el.textContent ?? '').split(/\n/));
    for (const line of lines) {
      const name = publisherOfCopyright(line.replace(/\s+/g, ' '));
      if (name) {
        facts.publisher = { value: name, evidence: `the page's footer: ${line.replace(/\s+/g, ' ').trim()}` };
        break;
      }
    }
  }

  const lang = document.documentElement?.getAttribute('lang')?.trim() || meta('property', 'og:locale')?.replace('_', '-');
  if (lang) facts.language = { value: lang, evidence: `<html lang="${lang}">` };
  const url = str(article?.url) ?? meta('property', 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  if (url && /^https?:\/\//.test(url)) facts.url = url;
  return facts;
}

type Json = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : undefined);

/** Names from a JSON-LD person or organisation, or a list of them, or a plain string. */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return str(value) ? [str(value)!] : [];
  if (value && typeof value === 'object') return names((value as Json).name);
  return [];
}

/** A microdata property's value: a `<meta>`'s content, a `<time>`'s datetime, else the element's text. */
function itemValue(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const tag = el.tagName.toUpperCase();
  return str(tag === 'META' ? el.getAttribute('content') : tag === 'TIME' ? (el.getAttribute('datetime') ?? el.textContent) : el.textContent);
}

/** The item a property belongs to: the nearest element with `itemscope` around it (not itself: a property may be an item). */
const itemOf = (el: Element) => el.parentElement?.closest('[itemscope]') ?? null;
/** The properties `name` of `item` itself, not those of an item nested in it (its publisher's logo, an author's employer). */
const propertiesOf = (item: Element, name: string) => [...item.querySelectorAll(`[itemprop~="${name}"]`)].filter((el) => itemOf(el) === item);

/**
 * The article's schema.org microdata (`itemscope`, `itemprop`), for a page with no JSON-LD: its
 * headline and its publisher's name. Only items of an article type count, and a page may mark
 * other articles too ("More from Tech"): the article's own is the one holding the most text.
 */
function microdataArticle(document: Document): { headline?: string; publisher?: string } {
  const item = [...document.querySelectorAll('[itemscope][itemtype]')]
    .filter((el) => ARTICLE_TYPES.test(el.getAttribute('itemtype')!.split(/[/#]/).pop() ?? ''))
    .map((el) => ({ el, size: el.textContent?.length ?? 0 }))
    .sort((a, b) => b.size - a.size)[0]?.el;
  if (!item) return {};
  const headline = itemValue(propertiesOf(item, 'headline')[0]);
  const publisher = propertiesOf(item, 'publisher')[0];
  const publisherName = publisher?.hasAttribute('itemscope') ? itemValue(propertiesOf(publisher, 'name')[0]) : itemValue(publisher);
  return { ...(headline ? { headline } : {}), ...(publisherName ? { publisher: publisherName } : {}) };
}

/** The first JSON-LD object of an article type, looking inside @graph and arrays; malformed JSON is skipped. */
function jsonLdArticle(document: Document): Json | undefined {
  const found: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Json;
      const types = ([] as unknown[]).concat(o['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is its own problem: the other sources of facts still apply.
    }
  }
  return found[0];
}
