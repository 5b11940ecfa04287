// What Pagefind reads of a built page, hashed: a shard of the search index (shards.ts) is indexed
// again only when the record key of one of its pages changed. A page's bytes change more often than what
// Pagefind reads of it: a new article adds itself to the "related" and "mentioned in" lists of other
// pages, which are marked data-pagefind-ignore. Keyed by bytes, one new article touched every shard.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { stampOf } from '../lib/files-below.ts';

const PAGEFIND_ATTRIBUTE = /^data-pagefind-/;
const FIELD_ATTRIBUTE = /^data-pagefind-(meta|filter|sort|default-meta)$/;

/** What the index build needs to know of a page. */
export interface PageRecord {
  /**
   * Everything of the page Pagefind may read, and more, never less (check:reproducible compares
   * copied shards with shards indexed again), hashed: the `<html>` element's attributes, the page's
   * title, every element with a data-pagefind-* attribute wherever it is (all its attributes, and
   * the text of a metadata, filter or sort element), and inside a data-pagefind-body element every
   * tag with its attributes and every text, but the text of data-pagefind-ignore parts.
   */
  key: string;
  /** Whether the page opts into the index (an element with data-pagefind-body): Pagefind reads no other page. */
  indexed: boolean;
}

export function pageRecord(html: string): PageRecord {
  const hash = createHash('sha256');
  /** For each open element: whether it is in the indexed body, in an ignored part, or in an element whose text is a field. */
  const open: { body: boolean; ignored: boolean; field: boolean }[] = [];
  let indexed = false;
  let inHead = false;
  let inTitle = false;
  const counts = (frame = open.at(-1)) => !!frame && ((frame.body && !frame.ignored) || frame.field);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const outer = open.at(-1) ?? { body: false, ignored: false, field: false };
        const keys = Object.keys(attributes);
        const frame = {
          body: outer.body || 'data-pagefind-body' in attributes,
          ignored: outer.ignored || 'data-pagefind-ignore' in attributes,
          // Metadata, a filter or a sort whose value is the element's text: Pagefind reads it even in an ignored part.
          field: outer.field || keys.some((key) => FIELD_ATTRIBUTE.test(key)),
        };
        open.push(frame);
        indexed ||= frame.body;
        if (name === 'head') inHead = true;
        // The page's title, not an SVG's tooltip.
        inTitle = inHead && name === 'title';
        // Every attribute of an element Pagefind may read one of (a field may name an attribute: `image[src]`).
        if (name === 'html' || counts(frame) || keys.some((key) => PAGEFIND_ATTRIBUTE.test(key))) {
          hash.update(`<${name}${keys.map((key) => ` ${key}="${attributes[key]}"`).join('')}>`);
        }
      },
      ontext(text) {
        if (counts() || inTitle) hash.update(text);
      },
      onclosetag(name) {
        if (counts(open.pop())) hash.update(`</${name}>`);
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
  /** For each page: the hash of its bytes, its record, and its file’s inode, size and modification time. */
  pages: { [file: string]: [string, PageRecord, string] };
}

/**
 * The record of each page (path relative to `site`). A page whose bytes are those of the last build
 * keeps its record from the cache file; only the others are parsed. A page still in the same file as
 * then (the build reused its output folder: same inode, size and modification time to the nanosecond)
 * is not even read.
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
    const path = join(site, file);
    const stamp = stampOf(path);
    const known = cache.pages[file];
    if (known?.[2] === stamp) {
      pages[file] = known;
      records.set(file, known[1]);
      continue;
    }
    const bytes = readFileSync(path);
    const bytesHash = createHash('sha256').update(bytes).digest('hex');
    const record = known?.[0] === bytesHash ? known[1] : pageRecord(bytes.toString('utf8'));
    pages[file] = [bytesHash, record, stamp];
    records.set(file, record);
  }
  // Whole or not at all: another build may read it.
  writeFileSync(`${cacheFile}.${process.pid}`, JSON.stringify({ code, pages } satisfies RecordCache));
  renameSync(`${cacheFile}.${process.pid}`, cacheFile);
  return records;
}
