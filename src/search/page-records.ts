// What Pagefind reads of a built page, hashed: a shard of the search index (shards.ts) is indexed
// again only when the record key of one of its pages changed. A page's bytes change more often than what
// Pagefind reads of it: a new article adds itself to the "related" and "mentioned in" lists of other
// pages, which are marked data-pagefind-ignore. Keyed by bytes, one new article touched every shard.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';

const PAGEFIND_ATTRIBUTE = /^data-pagefind-/;

/** What the index build needs to know of a page. */
export interface PageRecord {
  /**
   * Everything of the page Pagefind may read, and more, never less (check:reproducible compares
   * copied shards with shards indexed again), hashed: the `<html>` element's attributes, the page's
   * title, every data-pagefind-* attribute wherever it is, and inside a data-pagefind-body element
   * every tag with its attributes and every text, but the text of data-pagefind-ignore parts.
   */
  key: string;
  /** Whether the page opts into the index (an element with data-pagefind-body): Pagefind reads no other page. */
  indexed: boolean;
}

export function pageRecord(html: string): PageRecord {
  const hash = createHash('sha256');
  /** For each open element: whether its text counts. */
  const counts: boolean[] = [];
  let indexed = false;
  let inHead = false;
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const outer = counts.at(-1) ?? false;
        const body = outer || 'data-pagefind-body' in attributes;
        indexed ||= body;
        const ignored = 'data-pagefind-ignore' in attributes;
        counts.push(body && !ignored);
        if (name === 'head') inHead = true;
        // The page's title, not an SVG's tooltip.
        inTitle = inHead && name === 'title';
        const shown =
          name === 'html' || (body && !ignored) ? Object.entries(attributes) : Object.entries(attributes).filter(([key]) => PAGEFIND_ATTRIBUTE.test(key));
        if (name === 'html' || (body && !ignored) || shown.length > 0) hash.update(`<${name}${shown.map(([k, v]) => ` ${k}="${v}"`).join('')}>`);
      },
      ontext(text) {
        if (counts.at(-1) || inTitle) hash.update(text);
      },
      onclosetag(name) {
        if (counts.pop()) hash.update(`</${name}>`);
        if (name === 'head') inHead = false;
        inTitle = false;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { key: hash.digest('hex'), indexed };
}

interface RecordCache {
  /** The hash of this module's code: records read by other code are read again. */
  code: string;
  /** For each page: the hash of its bytes, and its record. */
  pages: { [file: string]: [string, PageRecord] };
}

/**
 * The record of each page (path relative to `site`). A page whose bytes are those of the last build
 * keeps its record from the cache file; only the others are parsed.
 */
export function pageRecords(site: string, files: readonly string[], cacheFile: string): Map<string, PageRecord> {
  const code = createHash('sha256')
    .update(readFileSync(new URL(import.meta.url)))
    .digest('hex');
  let cache: RecordCache = { code, pages: {} };
  if (existsSync(cacheFile)) {
    try {
      const read = JSON.parse(readFileSync(cacheFile, 'utf8')) as RecordCache;
      if (read.code === code) cache = read;
    } catch {
      // An unreadable cache is no cache: every page is parsed.
    }
  }
  const pages: RecordCache['pages'] = {};
  const records = new Map<string, PageRecord>();
  for (const file of files) {
    const bytes = readFileSync(join(site, file));
    const bytesHash = createHash('sha256').update(bytes).digest('hex');
    const known = cache.pages[file];
    const record = known?.[0] === bytesHash ? known[1] : pageRecord(bytes.toString('utf8'));
    pages[file] = [bytesHash, record];
    records.set(file, record);
  }
  writeFileSync(cacheFile, JSON.stringify({ code, pages } satisfies RecordCache));
  return records;
}
