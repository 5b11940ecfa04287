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
    .filter((line) => line.length > 0);
  const tree: Root = { type: 'root', children: structure(blocks) };
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    listItemIndent: 'one',
  }).trimEnd() + '\n';
}

const TERMINAL = /[.!?…:;,"”»)\]'’。！？：；，」』）]$/u;
const EMOJI_START = /^\p{Extended_Pictographic}/u;
const BULLET = /^(?:[-*+]\s+[•●▪]?|[•●▪])\s*/u;
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

function structure(blocks: string[]): BlockContent[] {
  // Emoji-led section titles (as aggregators write them) outrank the plain ones.
  const hasEmojiHeadings = blocks.some((b) => isHeadingCandidate(b) && EMOJI_START.test(b));
  const levelOf = (b: string | undefined): number | undefined =>
    b !== undefined && isHeadingCandidate(b) ? (hasEmojiHeadings && !EMOJI_START.test(b) ? 3 : 2) : undefined;

  const out: BlockContent[] = [];
  let previousHeadingLevel: number | undefined;
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

    const level = levelOf(line);
    if (level !== undefined) {
      const nextLevel = levelOf(blocks[i + 1]);
      const isLast = i === blocks.length - 1;
      const emptySection = nextLevel !== undefined && nextLevel < level;
      const underSameLevel = previousHeadingLevel === level;
      if (!isLast && !emptySection && !underSameLevel) {
        push({ type: 'heading', depth: level as 2 | 3, children: [textNode(line)] });
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
