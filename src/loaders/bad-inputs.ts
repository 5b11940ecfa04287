// Issue 16's table of bad inputs: each case writes one broken (or tricky but valid) content
// file into a fresh content root and runs what the build runs on content: the loaders'
// reading and validation, then the article pipeline on every body. `npm run bad-inputs`
// prints the table (input, expected, observed); src/loaders/bad-inputs.test.ts checks it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { problemsOf } from '../lib/content-error.ts';
import { matcherForLanguage } from '../entities/entity-aliases.ts';
import { createArticleRenderer } from '../markdown/render-article.ts';
import { articleWith, makeContentRoot, VALID_ARTICLE, VALID_FRONTMATTER } from './content-fixture.ts';
import { readAllContent } from './read-content.ts';
import { renderArticleText } from './render-text.ts';

/** What a case puts in the content root: text or bytes by path, a symbolic link, or a folder. */
type Entry = string | Uint8Array | { symlink: string } | { folder: true };

export interface BadInput {
  /** The input, as the table shows it. */
  input: string;
  /** Files to write, by path below the content root (`content/articles/a.md`). */
  files: Record<string, Entry>;
  /** What must happen: a problem matching this pattern, or `accepted`. */
  expected: RegExp | 'accepted';
}

export const VALID_ENTITY = `type: organization
name: { en: "Stripe", fr: "Stripe", zh: "Stripe" }
description: { en: "A company.", fr: "Une entreprise.", zh: "一家公司。" }
`;

const article = (text: string | Uint8Array): Record<string, Entry> => ({ 'content/articles/valid.md': text });
const field = (line: RegExp, replacement: string) => article(articleWith(line, replacement));
const body = (text: string) => article(`---\n${VALID_FRONTMATTER}---\n${text}\n`);
const entity = (text: string, name = 'stripe.yaml'): Record<string, Entry> => ({ [`content/entities/${name}`]: text });
const entityWith = (extra: string) => entity(`${VALID_ENTITY}${extra}\n`);
const title = (yaml: string) => field(/  en: A valid article\n/, `  en: ${yaml}\n`);
const deepQuote = `---\n${VALID_FRONTMATTER}---\n${'>'.repeat(3000)} deep\n`;
const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`),
].join('\n');

const at = (pattern: string) => new RegExp(`content/articles/valid\\.md\\b.*${pattern}`);

export const BAD_INPUTS: BadInput[] = [
  // The file itself
  { input: 'empty article file (0 bytes)', files: article(''), expected: at('the file is empty') },
  {
    input: 'a PNG renamed to .md',
    files: article(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    expected: at('binary data \\(a NUL byte at byte offset 8\\)'),
  },
  {
    input: 'Latin-1 bytes (Caf\\xe9) in the body',
    files: article(Buffer.concat([Buffer.from(VALID_ARTICLE), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])])),
    expected: at('invalid byte 0xe9 at byte offset'),
  },
  {
    input: 'overlong UTF-8 sequence (0xC0 0xAF)',
    files: article(Buffer.concat([Buffer.from(VALID_ARTICLE), Buffer.from([0xc0, 0xaf])])),
    expected: at('invalid byte 0xc0'),
  },
  { input: 'UTF-16 file with BOM', files: article(Buffer.from(`\ufeff${VALID_ARTICLE}`, 'utf16le')), expected: at('not UTF-8 text') },
  { input: 'UTF-8 BOM and CRLF line endings', files: article(`\ufeff${VALID_ARTICLE.replace(/\n/g, '\r\n')}`), expected: 'accepted' },
  { input: 'file over 2 MB', files: article(`${VALID_ARTICLE}${'x'.repeat(2 * 1024 * 1024)}`), expected: at('file too large \\(\\d+ bytes > limit') },
  { input: 'no frontmatter', files: article('Just the text.\n'), expected: at('no frontmatter') },
  { input: 'frontmatter never closed', files: article(`---\n${VALID_FRONTMATTER}Some text.\n`), expected: at('no frontmatter') },
  { input: 'frontmatter only, no body', files: article(`---\n${VALID_FRONTMATTER}---\n`), expected: at('the article has no text') },
  { input: 'body of whitespace only', files: article(`---\n${VALID_FRONTMATTER}---\n   \n\t\n`), expected: at('the article has no text') },
  { input: 'frontmatter is a YAML list', files: article('---\n- a\n- b\n---\ntext\n'), expected: at('a list is not a mapping') },
  { input: 'frontmatter is a bare string', files: article('---\nhello\n---\ntext\n'), expected: at('the text "hello" is not a mapping') },
  { input: 'empty frontmatter', files: article('---\n\n---\ntext\n'), expected: at('id: missing') },
  // File names and kinds
  {
    input: 'article named other.MD',
    files: { 'content/articles/other.MD': VALID_ARTICLE },
    expected: /other\.MD → file name: is not read: article files end in ".md"/,
  },
  {
    input: 'article named x.markdown',
    files: { 'content/articles/x.markdown': VALID_ARTICLE },
    expected: /x\.markdown → file name: is not read: article files end in ".md"/,
  },
  { input: 'article named x.mdx', files: { 'content/articles/x.mdx': VALID_ARTICLE }, expected: /x\.mdx → file name: is not read/ },
  { input: 'a stray notes.txt in content/articles/', files: { 'content/articles/notes.txt': 'notes' }, expected: /notes\.txt: is not an article file/ },
  { input: 'a hidden .DS_Store in content/articles/', files: { 'content/articles/.DS_Store': new Uint8Array([0, 1, 2]) }, expected: 'accepted' },
  { input: 'a folder named x.md', files: { 'content/articles/x.md': { folder: true } }, expected: /x\.md: is a folder/ },
  {
    input: 'article that is a symlink to /etc/hostname',
    files: { 'content/articles/x.md': { symlink: '/etc/hostname' } },
    expected: /x\.md: is a link to \/etc\/hostname, outside content\//,
  },
  {
    input: 'article that is a symlink to a file outside content/ (a valid article)',
    files: { 'outside.md': VALID_ARTICLE.replace('0123abcd', '0123abce'), 'content/articles/x.md': { symlink: '../../outside.md' } },
    expected: /x\.md: is a link to .*outside\.md, outside content\//,
  },
  {
    input: 'article that is a symlink inside content/',
    files: { 'content/drafts/x.md': VALID_ARTICLE.replace('0123abcd', '0123abce'), 'content/articles/x.md': { symlink: '../drafts/x.md' } },
    expected: 'accepted',
  },
  {
    input: 'article that is a broken symlink',
    files: { 'content/articles/x.md': { symlink: 'nowhere.md' } },
    expected: /x\.md: is a link to a file that does not exist/,
  },
  {
    input: 'file name with a space',
    files: { 'content/articles/my article.md': VALID_ARTICLE.replace('0123abcd', '0123abce') },
    expected: /my article\.md → file name: "my article" is not a valid slug/,
  },
  {
    input: 'file name in Chinese (马斯克.md)',
    files: { 'content/articles/马斯克.md': VALID_ARTICLE.replace('0123abcd', '0123abce') },
    expected: /马斯克\.md → file name: "马斯克" is not a valid slug/,
  },
  {
    input: 'file name in uppercase (Valid.md)',
    files: { 'content/articles/Other.md': VALID_ARTICLE.replace('0123abcd', '0123abce') },
    expected: /Other\.md → file name: "Other" is not a valid slug/,
  },
  { input: 'two articles with the same id', files: { 'content/articles/other.md': VALID_ARTICLE }, expected: /duplicate id "0123abcd"/ },
  {
    input: 'an old slug equal to another article',
    files: { 'content/articles/other.md': VALID_ARTICLE.replace('0123abcd', '0123abce').replace('---\nSome', 'aliases: [valid]\n---\nSome') },
    expected: /slug "valid" is already used by content\/articles\/other\.md \(aliases\.0\)/,
  },
  { input: 'content/articles/ missing', files: { 'content/articles': { symlink: 'nowhere' } }, expected: /content\/articles: the folder is missing/ },
  // YAML
  { input: 'unterminated quote', files: field(/A valid article/, '"A valid article'), expected: /valid\.md:\d+:\d+: invalid YAML/ },
  { input: 'bad indentation', files: field(/  en: A valid article\n/, ' en: A valid article\n'), expected: /valid\.md:\d+:\d+: invalid YAML/ },
  {
    input: 'duplicate key',
    files: field(/language: en\n/, 'language: en\nlanguage: fr\n'),
    expected: /valid\.md:\d+:\d+: invalid YAML: Map keys must be unique/,
  },
  { input: 'tab used for indentation', files: field(/  en: A valid article\n/, '\ten: A valid article\n'), expected: /valid\.md:\d+:\d+: invalid YAML/ },
  { input: 'value with an unquoted ": "', files: title('Stripe: the CTO joins'), expected: /valid\.md:\d+:\d+: invalid YAML/ },
  {
    input: 'YAML alias bomb (billion laughs) in an article',
    files: article(`---\n${aliasBomb}\n---\ntext\n`),
    expected: at('aliases \\(`\\*name`\\) expand to too many copies'),
  },
  { input: 'YAML nested 20,000 brackets deep', files: article(`---\nid: ${'['.repeat(20000)}${']'.repeat(20000)}\n---\ntext\n`), expected: at('invalid YAML') },
  {
    input: 'a small YAML anchor reused once',
    files: field(/  en: A valid article\n  fr: Un article valide\n/, '  en: &t A valid article\n  fr: *t\n'),
    expected: 'accepted',
  },
  // id, language
  { input: 'id missing', files: field(/id: 0123abcd\n/, ''), expected: at('id: missing') },
  { input: 'id in uppercase hex', files: field(/0123abcd/, '0123ABCD'), expected: at('id: must be 8 to 64 lowercase hex') },
  { input: 'id too short', files: field(/0123abcd/, 'abc'), expected: at('id: must be 8 to 64') },
  { input: 'id not hex', files: field(/0123abcd/, 'zzzzzzzz'), expected: at('id: must be 8 to 64') },
  { input: 'language: banana', files: field(/language: en/, 'language: banana'), expected: at('language: "banana" is not a known language code') },
  { input: 'language: xx', files: field(/language: en/, 'language: xx'), expected: at('language: "xx" is not a known language code') },
  { input: 'language: EN (not canonical)', files: field(/language: en/, 'language: EN'), expected: at('language: write "en"') },
  {
    input: 'language: i-klingon (grandfathered tag)',
    files: field(/language: en/, 'language: i-klingon'),
    expected: at('language: .*(not a BCP 47|write "tlh")'),
  },
  { input: 'language: "" (empty)', files: field(/language: en/, 'language: ""'), expected: at('language:') },
  { input: 'language: 42 (a number)', files: field(/language: en/, 'language: 42'), expected: at('language:') },
  {
    input: 'language: de (a language the site is not published in)',
    files: field(/language: en\ntitle:\n  editorial: false\n/, 'language: de\ntitle:\n  editorial: false\n  de: Ein gültiger Artikel\n'),
    expected: 'accepted',
  },
  {
    input: 'language: fr-CA',
    files: field(/language: en\ntitle:\n  editorial: false\n/, 'language: fr-CA\ntitle:\n  editorial: false\n  fr-CA: Un article valide\n'),
    expected: 'accepted',
  },
  // Control characters and text that is not text (issue 16.4)
  {
    input: 'title.en: "Hello\\0World" (YAML escape for NUL)',
    files: title('"Hello\\0World"'),
    expected: at('title\\.en: the control character U\\+0000 \\(NUL\\) at character 6 is not text'),
  },
  { input: 'title.en: "Hello\\aWorld" (BEL)', files: title('"Hello\\aWorld"'), expected: at('title\\.en: the control character U\\+0007 \\(BEL\\)') },
  { input: 'title.en: "Hello\\eWorld" (ESC)', files: title('"Hello\\eWorld"'), expected: at('title\\.en: the control character U\\+001B \\(ESC\\)') },
  { input: 'title.en: "\\x85" (C1 NEL)', files: title('"Next\\x85line"'), expected: at('title\\.en: the control character U\\+0085 \\(NEL\\)') },
  { input: 'title.en: "\\x9b" (C1 CSI)', files: title('"CSI\\x9b"'), expected: at('title\\.en: the control character U\\+009B') },
  { input: 'title.en: "\\x7f" (DEL)', files: title('"Del\\x7f"'), expected: at('title\\.en: the control character U\\+007F \\(DEL\\)') },
  { input: 'title.en: "\\r" (carriage return)', files: title('"Carriage\\rreturn"'), expected: at('title\\.en: the control character U\\+000D') },
  { input: 'title.en: "\\uD800" (lone surrogate)', files: title('"Half\\uD800pair"'), expected: at('title\\.en: the half of a surrogate pair U\\+D800') },
  { input: 'title.en: "\\uFFFE" (noncharacter)', files: title('"Non\\uFFFEchar"'), expected: at('title\\.en: the noncharacter U\\+FFFE') },
  {
    input: 'summary.fr with a literal form feed',
    files: field(/Il est valide\./, 'Il est\fvalide.'),
    expected: /valid\.md:\d+:\d+: the control character U\+000C \(form feed\) is not text/,
  },
  { input: 'body with a literal BEL', files: body('Ring \u0007 the bell.'), expected: /valid\.md:20:6: the control character U\+0007 \(BEL\) is not text/ },
  {
    input: 'body with a literal ESC colour code',
    files: body('Red \u001b[31mtext\u001b[0m.'),
    expected: /valid\.md:20:5: the control character U\+001B \(ESC\)/,
  },
  {
    input: 'source.publisher.name with \\v (vertical tab)',
    files: field(/  file: valid\.txt\n/, '  file: valid.txt\n  publisher: { name: "Tab\\vCo", basis: stated }\n'),
    expected: at('source\\.publisher\\.name: the control character U\\+000B'),
  },
  { input: 'title.en with a tab and a newline escape (allowed)', files: title('"Tab\\there, line\\nthere"'), expected: 'accepted' },
  { input: 'title.en with U+2028 and emoji (allowed)', files: title('"Line\\u2028sep 😀"'), expected: 'accepted' },
  { input: 'title.en with a zero-width joiner emoji family (allowed)', files: title('"Family 👨‍👩‍👧"'), expected: 'accepted' },
  // Titles and summaries
  {
    input: 'title.en missing (the original language)',
    files: field(/  en: A valid article\n/, ''),
    expected: at('title\\.en: missing the title in "en" \\(the original language\\)'),
  },
  { input: 'title.zh missing', files: field(/  zh: 一篇有效的文章\n/, ''), expected: at('title\\.zh: missing the title') },
  { input: 'title.en whitespace only', files: title('"   "'), expected: at('title\\.en: must not be empty') },
  { input: 'title.en a number', files: title('42'), expected: at('title\\.en: must be the text, or an object with `status`') },
  { input: 'title.en a list', files: title('[a, b]'), expected: at('title\\.en: must be the text, or an object') },
  { input: 'title.editorial missing', files: field(/  editorial: false\n/, ''), expected: at('title\\.editorial: missing') },
  { input: 'title.editorial: "yes" (a string)', files: field(/editorial: false/, 'editorial: "yes"'), expected: at('title\\.editorial') },
  { input: 'summary.zh missing', files: field(/  zh: 它是有效的。它有摘要。\n/, ''), expected: at('summary\\.zh: missing') },
  { input: 'summary.en of one sentence', files: field(/It is valid\. It has a summary\./, 'Too short.'), expected: at('summary\\.en: has 1 sentence') },
  { input: 'summary.zh of five sentences', files: field(/它是有效的。它有摘要。/, '一。二。三。四。五。'), expected: at('summary\\.zh: has 5 sentences') },
  { input: 'summary.writtenIn: de', files: field(/writtenIn: en/, 'writtenIn: de'), expected: at('summary\\.writtenIn: "de" is not allowed') },
  {
    input: 'summary.fr still "TODO: translate"',
    files: field(/Il est valide\. Il a un résumé\./, '"TODO: translate the English summary"'),
    expected: at('summary\\.fr: is a "TODO:" placeholder'),
  },
  {
    input: 'summary.fr { status: machine } without program or date',
    files: field(/Il est valide\. Il a un résumé\./, '{ status: machine, text: "Il est valide. Il a un résumé." }'),
    expected: at('summary\\.fr'),
  },
  { input: 'summary.zh { status: missing } (allowed: the page says so)', files: field(/它是有效的。它有摘要。/, '{ status: missing }'), expected: 'accepted' },
  {
    input: 'summary with </script><script>alert(1)</script> (allowed, shown as text)',
    files: field(/It is valid\. It has a summary\./, '"It is </script><script>alert(1)</script>. It has a summary."'),
    expected: 'accepted',
  },
  // Source
  {
    input: 'source.file that does not exist',
    files: field(/file: valid\.txt/, 'file: gone.txt'),
    expected: at('source\\.file: content/sources/gone\\.txt does not exist'),
  },
  {
    input: 'source.file: ../../etc/passwd.txt (path traversal)',
    files: field(/file: valid\.txt/, 'file: ../../etc/passwd.txt'),
    expected: at('source\\.file: must be the name of a \\.txt or \\.html file'),
  },
  { input: 'source.file: /etc/hostname (absolute)', files: field(/file: valid\.txt/, 'file: /etc/hostname'), expected: at('source\\.file: must be the name') },
  {
    input: 'source.file that is a symlink outside content/',
    files: { ...field(/file: valid\.txt/, 'file: link.txt'), 'content/sources/link.txt': { symlink: '/etc/hostname' } },
    expected: at('source\\.file: content/sources/link\\.txt is a link to /etc/hostname, outside content/'),
  },
  {
    input: 'source.file that is a folder',
    files: { ...field(/file: valid\.txt/, 'file: dir.txt'), 'content/sources/dir.txt': { folder: true } },
    expected: at('source\\.file: content/sources/dir\\.txt is a folder'),
  },
  {
    input: 'source.url: javascript:alert(1)',
    files: field(/  file: valid\.txt\n/, '  file: valid.txt\n  url: "javascript:alert(1)"\n'),
    expected: at('source\\.url'),
  },
  {
    input: 'source.url: ftp://example.com',
    files: field(/  file: valid\.txt\n/, '  file: valid.txt\n  url: "ftp://example.com/x"\n'),
    expected: at('source\\.url'),
  },
  {
    input: 'source.publisher.basis: guessed',
    files: field(/  file: valid\.txt\n/, '  file: valid.txt\n  publisher: { name: X Co, basis: guessed }\n'),
    expected: at('source\\.publisher\\.basis: "guessed" is not allowed'),
  },
  {
    input: 'unknown field in source',
    files: field(/  file: valid\.txt\n/, '  file: valid.txt\n  writer: Someone\n'),
    expected: at('source\\.writer: unknown field'),
  },
  // Dates
  { input: 'date: 2024-13-45 (unquoted)', files: field(/"2025-10-03"/, '2024-13-45'), expected: at('published\\.date: invalid ISO date') },
  { input: 'date: "2024-02-30"', files: field(/"2025-10-03"/, '"2024-02-30"'), expected: at('published\\.date: invalid ISO date') },
  { input: 'date: "2023-02-29" (not a leap year)', files: field(/"2025-10-03"/, '"2023-02-29"'), expected: at('published\\.date: invalid ISO date') },
  { input: 'date: 12/03/2025', files: field(/"2025-10-03"/, '12/03/2025'), expected: at('published\\.date: invalid ISO date') },
  { input: 'date: 2025 (an unquoted number)', files: field(/"2025-10-03"/, '2025'), expected: at('published\\.date: the number 2025 is not a string') },
  { input: 'date: null', files: field(/"2025-10-03"/, 'null'), expected: at('published\\.date') },
  { input: 'date: ""', files: field(/"2025-10-03"/, '""'), expected: at('published\\.date: invalid ISO date') },
  { input: 'date: "2025-10-03T25:00"', files: field(/"2025-10-03"/, '"2025-10-03T25:00"'), expected: at('published\\.date: invalid ISO date') },
  { input: 'date with basis unknown', files: field(/basis: stated/, 'basis: unknown'), expected: at('published: give a date') },
  {
    input: 'basis inferred without evidence',
    files: field(/basis: stated/, 'basis: inferred'),
    expected: at('published\\.evidence: an inferred date needs `evidence`'),
  },
  {
    input: 'event with date "2025-02-30"',
    files: field(/  basis: stated\n/, '  basis: stated\nevents:\n  - date: "2025-02-30"\n    text: { en: A, fr: A, zh: A }\n'),
    expected: at('events\\.0\\.date: invalid ISO date'),
  },
  // Other fields
  { input: 'unknown top-level field (langauge)', files: field(/language: en\n/, 'language: en\nlangauge: en\n'), expected: at('langauge: unknown field') },
  {
    input: 'notes.flags: [clickbait]',
    files: field(/  basis: stated\n/, '  basis: stated\nnotes: { flags: [clickbait] }\n'),
    expected: at('notes\\.flags\\.0: "clickbait" is not allowed'),
  },
  {
    input: 'aliases: [Old-Slug] (uppercase)',
    files: field(/  basis: stated\n/, '  basis: stated\naliases: [Old-Slug]\n'),
    expected: at('aliases\\.0: old slugs are lowercase'),
  },
  { input: 'story: "Big Story"', files: field(/  basis: stated\n/, '  basis: stated\nstory: "Big Story"\n'), expected: at('story: must be lowercase') },
  // Article text: kept as text, never run; what cannot be rendered names its file (issue 16.5)
  { input: '3,000 nested ">" (6 KB)', files: article(deepQuote), expected: /valid\.md → body: the text is nested too deeply to render/ },
  { input: 'body with <script>alert(1)</script> and onerror', files: body('<script>alert(1)</script> <img src=x onerror=alert(2)>'), expected: 'accepted' },
  { input: 'body with [x](javascript:alert(1)) and //evil.example', files: body('[x](javascript:alert(1)) [y](//evil.example/)'), expected: 'accepted' },
  {
    input: 'body with MDX: {process.exit()} <Foo /> import/export',
    files: body('import x from "y"\n\nexport const a = 1\n\n{process.exit()} <Foo />'),
    expected: 'accepted',
  },
  { input: 'body of 20,000 table cells with escaped pipes', files: body(`| a \\| b | c |\n| - | - |\n${'| 1 | 2 |\n'.repeat(10000)}`), expected: 'accepted' },
  // Entities (issue 16.6 among them)
  {
    input: 'stripe.yml beside stripe.yaml',
    files: { ...entity(VALID_ENTITY), ...entity(VALID_ENTITY.replace('A company.', 'Another.'), 'stripe.yml') },
    expected: /stripe\.yml → id \(file name\): "stripe" is also the id of content\/entities\/stripe\.yaml/,
  },
  {
    input: 'entity named Stripe.YAML',
    files: entity(VALID_ENTITY, 'Stripe.YAML'),
    expected: /Stripe\.YAML → file name: is not read: entity files end in ".yaml" or ".yml"/,
  },
  { input: 'entity file name Bad_Id.yaml', files: entity(VALID_ENTITY, 'Bad_Id.yaml'), expected: /Bad_Id\.yaml → id \(file name\): "Bad_Id" does not match/ },
  { input: 'a folder named x.yaml in content/entities/', files: { 'content/entities/x.yaml': { folder: true } }, expected: /x\.yaml: is a folder/ },
  {
    input: 'entity that is a symlink outside content/',
    files: { 'content/entities/x.yaml': { symlink: '/etc/hostname' } },
    expected: /x\.yaml: is a link to \/etc\/hostname, outside content\//,
  },
  { input: 'empty entity file', files: entity(''), expected: /stripe\.yaml: the file is empty/ },
  { input: 'entity YAML alias bomb', files: entity(aliasBomb), expected: /stripe\.yaml: invalid YAML: its aliases/ },
  {
    input: 'alias "the" (English common word)',
    files: entityWith('aliases: { en: ["the"] }'),
    expected: /stripe\.yaml → aliases\.en\.0: "the" is a common word in en/,
  },
  {
    input: 'alias "The" (capitalised common word)',
    files: entityWith('aliases: { all: ["The"] }'),
    expected: /stripe\.yaml → aliases\.all\.0: "The" is a common word in en/,
  },
  { input: 'alias "le" (French common word)', files: entityWith('aliases: { fr: ["le"] }'), expected: /aliases\.fr\.0: "le" is a common word in fr/ },
  { input: 'alias "dans" (French common word)', files: entityWith('aliases: { fr: ["dans"] }'), expected: /aliases\.fr\.0: "dans" is a common word in fr/ },
  { input: 'alias "AI" (too short)', files: entityWith('aliases: { all: ["AI"] }'), expected: /aliases\.all\.0: "AI" is too short/ },
  { input: 'alias "的" (one Han character)', files: entityWith('aliases: { zh: ["的"] }'), expected: /aliases\.zh\.0: "的" is a common word in zh/ },
  { input: 'alias "微" (one Han character, not a common word)', files: entityWith('aliases: { zh: ["微"] }'), expected: /aliases\.zh\.0: "微" is too short/ },
  { input: 'name.en "X" (one letter)', files: entity(VALID_ENTITY.replace('en: "Stripe"', 'en: "X"')), expected: /name\.en: "X" is too short/ },
  { input: 'alias "US" with allowShort: true', files: entityWith('aliases: { all: [{ text: "US", allowShort: true }] }'), expected: 'accepted' },
  { input: 'alias "The" with allowCommonWord: true', files: entityWith('aliases: { en: [{ text: "The", allowCommonWord: true }] }'), expected: 'accepted' },
  { input: 'alias "微软" (two Han characters)', files: entityWith('aliases: { zh: ["微软"] }'), expected: 'accepted' },
  {
    input: 'alias claimed by two entities',
    files: {
      ...entityWith('aliases: { all: ["Shared"] }'),
      ...entity(`${VALID_ENTITY.replace(/Stripe/g, 'Other')}aliases: { en: ["Shared"] }\n`, 'other.yaml'),
    },
    expected: /"Shared" is also claimed in en/,
  },
  {
    input: "alias equal up to case to another entity's name",
    files: { ...entityWith('aliases: { all: ["OTHER"] }'), ...entity(VALID_ENTITY.replace(/Stripe/g, 'Other'), 'other.yaml') },
    expected: /is also claimed in en/,
  },
  {
    input: 'relation to an unknown entity',
    files: entityWith('relations:\n  - { role: { en: CEO, fr: PDG, zh: 首席执行官 }, of: nobody, status: current }'),
    expected: /relations\.0\.of: unknown entity id "nobody"/,
  },
  {
    input: 'relation with status: maybe',
    files: {
      ...entityWith('relations:\n  - { role: { en: CEO, fr: PDG, zh: 首席执行官 }, of: other, status: maybe }'),
      ...entity(VALID_ENTITY.replace(/Stripe/g, 'Other'), 'other.yaml'),
    },
    expected: /relations\.0\.status: "maybe" is not allowed/,
  },
  { input: 'entity type: company', files: entity(VALID_ENTITY.replace('organization', 'company')), expected: /stripe\.yaml → type: "company" is not allowed/ },
  { input: 'entity description.fr missing', files: entity(VALID_ENTITY.replace(', fr: "Une entreprise."', '')), expected: /description\.fr: missing/ },
  { input: 'entity wikidata: "95"', files: entityWith('wikidata: "95"'), expected: /wikidata: must be a Wikidata id/ },
  { input: 'entity url: javascript:alert(1)', files: entityWith('url: "javascript:alert(1)"'), expected: /stripe\.yaml → url/ },
  {
    input: 'entity name with "\\e" (ESC)',
    files: entity(VALID_ENTITY.replace('en: "Stripe"', 'en: "Str\\eipe"')),
    expected: /stripe\.yaml → name\.en: the control character U\+001B/,
  },
  {
    input: 'entity name <img src=x onerror=alert(1)> (allowed, shown as text)',
    files: entityWith('aliases: { en: ["<img src=x onerror=alert(1)>"] }'),
    expected: 'accepted',
  },
  { input: 'a stray README.md in content/entities/', files: { 'content/entities/README.md': '# notes' }, expected: /README\.md: is not an entity file/ },
];

/** A content root with the valid article, its source and one valid entity, then the case's files. */
function contentRootFor(input: BadInput): string {
  const root = makeContentRoot();
  writeFileSync(join(root, 'content', 'entities', 'stripe.yaml'), VALID_ENTITY);
  for (const [path, entry] of Object.entries(input.files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    if (entry instanceof Uint8Array || typeof entry === 'string') writeFileSync(target, entry);
    else if ('symlink' in entry) {
      rmEntry(target);
      symlinkSync(entry.symlink, target);
    } else {
      rmEntry(target);
      mkdirSync(target, { recursive: true });
    }
  }
  return root;
}

/** Makes way for a link or folder in the case's own temporary root. */
function rmEntry(path: string) {
  rmSync(path, { recursive: true, force: true });
}

/** Every file's bytes below a folder, hashed: proof that a run changed nothing. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  )) {
    const path = join(entry.parentPath, entry.name);
    hash.update(path);
    if (entry.isFile()) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

export interface Observed {
  accepted: boolean;
  /** The first line of each problem, or what was accepted. */
  observed: string;
  /** Whether every content file is as it was. */
  unchanged: boolean;
}

/** Runs the build's content steps on one case. */
export async function observe(input: BadInput): Promise<Observed> {
  const root = contentRootFor(input);
  const before = fingerprint(join(root, 'content'));
  let observed: string;
  let accepted = false;
  try {
    const { articles, entities } = readAllContent(root);
    const problems = [];
    for (const a of articles) {
      const render = createArticleRenderer({ matcher: matcherForLanguage(entities, a.data.language), language: a.data.language, entityHref: (id) => id });
      try {
        await renderArticleText(render, a);
      } catch (error) {
        problems.push(...(problemsOf(error) ?? []));
      }
    }
    if (problems.length > 0) observed = problems.map((p) => p.message.split('\n')[0]).join(' | ');
    else {
      accepted = true;
      observed = `accepted (${articles.length} article${articles.length === 1 ? '' : 's'}, ${entities.length} entit${entities.length === 1 ? 'y' : 'ies'})`;
    }
  } catch (error) {
    const problems = problemsOf(error);
    // Anything but a content error is a crash: shown as such, so the table can never hide one.
    observed = problems
      ? problems.map((p) => p.message.split('\n')[0]).join(' | ')
      : `CRASH: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  return { accepted, observed: observed.replaceAll(root, '<root>'), unchanged: fingerprint(join(root, 'content')) === before };
}
