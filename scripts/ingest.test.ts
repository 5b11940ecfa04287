import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../src/lib/text-file.ts';
import { contentCopy, GERMAN, ingest, project } from './ingest-test-kit.ts';
import { runNode } from './run-node.ts';

/** Every file under content/ with its bytes: what must not change when ingest refuses a file. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name)).toString('base64');
  }
  return out;
}

function badFile(name: string, bytes: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-bad-')), name);
  writeFileSync(path, bytes);
  return path;
}

describe('npm run ingest', () => {
  it('adds a German article: source byte for byte, detected language, stated title, table, script kept as text, entities found', async () => {
    const root = contentCopy();
    const { status, out } = await ingest(root, GERMAN);
    expect(status).toBe(0);
    expect(out).toContain('→ content/articles/microsoft-und-openai-erweitern-ihre-partnerschaft.md');
    expect(out).toContain('language: de (detected by franc)');
    expect(out).toContain('entities linked: Microsoft ×3, OpenAI ×2, Anthropic ×1, Google ×1');
    expect(out).toContain('maybe new entities): Satya Nadella');
    expect(readFileSync(join(root, 'content', 'sources', 'ingest-de.txt')).equals(readFileSync(GERMAN))).toBe(true);
    const entry = readFileSync(join(root, 'content', 'articles', 'microsoft-und-openai-erweitern-ihre-partnerschaft.md'), 'utf8');
    expect(entry).toContain('language: de');
    expect(entry).toContain('| Microsoft | 12 | 10 Mrd. |');
    expect(entry).toContain('\\<script>alert("Das ist nur Text")\\</script>');
    expect(entry).toMatch(/summary:\n  writtenIn: en\n  en:\n    status: missing\n  fr:\n    status: missing\n  zh:\n    status: missing\n/);
  });

  it('writes into the content root the build reads (DOSSIER_CONTENT_ROOT) when no --content-root is given', async () => {
    const root = contentCopy();
    const projectBefore = snapshot(project);
    const run = await runNode([join(project, 'scripts', 'ingest.ts'), GERMAN], { cwd: project, env: { ...process.env, DOSSIER_CONTENT_ROOT: root } });
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(join(root, 'content', 'sources', 'ingest-de.txt')).equals(readFileSync(GERMAN))).toBe(true);
    expect(readdirSync(join(root, 'content', 'articles'))).toContain('microsoft-und-openai-erweitern-ihre-partnerschaft.md');
    // Its hint names no --content-root: draft reads the same variable.
    expect(run.stdout).toContain('next: `npm run draft -- content/articles/microsoft-und-openai-erweitern-ihre-partnerschaft.md`');
    expect(snapshot(project)).toEqual(projectBefore);
  });

  it('recognises the same text ingested twice and changes nothing', async () => {
    const root = contentCopy();
    await ingest(root, GERMAN);
    const before = snapshot(root);
    const { status, out } = await ingest(root, GERMAN);
    expect(status).toBe(0);
    expect(out).toMatch(/already ingested as .*microsoft-und-openai-erweitern-ihre-partnerschaft\.md \(id [0-9a-f]{16}\); nothing changed/);
    expect(snapshot(root)).toEqual(before);
  });

  it('recognises a seed by its hash', async () => {
    const root = contentCopy();
    const { out } = await ingest(root, join(project, 'content', 'sources', '003_f5dcb51ca7091913.txt'));
    expect(out).toContain('already ingested as content/articles/anthropic-lance-haiku-4-5.md');
  });

  it('gives a different text with the same title another slug and keeps both sources', async () => {
    const root = contentCopy();
    await ingest(root, GERMAN);
    const other = badFile('ingest-de.txt', `${readFileSync(GERMAN, 'utf8')}\nEin weiterer Satz über Microsoft.\n`);
    const { status, out } = await ingest(root, other);
    expect(status).toBe(0);
    expect(out).toMatch(/→ content\/articles\/microsoft-und-openai-erweitern-ihre-partnerschaft-[0-9a-f]{8}\.md/);
    expect(out).toMatch(/source content\/sources\/[0-9a-f]{16}_ingest-de\.txt/);
  });

  it('refuses each bad file of a batch with a clear message of its own, and changes nothing', async () => {
    const bad: [what: string, name: string, bytes: Uint8Array | string, message: RegExp][] = [
      ['an empty file', 'empty.txt', '', /empty\.txt: the file is empty/],
      [
        'a binary file',
        'image.txt',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        /image\.txt: not UTF-8 text: binary data \(a NUL byte at byte offset 8\)/,
      ],
      [
        'Latin-1 bytes',
        'latin.txt',
        new Uint8Array([...Buffer.from('Une soci'), 0xe9, ...Buffer.from('t\xe9 fran\xe7aise.', 'latin1')]),
        /latin\.txt: not UTF-8 text: invalid byte 0xe9 at byte offset 8/,
      ],
      ['a file over the size limit', 'huge.txt', 'a '.repeat(MAX_TEXT_BYTES / 2 + 1), /huge\.txt: file too large \(\d+ bytes > limit of 2097152 bytes\)/],
      [
        'a file that is only page chrome',
        'chrome.txt',
        'Just a heads up, if you buy something through our links, we may get a small share of the sale. Click here for more.\n',
        /chrome\.txt: nothing is left once page chrome is removed \(affiliate-disclaimer, read-more-link\)/,
      ],
      ['an absurdly long line', 'line.txt', `${'word '.repeat(5000)}\n`, /line\.txt → line 1: is 25000 characters long \(limit 20000\)/],
    ];
    const root = contentCopy();
    const before = snapshot(root);
    const { status, out } = await ingest(root, ...bad.map(([, name, bytes]) => badFile(name, bytes)));
    expect(status).not.toBe(0);
    for (const [what, , , message] of bad) expect(out, what).toMatch(message);
    expect(snapshot(root)).toEqual(before);
  });

  it('leaves out a date that no calendar has, says so, and writes an entry the build accepts', async () => {
    const root = contentCopy();
    const { status, out } = await ingest(
      root,
      badFile(
        'impossible.txt',
        'Anthropic opens an office in Seoul\n2025-13-45\n\nAnthropic said on Monday that it would open an office in Seoul, its third in Asia, early next year.\n',
      ),
    );
    expect(status).toBe(0);
    expect(out).toContain('"2025-13-45" (in "2025-13-45") is not a day any calendar has; it was left out');
    const entry = readFileSync(join(root, 'content', 'articles', 'anthropic-opens-an-office-in-seoul.md'), 'utf8');
    expect(entry).toContain('basis: unknown');
    expect(entry).not.toContain('2025-13-45"');
    // A later ingest reads that entry (and any other) without crashing.
    expect((await ingest(root, GERMAN)).status).toBe(0);
  });

  it('carries on past a broken or half-edited draft already in content/, naming it', async () => {
    const root = contentCopy();
    writeFileSync(join(root, 'content', 'articles', 'half-edited.md'), '---\nid: 0123456789abcdef\ntitle: [unclosed\n---\nText.\n');
    writeFileSync(
      join(root, 'content', 'articles', 'bad-date.md'),
      '---\nid: 1123456789abcdef\nlanguage: en\npublished:\n  date: "2025-13-45"\n  basis: stated\n---\nText.\n',
    );
    const { status, out } = await ingest(root, GERMAN);
    expect(status).toBe(0);
    expect(out).toMatch(/! content\/articles\/half-edited\.md:\d+:\d+: invalid YAML/);
    expect(out).toMatch(/! content\/articles\/bad-date\.md: \d+ problem\(s\) the build will report/);
    expect(out).toContain('→ content/articles/microsoft-und-openai-erweitern-ihre-partnerschaft.md');
  });

  it('reads a saved web page and a folder of pages, keeping each source byte for byte', async () => {
    const root = contentCopy();
    const pages = join(project, 'scripts', 'fixtures', 'pages');
    const { status, out } = await ingest(root, join(pages, 'de-zeitung-html.html'));
    expect(status).toBe(0);
    expect(out).toContain('read as: a saved web page (HTML)');
    expect(out).toContain('date: 2025-10-21, 07:45 (stated: JSON-LD datePublished "2025-10-21T07:45:00+02:00")');
    expect(out).toContain('publisher: Rheinische Rundschau (stated: JSON-LD publisher)');
    expect(readFileSync(join(root, 'content', 'sources', 'de-zeitung-html.html')).equals(readFileSync(join(pages, 'de-zeitung-html.html')))).toBe(true);
    const folder = await ingest(root, pages, '--json');
    expect(folder.status).toBe(0);
    const reports = JSON.parse(folder.stdout) as { outcome: string; file: string }[];
    expect(reports.filter((r) => r.outcome === 'added')).toHaveLength(readdirSync(pages).filter((f) => !f.endsWith('.yaml')).length - 1);
    expect(reports.find((r) => r.file.endsWith('de-zeitung-html.html'))?.outcome).toBe('known');
  });

  it('ingests the good files of a batch and fails for the bad ones', async () => {
    const root = contentCopy();
    const { status, out } = await ingest(root, badFile('empty.txt', ''), GERMAN);
    expect(status).toBe(1);
    expect(out).toContain('✗');
    expect(out).toContain('+ ');
  });
});
