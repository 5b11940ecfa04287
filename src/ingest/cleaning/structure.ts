import type { BlockContent, List, ListItem, PhrasingContent, Root, Table, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Turns plain article text (one block per line, as scraped pages give it) into
 * Markdown: headings, paragraphs, bullet and numbered lists, GFM tables and
 * dated timelines. Every character of text is kept; only list markers and
 * bullet glyphs become Markdown structure. The Markdown is written by
 * mdast-util-to-markdown, which escapes anything that would otherwise turn
 * text into markup (`<script>`, `*`, `[x](y)` stay text).
 */
export function textToMarkdown(text: string): string {
  const blocks = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .flatMap(splitFusedLabel);
  return writeMarkdown({ type: 'root', children: structure(blocks) });
}

/** Markdown from a tree, written so that no text can turn into markup: the one writer of article text. */
export function writeMarkdown(tree: Root): string {
  return (
    toMarkdown(tree, {
      extensions: [gfmToMarkdown({ tablePipeAlign: false })],
      bullet: '-',
      listItemIndent: 'one',
    }).trimEnd() + '\n'
  );
}

/**
 * The labels aggregator pages put on the parts an AI wrote. They are text of
 * the page (kept, never a heading), and a reader must see which sections they
 * govern: the one that opens a section covers every section after it.
 */
const AI_SECTION_LABEL = 'AI-generated analysis for this event.';
const AI_LABELS = [AI_SECTION_LABEL, 'AI analysis grounded in cited sources'];

/** "🔮 Future ImplicationsAI analysis grounded in cited sources": a page ran a label into a section title; split them again. */
function splitFusedLabel(line: string): string[] {
  const label = AI_LABELS.find((l) => line.endsWith(l) && line.length > l.length);
  if (!label) return [line];
  const title = line.slice(0, -label.length).trim();
  return isHeadingCandidate(title) ? [title, label] : [line];
}

const TERMINAL = /[.!?…:;,"”»)\]'’。！？：；，」』）]$/u;
const EMOJI_START = /^\p{Extended_Pictographic}/u;
const BULLET = /^(?:[-*+–]\s+[•●▪]?|[•●▪·・])\s*/u;
const ORDERED = /^(\d{1,3})[.)]\s+/;
const TABLE_ROW = /^\|.*\|$/;
const TABLE_DELIMITER = /^\|(?:\s*:?-+:?\s*\|)+$/;
const DATE_ONLY = /^\d{4}(?:-\d{2}){0,2}$/;

/** A short line without final punctuation: a heading, unless its neighbours say otherwise. */
function isHeadingCandidate(line: string): boolean {
  return (
    line.length <= 100 &&
    line.split(/\s+/).length <= 14 &&
    !TERMINAL.test(line) &&
    !/^\p{Ll}/u.test(line) &&
    /^[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(line) &&
    !BULLET.test(line) &&
    !ORDERED.test(line) &&
    !TABLE_ROW.test(line) &&
    !DATE_ONLY.test(line)
  );
}

const textNode = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
const listItem = (...children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
});
const list = (items: ListItem[], start?: number): List => ({
  type: 'list',
  ordered: start !== undefined,
  ...(start !== undefined ? { start } : {}),
  spread: false,
  children: items,
});

/** Cells of a row of a plain-text table: tab-separated, or columns lined up with runs of spaces. */
function plainCells(line: string, separator: RegExp): string[] {
  return line.split(separator).map((cell) => cell.trim());
}

/**
 * Where the table that starts at `i` ends (exclusive), or undefined when no table starts there:
 * pipe rows (with or without a delimiter row), tab-separated rows, or space-aligned columns.
 */
export function tableEnd(blocks: readonly string[], i: number): number | undefined {
  const run = (test: (line: string) => boolean) => {
    let end = i;
    while (end < blocks.length && test(blocks[end]!)) end++;
    return end;
  };
  if (TABLE_ROW.test(blocks[i]!)) {
    const width = splitRow(blocks[i]!).length;
    const end = run((l) => TABLE_ROW.test(l) && (TABLE_DELIMITER.test(l) || splitRow(l).length === width));
    return width >= 2 && end - i >= 2 ? end : undefined;
  }
  for (const [separator, minRows] of [
    [/\t+/, 2],
    [/ {2,}/, 3],
  ] as const) {
    const width = plainCells(blocks[i]!, separator).length;
    if (width < 2) continue;
    const end = run((l) => {
      const cells = plainCells(l, separator);
      return cells.length === width && cells.every((c) => c.length <= 60);
    });
    if (end - i >= (width >= 3 ? 2 : minRows)) return end;
  }
  return undefined;
}

/** The block kind of each line, for the chrome classifier: table rows and list items are structure, not menus. */
export function lineShapes(blocks: readonly string[]): ('line' | 'list' | 'table')[] {
  const shapes: ('line' | 'list' | 'table')[] = blocks.map((b) => (BULLET.test(b) || ORDERED.test(b) ? 'list' : 'line'));
  for (let i = 0; i < blocks.length; i++) {
    const end = tableEnd(blocks, i);
    if (end === undefined) continue;
    shapes.fill('table', i, end);
    i = end - 1;
  }
  return shapes;
}

function structure(blocks: string[]): BlockContent[] {
  // Emoji-led section titles (as aggregators write them) outrank the plain ones.
  const hasEmojiHeadings = blocks.some((b) => isHeadingCandidate(b) && EMOJI_START.test(b));
  // Four or more short lines in a row are a list or a block of labels, not headings.
  const inShortRun = blocks.map(() => false);
  for (let i = 0; i < blocks.length;) {
    let end = i;
    while (end < blocks.length && isHeadingCandidate(blocks[end]!) && !EMOJI_START.test(blocks[end]!)) end++;
    if (end - i >= 4) inShortRun.fill(true, i, end);
    i = Math.max(end, i + 1);
  }
  const levelOf = (b: string | undefined, i: number): number | undefined =>
    b !== undefined && isHeadingCandidate(b) && !inShortRun[i] ? (hasEmojiHeadings && !EMOJI_START.test(b) ? 3 : 2) : undefined;

  const out: BlockContent[] = [];
  let previousHeadingLevel: number | undefined;
  // Set by an AI label under a section title: the sections after it are its sub-sections.
  let aiSectionLevel: number | undefined;
  let i = 0;
  const push = (node: BlockContent) => {
    out.push(node);
    previousHeadingLevel = node.type === 'heading' ? node.depth : undefined;
  };

  while (i < blocks.length) {
    const line = blocks[i]!;

    if (TABLE_ROW.test(line) && TABLE_DELIMITER.test(blocks[i + 1] ?? '')) {
      let end = i + 2;
      while (end < blocks.length && TABLE_ROW.test(blocks[end]!)) end++;
      push(table(blocks[i]!, blocks[i + 1]!, blocks.slice(i + 2, end)));
      i = end;
      continue;
    }

    const plainTableEnd = tableEnd(blocks, i);
    if (plainTableEnd !== undefined) {
      push(plainTable(blocks.slice(i, plainTableEnd)));
      i = plainTableEnd;
      continue;
    }

    if (BULLET.test(line)) {
      const items: ListItem[] = [];
      while (i < blocks.length && BULLET.test(blocks[i]!)) items.push(listItem(textNode(blocks[i++]!.replace(BULLET, ''))));
      push(list(items));
      continue;
    }

    const ordered = ORDERED.exec(line);
    if (ordered) {
      const items: ListItem[] = [];
      while (i < blocks.length && ORDERED.test(blocks[i]!)) items.push(listItem(textNode(blocks[i++]!.replace(ORDERED, ''))));
      push(list(items, Number(ordered[1])));
      continue;
    }

    // A timeline: a date alone on its line, then what happened.
    if (DATE_ONLY.test(line) && blocks[i + 1] !== undefined && !DATE_ONLY.test(blocks[i + 1]!)) {
      const items: ListItem[] = [];
      while (i + 1 < blocks.length && DATE_ONLY.test(blocks[i]!) && !DATE_ONLY.test(blocks[i + 1]!)) {
        items.push(listItem(textNode(blocks[i]!), { type: 'break' }, textNode(blocks[i + 1]!)));
        i += 2;
      }
      push(list(items));
      continue;
    }

    // "… limited to:" followed by short lines ending in "," or ";": the items of a list.
    if (/:$/.test(line)) {
      let end = i + 1;
      while (end < blocks.length && blocks[end]!.length <= 200 && /[,;]$/.test(blocks[end]!)) end++;
      if (end - (i + 1) >= 2) {
        // The last item closes the sentence: it starts in lower case and ends with a full stop.
        if (end < blocks.length && /^\p{Ll}/u.test(blocks[end]!) && /\.$/.test(blocks[end]!)) end++;
        push(paragraph(textNode(line)));
        push(list(blocks.slice(i + 1, end).map((b) => listItem(textNode(b)))));
        i = end;
        continue;
      }
    }

    if (AI_LABELS.includes(line)) {
      if (line === AI_SECTION_LABEL && previousHeadingLevel !== undefined) aiSectionLevel ??= previousHeadingLevel;
      push(paragraph(textNode(line)));
      i++;
      continue;
    }

    const found = levelOf(line, i);
    const level = found !== undefined && aiSectionLevel !== undefined && found <= aiSectionLevel ? aiSectionLevel + 1 : found;
    if (level !== undefined) {
      const nextLevel = levelOf(blocks[i + 1], i + 1);
      const isLast = i === blocks.length - 1;
      const emptySection = nextLevel !== undefined && nextLevel < level;
      const underSameLevel = previousHeadingLevel === level;
      if (!isLast && !emptySection && !underSameLevel) {
        push({ type: 'heading', depth: level as 2 | 3 | 4, children: [textNode(line)] });
        i++;
        continue;
      }
    }

    push(paragraph(textNode(line)));
    i++;
  }
  return out;
}

function splitRow(row: string): string[] {
  // Split on pipes that are not escaped; the outer pipes open and close the row.
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function table(header: string, delimiter: string, rows: string[]): Table {
  const align = splitRow(delimiter).map((d) =>
    d.startsWith(':') && d.endsWith(':') ? 'center' : d.endsWith(':') ? 'right' : d.startsWith(':') ? 'left' : null,
  );
  const toRow = (line: string): TableRow => ({
    type: 'tableRow',
    children: splitRow(line).map((cell) => ({ type: 'tableCell', children: cell ? [textNode(cell)] : [] })),
  });
  return { type: 'table', align, children: [toRow(header), ...rows.map(toRow)] };
}

/** A table without a delimiter row (pipes, tabs or aligned spaces): the first row is the header. */
function plainTable(rows: readonly string[]): Table {
  const separator = TABLE_ROW.test(rows[0]!) ? undefined : rows[0]!.includes('\t') ? /\t+/ : / {2,}/;
  const cells = rows.map((r) => (separator ? plainCells(r, separator) : splitRow(r)));
  const toRow = (row: string[]): TableRow => ({
    type: 'tableRow',
    children: row.map((cell) => ({ type: 'tableCell', children: cell ? [textNode(cell)] : [] })),
  });
  return { type: 'table', align: cells[0]!.map(() => null), children: cells.map(toRow) };
}
