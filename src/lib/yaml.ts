import { parseDocument } from 'yaml';
import { ContentError } from './content-error.ts';

/**
 * Parses YAML strictly. The YAML 1.2 core schema has no timestamp type, so
 * `2024-13-45` stays the string it is (js-yaml, which Astro uses, rolls it over
 * to 2025-02-14); duplicate keys are errors rather than last-one-wins.
 */
export function parseYaml(source: string, file: string, lineOffset = 0): unknown {
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw unreadable(file, error);
  }
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const where = pos ? `:${pos.line + lineOffset}:${pos.col}` : '';
    throw new ContentError(
      `${file}${where}`,
      undefined,
      // The parser's own "at line …" counts from the YAML, not the file: the position is given above.
      /call stack/i.test(error.message)
        ? 'invalid YAML: nested too deeply to read.'
        : `invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      'check quotes and indentation at that line (quote any value that contains ": " or starts with a special character).',
    );
  }
  try {
    // Aliases (`*a`) that expand to thousands of copies (a "billion laughs" file) are refused, not expanded.
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** A YAML file the parser gives up on: alias bombs, nesting deep enough to exhaust the stack. */
function unreadable(file: string, error: unknown): ContentError {
  const message = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(message)) {
    return new ContentError(
      file,
      undefined,
      'invalid YAML: its aliases (`*name`) expand to too many copies (more than 100).',
      'write the values out instead of repeating them with `&anchor` and `*alias`.',
    );
  }
  if (error instanceof RangeError) {
    return new ContentError(
      file,
      undefined,
      'invalid YAML: nested too deeply to read.',
      'content files need only a few levels of nesting; remove the extra brackets or indentation.',
    );
  }
  return new ContentError(file, undefined, `invalid YAML: ${message.split('\n')[0]}`, 'check the file against an existing one.');
}

export interface MarkdownFile {
  frontmatter: unknown;
  body: string;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Splits a Markdown file into its YAML frontmatter and its body. */
export function parseMarkdownFile(text: string, file: string): MarkdownFile {
  const { yaml, body } = splitMarkdownFile(text, file);
  // The YAML starts on the file's second line; report lines as the editor sees them.
  return { frontmatter: parseYaml(yaml, file, 1), body };
}

/** A Markdown file's frontmatter, unparsed, and its body. */
export function splitMarkdownFile(text: string, file: string): { yaml: string; body: string } {
  const match = FENCE.exec(text);
  if (!match) {
    throw new ContentError(
      file,
      undefined,
      'no frontmatter: the file must start with a line `---`, the YAML fields, and another `---`.',
      'copy the frontmatter of an existing article and fill it in.',
    );
  }
  return { yaml: match[1]!, body: text.slice(match[0].length) };
}
