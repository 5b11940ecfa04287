/**
 * Scores ingest on pages whose right answers are written down beside them
 * (scripts/fixtures/pages/<name>.expected.yaml): the facts it finds, how much
 * page chrome it removes (recall) and how much of what it removes is chrome
 * (precision), how many sentences that must stay do stay, and whether tables
 * come out as GFM tables. Used by the corpus test and `npm run ingest:eval`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { createEntityMatcher } from '../entities/entity-matcher.ts';
import { prepareArticle } from './prepare.ts';

export interface Expected {
  layout: string;
  language: string;
  title: string | null;
  date: string | null;
  author: string | null;
  publisher: string | null;
  tables: number;
  chrome: string[];
  keep: string[];
}

export const FIELDS = ['title', 'date', 'author', 'publisher', 'language'] as const;
export type Field = (typeof FIELDS)[number];

export interface PageScore {
  page: string;
  language: string;
  layout: string;
  fields: Record<Field, { expected: string | null; found: string | null; right: boolean }>;
  chromeFound: number;
  chromeTotal: number;
  /** Removals that are not expected chrome (title, date and byline lines count as chrome). */
  wrongRemovals: string[];
  removals: number;
  keptSentences: number;
  keepTotal: number;
  lostSentences: string[];
  missedChrome: string[];
  tables: { expected: number; found: number };
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The article's text as a reader sees it, block by block (headings, paragraphs, list items, table cells). */
export function plainBlocks(markdown: string): { lines: string[]; tables: number } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const lines: string[] = [];
  let tables = 0;
  visit(tree, (node) => {
    if (node.type === 'table') tables++;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      lines.push(norm(toString(node)));
      return 'skip';
    }
    return undefined;
  });
  return { lines, tables };
}

export function scorePage(dir: string, page: string): PageScore {
  const expected = parse(readFileSync(join(dir, page.replace(/\.(?:txt|html?)$/, '.expected.yaml')), 'utf8')) as Expected;
  const prepared = prepareArticle(readFileSync(join(dir, page)), page, { ids: new Map(), slugs: new Set(), sources: new Set() }, () => createEntityMatcher([]));
  if (prepared.kind !== 'new') throw new Error(`${page}: unexpectedly known`);
  const report = prepared.report;
  const body = prepared.entry.slice(prepared.entry.indexOf('\n---\n') + 5);
  const { lines, tables } = plainBlocks(body);
  const text = lines.join('\n');
  const found: Record<Field, string | null> = {
    title: report.title?.value ?? null,
    date: report.date?.value ?? null,
    author: report.author?.value ?? null,
    publisher: report.publisher?.value ?? null,
    language: report.language?.value ?? null,
  };
  const fields = Object.fromEntries(
    FIELDS.map((f) => {
      const want = expected[f] === null || expected[f] === undefined ? null : norm(String(expected[f]));
      const got = found[f] === null ? null : norm(found[f]!);
      return [f, { expected: want, found: got, right: want === got }];
    }),
  ) as PageScore['fields'];
  // A chrome line is removed when no block of the article text still holds it.
  const present = (line: string) => lines.some((l) => l === norm(line) || (norm(line).length > 20 && l.includes(norm(line))));
  const missedChrome = expected.chrome.filter((c) => present(String(c)));
  const chromeLines = new Set(expected.chrome.map((c) => norm(String(c))));
  const removedLines = report.removed.flatMap((r) => r.text.split('\n').map(norm).filter(Boolean));
  const wrongRemovals = removedLines.filter((r) => !chromeLines.has(r) && r !== found.title);
  const lostSentences = expected.keep.filter((k) => !text.includes(norm(k)));
  return {
    page,
    language: expected.language,
    layout: expected.layout,
    fields,
    chromeFound: expected.chrome.length - missedChrome.length,
    chromeTotal: expected.chrome.length,
    wrongRemovals,
    removals: removedLines.length,
    keptSentences: expected.keep.length - lostSentences.length,
    keepTotal: expected.keep.length,
    lostSentences,
    missedChrome,
    tables: { expected: expected.tables, found: tables },
  };
}

export function scoreCorpus(dir: string): PageScore[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:txt|html?)$/.test(f))
    .sort()
    .map((page) => scorePage(dir, page));
}

export interface Totals {
  pages: number;
  fieldsRight: Record<Field, number>;
  chromeRecall: number;
  chromePrecision: number;
  contentKept: number;
  tablesRight: number;
}

export function totals(scores: readonly PageScore[]): Totals {
  const sum = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const removals = sum((s) => s.removals);
  return {
    pages: scores.length,
    fieldsRight: Object.fromEntries(FIELDS.map((f) => [f, sum((s) => (s.fields[f].right ? 1 : 0))])) as Record<Field, number>,
    chromeRecall:
      sum((s) => s.chromeFound) /
      Math.max(
        1,
        sum((s) => s.chromeTotal),
      ),
    chromePrecision: removals === 0 ? 1 : 1 - sum((s) => s.wrongRemovals.length) / removals,
    contentKept:
      sum((s) => s.keptSentences) /
      Math.max(
        1,
        sum((s) => s.keepTotal),
      ),
    tablesRight: sum((s) => (s.tables.expected === s.tables.found ? 1 : 0)),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The table the corpus test prints: one row per language and a total, then each page's misses. */
export function formatScores(scores: readonly PageScore[]): string {
  const languages = [...new Set(scores.map((s) => s.language))].sort();
  const row = (label: string, group: readonly PageScore[]) => {
    const t = totals(group);
    const f = (k: Field) => `${t.fieldsRight[k]}/${t.pages}`;
    return `| ${label} | ${t.pages} | ${f('title')} | ${f('date')} | ${f('author')} | ${f('publisher')} | ${f('language')} | ${pct(t.chromeRecall)} | ${pct(t.chromePrecision)} | ${pct(t.contentKept)} | ${t.tablesRight}/${t.pages} |`;
  };
  const lines = [
    '| language | pages | title | date | author | publisher | language | chrome recall | chrome precision | sentences kept | tables |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...languages.map((l) =>
      row(
        l,
        scores.filter((s) => s.language === l),
      ),
    ),
    row('all', scores),
    '',
  ];
  for (const s of scores) {
    const misses = [
      ...FIELDS.filter((f) => !s.fields[f].right).map(
        (f) => `${f}: expected ${JSON.stringify(s.fields[f].expected)}, found ${JSON.stringify(s.fields[f].found)}`,
      ),
      ...s.missedChrome.map((c) => `chrome kept: ${JSON.stringify(c)}`),
      ...s.wrongRemovals.map((c) => `removed but not chrome: ${JSON.stringify(c)}`),
      ...s.lostSentences.map((c) => `sentence lost: ${JSON.stringify(c)}`),
      ...(s.tables.expected !== s.tables.found ? [`tables: expected ${s.tables.expected}, found ${s.tables.found}`] : []),
    ];
    if (misses.length) lines.push(`${s.page} (${s.layout}):`, ...misses.map((m) => `  - ${m}`));
  }
  return lines.join('\n');
}
