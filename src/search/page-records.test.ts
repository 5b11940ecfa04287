import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageRecord, pageRecords } from './page-records.ts';

const recordKey = (html: string) => pageRecord(html).key;

const page = (body: string, head = '<title>A page</title>') =>
  `<!doctype html><html lang="en"><head>${head}</head><body><header data-pagefind-ignore>Menu</header>${body}</body></html>`;
const article = (text: string, related: string, extra = '') =>
  page(
    `<article data-pagefind-body><h1 id="t" data-pagefind-meta="title">Title</h1><p>${text}</p>${extra}<section data-pagefind-ignore><h2>Related</h2><ul>${related}</ul><span data-pagefind-filter="entity:x"></span></section></article><svg><title>${related}</title></svg>`,
  );

describe('pageRecord', () => {
  it('tells a page that opts into the index from one that does not', () => {
    expect(pageRecord(article('Text.', '')).indexed).toBe(true);
    expect(pageRecord(page('<main>Home, the data-pagefind-body attribute named as text</main>')).indexed).toBe(false);
  });

  it('is the same when only what Pagefind leaves out changes: ignored parts, text outside the body, an SVG title', () => {
    expect(recordKey(article('Text.', '<li>One</li>'))).toBe(recordKey(article('Text.', '<li>One</li><li>Two</li>')));
    expect(recordKey(page('<main>Home, 3 articles</main>'))).toBe(recordKey(page('<main>Home, 4 articles</main>')));
  });

  it('changes with the indexed text, a tag or attribute in the body, a data-pagefind attribute anywhere, the language or the title', () => {
    const base = recordKey(article('Text.', '<li>One</li>'));
    expect(recordKey(article('Text, changed.', '<li>One</li>'))).not.toBe(base);
    expect(recordKey(article('Text.', '<li>One</li>', '<h2 id="new">A part</h2>'))).not.toBe(base);
    expect(recordKey(article('Text.', '<li>One</li>', '<img src="a.png" alt="A">'))).not.toBe(
      recordKey(article('Text.', '<li>One</li>', '<img src="b.png" alt="A">')),
    );
    expect(recordKey(article('Text.', '<li>One</li>').replace('entity:x', 'entity:y'))).not.toBe(base);
    expect(recordKey(article('Text.', '<li>One</li>').replace('lang="en"', 'lang="fr"'))).not.toBe(base);
    expect(recordKey(page('<main>Home</main>', '<title>Another</title>'))).not.toBe(recordKey(page('<main>Home</main>')));
    expect(recordKey(page('<main data-pagefind-body>Home</main>'))).not.toBe(recordKey(page('<main>Home</main>')));
    // Metadata in a hidden, ignored part (the search record): its text is the value Pagefind stores.
    const withMeta = (names: string) => article('Text.', '', `<div hidden data-pagefind-ignore><span data-pagefind-meta="names">${names}</span></div>`);
    expect(recordKey(withMeta('Microsoft 微软'))).not.toBe(recordKey(withMeta('Microsoft 微軟')));
    // Metadata in the head, taken from an attribute.
    expect(recordKey(page('', '<meta data-pagefind-meta="image[content]" content="/a.png">'))).not.toBe(
      recordKey(page('', '<meta data-pagefind-meta="image[content]" content="/b.png">')),
    );
  });
});

describe('pageRecords', () => {
  it('reads a page rewritten in place again, and keeps the record of one left alone', () => {
    const site = mkdtempSync(join(tmpdir(), 'dossier-records-'));
    try {
      const cache = join(site, 'records.json');
      const html = (text: string) => `<html lang="en"><head><title>t</title></head><body data-pagefind-body><p>${text}</p></body></html>`;
      writeFileSync(join(site, 'a.html'), html('one'));
      writeFileSync(join(site, 'b.html'), html('two'));
      const first = pageRecords(site, ['a.html', 'b.html'], cache);
      // Same size, same inode, a later write: as Astro writes a page it renders again into a reused folder.
      writeFileSync(join(site, 'a.html'), html('six'));
      // A later build writes it seconds later; set so, not left to the clock's grain.
      utimesSync(join(site, 'a.html'), new Date(Date.now() + 5000), new Date(Date.now() + 5000));
      const second = pageRecords(site, ['a.html', 'b.html'], cache);
      expect(second.get('a.html')!.key).not.toBe(first.get('a.html')!.key);
      expect(second.get('a.html')).toEqual(pageRecord(html('six')));
      expect(second.get('b.html')).toEqual(first.get('b.html'));
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
